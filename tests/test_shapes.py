"""curation.shapes: shapes run with every other check, and warning shapes do not fail."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.curation.validation import check

from .conftest import FIXTURES

WARNINGS = sorted((FIXTURES / "warnings").glob("*.tsv"))


@pytest.mark.parametrize("fixture", WARNINGS, ids=[p.stem for p in WARNINGS])
def test_warning_fixture_validates_with_its_warning(
    fixture: Path, tiny_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(fixture, tiny_data / "curated" / "tiny.tsv")
    assert main(["validate"]) == 0
    captured = capsys.readouterr()
    assert captured.out.endswith("1 warning(s)\n")
    assert captured.err == fixture.with_suffix(".expected").read_text(encoding="utf-8")
    assert main(["validate", "--strict"]) == 1


def test_a_meeting_without_place_is_built(tiny_data: Path) -> None:
    shutil.copy(
        FIXTURES / "warnings" / "meeting-without-place.tsv", tiny_data / "curated" / "tiny.tsv"
    )
    curated, problems = check(tiny_data)
    assert curated is not None
    assert [p.warning for p in problems] == [True]
    assert curated.warnings == problems


def test_shape_problems_come_with_the_others(
    tiny_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(
        FIXTURES / "invalid" / "shapes-with-other-problems.tsv", tiny_data / "curated" / "tiny.tsv"
    )
    assert main(["validate"]) == 1
    err = capsys.readouterr().err
    assert "unknown property 'hasRnak'" in err
    assert "a meeting needs at least two participants" in err


def test_a_line_already_reported_is_not_also_missing(
    tiny_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tiny_data / "curated" / "tiny.tsv"
    text = path.read_text(encoding="utf-8")
    assert "place:astana" in text
    path.write_text(text.replace("place:astana", "place:no-such-town"), encoding="utf-8")
    assert main(["validate"]) == 1
    err = capsys.readouterr().err
    assert "unknown reference 'place:no-such-town'" in err
    assert "has no place" not in err
