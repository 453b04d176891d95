"""Replacing a folder as a whole (the build and the site both do)."""

from __future__ import annotations

from pathlib import Path

from kg.fs import swap


def test_swap_replaces_the_folder_and_leaves_nothing_beside_it(tmp_path: Path) -> None:
    out, staging = tmp_path / "site", tmp_path / ".site.new-1"
    out.mkdir()
    (out / "old.html").write_text("old")
    staging.mkdir()
    (staging / "new.html").write_text("new")
    (tmp_path / ".site.old").mkdir()  # left by an interrupted swap
    swap(out, staging)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    assert [p.name for p in out.iterdir()] == ["new.html"]


def test_swap_into_a_new_place(tmp_path: Path) -> None:
    staging = tmp_path / ".site.new-1"
    staging.mkdir()
    swap(tmp_path / "site", staging)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
