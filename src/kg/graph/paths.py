"""Relationships as chains of facts: the shortest paths between two entities and
the ego network of one, on the sparse graph of the index; each step says whether
a source states it (with the quote) or the reasoner derived it (the rule, and the
events it rests on)."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

import networkx as nx
import numpy as np
from rdflib import URIRef

from ..errors import UsageError
from ..model.ontology import vocabulary
from ..model.status import FactStatus
from .projection import PATH_EXCLUDED, Evidence, Index


@dataclass(frozen=True)
class Link:
    """A fact between two entities as a reader sees it: the predicate's label,
    whether a source states it or the reasoner derived it (and by which rule),
    and the evidence (for an inferred link, the evidence of what it rests on, and
    the events it rests on: ``grounds``, the first few of ``grounds_total``)."""

    subject: str
    predicate: str
    object: str
    status: FactStatus
    derived_by: str
    sources: tuple[Evidence, ...]
    grounds: tuple[str, ...] = ()
    grounds_total: int = 0


GROUNDS_SHOWN = 5


def _fact(
    index: Index, found: tuple[tuple[str, str, str], FactStatus], detail: bool = True
) -> Link:
    """The fact as a Link; ``detail``: with the evidence and the events an inferred
    fact rests on (a neighbourhood lists only the facts)."""
    triple, status = found
    s, p, o = triple
    vocab = vocabulary()
    how = index.derived_by.get(triple, "")
    sources = index.sources.get(triple, [])
    grounds: list[str] = []
    if status == FactStatus.INFERRED and detail:
        grounds = _ground_events(index, s, o)
        if not sources:
            sources = _grounds(index, s, o)
    if how:
        rule = index.own_label(how) or vocab.label(URIRef(how))
    elif status == FactStatus.INFERRED:
        rule = _rule_for(p, {index.cls(e) for e in grounds})
    else:
        rule = ""
    dated = sorted(grounds, key=lambda e: (index.date(e) or "", e))
    return Link(
        subject=s,
        predicate=_predicate_label(p),
        object=o,
        status=status,
        derived_by=rule,
        sources=tuple(sources),
        grounds=tuple(dated[:GROUNDS_SHOWN]),
        grounds_total=len(grounds),
    )


@cache
def _predicate_label(name: str) -> str:
    """The label of a kg property (a neighbourhood asks thousands of times)."""
    vocab = vocabulary()
    prop = vocab.properties.get(name)
    return vocab.label(prop.iri) if prop else name


def _rule_for(predicate: str, classes: set[str]) -> str:
    """The rules that derive facts of ``predicate`` (for facts the import inferred,
    whose provenance the store does not keep): those whose body mentions the class
    of the events the fact rests on, when that singles some out."""
    from ..reasoning.rules import bundled_rules

    heads = [r for r in bundled_rules() if any(f"kg:{predicate} " in h for h in r.head)]
    fitting = [
        r for r in heads if any(f"kg:{c} " in r.body or f"kg:{c}>" in r.body for c in classes if c)
    ]
    names = sorted({r.name for r in (fitting or heads)})
    return " or ".join(names) or "the OWL RL rules"


def _linked(index: Index, node: str) -> dict[int, list[int]]:
    """The entities a node is linked to by asserted facts, with the rows of those facts."""
    t = index.tables
    found_id = index.id_of(node)
    i = -1 if found_id is None else found_id
    rows = index.touching(node)
    found: dict[int, list[int]] = {}
    for r in rows[t.status[rows] == 0].tolist():
        other = int(t.dst[r]) if int(t.src[r]) == i else int(t.src[r])
        found.setdefault(other, []).append(r)
    return found


def _ground_events(index: Index, a: str, b: str) -> list[str]:
    """The events that link a and b through asserted facts (the meeting behind
    'met with', the congratulation behind 'congratulated')."""
    common = set(_linked(index, a)) & set(_linked(index, b))
    events = (index.iri(e) for e in common)
    return sorted(e for e in events if index.is_a(e, "Event"))


def _grounds(index: Index, a: str, b: str) -> list[Evidence]:
    """Sources of the asserted facts an inferred fact between a and b rests on:
    those linking a and b directly or through one entity (such as the
    congratulation behind 'congratulated')."""
    sources = index.sources
    if not sources:
        return []
    t = index.tables
    from_a, from_b = _linked(index, a), _linked(index, b)
    b_id = index.id_of(b)
    rows = list(from_a.get(-1 if b_id is None else b_id, []))
    for other in set(from_a) & set(from_b):
        rows += from_a[other] + from_b[other]
    found: dict[Evidence, None] = {}
    for r in rows:
        fact = (index.iri(int(t.src[r])), t.predicates[t.pred[r]], index.iri(int(t.dst[r])))
        found.update(dict.fromkeys(sources.get(fact, [])))
    return sorted(found, key=lambda src: (src.source, src.line))


Found = tuple[tuple[str, str, str], FactStatus]


def _followed(candidates: list[Found]) -> list[Found]:
    """Without the rank ladders (left out of the path graph)."""
    return [f for f in candidates if f[0][1] not in PATH_EXCLUDED]


def _best(candidates: list[Found]) -> Found:
    """The fact to show for a link: asserted before inferred, then by predicate."""
    return sorted(candidates, key=lambda f: (f[1] != FactStatus.ASSERTED, f[0][1]))[0]


def _related(index: Index, node: str) -> int:
    """The node's id, or a UsageError when it has no relations to follow."""
    i = index.id_of(node)
    graph = index.path_graph
    if i is None or graph.indptr[i + 1] == graph.indptr[i]:
        raise UsageError(
            f"{index.label(node)} has no relations to follow",
            hint="pick an entity that takes part in events or holds a post",
        )
    return i


