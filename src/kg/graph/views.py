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
import json
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
NODE_CAP = 2000
"""Above this many nodes only the most central are drawn; the rest are summarised."""


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


def _threshold(graph: nx.Graph, min_weight: int | None) -> int | None:
    """The weight a tie needs to be drawn: ``min_weight`` when given, else the least
    weight that keeps at most ``EDGE_CAP`` ties (None: every tie is drawn)."""
    if min_weight is not None:
        return min_weight
    if graph.number_of_edges() <= EDGE_CAP:
        return None
    weights = sorted((int(w) for *_, w in graph.edges(data="weight", default=1)), reverse=True)
    cut = weights[EDGE_CAP - 1]
    # Ties of the cut weight go together: take the next weight up if they overflow,
    # unless no tie is stronger (then the node cap alone thins the view).
    if weights.count(cut) + sum(w > cut for w in weights) <= EDGE_CAP:
        return cut
    return cut + 1 if weights[0] > cut else None


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
) -> ViewData:
    progress.stage(f"view: project ({name})")
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
    all_edges = graph.number_of_edges()
    threshold = _threshold(graph, min_weight) if name != "full" else None
    if threshold is not None:
        weak = [(u, v) for u, v, w in graph.edges(data="weight", default=1) if w < threshold]
        graph.remove_edges_from(weak)
        graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0 and n != focus])
    undirected = simple(graph)
    if path:
        graph = graph.subgraph(path).copy()
        undirected = simple(graph)
    progress.stage(f"view: rank {undirected.number_of_nodes()} nodes")
    centrality = pagerank(undirected)
    total_nodes, total_edges = graph.number_of_nodes(), graph.number_of_edges()
    kept = set(graph.nodes)
    aggregates: dict[str, int] = {}
    if total_nodes > NODE_CAP:
        ranked = sorted(graph.nodes, key=lambda n: (-centrality.get(n, 0.0), str(n)))
        kept = set(ranked[: NODE_CAP - len(CLASS_STYLE)])
        for node in ranked[len(kept) :]:
            cls = graph.nodes[node].get("class") or "Other"
            aggregates[cls] = aggregates.get(cls, 0) + 1
    physics = len(kept) + len(aggregates) <= PHYSICS_LIMIT
    positions: dict[Any, Any] = {}
    if not physics:
        progress.stage(f"view: lay out {len(kept)} nodes")
        positions = nx.spring_layout(undirected.subgraph(kept), seed=7, iterations=30)
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
        nodes.append(
            {
                "id": f"aggregate:{cls}",
                "label": f"{count} more {cls}",
                "group": "Aggregate",
                "color": color,
                "shape": shape,
                "size": 25,
                "tip": [f"{count} entities of class {cls} not drawn (least central)"],
            }
        )
    edges: list[dict[str, Any]] = []
    counted: dict[tuple[str, str], int] = {}
    for u, v, data in graph.edges(data=True):
        a = u if u in kept else f"aggregate:{graph.nodes[u].get('class') or 'Other'}"
        b = v if v in kept else f"aggregate:{graph.nodes[v].get('class') or 'Other'}"
        if a == b:
            continue
        if a.startswith("aggregate:") or b.startswith("aggregate:"):
            counted[(a, b)] = counted.get((a, b), 0) + 1
            continue
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
    for (a, b), count in sorted(counted.items()):
        edges.append(
            {
                "from": a,
                "to": b,
                "label": f"{count} links",
                "value": count,
                "tip": [f"{count} links"],
            }
        )
    present = sorted({n["group"] for n in nodes})
    legend = [(cls, *CLASS_STYLE.get(cls, DEFAULT_STYLE)) for cls in present]
    shown = f"{len(kept)} of {total_nodes} nodes" if aggregates else f"{total_nodes} nodes"
    subtitle = (
        f"{name} projection: {shown}, {total_edges} edges"
        + (f"; events {start or '...'} to {end or '...'}" if start or end else "")
        + ("; dashed edges are inferred" if name == "full" else "; edge width = weight")
        + ("" if physics else "; layout precomputed, physics off")
        + (
            f"; only ties of weight {threshold} or more ({total_edges} of {all_edges};"
            " widen with --min-weight)"
            if threshold is not None and threshold > 1
            else ""
        )
    )
    return ViewData(title or f"kg: {name} view", subtitle, nodes, edges, physics, legend)


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
