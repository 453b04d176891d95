"""Two sources that give one meeting two dates: a conflict (a warning naming both
lines), not an error; the build keeps both dates, each with its source, and the
conflicts query lists them. Two dates in one source stay an error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.api import build
from kg.cli import main
from kg.curation.validation import check
from kg.reasoning import Reasoner
from kg.sparql.endpoint import run_named
from kg.sparql.local import LocalStore

from .conftest import FIXTURES

ARTICLES = FIXTURES / "date-conflict"
MEETING = "testova-fiktivi-talks"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ARTICLES, tmp_path / "data")
    return tmp_path / "data"


def date_lines(data: Path) -> dict[str, tuple[str, int]]:
    """Each article's date of the meeting: value -> (path, line), from the files."""
    found = {}
    for path in sorted((data / "curated").glob("*.tsv")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, text in enumerate(lines, start=1):
            cells = text.split("\t")
            if cells[:2] == [MEETING, "date"]:
                found[cells[2]] = (f"data/curated/{path.name}", number)
    return found


def test_two_dates_from_two_sources_are_a_warning_with_both_lines(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dates = date_lines(data)
    assert len(dates) == 2
    curated, problems = check(data)
    assert curated is not None
    (problem,) = problems
    assert problem.warning
    (first_path, first_line), (path, line) = sorted(dates.values())
    assert (str(problem.path), problem.line) == (path, line)
    assert f"{first_path}:{first_line}" in problem.message
    assert all(value in problem.message for value in dates)
    assert main(["validate", "--data", "data"]) == 0
    assert main(["validate", "--data", "data", "--strict"]) == 1
    assert f"{path}:{line}: warning: sources disagree" in capsys.readouterr().err


def test_two_dates_in_one_source_stay_an_error(data: Path) -> None:
    path = data / "curated" / "b02.tsv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + f"{MEETING}\tdate\t2020-03-04\ton Tuesday, 3 March\n", "utf-8")
    _, problems = check(data)
    errors = [p for p in problems if not p.warning]
    assert len(errors) == 1 and "two values for date" in errors[0].message
    assert errors[0].line == len(text.splitlines()) + 1


@pytest.mark.slow
def test_the_build_keeps_both_dates_each_with_its_source(data: Path) -> None:
    build(data, Path("build"), reasoner=Reasoner.RULES)
    store = LocalStore(Path("build") / "store")
    rows = run_named(store, "conflicts", {}).values()
    # The store names the file relative to the data folder.
    found = {(r[0], r[3], f"data/{r[6]}", int(r[7])) for r in rows}
    assert found == {
        ("date of an event", value, path, line) for value, (path, line) in date_lines(data).items()
    }
    provenance = run_named(store, "provenance", {"subject": MEETING, "property": "date"}).values()
    assert {(r[0], f"data/{r[5]}") for r in provenance} == {
        (value, path) for value, (path, _) in date_lines(data).items()
    }
