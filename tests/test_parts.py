"""The graph index in parts (one per graph of the store): every writer leaves the
index that one pass over the whole store gives, reading only what it changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.api import build
from kg.graph.columns import as_list
from kg.graph.index import Index
from kg.graph.parts import PARTS_DIR, merge, part_name, read_part, update_index
from kg.graph.tables import INDEX_DIR, Tables, index_state, meeting_quads
from kg.icews.importer import import_icews
from kg.model.namespaces import INFERRED_GRAPH
from kg.reasoning import Reasoner

from .conftest import FIXTURES, ROOT

SAMPLE = FIXTURES / "icews" / "icews14-sample.tsv"
UPDATE = FIXTURES / "update"
DATASET = "icews14-sample"


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("parts") / "build"
    build(ROOT / "data", out, reasoner=Reasoner.RULES)
    import_icews([SAMPLE], out)
    return out


def content(t: Tables) -> tuple[object, ...]:
    """Everything a reader gets, node numbers included (they must not depend on
    how the index was written)."""
    iris = as_list(t.iris)
    return (
        iris,
        as_list(t.labels),
        as_list(t.cls),
        as_list(t.classes),
        as_list(t.dates),
        sorted((iris[n], name) for n, name in zip(t.alt_node, t.alt_name, strict=True)),
        sorted(
            (t.iris[s], t.predicates[p], t.iris[o], int(st), t.graphs[g])
            for s, p, o, st, g in zip(t.src, t.pred, t.dst, t.status, t.graph, strict=True)
        ),
        sorted(
            (t.iris[n], t.predicates[p], v)
            for n, p, v in zip(t.lit_node, t.lit_pred, t.lit_value, strict=True)
        ),
    )


def written(out: Path) -> Tables:
    assert index_state(out) == "current"
    return read_part(out / INDEX_DIR)


def assert_as_from_the_store(out: Path) -> None:
    assert content(written(out)) == content(Tables.from_store(out / "store"))
    index = Index.open(out, save=False)
    assert index.loaded_from == "index"


@pytest.mark.slow
def test_every_writer_leaves_the_index_of_its_store(imported: Path, tmp_path: Path) -> None:
    assert_as_from_the_store(imported)
    parts = imported / INDEX_DIR / PARTS_DIR
    names = {"asserted", f"imported/{DATASET}", "inferred", "provenance"}
    assert {str(p.parent.relative_to(parts)) for p in parts.rglob("meta.json")} == names

    out = tmp_path / "build"
    shutil.copytree(imported, out)
    half = tmp_path / "half.tsv"
    lines = SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    half.write_text("".join(lines[: 1 + len(lines) // 2]), encoding="utf-8")
    import_icews([half], out, "other")  # a second data set
    assert_as_from_the_store(out)
    assert (out / INDEX_DIR / PARTS_DIR / "imported" / "other" / "edges.parquet").is_file()

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    shutil.copytree(UPDATE / "curated", data / "curated", dirs_exist_ok=True)
    shutil.copytree(UPDATE / "sources", data / "sources", dirs_exist_ok=True)
    assert build(data, out).changed == (23, 0)  # the incremental update
    assert_as_from_the_store(out)

    assert import_icews([SAMPLE], out).replaced  # a re-import beside another data set
    assert_as_from_the_store(out)


@pytest.mark.slow
def test_unchanged_graphs_are_taken_from_the_previous_index(imported: Path, tmp_path: Path) -> None:
    previous = tmp_path / "previous"
    shutil.copytree(imported, previous)
    # Mark the imported part of the previous index: only a part taken as it is
    # carries the mark into the new index.
    folder = previous / INDEX_DIR / PARTS_DIR / "imported" / DATASET
    part = read_part(folder)
    labels = as_list(part.labels)
    node = next(i for i, label in enumerate(labels) if label)
    labels[node] = "marked"
    part.labels = labels
    part.write(folder)

    out = tmp_path / "build"
    shutil.copytree(imported, out)
    changed = {str(INFERRED_GRAPH)}
    tables = update_index(out, previous=previous, changed=changed)
    assert tables.labels[as_list(tables.iris).index(part.iris[node])] == "marked"
    assert "marked" in as_list(written(out).labels)

    tables = update_index(out, previous=previous, changed=None)  # read every graph
    assert "marked" not in tables.labels
    (previous / "manifest.json").write_text("{}")  # the previous index is then stale
    tables = update_index(out, previous=previous, changed=changed)
    assert "marked" not in tables.labels
    assert content(tables) == content(Tables.from_store(out / "store"))


def test_merged_parts_are_one_pass_over_their_quads() -> None:
    quads = meeting_quads(30, (2, 3))
    half = len(quads) // 2
    parts = [Tables.from_quads(quads[:half]), Tables.from_quads(quads[half:])]
    assert content(merge(parts, "")) == content(Tables.from_quads(quads))


def test_part_names() -> None:
    assert part_name("https://w3id.org/kg-state-actors/graph/imported/icews14") == (
        "imported/icews14"
    )
    assert part_name("https://w3id.org/kg-state-actors/graph/inferred") == "inferred"
