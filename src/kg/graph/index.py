"""The index the projections are made from: the tables of ``tables.py`` with the
look-ups the projections, paths and views need (by IRI, by class, by role), and
the provenance of curated facts read from the store on first use.

An index comes from a build's index files (``Index.open``: the node table first,
the edges only when a command needs them, so an unknown name is reported before
any heavy work), from a store (one pass over its quads) or from any endpoint.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pyoxigraph as ox

from ..errors import AmbiguousEntity, UsageError
from ..model.namespaces import (
    ASSERTED_GRAPH,
    IMPORTED_GRAPHS,
    INFERRED_GRAPH,
    KG,
    PROVENANCE_GRAPH,
)
from ..model.status import FactStatus
from ..progress import QUIET, Progress
from ..sparql.library import entity_iri, shorten
from .columns import Strings, as_list, dictionary_codes
from .names import Names, id_name
from .provenance import Evidence, Fact, read_provenance
from .tables import DATE_PREDICATES, INDEX_DIR, Tables, index_state, store_version

K = str(KG)
STATUS = (FactStatus.ASSERTED, FactStatus.INFERRED)
# Reference structure that would make meaningless shortcuts in paths.
PATH_EXCLUDED = {"seniorTo", "juniorTo", "directlyAbove", "rankSystem"}
SCANS = 64
"""Ids looked up by scanning the IRI column before the full dictionary is made."""
TOUCHED_KEPT = 64
"""Nodes whose fact rows are kept (``touching``)."""


@dataclass
class Index:
    """Everything the projections need, as tables (see ``tables.py``)."""

    tables: Tables = field(default_factory=Tables)
    _edges_from: Path | None = None
    """Index files whose edges are read on first use."""
    _literals_from: Path | None = None
    _provenance_from: Path | ox.Store | None = None
    """A store whose provenance is read on first use (only paths and the full
    projection need it)."""
    _sources: dict[Fact, list[Evidence]] = field(default_factory=lambda: defaultdict(list))
    _derived_by: dict[Fact, str] = field(default_factory=dict)
    loaded_from: str = "store"
    """``index`` (the build's index files) or ``store`` (a pass over the quads)."""
    _met: dict[str, int] = field(default_factory=dict)
    """Ids of the IRIs a command has met (``iri``), so that looking them up again
    needs no dictionary of every node (-1: no node has the IRI)."""
    _touched: dict[str, npt.NDArray[np.intp]] = field(default_factory=dict)
    _scans: int = 0

    # --- where an index comes from ------------------------------------------------

    @classmethod
    def from_quads(cls, quads: Any) -> Index:
        return cls(Tables.from_quads(quads))

    @classmethod
    def from_memory(cls, st: ox.Store) -> Index:
        """From an in-memory store (the curated graphs of a build, for its view)."""
        graphs = (ASSERTED_GRAPH, INFERRED_GRAPH, PROVENANCE_GRAPH)
        quads = (
            (q.subject, q.predicate, q.object, q.graph_name)
            for g in graphs
            for q in st.quads_for_pattern(None, None, None, ox.NamedNode(str(g)))
        )
        return cls(Tables.from_quads(quads), _provenance_from=st)

    @classmethod
    def from_store(cls, path: Path, progress: Progress = QUIET) -> Index:
        """One pass over a store folder (``progress`` hears of the quads read)."""
        version = store_version(path.parent) if path.name == "store" else ""
        progress.stage("index: read the store (quads)")
        return cls(Tables.from_store(path, version, progress), _provenance_from=path)

    @classmethod
    def open(cls, build: Path, *, save: bool = True, progress: Progress = QUIET) -> Index:
        """The index of a build folder: its index files when they are of the store's
        version; else one pass over the store, written as the build's index when
        ``save`` and the folder is writable (builds made before the index)."""
        folder = build / INDEX_DIR
        if index_state(build) == "current":
            index = cls(Tables.read_nodes(folder), _edges_from=folder, loaded_from="index")
            index._provenance_from = build / "store"
            return index
        index = cls.from_store(build / "store", progress)
        if save:
            progress.stage("index: write the Parquet files")
            # A read-only build: the next command reads the store again.
            with contextlib.suppress(OSError):
                index.tables.write(folder)
        return index

    @classmethod
    def from_endpoint(cls, endpoint: Any, progress: Progress = QUIET) -> Index:
        """From any endpoint: a local build's index, or one query to a remote one."""
        from ..sparql.local import LocalStore

        if isinstance(endpoint, LocalStore):
            path = Path(endpoint.path)
            if path.name == "store" and (path.parent / "manifest.json").is_file():
                return cls.open(path.parent, progress=progress)
            return cls.from_store(path, progress)
        imported = str(IMPORTED_GRAPHS)
        graphs = ", ".join(f"<{g}>" for g in (ASSERTED_GRAPH, INFERRED_GRAPH, PROVENANCE_GRAPH))
        result = endpoint.run(
            f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }}"
            f' FILTER (?g IN ({graphs}) || STRSTARTS(STR(?g), "{imported}")) }}',
            600.0,
        )
        return cls.from_quads((s, p, o, g) for s, p, o, g in result.rows)

    def _edges(self) -> Tables:
        if self._edges_from is not None:
            folder, self._edges_from = self._edges_from, None
            self.tables.read_edges(folder)
            self._literals_from = folder
        return self.tables

    def _literals(self) -> Tables:
        t = self._edges()
        if self._literals_from is not None:
            folder, self._literals_from = self._literals_from, None
            t.read_literals(folder)
        return t

    # --- nodes --------------------------------------------------------------------

    @cached_property
    def ids(self) -> dict[str, int]:
        t = self.tables
        # A command that needs every node's id (a projection) reads every value of
        # the node columns: as lists, each value costs no method call.
        t.iris, t.labels, t.cls, t.classes, t.dates = (
            as_list(c) for c in (t.iris, t.labels, t.cls, t.classes, t.dates)
        )
        return {iri: i for i, iri in enumerate(t.iris)}

    @cached_property
    def labels(self) -> dict[str, str]:
        t = self.tables
        pairs = zip(as_list(t.iris), as_list(t.labels), strict=True)
        return {iri: label for iri, label in pairs if label}

    @cached_property
    def types(self) -> dict[str, set[str]]:
        t = self.tables
        pairs = zip(as_list(t.iris), as_list(t.classes), strict=True)
        return {iri: set(c.split()) for iri, c in pairs if c}

    def id_of(self, node: str) -> int | None:
        """A node's id: from the IRIs met so far, from the dictionary of every node
        once a projection made it, else by a scan of the IRI column (a path names a
        few nodes; the dictionary of half a million IRIs costs a second)."""
        if "ids" in self.__dict__:
            return self.ids.get(node)
        found = self._met.get(node)
        if found is not None:
            return found if found >= 0 else None
        iris = self.tables.iris
        if not isinstance(iris, Strings) or self._scans >= SCANS:
            return self.ids.get(node)
        import pyarrow.compute as pc

        self._scans += 1
        # ``equal`` and not ``index``: pyarrow's index takes a second on 500,000 IRIs.
        rows = np.flatnonzero(pc.equal(iris.arrow, node).to_numpy(zero_copy_only=False))
        self._met[node] = i = int(rows[0]) if len(rows) else -1
        return i if i >= 0 else None

    def iri(self, i: int) -> str:
        """The IRI of node ``i`` (remembered, for ``id_of``)."""
        node = self.tables.iris[i]
        self._met[node] = i
        return node

    def own_label(self, node: str) -> str:
        """The label of a node, or empty when it has none."""
        i = self.id_of(node)
        return self.tables.labels[i] if i is not None else ""

    def label(self, node: str) -> str:
        return self.own_label(node) or shorten(node)

    def cls(self, node: str) -> str:
        """The most specific kg class of a node."""
        i = self.id_of(node)
        return self.tables.cls[i] if i is not None else ""

    def is_a(self, node: str, cls: str) -> bool:
        i = self.id_of(node)
        return i is not None and cls in self.tables.classes[i].split()

    def date(self, node: str) -> str | None:
        i = self.id_of(node)
        return (self.tables.dates[i] or None) if i is not None else None

    @cached_property
    def _class_sets(self) -> tuple[list[str], npt.NDArray[np.int32]]:
        """The distinct sets of classes, and each node's set as a number."""
        if isinstance(self.tables.classes, Strings):
            return self.tables.classes.codes()
        codes: dict[str, int] = {}
        numbers = [codes.setdefault(c, len(codes)) for c in self.tables.classes]
        return list(codes), np.asarray(numbers, np.int32)

    def members(self, cls: str) -> npt.NDArray[np.bool_]:
        """A mask over node ids: the nodes of class ``cls``."""
        names, numbers = self._class_sets
        matching = [i for i, c in enumerate(names) if cls in c.split()]
        return np.isin(numbers, matching)

    def nodes_of(self, cls: str) -> list[str]:
        iris = as_list(self.tables.iris)
        return sorted(iris[i] for i in np.flatnonzero(self.members(cls)).tolist())

    # --- edges --------------------------------------------------------------------

    def predicate_id(self, name: str) -> int:
        t = self._edges()
        return t.predicates.index(name) if name in t.predicates else -1

    def rows(self, predicate: str) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int32]]:
        """Subjects and objects of the facts of one predicate (node ids)."""
        t = self._edges()
        mask = t.pred == self.predicate_id(predicate)
        return t.src[mask], t.dst[mask]

    def objects(self, node: str, predicate: str) -> list[str]:
        """The objects of one node's facts of one predicate (a scan of the columns:
        for the few entities a command shows)."""
        t = self._edges()
        i, p = self.id_of(node), self.predicate_id(predicate)
        rows = np.flatnonzero((t.src == (-1 if i is None else i)) & (t.pred == p))
        return sorted(self.iri(int(t.dst[r])) for r in rows.tolist())

    def role_members(
        self,
        predicate: str,
        subjects_of: npt.NDArray[np.bool_] | None = None,
        among: npt.NDArray[np.bool_] | None = None,
    ) -> dict[int, list[int]]:
        """For each subject (an event) the sorted, distinct objects of ``predicate``;
        only subjects in the mask ``subjects_of`` and objects in ``among`` when given
        (a projection of persons leaves out most rows before any Python loop)."""
        subjects, objects = self.rows(predicate)
        if subjects_of is not None or among is not None:
            keep = np.ones(len(subjects), bool)
            if subjects_of is not None:
                keep &= subjects_of[subjects]
            if among is not None:
                keep &= among[objects]
            subjects, objects = subjects[keep], objects[keep]
        if not len(subjects):
            return {}
        order = np.lexsort((objects, subjects))
        subjects, objects = subjects[order], objects[order]
        fresh = np.ones(len(subjects), bool)
        fresh[1:] = (subjects[1:] != subjects[:-1]) | (objects[1:] != objects[:-1])
        subjects, objects = subjects[fresh], objects[fresh]
        starts = np.flatnonzero(np.r_[True, subjects[1:] != subjects[:-1]]).tolist()
        ends = [*starts[1:], len(objects)]
        values = objects.tolist()
        keys = subjects[starts].tolist()
        # Slices of one list: numpy's split makes an array per event (slow at scale).
        return {k: values[a:b] for k, a, b in zip(keys, starts, ends, strict=True)}

    @cached_property
    def edges(self) -> dict[Fact, FactStatus]:
        """Every fact between entities with its status (a dictionary: for small graphs
        and the full projection; the other projections read the columns)."""
        t = self._edges()
        iris, names = as_list(t.iris), t.predicates
        return {
            (iris[s], names[p], iris[o]): STATUS[st]
            for s, p, o, st in zip(
                t.src.tolist(), t.pred.tolist(), t.dst.tolist(), t.status.tolist(), strict=True
            )
        }

    @cached_property
    def out(self) -> dict[str, dict[str, list[str]]]:
        """For each entity, the objects of its facts by predicate (a dictionary built
        from the edge table on first use: for pages about a few entities each)."""
        found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for s, p, o in self.edges:
            found[s][p].append(o)
        return found

    @cached_property
    def literals(self) -> dict[str, dict[str, list[str]]]:
        t = self._literals()
        found: dict[str, dict[str, list[str]]] = defaultdict(dict)
        for node, p, value in zip(
            t.lit_node.tolist(), t.lit_pred.tolist(), t.lit_value, strict=True
        ):
            found[t.iris[node]].setdefault(t.predicates[p], []).append(value)
        return found

    def values(self, node: str, predicate: str) -> list[str]:
        """The literal values of one node's predicate (a scan of the column: for the
        few entities a command shows; from the Parquet file, the values of those rows
        only, while the literals are not read whole)."""
        i = self.id_of(node)
        if self._edges_from is None and self._literals_from is None:  # in memory
            t = self._literals()
            p = self.predicate_id(predicate)
            rows = np.flatnonzero((t.lit_node == (-1 if i is None else i)) & (t.lit_pred == p))
            return sorted(t.lit_value[r] for r in rows.tolist())
        nodes, names, codes, value = self._literal_columns
        if predicate not in names:
            return []
        rows = np.flatnonzero(
            (nodes == (-1 if i is None else i)) & (codes == names.index(predicate))
        )
        return sorted(value.take(rows).to_pylist())

    @cached_property
    def _literal_columns(self) -> tuple[npt.NDArray[np.int32], list[str], Any, Any]:
        """The literal table's node and predicate columns as numbers, and its value
        column as Arrow (not made into half a million Python strings)."""
        import pyarrow.parquet as pq

        folder = self._literals_from or self._edges_from
        assert folder is not None
        table = pq.ParquetFile(folder / "literals.parquet").read()
        names, codes = dictionary_codes(table.column("predicate"))
        value = table.column("value").combine_chunks()
        return table.column("id").to_numpy().astype(np.int32), names, codes, value

    @cached_property
    def countries_of(self) -> dict[str, set[str]]:
        """The countries each agent stands for: itself, the countries a person
        represents, the country of a ministry."""
        iris = as_list(self.tables.iris)
        country = self.members("Country")
        found: dict[str, set[str]] = defaultdict(set)
        for i in np.flatnonzero(country).tolist():
            found[iris[i]].add(iris[i])
        for predicate in ("represents", "ministryOf"):
            subjects, objects = self.rows(predicate)
            keep = country[objects] if len(objects) else np.zeros(0, bool)
            for s, o in zip(subjects[keep].tolist(), objects[keep].tolist(), strict=True):
                found[iris[s]].add(iris[o])
        return found

    def touching(self, node: str) -> npt.NDArray[np.intp]:
        """Row numbers of the facts a node takes part in (a scan of two columns, kept
        for the few nodes a path asks about again and again)."""
        rows = self._touched.get(node)
        if rows is None:
            t = self._edges()
            found = self.id_of(node)
            i = -1 if found is None else found
            rows = np.flatnonzero((t.src == i) | (t.dst == i))
            if len(self._touched) < TOUCHED_KEPT:
                self._touched[node] = rows
        return rows

    def facts_between(self, a: str, b: str) -> list[tuple[Fact, FactStatus]]:
        """The facts linking two entities, either way, with their status."""
        t = self._edges()
        ia, ib = (-1 if i is None else i for i in (self.id_of(a), self.id_of(b)))
        rows = np.flatnonzero(((t.src == ia) & (t.dst == ib)) | ((t.src == ib) & (t.dst == ia)))
        return [self.fact(r) for r in rows.tolist()]

    def fact(self, row: int) -> tuple[Fact, FactStatus]:
        t = self.tables
        s, p, o = int(t.src[row]), int(t.pred[row]), int(t.dst[row])
        return (self.iri(s), t.predicates[p], self.iri(o)), STATUS[int(t.status[row])]

    def status(self, fact: Fact) -> FactStatus:
        t = self._edges()
        s, o = self.id_of(fact[0]), self.id_of(fact[2])
        if s is None or o is None:
            raise KeyError(fact)
        p = self.predicate_id(fact[1])
        rows = np.flatnonzero((t.src == s) & (t.dst == o) & (t.pred == p))
        if not len(rows):
            raise KeyError(fact)
        return STATUS[int(t.status[rows[0]])]

    @cached_property
    def path_graph(self) -> Any:
        """The undirected graph paths follow, as a sparse matrix over node ids: an
        asserted fact costs 1, an inferred one 1.5 (the cheaper when both link a
        pair); the rank ladders are left out, since they would link everyone."""
        from scipy.sparse import csr_matrix

        t = self._edges()
        excluded = [self.predicate_id(p) for p in sorted(PATH_EXCLUDED)]
        keep = t.src != t.dst
        for predicate in excluded:
            keep &= t.pred != predicate
        n = len(t.iris)
        src, dst = t.src[keep], t.dst[keep]
        # scipy sums the facts of a pair (no sort of pairs in Python): an asserted
        # fact counts ASSERTED_COUNT, an inferred one 1; a pair costs 1 when an
        # asserted fact links it, else 1.5.
        count = np.where(t.status[keep] == 0, ASSERTED_COUNT, 1).astype(np.int32)
        graph = csr_matrix(
            (
                np.concatenate([count, count]),
                (np.concatenate([src, dst]), np.concatenate([dst, src])),
            ),
            shape=(n, n),
        )
        graph.sum_duplicates()
        graph.data = np.where(graph.data >= ASSERTED_COUNT, 1.0, 1.5)
        return graph

    # --- provenance of curated facts ------------------------------------------------

    @property
    def sources(self) -> dict[Fact, list[Evidence]]:
        self._load_provenance()
        return self._sources

    @property
    def derived_by(self) -> dict[Fact, str]:
        self._load_provenance()
        return self._derived_by

    def _load_provenance(self) -> None:
        if self._provenance_from is None:
            return
        path, self._provenance_from = self._provenance_from, None
        read_provenance(path, self._sources, self._derived_by)

    # --- naming entities ------------------------------------------------------------

    @cached_property
    def names(self) -> Names:
        return Names.of(self.tables)

    def resolve(self, text: str, cls: str | None = None) -> str:
        """An id (``zakir-hasanov``, ``id:icews/actor/x``, ``country:AZ``, an IRI) or a
        name (a label or an altLabel: exact, case-insensitive; else the start of one
        of its words) to an IRI, from the node table alone.
        Raises UsageError for a name no entity has (its hint offers close names),
        AmbiguousEntity for several."""
        text = text.strip()
        iri = entity_iri(text)
        if iri is not None:
            i = self.id_of(iri.value)
            if i is not None and (cls is None or self.is_a(iri.value, cls)):
                return iri.value

        def fitting(ids: list[int]) -> list[str]:
            nodes = [self.iri(i) for i in ids]
            return [n for n in nodes if cls is None or self.is_a(n, cls)]

        found = fitting(self.names.exact(text))
        if not found:
            found = fitting(self.names.starting(text))
        if not cls and len(found) > 1:
            named = [n for n in found if not self.is_a(n, "Event")]
            found = named or found
        if len(found) == 1:
            return found[0]
        if found:
            raise AmbiguousEntity(text, [(id_name(n), self.label(n), self.cls(n)) for n in found])
        of_class = f" of class {cls}" if cls else ""
        close = [f"{name} ({id_name(self.iri(i))})" for name, i in self.names.close(text)]
        offered = f"close names: {'; '.join(close)}; " if close else ""
        raise UsageError(
            f"no entity{of_class} has the id or name {text!r}",
            hint=f"check the spelling; {offered}`kg query entities` lists entities"
            " with their labels",
        )


ASSERTED_COUNT = 1 << 16
"""More than the inferred facts between any two entities (one per predicate)."""


__all__ = ["DATE_PREDICATES", "PATH_EXCLUDED", "Evidence", "Index"]
