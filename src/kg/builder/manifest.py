"""A build folder as the next writer reads it: its manifest, the data sets it
holds, its files to carry over, and the statements of its kg.nq."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..sparql import store
from ..version import __version__

MANIFEST = "manifest.json"


def read_manifest(out: Path) -> dict[str, Any]:
    path = out / MANIFEST
    if not path.is_file() or not (out / store.STORE_DIR).is_dir():
        raise UsageError(
            f"no build at {out}",
            hint="run `kg build` first; imported data join the curated knowledge graph",
        )
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def imports_of(out: Path) -> dict[str, Any]:
    """The data sets imported into the build at ``out`` (empty if none)."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    imports: dict[str, Any] = manifest.get("imports", {})
    return imports


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def link_tree(source: Path, target: Path, skip: set[str]) -> None:
    """Hard-link the files of a build folder (cheap, and the originals stay intact:
    kg never rewrites a file in place)."""
    target.mkdir(parents=True, exist_ok=True)
    for item in source.iterdir():
        if item.name in skip:
            continue
        if item.is_dir():
            shutil.copytree(item, target / item.name, copy_function=os.link)
        else:
            os.link(item, target / item.name)


def previous_statements(out: Path, manifest: dict[str, Any]) -> dict[str, list[str]]:
    """The N-Triples lines of each graph in the build's kg.nq that holds as many as
    the manifest counts, when kg.nq was written by this version of kg."""
    if manifest.get("kg_version") != __version__:
        return {}
    lines: dict[str, list[str]] = {}
    try:
        with (out / "kg.nq").open(encoding="utf-8") as handle:
            for line in handle.read().splitlines():
                statement, _, graph = line.rpartition(" <")
                lines.setdefault(graph.removesuffix("> ."), []).append(f"{statement} .")
    except (OSError, UnicodeDecodeError):
        return {}
    counts = manifest.get("graphs", {})
    return {graph: held for graph, held in lines.items() if len(held) == counts.get(graph)}


__all__ = [
    "MANIFEST",
    "imports_of",
    "link_tree",
    "previous_statements",
    "read_manifest",
    "sha256",
]
