"""The graph index kept in parts, one per named graph of the store, so that a writer
reads from the store only the graphs it changed.

``build/index/parts/<graph>/`` holds the tables (``tables.py``) of one graph:
``asserted``, ``imported/DATASET``, ``inferred`` and ``provenance`` (its labels).
The index files that readers open (``build/index/*.parquet``) are the parts
merged: the same rows, node numbers included, as one pass over the whole store
(``Tables.from_store``), because the store is read graph by graph in that order
and the parts are merged in it. An import reads its data set's graph and the
inferred graph again, the incremental update the curated graphs and the inferred
graph; every other part is taken from the build's previous index when that index
is of the previous store's version, else read from the store too.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pyoxigraph as ox

from ..model.namespaces import ASSERTED_GRAPH, IMPORTED_GRAPHS, INFERRED_GRAPH, PROVENANCE_GRAPH
from ..progress import QUIET, Progress
from .columns import as_list
from .tables import (
    INDEX_DIR,
    QUADS_PER_ADVANCE,
    Tables,
    index_state,
    most_specific,
    store_version,
)

PARTS_DIR = "parts"
IMPORTED = str(IMPORTED_GRAPHS)


def store_graphs(st: ox.Store) -> list[str]:
    """The graphs the index reads, in the order ``Tables.from_store`` reads them."""
    imported = sorted(g.value for g in st.named_graphs() if g.value.startswith(IMPORTED))
    return [str(ASSERTED_GRAPH), *imported, str(INFERRED_GRAPH), str(PROVENANCE_GRAPH)]


def part_name(graph: str) -> str:
    """``asserted``, ``imported/DATASET``, ``inferred`` or ``provenance``."""
    if graph.startswith(IMPORTED):
        return "imported/" + graph[len(IMPORTED) :]
    return graph.rstrip("/").rsplit("/", 1)[-1]


def read_graph(st: ox.Store, graph: str, version: str, progress: Progress = QUIET) -> Tables:
    """The tables of one graph of the store (one pass over its quads)."""

    def quads() -> Iterable[tuple[Any, Any, Any, Any]]:
        read = 0
        for q in st.quads_for_pattern(None, None, None, ox.NamedNode(graph)):
            yield q.subject, q.predicate, q.object, q.graph_name
            read += 1
            if read == QUADS_PER_ADVANCE:
                progress.advance(read)
                read = 0
        progress.advance(read)

    return Tables.from_quads(quads(), version)


def read_part(folder: Path) -> Tables:
    tables = Tables.read_nodes(folder)
    tables.read_edges(folder)
    tables.read_literals(folder)
    return tables


def previous_parts(build: Path | None) -> Path | None:
    """The parts folder of a build whose index is of its store's version."""
    if build is None or index_state(build) != "current":
        return None
    folder = build / INDEX_DIR / PARTS_DIR
    return folder if folder.is_dir() else None


def part_version(folder: Path) -> str | None:
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    version = meta.get("store_version")
    return version if isinstance(version, str) else None


