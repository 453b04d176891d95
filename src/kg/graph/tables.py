"""The graph index as tables: what the projections need from a build's store,
read once and kept next to the store in Parquet files (``build/index/``).

- ``nodes.parquet``: ``id`` (int32), ``iri``, ``label``, ``class`` (the most
  specific kg class), ``classes`` (every kg class, space-separated) and ``date``
  (of an event: its earliest date, signing or report date; else empty).
- ``edges.parquet``: ``src``, ``dst`` (node ids), ``predicate`` (kg local name),
  ``status`` (asserted or inferred), ``graph`` (asserted, inferred or
  ``imported/DATASET``: where the fact comes from) and ``date`` (the date of the
  subject when it is an event). With ``nodes.parquet`` as vertices (``id``), the
  edge list is what Spark GraphFrames reads as it is (``src``, ``dst``), and
  ``pandas.read_parquet`` gives networkx's ``from_pandas_edgelist`` its input.
- ``literals.parquet``: ``id``, ``predicate``, ``value``: the literal attributes
  of the full projection.
- ``names.parquet``: ``id``, ``name``: the other names of entities (their
  ``skos:altLabel``), by which commands find them too (an index without the file
  is read as one without other names).

The store stays the source of truth: the index records the version of the store
it was read from (the digest of the build's manifest, which every writer of the
store rewrites), and a reader that finds another version reads the store again.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pyoxigraph as ox

from ..model.namespaces import ASSERTED_GRAPH, IMPORTED_GRAPHS, INFERRED_GRAPH, KG, PROVENANCE_GRAPH
from ..model.ontology import vocabulary
from ..progress import QUIET, Progress
from .columns import IntArray, Strings, dictionary_codes

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
K = str(KG)
IMPORTED = str(IMPORTED_GRAPHS)
INDEX_DIR = "index"
FORMAT = 1
QUADS_PER_ADVANCE = 100_000
"""The layout of the index files; a reader rebuilds an index of another layout."""
# Predicates that give an event its date, in order of preference.
DATE_PREDICATES = ("date", "signedOn", "reportedOn", "validFrom")
ASSERTED, INFERRED = 0, 1


def most_specific(classes: Iterable[str]) -> str:
    """The most specific kg class of a set of local class names."""
    names = sorted(set(classes))
    if not names:
        return ""
    vocab = vocabulary()
    iris = {c: vocab.classes.get(c) for c in names}
    for name, iri in iris.items():
        if iri is None:
            continue
        if not any(
            other != name and o is not None and iri in vocab.superclasses(o)
            for other, o in iris.items()
        ):
            return name
    return names[0]


def with_superclasses(classes: Iterable[str]) -> set[str]:
    """Local class names with every kg superclass: an imported event's store holds
    its own class only (the rest follows from the ontology), and ``is_a`` asks
    about any class of the hierarchy."""
    vocab = vocabulary()
    found = set(classes)
    for name in classes:
        iri = vocab.classes.get(name)
        if iri is not None:
            found |= {str(c)[len(K) :] for c in vocab.superclasses(iri) if str(c).startswith(K)}
    return found


@dataclass
class Tables:
    """Nodes, edges and literals with nodes numbered (``ids``) and columns as lists
    and numpy arrays: a few hundred bytes per fact less than dictionaries of IRIs."""

    iris: Sequence[str] = field(default_factory=list)
    labels: Sequence[str] = field(default_factory=list)
    classes: Sequence[str] = field(default_factory=list)
    cls: Sequence[str] = field(default_factory=list)
    dates: Sequence[str] = field(default_factory=list)
    src: IntArray = field(default_factory=lambda: np.zeros(0, np.int32))
    dst: IntArray = field(default_factory=lambda: np.zeros(0, np.int32))
    pred: IntArray = field(default_factory=lambda: np.zeros(0, np.int32))
    status: npt.NDArray[np.int8] = field(default_factory=lambda: np.zeros(0, np.int8))
    graph: IntArray = field(default_factory=lambda: np.zeros(0, np.int32))
    predicates: list[str] = field(default_factory=list)
    graphs: list[str] = field(default_factory=list)
    lit_node: IntArray = field(default_factory=lambda: np.zeros(0, np.int32))
    lit_pred: IntArray = field(default_factory=lambda: np.zeros(0, np.int32))
    lit_value: list[str] = field(default_factory=list)
    alt_node: IntArray = field(default_factory=lambda: np.zeros(0, np.int32))
    alt_name: list[str] = field(default_factory=list)
    """Other names (``skos:altLabel``): the node of each, and the name."""
    version: str = ""

    # --- reading quads --------------------------------------------------------------

    @classmethod
    def from_quads(cls, quads: Iterable[tuple[Any, Any, Any, Any]], version: str = "") -> Tables:
        """One pass over quads of the asserted, imported, inferred (and provenance:
        only its labels) graphs."""
        ids: dict[str, int] = {}
        iris: list[str] = []
        labels: dict[int, str] = {}
        prov_labels: dict[int, str] = {}
        types: dict[int, set[str]] = {}
        pred_ids: dict[str, int] = {}
        graph_ids: dict[str, int] = {}
        src: list[int] = []
        dst: list[int] = []
        pred: list[int] = []
        status: list[int] = []
        graph: list[int] = []
        lit_node: list[int] = []
        lit_pred: list[int] = []
        lit_value: list[str] = []
        alt_node: list[int] = []
        alt_name: list[str] = []

        def node(iri: str) -> int:
            found = ids.get(iri)
            if found is None:
                found = ids[iri] = len(iris)
                iris.append(iri)
            return found

        for s, p, o, g in quads:
            name, predicate = g.value, p.value
            if name == str(PROVENANCE_GRAPH):
                if predicate == RDFS_LABEL and o.value and s.value in ids:
                    prov_labels.setdefault(ids[s.value], o.value)
                elif predicate == RDFS_LABEL and o.value:
                    prov_labels.setdefault(node(s.value), o.value)
                continue
            if name == str(INFERRED_GRAPH):
                st, short = INFERRED, "inferred"
            elif name == str(ASSERTED_GRAPH):
                st, short = ASSERTED, "asserted"
            elif name.startswith(IMPORTED):
                st, short = ASSERTED, name[len(IMPORTED) - len("imported/") :]
            else:
                continue
            if predicate == RDFS_LABEL:
                labels[node(s.value)] = o.value
            elif predicate == RDF_TYPE:
                if o.value.startswith(K):
                    types.setdefault(node(s.value), set()).add(o.value[len(K) :])
            elif predicate == SKOS_ALT_LABEL:
                alt_node.append(node(s.value))
                alt_name.append(o.value)
            elif not predicate.startswith(K):
                continue
            elif isinstance(o, ox.Literal):
                lit_node.append(node(s.value))
                lit_pred.append(pred_ids.setdefault(predicate[len(K) :], len(pred_ids)))
                lit_value.append(o.value)
            elif isinstance(o, ox.NamedNode):
                src.append(node(s.value))
                pred.append(pred_ids.setdefault(predicate[len(K) :], len(pred_ids)))
                dst.append(node(o.value))
                status.append(st)
                graph.append(graph_ids.setdefault(short, len(graph_ids)))
        tables = cls(iris=iris, version=version)
        tables.labels = [labels.get(i) or prov_labels.get(i, "") for i in range(len(iris))]
        tables.predicates = list(pred_ids)
        tables.graphs = list(graph_ids)
        tables.lit_node = np.asarray(lit_node, np.int32)
        tables.lit_pred = np.asarray(lit_pred, np.int32)
        tables.lit_value = lit_value
        tables.alt_node = np.asarray(alt_node, np.int32)
        tables.alt_name = alt_name
        tables._set_classes(types)
        tables._set_edges(
            np.asarray(src, np.int32),
            np.asarray(pred, np.int32),
            np.asarray(dst, np.int32),
            np.asarray(status, np.int8),
            np.asarray(graph, np.int32),
        )
        tables._set_dates()
        return tables

    def _set_classes(self, types: dict[int, set[str]]) -> None:
        # Few distinct sets of classes: compute and keep one string per set.
        joined: dict[frozenset[str], tuple[str, str]] = {}
        self.classes, self.cls = [], []
        for i in range(len(self.iris)):
            key = frozenset(types.get(i, ()))
            if key not in joined:
                joined[key] = (" ".join(sorted(with_superclasses(key))), most_specific(key))
            both = joined[key]
            self.classes.append(both[0])
            self.cls.append(both[1])

    def _set_edges(
        self,
        src: IntArray,
        pred: IntArray,
        dst: IntArray,
        status: npt.NDArray[np.int8],
        graph: IntArray,
    ) -> None:
        """One row per fact (asserted, when a fact is also inferred)."""
        order = np.lexsort((graph, status, dst, pred, src))
        s, p, o = src[order], pred[order], dst[order]
        first = np.ones(len(s), bool)
        first[1:] = (s[1:] != s[:-1]) | (p[1:] != p[:-1]) | (o[1:] != o[:-1])
        keep = order[first]
        self.src, self.pred, self.dst = src[keep], pred[keep], dst[keep]
        self.status, self.graph = status[keep], graph[keep]

    def _set_dates(self) -> None:
        found: dict[int, tuple[int, str]] = {}
        preference = {p: i for i, p in enumerate(DATE_PREDICATES)}
        for node, p, value in zip(
            self.lit_node.tolist(), self.lit_pred.tolist(), self.lit_value, strict=True
        ):
            rank = preference.get(self.predicates[p])
            if rank is None:
                continue
            held = found.get(node)
            if held is None or (rank, value) < held:
                found[node] = (rank, value)
        self.dates = [found[i][1] if i in found else "" for i in range(len(self.iris))]

    @classmethod
    def from_store(
        cls, path: Path | ox.Store, version: str = "", progress: Progress = QUIET
    ) -> Tables:
        """From a store folder, or a store the caller has open (a writer's);
        ``progress`` advances by the quads read."""
        st = path if isinstance(path, ox.Store) else ox.Store.read_only(str(path))
        imported = sorted(g.value for g in st.named_graphs() if g.value.startswith(IMPORTED))
        graphs = (str(ASSERTED_GRAPH), *imported, str(INFERRED_GRAPH), str(PROVENANCE_GRAPH))

        def quads() -> Iterable[tuple[Any, Any, Any, Any]]:
            read = 0
            for g in graphs:
                for q in st.quads_for_pattern(None, None, None, ox.NamedNode(g)):
                    yield q.subject, q.predicate, q.object, q.graph_name
                    read += 1
                    if read == QUADS_PER_ADVANCE:  # a call per quad would cost seconds
                        progress.advance(read)
                        read = 0
            progress.advance(read)

        return cls.from_quads(quads(), version)

    # --- Parquet ----------------------------------------------------------------------

    def write(self, folder: Path) -> None:
        """Write the index files into ``folder`` at once (a new folder swapped in:
        a reader sees the old index or the new one, never half of one)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        folder.parent.mkdir(parents=True, exist_ok=True)
        fresh = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}."))
        fresh.chmod(0o755)  # as readable as the build's other files (mkdtemp: owner only)
        ids = pa.array(np.arange(len(self.iris), dtype=np.int32))
        pq.write_table(
            pa.table(
                {
                    "id": ids,
                    "iri": pa.array(self.iris, pa.string()),
                    "label": pa.array(self.labels, pa.string()),
                    "class": pa.array(self.cls, pa.string()).dictionary_encode(),
                    "classes": pa.array(self.classes, pa.string()).dictionary_encode(),
                    "date": pa.array(self.dates, pa.string()),
                }
            ),
            fresh / "nodes.parquet",
        )
        dates = np.asarray(self.dates, dtype=object)
        pq.write_table(
            pa.table(
                {
                    "src": pa.array(self.src),
                    "dst": pa.array(self.dst),
                    "predicate": pa.DictionaryArray.from_arrays(
                        pa.array(self.pred), pa.array(self.predicates, pa.string())
                    ),
                    "status": pa.DictionaryArray.from_arrays(
                        pa.array(self.status.astype(np.int32)),
                        pa.array(["asserted", "inferred"], pa.string()),
                    ),
                    "graph": pa.DictionaryArray.from_arrays(
                        pa.array(self.graph), pa.array(self.graphs, pa.string())
                    ),
                    "date": pa.array(dates[self.src] if len(self.src) else [], pa.string()),
                }
            ),
            fresh / "edges.parquet",
        )
        pq.write_table(
            pa.table(
                {
                    "id": pa.array(self.lit_node),
                    "predicate": pa.DictionaryArray.from_arrays(
                        pa.array(self.lit_pred), pa.array(self.predicates, pa.string())
                    ),
                    "value": pa.array(self.lit_value, pa.string()),
                }
            ),
            fresh / "literals.parquet",
        )
        pq.write_table(
            pa.table({"id": pa.array(self.alt_node), "name": pa.array(self.alt_name, pa.string())}),
            fresh / "names.parquet",
        )
        meta = {"format": FORMAT, "store_version": self.version, "nodes": len(self.iris)}
        meta["edges"] = len(self.src)
        (fresh / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
        old = folder.parent / f".{folder.name}.old.{os.getpid()}"
        if folder.exists():
            folder.rename(old)
        fresh.rename(folder)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def read_nodes(cls, folder: Path) -> Tables:
        """The node table alone (enough to name entities); ``read_edges`` adds the rest.
        Its columns stay Arrow arrays (``Strings``) until a command reads them whole:
        a path or a neighbourhood reads a few thousand values of half a million."""

        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        nodes = _read(folder / "nodes.parquet")
        tables = cls(version=meta.get("store_version", ""))
        tables.iris = Strings(nodes.column("iri"))
        tables.labels = Strings(nodes.column("label"))
        tables.cls = Strings(nodes.column("class"))
        tables.classes = Strings(nodes.column("classes"))
        tables.dates = Strings(nodes.column("date"))
        if (folder / "names.parquet").is_file():
            names = _read(folder / "names.parquet")
            tables.alt_node = names.column("id").to_numpy().astype(np.int32)
            tables.alt_name = names.column("name").to_pylist()
        return tables

    def read_edges(self, folder: Path) -> None:

        columns = ["src", "dst", "predicate", "status", "graph"]
        edges = _read(folder / "edges.parquet", columns)
        self.src = edges.column("src").to_numpy().astype(np.int32)
        self.dst = edges.column("dst").to_numpy().astype(np.int32)
        self.predicates, self.pred = dictionary_codes(edges.column("predicate"))
        _, status = dictionary_codes(edges.column("status"), ["asserted", "inferred"])
        self.status = status.astype(np.int8)
        self.graphs, self.graph = dictionary_codes(edges.column("graph"))

    def read_literals(self, folder: Path) -> None:
        """The literal attributes (only the full projection and a few look-ups need
        them: the dates the projections use are in the node table)."""

        literals = _read(folder / "literals.parquet")
        self.lit_node = literals.column("id").to_numpy().astype(np.int32)
        names, codes = dictionary_codes(literals.column("predicate"))
        remap = np.asarray([self._predicate_id(n) for n in names] or [0], np.int32)
        self.lit_pred = remap[codes] if len(codes) else codes
        self.lit_value = literals.column("value").to_pylist()

    def _predicate_id(self, name: str) -> int:
        if name not in self.predicates:
            self.predicates.append(name)
        return self.predicates.index(name)


def _read(path: Path, columns: list[str] | None = None) -> Any:
    """One Parquet file (``ParquetFile``: ``read_table`` goes through pyarrow.dataset,
    whose import alone loads pandas)."""
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).read(columns=columns)


