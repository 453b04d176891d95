"""The named queries over time and sources (conflicts, corroboration, career, as-of,
successions), on a build of the multi-article corpus with its flaws."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from kg.api import build
from kg.reasoning import Reasoner
from kg.sparql.endpoint import run_named
from kg.sparql.local import LocalStore

from .conftest import FIXTURES

CORPUS = FIXTURES / "corpus"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalStore]:
    """A build of the clean corpus with the flawed variants of a06 (two holders of one
    post), a09 (a rank that disagrees with a08) and a16 (another place for a meeting)."""
    root = tmp_path_factory.mktemp("corpus")
    data = root / "data"
    shutil.copytree(CORPUS / "clean", data)
    for name in ("a06", "a09", "a16"):
        for kind, ext in (("curated", "tsv"), ("sources", "txt")):
            shutil.copy(CORPUS / "flawed" / kind / f"{name}.{ext}", data / kind / f"{name}.{ext}")
    build(data, root / "build", reasoner=Reasoner.RULES)
    yield LocalStore(root / "build" / "store")


def line(name: str, *cells: str) -> str:
    path = CORPUS / "flawed" / "curated" / f"{name}.tsv"
    if not path.is_file():
        path = CORPUS / "clean" / "curated" / f"{name}.tsv"
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if all(c in text.split("\t") for c in cells):
            return str(number)
    raise AssertionError((name, cells))


def test_conflicts_list_each_value_with_its_source(store: LocalStore) -> None:
    rows = {(r[0], r[3], r[6], r[7]) for r in run_named(store, "conflicts", {}).values()}
    assert rows == {
        ("rank on one date", "Lieutenant General", "curated/a08.tsv", line("a08", "hasRank")),
        ("rank on one date", "Major General", "curated/a09.tsv", line("a09", "hasRank")),
        ("place of a meeting", "Tbilisi", "curated/a03.tsv", line("a03", "location")),
        ("place of a meeting", "Yerevan", "curated/a16.tsv", line("a16", "location")),
        (
            "holder of a post on one date",
            "Aidar Testov",
            "curated/a06.tsv",
            line("a06", "testov-kz-minister-2020", "holder"),
        ),
        (
            "holder of a post on one date",
            "Nurlan Fiktivov",
            "curated/a06.tsv",
            line("a06", "fiktivov-kz-minister", "holder"),
        ),
    }


def test_corroboration_counts_sources(store: LocalStore) -> None:
    rows = run_named(store, "corroboration", {"entity": "fiktiv-testov-2019-09-02"}).values()
    counts = {(r[1], r[2]): int(r[3]) for r in rows}
    # a03 and a16 report the meeting; they agree on its date, not on its place.
    assert counts[("date", "2019-09-02")] == 2
    assert counts[("location", "Tbilisi")] == 1
    assert counts[("location", "Yerevan")] == 1


def test_entity_counts_the_sources_of_each_fact(store: LocalStore) -> None:
    rows = run_named(store, "entity", {"entity": "fiktiv-testov-2019-09-02"}).values()
    counts = {(r[1], r[2], r[3]): int(r[6]) for r in rows}
    # The same counts as corroboration: a03 and a16 agree on the date, not on the place.
    assert counts[("date", "2019-09-02", "asserted")] == 2
    assert counts[("location", "Tbilisi", "asserted")] == 1
    assert counts[("location", "Yerevan", "asserted")] == 1
    # Inferred facts are reported by no source, even when they restate an asserted one.
    assert counts[("schema.org location", "Tbilisi", "inferred")] == 0
    assert {n for (_, _, status), n in counts.items() if status == "inferred"} == {0}
    # One row per fact and source, as before: the date has a row for each article.
    assert sum((r[1], r[2]) == ("date", "2019-09-02") for r in rows) == 2


def test_career(store: LocalStore) -> None:
    rows = run_named(store, "career", {"person": "Nurlan Fiktivov"}).values()
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [
        ("post", "Minister of Defence of Kazakhstan", "2020-06-15", "2020-06-16", "2024-02-12"),
        ("rank", "Lieutenant General", "", "2020-06-16", "2023-01-16"),
        ("rank", "Colonel General", "", "2024-02-12", "2024-02-12"),
    ]


@pytest.mark.parametrize(
    ("date", "holder"),
    [
        ("2020-03-01", "Aidar Testov"),
        ("2020-06-15", "Nurlan Fiktivov"),
        ("2023-01-01", "Nurlan Fiktivov"),
    ],
)
def test_as_of(store: LocalStore, date: str, holder: str) -> None:
    rows = run_named(
        store, "as-of", {"post": "Minister of Defence of Kazakhstan", "date": date}
    ).values()
    assert rows[0][0] == holder


def test_as_of_before_any_report(store: LocalStore) -> None:
    rows = run_named(
        store, "as-of", {"post": "Minister of Defence of Georgia", "date": "2018-01-01"}
    ).values()
    assert rows == []


def test_successions(store: LocalStore) -> None:
    rows = run_named(store, "successions", {"post": "Minister of Defence of Georgia"}).values()
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("Giorgi Fiktiv", "", "Levan Primeradze"),
        ("Levan Primeradze", "Giorgi Fiktiv", ""),
    ]
