"""Projections of the knowledge graph to networkx that keep the meaning of edges.

Every projection is computed in memory from the build's :class:`Index` (its
tables, written by the build and the import; never one query per node):

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
from collections.abc import Iterable
from typing import Any

import networkx as nx
import numpy as np
import numpy.typing as npt

from ..errors import UsageError
from ..model.ontology import vocabulary
from ..model.status import FactStatus
from ..sparql.library import shorten
from . import PROJECTIONS
from .columns import as_list
from .index import DATE_PREDICATES, PATH_EXCLUDED, Evidence, Index

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


Ties = dict[tuple[str, str], dict[str, dict[str, str]]]


def _tie(ties: Ties, a: str, b: str, info: dict[str, str]) -> None:
    """Count an event once per pair (a dictionary: some pairs share thousands)."""
    events = ties.get((a, b)) or ties.get((b, a))
    if events is None:
        events = ties[(a, b)] = {}
    events.setdefault(info["event"], info)


def _add_ties(graph: nx.Graph, index: Index, ties: Ties) -> None:
    for (a, b), events in ties.items():
        _add_node(graph, index, a)
        _add_node(graph, index, b)
        graph.add_edge(a, b, weight=len(events), events=list(events.values()))


def _events_with_roles(
    index: Index,
    event_cls: str,
    first: str,
    second: str | None,
    start: str | None,
    end: str | None,
    among: npt.NDArray[np.bool_] | None = None,
) -> Iterable[tuple[str, list[str], list[str] | None]]:
    """The events of a class in the window, by IRI, with the IRIs of their roles
    (only the nodes of the mask ``among``, when given; and then, for pairs within
    one role, only events with two of them)."""
    iris = as_list(index.tables.iris)
    is_event = index.members(event_cls)
    firsts = index.role_members(first, is_event, among)
    seconds = index.role_members(second, is_event, among) if second else {}
    least = 2 if among is not None and not second else 1
    found = sorted(iris[e] for e, ones in firsts.items() if len(ones) >= least)
    for event in found:
        if not _in_window(index, event, start, end):
            continue
        e = index.ids[event]
        ones = sorted(iris[i] for i in firsts[e])
        twos = sorted(iris[i] for i in seconds.get(e, [])) if second else None
        yield event, ones, twos


def _pairs(ones: list[str], twos: list[str] | None) -> Iterable[tuple[str, str]]:
    if twos is None:
        return itertools.combinations(ones, 2)
    return ((a, b) for a in ones for b in twos if a != b)


def actors(index: Index, start: str | None = None, end: str | None = None) -> nx.Graph:
    graph = nx.Graph(projection="actors", weight="number of shared events")
    person = index.members("Person")
    iris = as_list(index.tables.iris)
    for i in np.flatnonzero(person).tolist():
        _add_node(graph, index, iris[i])
    ties: Ties = {}
    for event_cls, first, second, relation, _directed in ACTOR_LINKS:
        found = _events_with_roles(index, event_cls, first, second, start, end, among=person)
        for event, ones, twos in found:
            info: dict[str, str] | None = None
            for a, b in _pairs(ones, twos):
                if person[index.ids[a]] and person[index.ids[b]]:
                    info = info or _event_info(index, event, relation)
                    _tie(ties, a, b, info)
    _add_ties(graph, index, ties)
    return graph


def countries(index: Index, start: str | None = None, end: str | None = None) -> nx.Graph:
    graph = nx.Graph(projection="countries", weight="number of meetings, agreements, supports")
    for node in index.nodes_of("Country"):
        _add_node(graph, index, node)
    ties: Ties = {}
    countries_of = index.countries_of
    # Only actors that stand for a country can tie two countries.
    standing = np.zeros(len(index.tables.iris), bool)
    standing[[index.ids[n] for n in countries_of]] = True
    for event_cls, first, second, relation in COUNTRY_LINKS:
        found = _events_with_roles(index, event_cls, first, second, start, end, among=standing)
        for event, ones, twos in found:
            info: dict[str, str] | None = None
            for a, b in _pairs(ones, twos):
                for ca in sorted(countries_of.get(a, set())):
                    for cb in sorted(countries_of.get(b, set())):
                        if ca != cb:
                            info = info or _event_info(index, event, relation)
                            _tie(ties, ca, cb, info)
    _add_ties(graph, index, ties)
    return graph


def bipartite(index: Index, start: str | None = None, end: str | None = None) -> nx.Graph:
    graph = nx.Graph(projection="bipartite")
    roles = {(c, r) for c, a, b, _, _ in ACTOR_LINKS for r in (a, b) if r} | {
        (c, r) for c, a, b, _ in COUNTRY_LINKS for r in (a, b) if r and r != "involvesCountry"
    }
    for event_cls, role in sorted(roles):
        for event, ones, _ in _events_with_roles(index, event_cls, role, None, start, end):
            for actor in ones:
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
    events = set(index.nodes_of("Event")) | set(index.nodes_of("Agreement"))
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


__all__ = [
    "ACTOR_LINKS",
    "COUNTRY_LINKS",
    "DATE_PREDICATES",
    "PATH_EXCLUDED",
    "Evidence",
    "Index",
    "actors",
    "bipartite",
    "countries",
    "full",
    "project",
]
