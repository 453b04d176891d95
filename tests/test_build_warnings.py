"""kg build with validation warnings: they are printed at their lines and the build
is written; with --strict the build fails and the last good build stays as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.cli import main

from .conftest import FIXTURES

pytestmark = pytest.mark.slow

FIXTURE = FIXTURES / "warnings" / "meeting-without-place.tsv"


def test_build_prints_warnings_and_builds_unless_strict(
    tiny_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    curated = tiny_data / "curated" / "tiny.tsv"
    shutil.copy(FIXTURE, curated)
    assert main(["build", "--no-reason"]) == 0
    out, err = capsys.readouterr()
    expected = FIXTURE.with_suffix(".expected").read_text(encoding="utf-8")
    assert err.startswith(expected)
    assert err[len(expected) :].startswith("1 warning(s) in 1 file(s); built anyway")
    assert out.startswith("Built build/")
    built = Path("build", "kg.nq").read_text(encoding="utf-8")
    assert "Meeting of Aidar Testov and Giorgi Fiktiv" in built

    # A change that a build would write, and the same warning: --strict builds nothing.
    text = curated.read_text(encoding="utf-8")
    curated.write_text(text.replace("Cooperation Plan for 2022\t", "Joint Plan for 2022\t"))
    before = {p: p.read_bytes() for p in Path("build").rglob("*") if p.is_file()}
    assert main(["build", "--no-reason", "--strict"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(expected)
    assert "nothing was built or changed" in err
    assert {p: p.read_bytes() for p in Path("build").rglob("*") if p.is_file()} == before
    assert not [p for p in Path().iterdir() if p.name.startswith(".build.new")]

    # Without --strict the change is built.
    assert main(["build", "--no-reason"]) == 0
    assert '"Joint Plan for 2022"' in Path("build", "kg.nq").read_text(encoding="utf-8")
