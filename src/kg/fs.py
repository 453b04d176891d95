"""Folder operations that every writer shares (below every subpackage: the site
and the build both replace a whole folder at once)."""

from __future__ import annotations

import shutil
from pathlib import Path


def swap(out: Path, staging: Path) -> None:
    """Put a complete staging folder in the place of ``out``: a reader sees the old
    folder or the new one, never half of one. An interruption between the two
    renames leaves ``.NAME.old`` beside ``out`` (see ``builder.transaction.recover``)."""
    old = out.parent / f".{out.name}.old"
    if old.exists():
        shutil.rmtree(old)
    if out.exists():
        out.rename(old)
    staging.rename(out)
    if old.exists():
        shutil.rmtree(old)


__all__ = ["swap"]
