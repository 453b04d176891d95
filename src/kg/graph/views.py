"""Interactive HTML graph views: one self-contained file per view.

This is the only module that touches pyvis (unmaintained since 2023): it takes
the vis-network library that pyvis ships and renders its own page, because
pyvis's template loads Bootstrap from a CDN, dumps data into a script without
escaping ``</script>``, and turns every tooltip into raw HTML when one contains
"href". Here the data travels as JSON in a ``<script type="application/json">``
block with ``<``, ``>`` and ``&`` escaped, tooltips are built with
``textContent``, and a Content-Security-Policy forbids any network access.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
from collections import Counter
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import EnvironmentProblem
from ..model.status import FactStatus
from ..progress import QUIET, Progress
from .analysis import simple
from .projection import PATH_EXCLUDED, Index, project
from .sketch import SKETCHED, kept_room, sketch, summaries

# Colour and shape per class: the legend reads from this table.
CLASS_STYLE: dict[str, tuple[str, str]] = {
    "Person": ("#1f77b4", "dot"),
    "Country": ("#d62728", "star"),
    "Ministry": ("#2ca02c", "box"),
    "InternationalOrganization": ("#17becf", "box"),
    "Organization": ("#17becf", "box"),
    "Meeting": ("#ff7f0e", "diamond"),
    "OrganizationMeeting": ("#ffbb78", "diamond"),
    "Plan": ("#9467bd", "triangle"),
    "Agreement": ("#9467bd", "triangle"),
    "Provision": ("#c5b0d5", "triangle"),
    "Rank": ("#8c564b", "ellipse"),
    "Post": ("#bcbd22", "ellipse"),
    "PostHolding": ("#dbdb8d", "ellipse"),
    "Appointment": ("#e377c2", "diamond"),
    "Congratulation": ("#f7b6d2", "diamond"),
    "Support": ("#98df8a", "diamond"),
    "Conflict": ("#7f7f7f", "hexagon"),
    "Topic": ("#c7c7c7", "ellipse"),
    "City": ("#aec7e8", "square"),
    "Aggregate": ("#bbbbbb", "database"),
}
DEFAULT_STYLE = ("#999999", "dot")
PHYSICS_LIMIT = 300
"""Above this many nodes the layout is computed in Python and physics is off."""
NODE_CAP = 400
"""Above this many nodes only the most central are drawn; the rest are summarised by
class (a few hundred nodes keep their labels readable; widen with ``max_nodes``)."""


@dataclass
class ViewData:
    title: str
    subtitle: str
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    physics: bool
    legend: list[tuple[str, str, str]]


def _asset(name: str) -> str:
    # Found without importing pyvis (a fifth of a second, and nothing of it is used).
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise EnvironmentProblem(
            "pyvis is not installed: the views use its copy of vis-network",
            hint="pip install pyvis",
        )
    path = Path(spec.submodule_search_locations[0]) / "lib" / "vis-9.1.2" / name
    return path.read_text(encoding="utf-8")


def _own(name: str) -> str:
    return (Path(__file__).parent / "assets" / name).read_text(encoding="utf-8")


def _view_graph(index: Index, name: str, start: str | None, end: str | None) -> nx.Graph:
    """The graph to draw. For ``full``: asserted facts, plus inferred facts between
    entities that no asserted fact links (so inverse duplicates are not drawn
    twice); the rank ladders are left out."""
    graph = project(index, name, start, end)
    if name != "full":
        return graph
    drawn = nx.MultiDiGraph(**graph.graph)
    pairs = {
        frozenset((u, v))
        for u, v, d in graph.edges(data=True)
        if d["status"] == FactStatus.ASSERTED and d["predicate"][3:] not in PATH_EXCLUDED
    }
    for u, v, key, data in graph.edges(keys=True, data=True):
        if key in PATH_EXCLUDED:
            continue
        if data["status"] == FactStatus.INFERRED and frozenset((u, v)) in pairs:
            continue
        drawn.add_edge(u, v, key=key, **data)
    for node in list(drawn.nodes):
        drawn.nodes[node].update(graph.nodes[node])
    return drawn


def _tooltip_facts(index: Index, u: str, v: str, data: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    if "events" in data:
        for event in data["events"]:
            lines.append(f"{event['relation']}: {event['label']} ({event['date'] or 'no date'})")
        return lines
    status = data.get("status", "")
    lines.append(f"{index.label(u)} {data.get('label', '')} {index.label(v)} [{status}]")
    key = (u, data.get("predicate", "")[3:], v)
    for src in index.sources.get(key, []):
        lines.append(f'"{src.quote}" ({src.title}, {src.date})')
    if status == FactStatus.INFERRED and data.get("derived_by"):
        lines.append(f"derived by {data['derived_by']}")
    return lines


def _weighted_label(data: dict[str, Any]) -> str:
    relations = ", ".join(sorted({e["relation"] for e in data.get("events", [])}))
    return f"{data.get('weight', 1)}: {relations}" if relations else ""


SMALL_GRAPH_EDGES = 5_000


def pagerank(graph: nx.Graph, damping: float = 0.85, tol: float = 1.0e-6) -> dict[Any, float]:
    """Weighted PageRank. Small graphs (every curated view) are iterated here:
    ``nx.pagerank`` imports scipy, which alone took 0.3 s of each incremental build."""
    if not graph.number_of_edges():
        return {}
    if graph.number_of_edges() > SMALL_GRAPH_EDGES:
        return dict(nx.pagerank(graph, alpha=damping, weight="weight", tol=tol))
    nodes = list(graph)
    strength = {n: sum(d.get("weight", 1) for *_, d in graph.edges(n, data=True)) for n in nodes}
    rank = dict.fromkeys(nodes, 1.0 / len(nodes))
    for _ in range(100):
        dangling = damping * sum(rank[n] for n in nodes if not strength[n]) / len(nodes)
        new = dict.fromkeys(nodes, (1.0 - damping) / len(nodes) + dangling)
        for n in nodes:
            if strength[n]:
                share = damping * rank[n] / strength[n]
                for _, m, d in graph.edges(n, data=True):
                    new[m] += share * d.get("weight", 1)
        if sum(abs(new[n] - rank[n]) for n in nodes) < len(nodes) * tol:
            return new
        rank = new
    return rank


EDGE_CAP = 1500
"""At most this many ties are drawn by default: the strongest (a weight threshold)."""
AGGREGATE_LINKS = 200
"""At most this many links to the summaries of nodes not drawn (the strongest)."""
LAYOUT_BUDGET = 8_000_000
"""Node pairs the layout may visit (nodes squared times iterations): caps its time."""


def _threshold(
    graph: nx.Graph, min_weight: int | None, cap: int | None = None, facts: bool = False
) -> int | None:
    """The weight a tie needs to be drawn: ``min_weight`` when given, else the least
    weight that keeps at most ``cap`` edges drawn (None: every tie is drawn). An edge
    is a tie, or with ``facts`` (the full projection: a tie of weight w is w facts,
    each drawn) a fact."""
    cap = EDGE_CAP if cap is None else cap
    if min_weight is not None:
        return min_weight
    weights = sorted((int(w) for *_, w in graph.edges(data="weight", default=1)), reverse=True)
    if (sum(weights) if facts else len(weights)) <= cap:
        return None
    # Ties of one weight go together: the least weight whose ties, with the stronger
    # ones, fit. When that fills less than half the room (many ties of weight 1
    # under a few strong ones), or even the strongest overflow: the weight that
    # overflows, and _cap_ties takes the most central of its ties.
    found, drawn, fitting = None, 0, 0
    for weight, ties in itertools.groupby(weights):
        drawn += sum(weight if facts else 1 for _ in ties)
        if drawn > cap:
            return found if found is not None and 2 * fitting >= cap else weight
        found, fitting = weight, drawn
    return found


def _cap_ties(graph: nx.Graph, rank: dict[Any, float], cap: int, facts: bool = False) -> int:
    """Keep ties that draw at most ``cap`` edges (``facts``: as ``_threshold``),
    the strongest, then those between the most central nodes. Returns how many
    ties there were."""
    ties = list(graph.edges(data="weight", default=1))
    ties.sort(key=lambda e: (-e[2], -rank.get(e[0], 0.0) - rank.get(e[1], 0.0), e[0], e[1]))
    drawn, kept = 0, 0
    for _, _, weight in ties:
        drawn += int(weight) if facts else 1
        if drawn > cap:
            break
        kept += 1
    graph.remove_edges_from([(u, v) for u, v, _ in ties[max(kept, 1) :]])
    return len(ties)


@dataclass
class _Chosen:
    """The part of a projection a view draws, and what it leaves out."""

    graph: nx.Graph
    nodes: int
    edges: int
    left_out: dict[str, int]
    links_out: dict[tuple[str, str], int]

    @property
    def capped(self) -> bool:
        """Whether nodes were left out for the cap."""
        return bool(self.graph.number_of_nodes() < self.nodes)


def _choose(
    index: Index,
    name: str,
    start: str | None,
    end: str | None,
    focus: str | None,
    depth: int,
    path: list[str] | None,
    max_nodes: int,
) -> _Chosen:
    """At most ``max_nodes`` nodes: the focus and the most central ones."""
    if name in SKETCHED:
        found = sketch(index, name, start, end, focus, depth, max_nodes, path or None)
        return _Chosen(found.graph, found.nodes, found.edges, found.left_out, found.links_out)
    graph = _view_graph(index, name, start, end)
    if name == "full":
        graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    if focus is not None:
        # The neighbourhood first, the threshold on it after: thresholding the whole
        # projection first dropped every tie of a busy actor whose ties were weaker
        # than the strongest 1,500 of the graph (a view of 0 nodes).
        undirected = simple(graph)
        keep = nx.ego_graph(undirected, focus, radius=depth) if focus in undirected else [focus]
        graph = graph.subgraph([n for n in keep if n in graph]).copy()
    if path:
        graph = graph.subgraph(path).copy()
    nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
    if nodes <= max_nodes:
        return _Chosen(graph, nodes, edges, {}, {})
    centrality = pagerank(simple(graph))
    if focus is not None:
        centrality[focus] = float("inf")
    ranked = sorted(graph.nodes, key=lambda n: (-centrality.get(n, 0.0), str(n)))
    tail = [graph.nodes[n].get("class") or "Other" for n in ranked[max_nodes - max_nodes // 4 :]]
    kept = set(ranked[: kept_room(tail, len(ranked), max_nodes)])
    left = Counter(graph.nodes[n].get("class") or "Other" for n in ranked[len(kept) :])
    summary = summaries(left, max_nodes)
    left_out: dict[str, int] = {}
    links_out: dict[tuple[str, str], int] = {}
    if summary:
        for cls, count in left.items():
            left_out[summary[cls]] = left_out.get(summary[cls], 0) + count
        for u, v in graph.edges():
            if (u in kept) != (v in kept):
                near, far = (u, v) if u in kept else (v, u)
                key = (near, summary[graph.nodes[far].get("class") or "Other"])
                links_out[key] = links_out.get(key, 0) + 1
    return _Chosen(graph.subgraph(kept).copy(), nodes, edges, left_out, links_out)


def _layout(graph: nx.Graph) -> dict[Any, Any]:
    """Positions in a time that does not grow past the budget: fewer iterations
    for more nodes, and the plain force method (not the energy one networkx picks
    above 500 nodes, which took 13 s on 2,000)."""
    n = max(graph.number_of_nodes(), 1)
    iterations = max(5, min(50, LAYOUT_BUDGET // (n * n)))
    positions: dict[Any, Any] = nx.spring_layout(
        graph, seed=7, iterations=iterations, method="force"
    )
    return positions


def build_view(
    index: Index,
    name: str = "full",
    start: str | None = None,
    end: str | None = None,
    focus: str | None = None,
    depth: int = 1,
    path: list[str] | None = None,
    title: str | None = None,
    min_weight: int | None = None,
    progress: Progress = QUIET,
    max_nodes: int | None = None,
    max_edges: int | None = None,
) -> ViewData:
    """The view of a projection: at most ``max_nodes`` nodes (the focus and the most
    central; the others summarised by class) and ``max_edges`` ties (the strongest:
    a weight threshold chosen automatically unless ``min_weight`` is given)."""
    node_cap = NODE_CAP if max_nodes is None else max_nodes
    edge_cap = EDGE_CAP if max_edges is None else max_edges
    progress.stage(f"view: project ({name})")
    chosen = _choose(index, name, start, end, focus, depth, path, node_cap)
    graph, aggregates = chosen.graph, chosen.left_out
    progress.stage(f"view: rank {graph.number_of_nodes()} nodes")
    undirected = simple(graph)
    all_ties = undirected.number_of_edges()
    facts = graph.is_multigraph()
    threshold = _threshold(undirected, min_weight, edge_cap, facts)
    if threshold is not None:
        weak = [(u, v) for u, v, w in undirected.edges(data="weight", default=1) if w < threshold]
        undirected.remove_edges_from(weak)
    centrality = pagerank(undirected)
    # A weight the reader gave draws every tie that has it, unless a count is given too.
    if max_edges is not None or min_weight is None:
        _cap_ties(undirected, centrality, edge_cap, facts)
    drawn_ties = undirected.number_of_edges()
    if drawn_ties < all_ties:
        kept_pairs = {frozenset(e) for e in undirected.edges()}
        every = graph.edges(keys=True) if graph.is_multigraph() else graph.edges()
        graph.remove_edges_from([e for e in every if frozenset(e[:2]) not in kept_pairs])
        graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0 and n != focus])
        undirected = simple(graph)
        centrality = pagerank(undirected)
    kept = set(graph.nodes)
    physics = len(kept) + len(aggregates) <= PHYSICS_LIMIT
    positions: dict[Any, Any] = {}
    if not physics:
        progress.stage(f"view: lay out {len(kept)} nodes")
        # The summaries are laid out with the rest, near the nodes they link to.
        placed = nx.Graph(undirected.subgraph(kept))
        placed.add_nodes_from(f"aggregate:{cls}" for cls in aggregates)
        for (a, cls), _ in chosen.links_out.items():
            if a in kept:
                placed.add_edge(a, f"aggregate:{cls}", weight=1)
        positions = _layout(placed)
    top = max(centrality.values(), default=0.0) or 1.0
    nodes: list[dict[str, Any]] = []
    for node in sorted(kept, key=str):
        data = graph.nodes[node]
        cls = data.get("class") or "Other"
        color, shape = CLASS_STYLE.get(cls, DEFAULT_STYLE)
        facts = [f"{cls}", str(node)]
        facts += [
            f"{k}: {v}" for k, v in sorted(data.items()) if k not in ("iri", "label", "class")
        ]
        item: dict[str, Any] = {
            "id": str(node),
            "label": data.get("label", str(node)),
            "group": cls,
            "color": color,
            "shape": shape,
            "size": 10 + 30 * centrality.get(node, 0.0) / top,
            "tip": facts,
        }
        if positions:
            x, y = positions[node]
            item.update(x=float(x) * 1000, y=float(y) * 1000)
        nodes.append(item)
    for cls, count in sorted(aggregates.items()):
        color, shape = CLASS_STYLE["Aggregate"]
        summary: dict[str, Any] = {
            "id": f"aggregate:{cls}",
            "label": f"{count} more {cls}",
            "group": "Aggregate",
            "color": color,
            "shape": shape,
            "size": 25,
            "tip": [f"{count} entities of class {cls} not drawn (least central)"],
        }
        if positions:
            x, y = positions[summary["id"]]
            summary.update(x=float(x) * 1000, y=float(y) * 1000)
        nodes.append(summary)
    edges: list[dict[str, Any]] = []
    for u, v, data in graph.edges(data=True):
        label = data.get("label") or _weighted_label(data)
        edges.append(
            {
                "from": str(u),
                "to": str(v),
                "label": label,
                "arrows": "to" if graph.is_directed() else "",
                "dashes": data.get("status") == FactStatus.INFERRED,
                "value": data.get("weight", 1),
                "tip": _tooltip_facts(index, u, v, data),
            }
        )
    links = sorted(
        ((a, c, n) for (a, c), n in chosen.links_out.items() if a in kept),
        key=lambda x: (-x[2], x[0], x[1]),
    )
    for a, cls, count in links[:AGGREGATE_LINKS]:
        edges.append(
            {
                "from": a,
                "to": f"aggregate:{cls}",
                "label": f"{count} links",
                "value": count,
                "tip": [f"{count} links"],
            }
        )
    present = sorted({n["group"] for n in nodes})
    legend = [(cls, *CLASS_STYLE.get(cls, DEFAULT_STYLE)) for cls in present]
    notes = _notes(chosen, len(kept), threshold, drawn_ties, all_ties, graph.number_of_edges())
    subtitle = (
        f"{name} projection: {notes}"
        + (f"; events {start or '...'} to {end or '...'}" if start or end else "")
        + ("; dashed edges are inferred" if name == "full" else "; edge width = weight")
        + ("" if physics else "; layout precomputed, physics off")
    )
    return ViewData(title or f"kg: {name} view", subtitle, nodes, edges, physics, legend)


def _notes(
    chosen: _Chosen, drawn: int, threshold: int | None, ties: int, all_ties: int, facts: int
) -> str:
    """What the view shows of the projection, and how to widen it."""
    cut = drawn < chosen.nodes and bool(chosen.left_out or chosen.capped)
    shown = (
        f"{drawn} of {chosen.nodes} nodes (the most central; widen with --max-nodes)"
        if cut
        else f"{chosen.nodes} nodes"
    )
    text = f"{shown}, {chosen.edges} edges"
    if threshold is not None and threshold > 1:
        text += f"; only ties of weight {threshold} or more ({ties} of {all_ties}"
        text += " ties; widen with --min-weight)"
    elif ties < all_ties:
        text += f"; the {ties} strongest of {all_ties} ties (widen with --max-edges)"
    if cut or ties < all_ties:
        text += f"; {facts} edges drawn"
    return text


def _json_for_script(value: object) -> str:
    """JSON that cannot end the script element it is embedded in."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, code)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; connect-src 'none'"
)


