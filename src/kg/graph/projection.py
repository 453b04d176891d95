"""Projections of the knowledge graph to networkx that keep the meaning of edges.

One pass over the store's quads builds an :class:`Index`; every projection is
computed from it in memory (never one query per node):

- ``full``: typed MultiDiGraph; nodes carry iri, label and class; edges carry
  predicate, label, status (asserted or inferred) and sources; literals are node
  attributes, not nodes.
- ``actors``: person to person, weighted by the events they share, with the
  events behind each edge (met at, co-signed, congratulated...).
- ``countries``: country to country, weighted by meetings, agreements and
  statements of support between them, with the events behind each edge.
- ``bipartite``: actors and the events they take part in.

A time window (``start``, ``end``) keeps only events dated inside it.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from ..errors import UsageError
from ..model.namespaces import ASSERTED_GRAPH, IMPORTED_GRAPHS, INFERRED_GRAPH, KG, PROVENANCE_GRAPH
from ..model.ontology import vocabulary
from ..model.status import FactStatus
from ..sparql.library import shorten
from . import PROJECTIONS

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RDF_SUBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"
RDF_PREDICATE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate"
RDF_OBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#object"
DC_TITLE = "http://purl.org/dc/terms/title"
DC_DATE = "http://purl.org/dc/terms/date"
K = str(KG)
IMPORTED = str(IMPORTED_GRAPHS)

PROVENANCE_QUERY = f"""
PREFIX rdf: <{RDF_SUBJECT[:-7]}>
PREFIX kg: <{K}>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?s ?p ?o ?how ?src ?title ?date ?quote ?file ?line WHERE {{
  GRAPH <{PROVENANCE_GRAPH}> {{
    ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    FILTER (STRSTARTS(STR(?p), STR(kg:)) && isIRI(?o))
    OPTIONAL {{ ?st kg:derivedBy ?how }}
    OPTIONAL {{
      ?st kg:hasEvidence ?ev .
      ?ev kg:quote ?quote ; kg:inSource ?src ; kg:curatedFile ?file ; kg:curatedLine ?line .
      OPTIONAL {{ ?src dcterms:title ?title ; dcterms:date ?date }}
    }}
  }}
}}"""

# How events link actors. Each row: event class, role predicate of the first actor,
# role predicate of the second (None: pairs within the first role), what the
# relation is called, whether it has a direction.
ACTOR_LINKS: list[tuple[str, str, str | None, str, bool]] = [
    ("Meeting", "participant", None, "met at", False),
    ("Agreement", "signatory", None, "co-signed", False),
    ("Congratulation", "congratulator", "congratulatee", "congratulated", True),
    ("Appointment", "appointee", None, "appointed", False),
]
# How events link countries (through the countries their actors represent).
COUNTRY_LINKS: list[tuple[str, str, str | None, str]] = [
    ("Meeting", "involvesCountry", None, "meeting"),
    ("Agreement", "party", None, "agreement"),
    ("Support", "supporter", "supportedParty", "support"),
]
# Predicates that give an event its date, in order of preference.
DATE_PREDICATES = ("date", "signedOn", "reportedOn", "validFrom")
# Reference structure that would make meaningless shortcuts in paths.
PATH_EXCLUDED = {"seniorTo", "juniorTo", "directlyAbove", "rankSystem"}


@dataclass(frozen=True)
class Evidence:
    """Where an asserted fact comes from: the source, and the quote at file:line."""

    source: str
    title: str
    date: str
    quote: str
    file: str
    line: int


@dataclass
class Index:
    """Everything the projections need, from one pass over the quads."""

    labels: dict[str, str] = field(default_factory=dict)
    types: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    literals: dict[str, dict[str, list[str]]] = field(default_factory=lambda: defaultdict(dict))
    edges: dict[tuple[str, str, str], FactStatus] = field(default_factory=dict)
    _sources: dict[tuple[str, str, str], list[Evidence]] = field(
        default_factory=lambda: defaultdict(list)
    )
    _derived_by: dict[tuple[str, str, str], str] = field(default_factory=dict)
    _provenance_from: Path | None = None
    """A store whose provenance is read on first use (only paths and the full
    projection need it, and it is most of a build's quads)."""
    out: dict[str, dict[str, list[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )

    @classmethod
    def from_quads(cls, quads: Iterable[tuple[Any, Any, Any, Any]]) -> Index:
        index = cls()
        statements: dict[str, dict[str, str]] = defaultdict(dict)
        evidence: dict[str, dict[str, str]] = defaultdict(dict)
        statement_evidence: dict[str, list[str]] = defaultdict(list)
        articles: dict[str, dict[str, str]] = defaultdict(dict)
        for s, p, o, g in quads:
            graph, subject, predicate = g.value, s.value, p.value
            if graph == str(PROVENANCE_GRAPH):
                local = predicate[len(K) :] if predicate.startswith(K) else predicate
                if predicate in (RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT):
                    statements[subject][predicate] = o.value
                elif local == "hasEvidence":
                    statement_evidence[subject].append(o.value)
                elif local == "derivedBy":
                    statements[subject]["how"] = o.value
                elif local in ("quote", "inSource", "curatedFile", "curatedLine"):
                    evidence[subject][local] = o.value
                elif predicate in (DC_TITLE, DC_DATE):
                    articles[subject][predicate] = o.value
                elif predicate == RDFS_LABEL and o.value:
                    index.labels.setdefault(subject, o.value)
                continue
            if graph == str(INFERRED_GRAPH):
                status = FactStatus.INFERRED
            elif graph == str(ASSERTED_GRAPH) or graph.startswith(IMPORTED):
                status = FactStatus.ASSERTED
            else:
                continue
            if predicate == RDFS_LABEL:
                index.labels[subject] = o.value
            elif predicate == RDF_TYPE:
                if o.value.startswith(K):
                    index.types[subject].add(o.value[len(K) :])
            elif not predicate.startswith(K):
                continue
            elif isinstance(o, ox.Literal):
                index.literals[subject].setdefault(predicate[len(K) :], []).append(o.value)
            elif isinstance(o, ox.NamedNode):
                key = (subject, predicate[len(K) :], o.value)
                if index.edges.get(key) != FactStatus.ASSERTED:
                    index.edges[key] = status
                index.out[subject][key[1]].append(o.value)
        for node, parts in statements.items():
            if len(parts) < 3:
                continue
            predicate = parts[RDF_PREDICATE]
            if not predicate.startswith(K):
                continue
            key = (parts[RDF_SUBJECT], predicate[len(K) :], parts[RDF_OBJECT])
            if "how" in parts:
                index._derived_by[key] = parts["how"]
            for ev in statement_evidence.get(node, []):
                e = evidence[ev]
                article = articles.get(e.get("inSource", ""), {})
                index._sources[key].append(
                    Evidence(
                        source=e.get("inSource", "").rsplit("/", 1)[-1],
                        title=article.get(DC_TITLE, ""),
                        date=article.get(DC_DATE, ""),
                        quote=e.get("quote", ""),
                        file=e.get("curatedFile", ""),
                        line=int(e.get("curatedLine", "0") or 0),
                    )
                )
        return index

    @classmethod
    def from_store(cls, path: Path) -> Index:
        store = ox.Store.read_only(str(path))
        imported = [g.value for g in store.named_graphs() if g.value.startswith(IMPORTED)]
        graphs = (str(ASSERTED_GRAPH), *sorted(imported), str(INFERRED_GRAPH))
        quads = itertools.chain.from_iterable(
            store.quads_for_pattern(None, None, None, ox.NamedNode(g)) for g in graphs
        )
        index = cls.from_quads((q.subject, q.predicate, q.object, q.graph_name) for q in quads)
        index._provenance_from = path
        return index

    @property
    def sources(self) -> dict[tuple[str, str, str], list[Evidence]]:
        self._load_provenance()
        return self._sources

    @property
    def derived_by(self) -> dict[tuple[str, str, str], str]:
        self._load_provenance()
        return self._derived_by

    def _load_provenance(self) -> None:
        """Join statements to their evidence and sources inside Oxigraph, in one query."""
        if self._provenance_from is None:
            return
        path, self._provenance_from = self._provenance_from, None
        store = ox.Store.read_only(str(path))
        rows = store.query(PROVENANCE_QUERY)
        assert isinstance(rows, ox.QuerySolutions)
        for s, p, o, how, src, title, date, quote, file, line in rows:
            key = (s.value, p.value[len(K) :], o.value)
            if how is not None:
                self._derived_by[key] = how.value
            if src is not None:
                self._sources[key].append(
                    Evidence(
                        source=src.value.rsplit("/", 1)[-1],
                        title=title.value if title else "",
                        date=date.value if date else "",
                        quote=quote.value if quote else "",
                        file=file.value if file else "",
                        line=int(line.value) if line else 0,
                    )
                )

    @classmethod
    def from_endpoint(cls, endpoint: Any) -> Index:
        """From any endpoint, local or remote, with one query."""
        from ..sparql.local import LocalStore

        if isinstance(endpoint, LocalStore):
            return cls.from_store(endpoint.path)
        graphs = ", ".join(f"<{g}>" for g in (ASSERTED_GRAPH, INFERRED_GRAPH, PROVENANCE_GRAPH))
        result = endpoint.run(
            f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }}"
            f' FILTER (?g IN ({graphs}) || STRSTARTS(STR(?g), "{IMPORTED}")) }}',
            600.0,
        )
        return cls.from_quads((s, p, o, g) for s, p, o, g in result.rows)

    def label(self, node: str) -> str:
        return self.labels.get(node) or shorten(node)

    def cls(self, node: str) -> str:
        """The most specific kg class of a node."""
        classes = self.types.get(node, set())
        if not classes:
            return ""
        vocab = vocabulary()
        iris = {c: vocab.classes.get(c) for c in classes}
        for name, iri in sorted(iris.items()):
            if iri is None:
                continue
            if not any(
                other != name and o is not None and iri in vocab.superclasses(o)
                for other, o in iris.items()
            ):
                return name
        return sorted(classes)[0]

    def is_a(self, node: str, cls: str) -> bool:
        return cls in self.types.get(node, set())

    def date(self, node: str) -> str | None:
        values = self.literals.get(node, {})
        for predicate in DATE_PREDICATES:
            if predicate in values:
                return min(values[predicate])
        return None

    @cached_property
    def asserted_touching(self) -> dict[str, set[tuple[str, str, str]]]:
        """For each entity, the asserted facts it takes part in (built once)."""
        touching: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
        for fact, status in self.edges.items():
            if status == FactStatus.ASSERTED:
                touching[fact[0]].add(fact)
                touching[fact[2]].add(fact)
        return touching

    @cached_property
    def countries_of(self) -> dict[str, set[str]]:
        """The countries each agent stands for: itself, the countries a person
        represents, the country of a ministry."""
        found: dict[str, set[str]] = defaultdict(set)
        for node in self.types:
            if self.is_a(node, "Country"):
                found[node].add(node)
        for (s, p, o), _ in self.edges.items():
            if p in ("represents", "ministryOf") and self.is_a(o, "Country"):
                found[s].add(o)
        return found


def _in_window(index: Index, event: str, start: str | None, end: str | None) -> bool:
    if start is None and end is None:
        return True
    date = index.date(event)
    if date is None:
        return False
    return (start is None or date >= start) and (end is None or date <= end)


def _event_info(index: Index, event: str, relation: str) -> dict[str, str]:
    return {
        "event": event,
        "label": index.label(event),
        "class": index.cls(event),
        "relation": relation,
        "date": index.date(event) or "",
    }


def _add_node(graph: nx.Graph, index: Index, node: str) -> None:
    if node not in graph:
        graph.add_node(node, iri=node, label=index.label(node), **{"class": index.cls(node)})


def _add_weighted(graph: nx.Graph, index: Index, a: str, b: str, info: dict[str, str]) -> None:
    _add_node(graph, index, a)
    _add_node(graph, index, b)
    if graph.has_edge(a, b):
        data = graph.edges[a, b]
        if any(e["event"] == info["event"] for e in data["events"]):
            return
        data["weight"] += 1
        data["events"].append(info)
    else:
        graph.add_edge(a, b, weight=1, events=[info])


def _role_pairs(
    index: Index, event: str, first: str, second: str | None
) -> Iterable[tuple[str, str]]:
    firsts = sorted(set(index.out.get(event, {}).get(first, [])))
    if second is None:
        return itertools.combinations(firsts, 2)
    seconds = sorted(set(index.out.get(event, {}).get(second, [])))
    return ((a, b) for a in firsts for b in seconds if a != b)


def actors(index: Index, start: str | None = None, end: str | None = None) -> nx.Graph:
    graph = nx.Graph(projection="actors", weight="number of shared events")
    for node in index.types:
        if index.is_a(node, "Person"):
            _add_node(graph, index, node)
    for event_cls, first, second, relation, _directed in ACTOR_LINKS:
        for event in sorted(n for n in index.types if index.is_a(n, event_cls)):
            if not _in_window(index, event, start, end):
                continue
            for a, b in _role_pairs(index, event, first, second):
                if index.is_a(a, "Person") and index.is_a(b, "Person"):
                    _add_weighted(graph, index, a, b, _event_info(index, event, relation))
    return graph


def countries(index: Index, start: str | None = None, end: str | None = None) -> nx.Graph:
    graph = nx.Graph(projection="countries", weight="number of meetings, agreements, supports")
    for node in index.types:
        if index.is_a(node, "Country"):
            _add_node(graph, index, node)
    for event_cls, first, second, relation in COUNTRY_LINKS:
        for event in sorted(n for n in index.types if index.is_a(n, event_cls)):
            if not _in_window(index, event, start, end):
                continue
            for a, b in _role_pairs(index, event, first, second):
                for ca in sorted(index.countries_of.get(a, set())):
                    for cb in sorted(index.countries_of.get(b, set())):
                        if ca != cb:
                            _add_weighted(graph, index, ca, cb, _event_info(index, event, relation))
    return graph


def bipartite(index: Index, start: str | None = None, end: str | None = None) -> nx.Graph:
    graph = nx.Graph(projection="bipartite")
    roles = {(c, r) for c, a, b, _, _ in ACTOR_LINKS for r in (a, b) if r} | {
        (c, r) for c, a, b, _ in COUNTRY_LINKS for r in (a, b) if r and r != "involvesCountry"
    }
    for event_cls, role in sorted(roles):
        for event in sorted(n for n in index.types if index.is_a(n, event_cls)):
            if not _in_window(index, event, start, end):
                continue
            for actor in sorted(set(index.out.get(event, {}).get(role, []))):
                _add_node(graph, index, event)
                _add_node(graph, index, actor)
                graph.nodes[event]["bipartite"] = 1
                graph.nodes[actor]["bipartite"] = 0
                if graph.has_edge(actor, event):
                    graph.edges[actor, event]["roles"].append(role)
                else:
                    graph.add_edge(actor, event, weight=1, roles=[role])
    return graph


def full(index: Index, start: str | None = None, end: str | None = None) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(projection="full")
    vocab = vocabulary()
    events = {n for n in index.types if index.is_a(n, "Event") or index.is_a(n, "Agreement")}
    dropped = {e for e in events if not _in_window(index, e, start, end)}
    nodes = {n for n in index.types if n not in dropped}
    labels: dict[str, str] = {}
    derivations: dict[str, str] = {}
    sources, derived_by = index.sources, index.derived_by
    for (s, p, o), status in sorted(index.edges.items()):
        if s in dropped or o in dropped:
            continue
        for node in (s, o):
            if node not in graph:
                nodes.discard(node)
                _add_full_node(graph, index, node)
        if p not in labels:
            prop = vocab.properties.get(p)
            labels[p] = vocab.label(prop.iri) if prop else p
        how = derived_by.get((s, p, o), "") if status == FactStatus.INFERRED else ""
        if how not in derivations:
            derivations[how] = shorten(how) if how else ""
        graph.add_edge(
            s,
            o,
            key=p,
            predicate=f"kg:{p}",
            label=labels[p],
            status=status.value,
            derived_by=derivations[how],
            sources=sorted({src.source for src in sources.get((s, p, o), [])}),
        )
    for node in sorted(nodes):
        _add_full_node(graph, index, node)
    return graph


def _add_full_node(graph: nx.MultiDiGraph, index: Index, node: str) -> None:
    attributes: dict[str, Any] = {"iri": node, "label": index.label(node), "class": index.cls(node)}
    for name, values in index.literals.get(node, {}).items():
        attributes[name] = values[0] if len(values) == 1 else sorted(values)
    graph.add_node(node, **attributes)


BUILDERS = {"full": full, "actors": actors, "countries": countries, "bipartite": bipartite}


def project(
    index: Index, name: str = "actors", start: str | None = None, end: str | None = None
) -> nx.Graph:
    """The named projection of an index, optionally within a time window."""
    if name not in BUILDERS:
        raise UsageError(
            f"no projection named {name!r}", hint=f"use one of {', '.join(PROJECTIONS)}"
        )
    graph: nx.Graph = BUILDERS[name](index, start, end)
    graph.graph["window"] = f"{start or '...'} to {end or '...'}"
    return graph
