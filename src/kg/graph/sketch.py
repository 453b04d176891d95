"""The part of a big projection that a view draws, chosen on the index columns.

The full projection of an ICEWS-sized build holds millions of facts and the
bipartite one hundreds of thousands of links: making them networkx graphs only
to draw a few hundred nodes took minutes and gigabytes. Here the nodes are
ranked on numpy columns (by the facts or links they take part in), and only the
chosen nodes and the facts between them become a networkx graph, with the node
and edge attributes of ``projection.full`` and ``projection.bipartite``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import numpy as np
import numpy.typing as npt

from ..model.ontology import vocabulary
from ..model.status import FactStatus
from ..sparql.library import shorten
from .columns import as_list
from .index import PATH_EXCLUDED, Index
from .projection import ACTOR_LINKS, COUNTRY_LINKS

ROLES = sorted(
    {(c, r) for c, a, b, _, _ in ACTOR_LINKS for r in (a, b) if r}
    | {(c, r) for c, a, b, _ in COUNTRY_LINKS for r in (a, b) if r and r != "involvesCountry"}
)
"""The roles that link actors to events in the bipartite projection, in its order."""
SKETCHED = ("full", "bipartite")
"""The projections chosen on columns; the others are small enough for networkx."""


@dataclass
class Sketch:
    graph: nx.Graph
    """The chosen nodes and the facts (or links) between them."""
    nodes: int
    """Nodes of the projection (of the focus's neighbourhood, with a focus)."""
    edges: int
    left_out: dict[str, int] = field(default_factory=dict)
    """Nodes not chosen, by class."""
    links_out: dict[tuple[str, str], int] = field(default_factory=dict)
    """Facts between a chosen node and nodes not chosen, by that node and their class."""


def _out_of_window(index: Index, start: str | None, end: str | None) -> npt.NDArray[np.bool_]:
    """A mask of the events and agreements dated outside the window (or undated)."""
    n = len(index.tables.iris)
    dropped = np.zeros(n, bool)
    if start is None and end is None:
        return dropped
    dates = index.tables.dates
    events = np.flatnonzero(index.members("Event") | index.members("Agreement")).tolist()
    for i in events:
        date = dates[i]
        if not date or (start is not None and date < start) or (end is not None and date > end):
            dropped[i] = True
    return dropped


def _full_rows(
    index: Index, start: str | None, end: str | None
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The fact rows a full view draws: no rank ladders, no loops, no fact outside
    the window, and no inferred fact between two entities an asserted fact links."""
    t = index._edges()
    keep = (t.src != t.dst) & ~np.isin(t.pred, [index.predicate_id(p) for p in PATH_EXCLUDED])
    dropped = _out_of_window(index, start, end)
    keep &= ~dropped[t.src] & ~dropped[t.dst]
    rows = np.flatnonzero(keep)
    u, v = t.src[rows].astype(np.int64), t.dst[rows].astype(np.int64)
    pair = np.minimum(u, v) * len(t.iris) + np.maximum(u, v)
    asserted = t.status[rows] == 0
    twice = ~asserted & np.isin(pair, pair[asserted])
    return rows[~twice], u[~twice], v[~twice]


def _bipartite_rows(
    index: Index, start: str | None, end: str | None
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The role facts of the events in the window, in the order of ``ROLES``; each
    is a link from the actor (``u``) to the event (``v``)."""
    t = index._edges()
    order = np.full(len(t.src), len(ROLES))
    for rank, (event_cls, role) in enumerate(ROLES):
        match = (t.pred == index.predicate_id(role)) & index.members(event_cls)[t.src]
        order[match & (order > rank)] = rank
    keep = (order < len(ROLES)) & ~_out_of_window(index, start, end)[t.src]
    rows = np.flatnonzero(keep)
    rows = rows[np.argsort(order[rows], kind="stable")]
    return rows, t.dst[rows].astype(np.int64), t.src[rows].astype(np.int64)


def _first_of_pairs(
    u: npt.NDArray[np.int64], v: npt.NDArray[np.int64], n: int
) -> npt.NDArray[np.bool_]:
    """A mask of the first row of each pair (a pair with two roles is one link)."""
    _, first = np.unique(u * n + v, return_index=True)
    mask = np.zeros(len(u), bool)
    mask[first] = True
    return mask


def _neighbourhood(
    u: npt.NDArray[np.int64], v: npt.NDArray[np.int64], n: int, focus: int, depth: int
) -> npt.NDArray[np.bool_]:
    inside = np.zeros(n, bool)
    inside[focus] = True
    for _ in range(depth):
        touch = inside[u] | inside[v]
        inside[u[touch]] = True
        inside[v[touch]] = True
    return inside


def sketch(
    index: Index,
    name: str,
    start: str | None,
    end: str | None,
    focus: str | None,
    depth: int,
    max_nodes: int,
    among: list[str] | None = None,
) -> Sketch:
    """At most ``max_nodes`` nodes of the projection ``name`` (full or bipartite):
    the focus and the nodes with the most facts (links), and what they leave out;
    only nodes of ``among`` when given."""
    rows, u, v = (_full_rows if name == "full" else _bipartite_rows)(index, start, end)
    n = len(index.tables.iris)
    every_role = rows
    if name == "bipartite":
        first = _first_of_pairs(u, v, n)
        rows, u, v, every_role = rows[first], u[first], v[first], rows[~first]
    f = index.id_of(focus) if focus is not None else None
    if among is not None:  # the nodes of paths: only the facts between them
        inside = np.zeros(n, bool)
        inside[[i for i in map(index.id_of, among) if i is not None]] = True
        both = inside[u] & inside[v]
        rows, u, v = rows[both], u[both], v[both]
    if f is not None:
        inside = _neighbourhood(u, v, n, f, depth)
        both = inside[u] & inside[v]
        rows, u, v = rows[both], u[both], v[both]
    strength = np.bincount(u, minlength=n) + np.bincount(v, minlength=n)
    if f is not None:
        strength[f] = strength.max(initial=0) + 1  # the focus is always drawn
    candidates = np.flatnonzero(strength)
    ranked = candidates[np.lexsort((candidates, -strength[candidates]))]
    if name == "bipartite":
        ranked = _bipartite_ranked(ranked, u, v, n, max_nodes, f)
    classes = as_list(index.tables.cls)
    tail = [classes[i] or "Other" for i in ranked[max_nodes - max_nodes // 4 :].tolist()]
    kept_ids = ranked[: kept_room(tail, len(ranked), max_nodes)]
    kept = np.zeros(n, bool)
    kept[kept_ids] = True
    summary = summaries(
        Counter(classes[i] or "Other" for i in ranked[len(kept_ids) :].tolist()), max_nodes
    )
    left_out = (
        Counter(summary[classes[i] or "Other"] for i in ranked[len(kept_ids) :].tolist())
        if summary
        else Counter()
    )
    iris = as_list(index.tables.iris)
    half = kept[u] != kept[v]
    near = np.where(kept[u[half]], u[half], v[half]).tolist()
    far = np.where(kept[u[half]], v[half], u[half]).tolist()
    links_out = Counter(
        (iris[a], summary[classes[b] or "Other"]) for a, b in zip(near, far, strict=True) if summary
    )
    inner = kept[u] & kept[v]
    if name == "full":
        graph: nx.Graph = _full_graph(index, kept_ids.tolist(), rows[inner].tolist())
    else:
        t = index.tables
        more = every_role[kept[t.src[every_role]] & kept[t.dst[every_role]]]
        graph = _bipartite_graph(index, kept_ids.tolist(), rows[inner].tolist(), more.tolist())
    if focus is not None and f is None:
        graph.add_node(focus, iri=focus, label=index.label(focus), **{"class": index.cls(focus)})
    return Sketch(graph, len(candidates), len(rows), dict(left_out), dict(links_out))


def kept_room(tail: list[str], nodes: int, cap: int) -> int:
    """How many of ``nodes`` ranked nodes are drawn under a cap of ``cap``: all when
    they fit, else the cap less one summary node for each class left out (at most
    a quarter of the cap: see ``summaries``). ``tail``: the classes of the ranked
    nodes from ``cap - cap // 4`` on."""
    if nodes <= cap:
        return nodes
    return max(1, cap - min(cap // 4, len(set(tail))))


def summaries(left_out: Counter[str], cap: int) -> dict[str, str]:
    """The summary node each class left out is counted in: one per class, the
    rarest merged into "Other", so that summaries take at most a quarter of the
    cap (none when it is under 4)."""
    room = cap // 4
    order = sorted(left_out, key=lambda c: (-left_out[c], c))
    if not room:
        return {}
    return {c: c if k < room - 1 or len(order) <= room else "Other" for k, c in enumerate(order)}


def _bipartite_ranked(
    ranked: npt.NDArray[np.intp],
    actors: npt.NDArray[np.int64],
    events: npt.NDArray[np.int64],
    n: int,
    max_nodes: int,
    focus: int | None,
) -> npt.NDArray[np.intp]:
    """Half the room for the actors with the most events, then the events that
    link most of them (the busiest nodes alone are all actors: a view without
    one link)."""
    is_actor = np.zeros(n, bool)
    is_actor[actors] = True
    if focus is not None:
        is_actor[focus] = False  # first whatever its side
    first = ranked[is_actor[ranked]][: max(1, max_nodes // 2)]
    if focus is not None:
        first = np.r_[focus, first[first != focus]][: max(1, max_nodes // 2)]
    chosen = np.zeros(n, bool)
    chosen[first] = True
    linking = np.bincount(events[chosen[actors]], minlength=n)
    linking[chosen] = 0
    rest = ranked[~chosen[ranked]]
    rest = rest[np.lexsort((rest, -linking[rest]))]
    order: npt.NDArray[np.intp] = np.concatenate([first, rest])
    return order


def _literals_of(index: Index, ids: list[int]) -> dict[int, dict[str, list[str]]]:
    """The literal values of a few nodes, by predicate."""
    found: dict[int, dict[str, list[str]]] = {i: {} for i in ids}
    wanted = np.asarray(ids, np.int64)
    if index._literals_from is not None:  # index files: only the rows of these nodes
        nodes, names, codes, value = index._literal_columns
        rows = np.flatnonzero(np.isin(nodes, wanted))
        values: list[str] = value.take(rows).to_pylist()
        preds = [names[c] for c in codes[rows].tolist()]
    else:  # in memory, or read whole already
        t = index._literals()
        nodes = t.lit_node
        rows = np.flatnonzero(np.isin(nodes, wanted))
        values = [t.lit_value[r] for r in rows.tolist()]
        preds = [t.predicates[p] for p in t.lit_pred[rows].tolist()]
    for node, pred, val in zip(nodes[rows].tolist(), preds, values, strict=True):
        found[node].setdefault(pred, []).append(val)
    return found


def _full_graph(index: Index, ids: list[int], rows: list[int]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(projection="full")
    for i, literals in _literals_of(index, ids).items():
        node = index.iri(i)
        attributes: dict[str, Any] = {
            "iri": node,
            "label": index.label(node),
            "class": index.cls(node),
        }
        for pred, values in literals.items():
            attributes[pred] = values[0] if len(values) == 1 else sorted(values)
        graph.add_node(node, **attributes)
    vocab = vocabulary()
    sources, derived_by = index.sources, index.derived_by
    for row in rows:
        (s, p, o), status = index.fact(row)
        prop = vocab.properties.get(p)
        how = derived_by.get((s, p, o), "") if status == FactStatus.INFERRED else ""
        graph.add_edge(
            s,
            o,
            key=p,
            predicate=f"kg:{p}",
            label=vocab.label(prop.iri) if prop else p,
            status=status.value,
            derived_by=shorten(how) if how else "",
            sources=sorted({src.source for src in sources.get((s, p, o), [])}),
        )
    return graph


def _bipartite_graph(index: Index, ids: list[int], rows: list[int], more: list[int]) -> nx.Graph:
    """The links of ``rows``, with the roles of ``more`` (a second role of a pair)."""
    graph = nx.Graph(projection="bipartite")
    events = index.members("Event") | index.members("Agreement")
    for i in ids:
        node = index.iri(i)
        graph.add_node(
            node,
            iri=node,
            label=index.label(node),
            bipartite=int(events[i]),
            **{"class": index.cls(node)},
        )
    t = index.tables
    for row in rows:
        event, actor = index.iri(int(t.src[row])), index.iri(int(t.dst[row]))
        graph.add_edge(actor, event, weight=1, roles=[t.predicates[int(t.pred[row])]])
    for row in more:
        event, actor = index.iri(int(t.src[row])), index.iri(int(t.dst[row]))
        graph.edges[actor, event]["roles"].append(t.predicates[int(t.pred[row])])
    return graph


__all__ = ["SKETCHED", "Sketch", "kept_room", "sketch", "summaries"]
