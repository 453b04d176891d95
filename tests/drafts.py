"""Helpers shared by the tests of kg extract's rules: draft an invented article
(marked as such) and read what the draft says of its persons."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.extract import Extraction, extract
from kg.extract.evaluation import Reading

INVENTED = "\n\n(Invented test article for kg extract; not news.)\n"


def draft(text: str, tmp_path: Path, date: str | None = None) -> Extraction:
    """The draft of an invented article, written to ``tmp_path`` with its mark."""
    article = tmp_path / "a.txt"
    article.write_text(text + INVENTED, encoding="utf-8")
    return extract(article, date=date)


def read(text: str, tmp_path: Path, date: str | None = None) -> Reading:
    return Reading.of(draft(text, tmp_path, date).facts)


def read_given(text: str, tmp_path: Path, date: str | None = None) -> Reading:
    """The draft's reading less the posts of a country guessed for a person the
    text ties to none (kg.extract.country_guess): what the rules read in the text."""
    result = draft(text, tmp_path, date)
    guessed = {p.id for p in result.findings.persons if p.guessed_country}
    holdings = {f[0] for f in result.facts if f[1] == "holder" and f[2] in guessed}
    return Reading.of(f for f in result.facts if f[0] not in holdings)


def names(reading: Reading) -> set[str]:
    return {reading.one(p, "label") for p in reading.of_class("Person")}


def person(reading: Reading, label: str) -> str:
    (found,) = [p for p in reading.of_class("Person") if reading.one(p, "label") == label]
    return found


def countries(reading: Reading, label: str) -> set[str]:
    """The country codes of the posts the person of that label holds (postFor, or
    the ministry's ministryOf)."""
    found = set()
    for holding in reading.subjects("holder", person(reading, label)):
        post = reading.one(holding, "heldPost")
        found |= set(reading.all(post, "postFor"))
        for ministry in reading.all(post, "postIn"):
            found |= set(reading.all(ministry, "ministryOf"))
    return {c.removeprefix("country:") for c in found}


def participants(result: Extraction) -> list[frozenset[str]]:
    """Each drafted meeting's participants, by label."""
    reading = Reading.of(result.facts)
    return [
        frozenset(reading.one(p, "label") for p in reading.all(m, "participant"))
        for m in reading.of_class("Meeting")
    ]


def places(result: Extraction) -> dict[frozenset[str], str]:
    """Each drafted meeting's participants, by label, and its place."""
    reading = Reading.of(result.facts)
    return {
        frozenset(reading.one(p, "label") for p in reading.all(m, "participant")): reading.one(
            m, "location"
        )
        for m in reading.of_class("Meeting")
    }


def days(result: Extraction) -> dict[frozenset[str], str]:
    """Each meeting read, as its participants' names, and its day."""
    return {frozenset(p.name for p in m.participants): m.date for m in result.findings.meetings}


def signings(result: Extraction) -> list[tuple[set[str], str | None]]:
    """Each signing read, as its signatories' names and its date."""
    return [({p.name for p in s.signatories}, s.date) for s in result.findings.signed]


def data_copy(tmp_path: Path) -> Path:
    """A copy of the repository's data folder as ``tmp_path/data``, for a test that
    runs the commands on it (from ``tmp_path``) or changes a table."""
    data = tmp_path / "data"
    shutil.copytree(Path(__file__).resolve().parent.parent / "data", data)
    return data


def extract_command(tmp_path: Path, text: str, date: str, out: Path) -> int:
    """``kg extract`` of an invented article (marked as such) against ``data``, run
    from ``tmp_path``; its exit code."""
    article = tmp_path / f"{out.stem}.txt"
    article.write_text(text + INVENTED, encoding="utf-8")
    return main(["extract", str(article), "--date", date, "--data", "data", "-o", str(out)])


def valid_draft(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    text: str,
    date: str,
) -> str:
    """The draft of an invented article, made with ``kg extract`` into a copy of the
    data folder (from ``tmp_path``), after checking that ``kg validate`` passes on
    the folder with it."""
    data = data_copy(tmp_path)
    monkeypatch.chdir(tmp_path)
    out = data / "curated" / "article.tsv"
    assert extract_command(tmp_path, text, date, out) == 0
    assert main(["validate", "--data", "data"]) == 0
    assert "problem" not in capsys.readouterr().err
    return out.read_text(encoding="utf-8")