def merge(parts: list[Tables], version: str, provenance: int | None = None) -> Tables:
    """The tables of several graphs as one pass over all of them (in this order)
    gives them: nodes numbered by first appearance, a label from the last graph
    that has one (provenance labels only where none has), the union of the
    classes, and one edge per fact (asserted before inferred, earlier graph first).
    ``provenance``: the position of the provenance graph's part (labels only)."""
    ids: dict[str, int] = {}
    iris: list[str] = []
    labels: list[str] = []
    fallback: dict[int, str] = {}
    classes: dict[int, list[str]] = {}
    single: dict[int, tuple[str, str]] = {}
    pred_ids: dict[str, int] = {}
    graph_ids: dict[str, int] = {}
    src, dst, pred, status, graph = [], [], [], [], []
    lit_node, lit_pred, lit_value = [], [], []
    alt_node, alt_name = [], []
    for position, part in enumerate(parts):
        remap = np.empty(len(part.iris), np.int32)
        labels_only = position == provenance
        # A part read from Parquet holds Arrow columns: one list each, not a lookup per node.
        part_labels, part_classes, part_cls = (
            as_list(part.labels),
            as_list(part.classes),
            as_list(part.cls),
        )
        for i, iri in enumerate(as_list(part.iris)):
            node = ids.get(iri)
            if node is None:
                node = ids[iri] = len(iris)
                iris.append(iri)
                labels.append("")
            remap[i] = node
            label = part_labels[i]
            if label and labels_only:
                fallback.setdefault(node, label)
            elif label:
                labels[node] = label
            if not labels_only and part_classes[i]:
                classes.setdefault(node, []).append(part_classes[i])
                single[node] = (part_classes[i], part_cls[i])
        preds = np.asarray([pred_ids.setdefault(p, len(pred_ids)) for p in part.predicates] or [0])
        names = np.asarray([graph_ids.setdefault(g, len(graph_ids)) for g in part.graphs] or [0])
        if len(part.src):
            src.append(remap[part.src])
            dst.append(remap[part.dst])
            pred.append(preds[part.pred].astype(np.int32))
            status.append(part.status)
            graph.append(names[part.graph].astype(np.int32))
        if len(part.lit_node):
            lit_node.append(remap[part.lit_node])
            lit_pred.append(preds[part.lit_pred].astype(np.int32))
            lit_value.extend(part.lit_value)
        if len(part.alt_node) and not labels_only:
            alt_node.append(remap[part.alt_node])
            alt_name.extend(part.alt_name)
    tables = Tables(iris=iris, version=version)
    tables.labels = [label or fallback.get(i, "") for i, label in enumerate(labels)]
    tables.predicates = list(pred_ids)
    tables.graphs = list(graph_ids)
    tables.lit_node = _joined(lit_node, np.int32)
    tables.lit_pred = _joined(lit_pred, np.int32)
    tables.lit_value = lit_value
    tables.alt_node = _joined(alt_node, np.int32)
    tables.alt_name = alt_name
    _merge_classes(tables, classes, single)
    tables._set_edges(
        _joined(src, np.int32),
        _joined(pred, np.int32),
        _joined(dst, np.int32),
        _joined(status, np.int8),
        _joined(graph, np.int32),
    )
    tables._set_dates()
    return tables


def _joined(arrays: list[Any], dtype: Any) -> Any:
    return np.concatenate(arrays).astype(dtype) if arrays else np.zeros(0, dtype)


def _merge_classes(
    tables: Tables, classes: dict[int, list[str]], single: dict[int, tuple[str, str]]
) -> None:
    """Each part lists a node's classes with their superclasses: the union of those
    lists is the closed union, and its most specific class is the raw union's."""
    joined: dict[tuple[str, ...], tuple[str, str]] = {}
    tables.classes, tables.cls = [], []
    for node in range(len(tables.iris)):
        found = classes.get(node)
        if not found:
            both = ("", "")
        elif len(found) == 1:
            both = single[node]
        else:
            key = tuple(found)
            if key not in joined:
                names = set(" ".join(found).split())
                joined[key] = (" ".join(sorted(names)), most_specific(names))
            both = joined[key]
        tables.classes.append(both[0])
        tables.cls.append(both[1])


def update_index(
    build: Path,
    st: ox.Store | None = None,
    progress: Progress = QUIET,
    *,
    previous: Path | None = None,
    changed: Collection[str] | None = None,
) -> Tables:
    """Write the index of the build's store (``st``: the store when the caller has
    it open) in parts: the graphs in ``changed`` (None: all) are read from the
    store, the others taken from the index of the build at ``previous`` (the
    build this writer started from) when it is current, else read as well."""
    store = st if st is not None else ox.Store.read_only(str(build / "store"))
    version = store_version(build)
    old = previous_parts(previous)
    old_version = store_version(previous) if previous is not None else ""
    parts: list[Tables] = []
    progress.stage("index: read the changed graphs (quads)")
    for graph in store_graphs(store):
        kept = old / part_name(graph) if old is not None else None
        if (
            changed is not None
            and graph not in changed
            and kept is not None
            and part_version(kept) == old_version
        ):
            part = read_part(kept)
        else:
            part = read_graph(store, graph, version, progress)
        part.version = version
        parts.append(part)
    progress.stage("index: write the Parquet files")
    graphs = store_graphs(store)
    tables = merge(parts, version, graphs.index(str(PROVENANCE_GRAPH)))
    folder = build / INDEX_DIR
    tables.write(folder)
    for graph, part in zip(graphs, parts, strict=True):
        part.write(folder / PARTS_DIR / part_name(graph))
    return tables


__all__ = ["PARTS_DIR", "merge", "part_name", "store_graphs", "update_index"]