def paths(index: Index, a: str, b: str, limit: int = 3) -> list[list[Link]]:
    """The shortest relationship paths between two entities, as chains of facts:
    asserted facts cost 1, inferred 1.5; the rank ladders are left out. Distances
    come from the sparse graph of the index; the paths are enumerated on the
    subgraph of the nodes that lie on a shortest path."""
    from scipy.sparse.csgraph import dijkstra

    ia, ib = _related(index, a), _related(index, b)
    graph = index.path_graph
    # Out to a growing distance: most pairs are a few facts apart, and a search
    # with a limit leaves the rest of half a million nodes alone.
    radius, reached = 4.0, -1
    while True:
        da = dijkstra(graph, indices=ia, limit=radius)
        now = int(np.isfinite(da).sum())
        # No step costs more than 1.5: when four times the distance reaches no
        # more nodes, nothing more is reachable.
        if np.isfinite(da[ib]) or now == reached:
            break
        radius, reached = radius * 4, now
    if not np.isfinite(da[ib]):
        return []
    total = float(da[ib])
    db = dijkstra(graph, indices=ib, limit=total + 1e-9)
    on = np.flatnonzero(np.isclose(da + db, total))
    # The links between nodes on a shortest path that a shortest path takes (a
    # sub-matrix: the busiest actors have thousands of links each).
    sub = graph[on][:, on].tocoo()
    u, v = on[sub.row], on[sub.col]
    step = np.isclose(da[u] + sub.data, da[v])
    small = nx.Graph()
    small.add_weighted_edges_from(
        zip(u[step].tolist(), v[step].tolist(), sub.data[step].tolist(), strict=True), "cost"
    )
    chains = []
    for nodes in nx.all_shortest_paths(small, ia, ib, weight="cost"):
        chains.append(
            [
                _fact(index, _best(_followed(index.facts_between(index.iri(x), index.iri(y)))))
                for x, y in itertools.pairwise(nodes)
            ]
        )
        if len(chains) >= limit:
            break
    return chains


def neighbors(index: Index, center: str, depth: int = 1) -> list[tuple[int, str, Link | None]]:
    """The ego network: each entity within ``depth`` hops, with the fact that reaches it."""
    from scipy.sparse.csgraph import dijkstra

    graph = index.path_graph
    i = index.id_of(center)
    if i is None or graph.indptr[i + 1] == graph.indptr[i]:
        return [(0, center, None)]
    hops = dijkstra(graph, indices=i, unweighted=True, limit=depth + 0.5)
    reached = np.flatnonzero(np.isfinite(hops)).tolist()
    iris = {n: index.iri(n) for n in reached}
    # The facts from every entity inside the last ring, in one scan of the columns.
    t = index.tables
    inner = np.flatnonzero(hops < depth)
    rows = np.flatnonzero(np.isin(t.src, inner) | np.isin(t.dst, inner))
    between: dict[tuple[int, int], list[Found]] = defaultdict(list)
    for r in rows.tolist():
        s, o = int(t.src[r]), int(t.dst[r])
        if s != o:
            between[(min(s, o), max(s, o))].append(index.fact(r))
    found: list[tuple[int, str, Link | None]] = [(0, center, None)]
    for node in sorted(reached, key=lambda n: (hops[n], index.label(iris[n]))):
        distance = int(hops[node])
        if distance == 0:
            continue
        row = slice(graph.indptr[node], graph.indptr[node + 1])
        # The links one ring in (a country has tens of thousands of links).
        inward = hops[graph.indices[row]] == distance - 1
        parent = min(
            (cost, index.label(iris[m]), m)
            for m, cost in zip(
                graph.indices[row][inward].tolist(), graph.data[row][inward].tolist(), strict=True
            )
        )[2]
        best = _best(_followed(between[(min(parent, node), max(parent, node))]))
        found.append((distance, iris[node], _fact(index, best, detail=False)))
    return found


__all__ = ["Link", "neighbors", "paths"]