def render_html(view: ViewData) -> str:
    """The complete, self-contained page."""
    legend = "".join(
        f'<label><input type="checkbox" class="kg-class" value="{escape(cls)}" checked>'
        f'<span class="swatch" style="background:{escape(color)}"></span>{escape(cls)}'
        f" <small>({escape(shape)})</small></label>"
        for cls, color, shape in view.legend
    )
    data = {"nodes": view.nodes, "edges": view.edges, "physics": view.physics}
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        f"<title>{escape(view.title)}</title>"
        f"<style>{_asset('vis-network.css')}{_own('view.css')}</style></head><body>"
        f"<header><div><h1>{escape(view.title)}</h1><p>{escape(view.subtitle)}</p></div>"
        '<input id="search" type="search" placeholder="Search labels" aria-label="Search">'
        f'<div class="legend">{legend}</div></header>'
        '<div id="graph"></div>'
        f"<script>{_asset('vis-network.min.js')}</script>"
        f'<script id="kg-data" type="application/json">{_json_for_script(data)}</script>'
        f"<script>{_own('data.js')}{_own('view.js')}</script></body></html>\n"
    )


def write_view(index: Index, output: Path, **options: Any) -> ViewData:
    view = build_view(index, **options)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_html(view), encoding="utf-8")
    return view
