"""bench/realnews.py --held-officials and --held-endings: each fifth of the articles is
drafted with officials.csv or name_endings.csv counted again from the other
readings, as fresh text sees the tables. The readings and articles below are
invented for this test."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import realnews  # noqa: E402


def _reading(i: str, name: str, country: str) -> dict[str, Any]:
    return {
        "id": i,
        "published": "2025-03-05",
        "persons": [{"name": name, "rank": "", "countries": [country]}],
        "meetings": [],
        "agreements": [],
    }


# Invented officials, one per reading, with the country each reading gives.
READINGS = {f"90{n:02}": _reading(f"90{n:02}", f"Invented Person{n}", "EE") for n in range(10)}


@pytest.fixture
def gold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    for i, reading in READINGS.items():
        (folder / f"{i}.json").write_text(json.dumps(reading), encoding="utf-8")
    monkeypatch.setattr(realnews, "GOLD", folder)
    return folder


def _listed(path: Path) -> set[str]:
    with path.open(encoding="utf-8") as f:
        return {row["name"] for row in csv.DictReader(f)}


def test_the_table_is_counted_from_the_readings_given(gold: Path, tmp_path: Path) -> None:
    table = tmp_path / "officials.csv"
    realnews._write_officials(table, ["9001", "9002"])
    assert _listed(table) == {"Invented Person1", "Invented Person2"}


def test_each_fold_is_drafted_without_its_own_readings(
    gold: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, set[str]] = {}

    def drafted(article: Path, **options: Any) -> Any:
        # What the article is drafted against: the table of the data folder given.
        seen[article.stem] = _listed(options["data_dir"] / "reference" / "officials.csv")
        raise realnews.KgError("not drafted in this test")

    monkeypatch.setattr(realnews, "extract", drafted)
    ids = sorted(READINGS)
    realnews.run(tmp_path, ids, ids)
    assert set(seen) == set(ids)
    for i in ids:
        assert f"Invented Person{int(i) - 9000}" not in seen[i]
        assert len(seen[i]) == len(ids) - len(ids) // 5


def _persons_counted(path: Path) -> int:
    """How many persons name_endings.csv counts, all countries together."""
    with path.open(encoding="utf-8") as f:
        return sum(int(row["count"]) for row in csv.DictReader(f) if row["ending"] == "*")


def test_the_endings_are_counted_from_the_readings_given(gold: Path, tmp_path: Path) -> None:
    table = tmp_path / "name_endings.csv"
    realnews._write_endings(table, ["9001", "9002", "9003"])
    assert _persons_counted(table) == 3
    with table.open(encoding="utf-8") as f:
        rows = {(row["ending"], row["country"]): row["count"] for row in csv.DictReader(f)}
    assert rows[("rson", "EE")] == "3"  # 'Invented PersonN': '-rson' and '-son'


def test_each_fold_is_drafted_without_its_own_readings_endings(
    gold: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, int] = {}

    def drafted(article: Path, **options: Any) -> Any:
        reference = options["data_dir"] / "reference"
        seen[article.stem] = _persons_counted(reference / "name_endings.csv")
        # Only the endings are held: officials.csv is the repository's.
        assert _listed(reference / "officials.csv") == _listed(
            ROOT / "data" / "reference" / "officials.csv"
        )
        raise realnews.KgError("not drafted in this test")

    monkeypatch.setattr(realnews, "extract", drafted)
    ids = sorted(READINGS)
    realnews.run(tmp_path, ids, held_endings=ids)
    assert set(seen) == set(ids)
    assert set(seen.values()) == {len(ids) - len(ids) // 5}
