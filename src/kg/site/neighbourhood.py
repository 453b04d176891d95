"""The neighbourhood of an entity on its page: the graph view's vis-network
drawing, focused on the entity (depth 2 when that stays small, else depth 1),
with the entity's partners in imported events. The data travel as a JSON data
block (never executed, so the Content-Security-Policy needs no inline script),
read by assets/neighbourhood.js."""

from __future__ import annotations

from collections import Counter
from itertools import chain
from typing import Any

from ..graph.projection import PATH_EXCLUDED
from ..graph.views import CLASS_STYLE, DEFAULT_STYLE, _json_for_script
from ..model.status import FactStatus
from .data import SiteData

NODE_LIMIT = 60
PARTNERS = 20


def neighbourhood(data: SiteData, node: str) -> str:
    nodes = {node} | data.neighbours(node)
    if len(nodes) < NODE_LIMIT:
        wider = set(nodes)
        for other in sorted(nodes - {node}):
            wider |= data.neighbours(other)
        if len(wider) <= NODE_LIMIT:
            nodes = wider
    if len(nodes) > NODE_LIMIT:
        nodes = {node, *sorted(nodes - {node})[: NODE_LIMIT - 1]}
    takes_part = data.takes_part
    partners = Counter(chain.from_iterable(takes_part[e] for e in data.events_of.get(node, [])))
    partners.pop(node, None)
    top = dict(partners.most_common(PARTNERS))
    nodes |= set(top)
    if len(nodes) < 2:
        return ""
    items: list[dict[str, Any]] = []
    for n in sorted(nodes):
        cls = data.classes.get(n, "")
        colour, shape = CLASS_STYLE.get(cls, DEFAULT_STYLE)
        items.append(
            {
                "id": n,
                "label": data.label(n),
                "group": cls,
                "color": colour,
                "shape": shape,
                "size": 22 if n == node else 12,
                "href": "../" + (data.href(n) or ""),
                "tip": [cls, n],
            }
        )
    edges: list[dict[str, Any]] = []
    among = sorted(
        {
            (n, p, o)
            for n in nodes
            for p, objs in data.index.out.get(n, {}).items()
            for o in objs
            if o in nodes
        }
    )
    pairs = {
        frozenset((s, o)) for s, p, o in among if data.index.edges[(s, p, o)] == FactStatus.ASSERTED
    }
    for s, p, o in among:
        status = data.index.edges[(s, p, o)]
        if s == o or p in PATH_EXCLUDED:
            continue
        if status == FactStatus.INFERRED and frozenset((s, o)) in pairs:
            continue
        label = data.property_labels.get(p, p)
        tip = f"{data.label(s)} {label} {data.label(o)} [{status.value}]"
        edges.append(
            {
                "from": s,
                "to": o,
                "label": label,
                "arrows": "to",
                "dashes": status == FactStatus.INFERRED,
                "tip": [tip],
            }
        )
    for other, count in sorted(top.items()):
        edges.append(
            {
                "from": node,
                "to": other,
                "label": f"{count} events",
                "value": count,
                "tip": [f"{count} imported events with {data.label(other)}"],
            }
        )
    payload = _json_for_script({"nodes": items, "edges": edges})
    return (
        '<section id="neighbourhood"><h2>Neighbourhood</h2>'
        '<p class="hint">Dashed: inferred. Double-click an entity to open its page.</p>'
        '<div id="graph"></div>'
        f'<script id="kg-data" type="application/json">{payload}</script></section>'
    )
