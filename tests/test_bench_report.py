"""The benchmark scripts each replace only their own section of docs/benchmarks.md."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from report import replace_section, write_section

DOC = """# Benchmarks

Intro: run `make bench`.

## Projection to networkx

old projection figures

## HTML views

old view figures

## ICEWS 2014 at scale

old icews figures

### Build

old build table
"""


def headings(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("#")]


def test_replacing_a_middle_section_keeps_the_others_and_their_order() -> None:
    out = replace_section(DOC, "## HTML views", "new view figures\n")
    assert headings(out) == headings(DOC)
    assert "new view figures" in out
    assert "old view figures" not in out
    for kept in ("Intro: run `make bench`.", "old projection figures", "old icews figures"):
        assert kept in out
    # The section ends where the next one starts, with one blank line between.
    assert "new view figures\n\n## ICEWS 2014 at scale\n" in out


def test_replacing_the_last_section_takes_its_subsections_with_it() -> None:
    out = replace_section(DOC, "## ICEWS 2014 at scale", "new icews\n\n### Build\n\nnew table")
    assert out.endswith("## ICEWS 2014 at scale\n\nnew icews\n\n### Build\n\nnew table\n")
    assert "old build table" not in out
    assert out.count("### Build") == 1
    assert "old projection figures" in out and "old view figures" in out


def test_replacing_twice_gives_the_same_text() -> None:
    once = replace_section(DOC, "## Projection to networkx", "figures")
    assert replace_section(once, "## Projection to networkx", "figures") == once


def test_a_new_section_is_added_at_the_end() -> None:
    out = replace_section(DOC, "## Updates", "figures")
    assert out.startswith(DOC.rstrip("\n"))
    assert out.endswith("\n\n## Updates\n\nfigures\n")


def test_a_subsection_heading_is_not_a_section() -> None:
    with pytest.raises(ValueError):
        replace_section(DOC, "### Build", "figures")


def test_write_section_creates_and_then_replaces(tmp_path: Path) -> None:
    path = tmp_path / "docs" / "benchmarks.md"
    write_section(path, "## A", "one")
    write_section(path, "## B", "two")
    write_section(path, "## A", "three")
    text = path.read_text(encoding="utf-8")
    assert headings(text) == ["# Benchmarks", "## A", "## B"]
    assert "three" in text and "one" not in text and "two" in text