def meeting_quads(people: int, steps: tuple[int, ...]) -> list[tuple[Any, Any, Any, Any]]:
    """A made-up graph for tests and benchmarks: ``people`` persons, and a meeting
    of person n with persons (n * step) % n for each step."""
    from ..model.namespaces import ID

    graph, kind, label = (
        ox.NamedNode(str(ASSERTED_GRAPH)),
        ox.NamedNode(RDF_TYPE),
        ox.NamedNode(RDFS_LABEL),
    )
    participant = ox.NamedNode(K + "participant")
    quads: list[tuple[Any, Any, Any, Any]] = []
    for n in range(people):
        person = ox.NamedNode(f"{ID}p{n}")
        quads += [
            (person, kind, ox.NamedNode(K + "Person"), graph),
            (person, kind, ox.NamedNode(K + "Agent"), graph),
            (person, label, ox.Literal(f"Person {n}"), graph),
        ]
        if n:
            meeting = ox.NamedNode(f"{ID}m{n}")
            quads += [
                (meeting, kind, ox.NamedNode(K + "Meeting"), graph),
                (meeting, kind, ox.NamedNode(K + "Event"), graph),
            ]
            for who in (f"{ID}p{n}", *(f"{ID}p{(n * step) % n}" for step in steps)):
                quads.append((meeting, participant, ox.NamedNode(who), graph))
    return quads


def store_version(build: Path) -> str:
    """The version of a build's store: the digest of its manifest (every writer of
    the store writes a new manifest in the same transaction)."""
    try:
        return hashlib.sha256((build / "manifest.json").read_bytes()).hexdigest()
    except OSError:
        return ""


def index_state(build: Path) -> str:
    """``current``, ``stale`` (another version of the store) or ``missing``."""
    folder = build / INDEX_DIR
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "missing"
    if meta.get("format") != FORMAT or meta.get("store_version") != store_version(build):
        return "stale"
    return "current"


def write_index(build: Path, st: ox.Store | None = None, progress: Progress = QUIET) -> Tables:
    """Read the build's store once (``st``: the store when the caller has it open)
    and write its index (``build/index``), of the version of the build's manifest."""
    progress.stage("index: read the store (quads)")
    tables = Tables.from_store(st or build / "store", store_version(build), progress)
    progress.stage("index: write the Parquet files")
    tables.write(build / INDEX_DIR)
    return tables


__all__ = [
    "INDEX_DIR",
    "Strings",
    "Tables",
    "index_state",
    "most_specific",
    "store_version",
    "write_index",
]
