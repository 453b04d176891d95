"""Relationship analysis over the projections: centrality, communities, brokers,
bilateral ties, per-country summaries, paths as chains of facts, ego networks,
and exports for Gephi, Cytoscape and d3."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import UsageError
from . import EXPORT_FORMATS
from .paths import Link, neighbors, paths
from .projection import Index, countries, project

WEIGHTS = {
    "actors": "edge weight = number of shared events (meetings, co-signed agreements,"
    " congratulations, appointments)",
    "countries": "edge weight = number of meetings, agreements and statements of support"
    " between the two countries",
    "bipartite": "unweighted: actors linked to the events they take part in",
    "full": "edge weight = number of facts (asserted and inferred) between two entities,"
    " directions ignored",
}


@dataclass
class Table:
    title: str
    graph: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)


def _describe(graph: nx.Graph, name: str) -> str:
    window = graph.graph.get("window", "... to ...")
    period = "" if window == "... to ..." else f", events {window}"
    return (
        f"{name} projection ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
        f"{period}); {WEIGHTS[name]}"
    )


def simple(graph: nx.Graph) -> nx.Graph:
    """An undirected simple graph; parallel edges become one edge whose weight counts them."""
    if not graph.is_multigraph() and not graph.is_directed():
        return graph
    out = nx.Graph()
    out.add_nodes_from(graph.nodes(data=True))
    for u, v, data in graph.edges(data=True):
        if u == v:
            continue
        weight = data.get("weight", 1)
        if out.has_edge(u, v):
            out.edges[u, v]["weight"] += weight
        else:
            out.add_edge(u, v, weight=weight)
    return out


def _distance_graph(graph: nx.Graph) -> nx.Graph:
    """Weights as distances for path-based measures: a stronger tie is shorter."""
    out = graph.copy()
    for _, _, data in out.edges(data=True):
        data["distance"] = 1.0 / data.get("weight", 1)
    return out


SAMPLE_ABOVE = 500
"""Above this many nodes betweenness is estimated from a sample of source nodes."""
SAMPLE = 100
SEED = 7


@dataclass(frozen=True)
class Sampling:
    """How betweenness is computed: exactly up to ``above`` nodes, else from ``k``
    sources drawn with ``seed``."""

    k: int = SAMPLE
    seed: int = SEED
    above: int = SAMPLE_ABOVE

    def sources(self, nodes: int) -> int | None:
        return self.k if nodes > self.above and self.k < nodes else None


def _betweenness(graph: nx.Graph, k: int | None, seed: int) -> dict[str, float]:
    """Normalised betweenness, computed on the nodes that have ties (an isolated node
    lies on no path and is no path's end: most imported actors at scale), then
    normalised by the whole graph's size, as networkx does."""
    n = graph.number_of_nodes()
    tied = graph.subgraph([v for v in graph if graph.degree(v)]).copy()
    found = dict.fromkeys(graph, 0.0)
    if n <= 2 or not tied.number_of_nodes():
        return found
    k = min(k, tied.number_of_nodes()) if k else None
    raw = nx.betweenness_centrality(
        tied, k=k, seed=seed if k else None, weight="distance", normalized=False
    )
    scale = 2.0 / ((n - 1) * (n - 2))
    found.update({v: b * scale for v, b in raw.items()})
    return found


def centrality(graph: nx.Graph, sampling: Sampling | None = None) -> dict[str, dict[str, float]]:
    g = simple(graph)
    if g.number_of_nodes() == 0:
        return {}
    sampling = sampling or Sampling()
    distance = _distance_graph(g)
    k = sampling.sources(g.number_of_nodes())
    measures: dict[str, dict[str, float]] = {
        "degree": {n: float(d) for n, d in g.degree()},
        "strength": {n: float(d) for n, d in g.degree(weight="weight")},
        "betweenness": _betweenness(distance, k, sampling.seed),
        "pagerank": nx.pagerank(g, weight="weight") if g.number_of_edges() else {},
    }
    try:
        if g.number_of_nodes() > sampling.above:
            # ARPACK through scipy: the power iteration in Python takes minutes here.
            measures["eigenvector"] = nx.eigenvector_centrality_numpy(g, weight="weight")
        else:
            measures["eigenvector"] = nx.eigenvector_centrality(g, weight="weight", max_iter=2000)
    except (nx.PowerIterationFailedConvergence, nx.NetworkXException, ArithmeticError):
        measures["eigenvector"] = {}
    return measures


def communities(graph: nx.Graph) -> list[set[str]]:
    """Louvain communities, weighted, with a fixed seed so runs agree."""
    g = simple(graph)
    if g.number_of_edges() == 0:
        return [{n} for n in g.nodes]
    # An isolated node is a community of its own: Louvain runs on the others.
    tied = g.subgraph([v for v in g if g.degree(v)]).copy()
    found = nx.community.louvain_communities(tied, weight="weight", seed=7)
    found += [{v} for v in g if not g.degree(v)]
    return sorted((set(c) for c in found), key=lambda c: (-len(c), sorted(c)))


def analyze(
    index: Index,
    name: str = "actors",
    top: int = 10,
    start: str | None = None,
    end: str | None = None,
    sampling: Sampling | None = None,
) -> list[Table]:
    graph = project(index, name, start, end)
    g = simple(graph)
    label = {n: graph.nodes[n].get("label", n) for n in graph.nodes}
    cls = {n: graph.nodes[n].get("class", "") for n in graph.nodes}
    described = _describe(graph, name)
    sampling = sampling or Sampling()
    k = sampling.sources(g.number_of_nodes())
    if k:
        described += f"; betweenness estimated from {k} sources (seed {sampling.seed})"
    tables: list[Table] = []

    measures = centrality(graph, sampling)
    ranked = sorted(
        g.nodes,
        key=lambda n: (-measures.get("pagerank", {}).get(n, 0), -measures["strength"][n], label[n]),
    )
    table = Table(
        "Centrality (most central first, by PageRank)",
        described,
        ["entity", "class", "degree", "strength", "betweenness", "eigenvector", "pagerank"],
    )
    for n in ranked[:top]:
        table.rows.append(
            [label[n], cls[n], int(measures["degree"][n]), measures["strength"][n]]
            + [
                round(measures[m].get(n, 0.0), 4)
                for m in ("betweenness", "eigenvector", "pagerank")
            ]
        )
    tables.append(table)

    found = communities(graph)
    member_of = {n: i + 1 for i, c in enumerate(found) for n in c}
    table = Table(
        "Communities (Louvain, weighted, seed 7)", described, ["community", "size", "members"]
    )
    for i, community in enumerate(found[:top], start=1):
        table.rows.append([i, len(community), "; ".join(sorted(label[n] for n in community))])
    tables.append(table)

    table = Table(
        "Brokers: entities whose ties span communities or countries",
        described,
        ["entity", "class", "communities bridged", "countries bridged", "betweenness"],
    )
    brokers = []
    for n in g.nodes:
        neighbours = list(g.neighbors(n))
        bridged = {member_of[m] for m in neighbours} | {member_of[n]}
        lands = set().union(
            *(index.countries_of.get(m, set()) for m in neighbours),
            index.countries_of.get(n, set()),
        )
        if len(bridged) > 1 or len(lands) > 1:
            brokers.append((n, len(bridged), len(lands)))
    brokers.sort(key=lambda b: (-measures["betweenness"].get(b[0], 0), -b[2], -b[1], label[b[0]]))
    for n, bridged_count, lands_count in brokers[:top]:
        table.rows.append(
            [
                label[n],
                cls[n],
                bridged_count,
                lands_count,
                round(measures["betweenness"].get(n, 0.0), 4),
            ]
        )
    tables.append(table)

    ties = graph if name == "countries" else countries(index, start, end)
    tie_desc = _describe(ties, "countries")
    table = Table(
        "Strongest bilateral ties",
        tie_desc,
        ["country", "other", "weight", "meetings", "agreements", "supports"],
    )
    ordered = sorted(
        ties.edges(data=True),
        key=lambda e: (
            -e[2]["weight"],
            sorted([ties.nodes[e[0]]["label"], ties.nodes[e[1]]["label"]]),
        ),
    )
    for u, v, data in ordered[:top]:
        kinds = Counter(e["relation"] for e in data["events"])
        a, b = sorted([ties.nodes[u]["label"], ties.nodes[v]["label"]])
        table.rows.append(
            [a, b, data["weight"], kinds["meeting"], kinds["agreement"], kinds["support"]]
        )
    tables.append(table)

    tables.append(country_summary(index, ties, tie_desc, top))
    return tables


def country_summary(index: Index, ties: nx.Graph, described: str, top: int) -> Table:
    table = Table(
        "Per-country summary",
        described,
        [
            "country",
            "representatives",
            "meetings",
            "agreements",
            "support given",
            "support received",
            "ties",
        ],
    )
    iris = index.tables.iris
    represented: dict[str, set[str]] = defaultdict(set)
    subjects, objects = index.rows("represents")
    for s, o in zip(subjects.tolist(), objects.tolist(), strict=True):
        represented[iris[o]].add(iris[s])
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    meeting = index.members("Meeting")
    subjects, objects = index.rows("involvesCountry")
    for s, o in zip(subjects.tolist(), objects.tolist(), strict=True):
        if meeting[s]:
            counts[iris[o]]["meetings"] += 1
    agreement = index.members("Agreement")
    for predicate, key in (
        ("party", "agreements"),
        ("supporter", "given"),
        ("supportedParty", "received"),
    ):
        subjects, objects = index.rows(predicate)
        for s, o in zip(subjects.tolist(), objects.tolist(), strict=True):
            if key == "agreements" and not agreement[s]:
                continue
            for country in index.countries_of.get(iris[o], set()):
                counts[country][key] += 1
    nodes = sorted(
        ties.nodes, key=lambda n: (-ties.degree(n, weight="weight"), ties.nodes[n]["label"])
    )
    for n in nodes[:top]:
        c = counts[n]
        table.rows.append(
            [
                ties.nodes[n]["label"],
                "; ".join(sorted(index.label(p) for p in represented[n])),
                c["meetings"],
                c["agreements"],
                c["given"],
                c["received"],
                ties.degree(n),
            ]
        )
    return table


# --- Export -------------------------------------------------------------------------


def _flat(value: Any) -> Any:
    if isinstance(value, list | dict | tuple | set):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=list)
    return value


def export(graph: nx.Graph, fmt: str, path: Path) -> None:
    """Write a projection for Gephi (GEXF), Cytoscape and yEd (GraphML) or d3 (JSON).
    List-valued attributes (such as the events behind an edge) become JSON text."""
    if fmt not in EXPORT_FORMATS:
        raise UsageError(
            f"unknown export format {fmt!r}", hint=f"use one of {', '.join(EXPORT_FORMATS)}"
        )
    if fmt == "json":
        data = nx.node_link_data(graph, edges="links")
        path.write_text(
            json.dumps(data, ensure_ascii=False, indent=1, default=list) + "\n", encoding="utf-8"
        )
        return
    flat = graph.__class__()
    flat.graph.update({k: _flat(v) for k, v in graph.graph.items()})
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: _flat(v) for k, v in data.items() if v is not None})
    if graph.is_multigraph():
        for u, v, key, data in graph.edges(keys=True, data=True):
            flat.add_edge(u, v, key=key, **{k: _flat(x) for k, x in data.items() if x is not None})
    else:
        for u, v, data in graph.edges(data=True):
            flat.add_edge(u, v, **{k: _flat(x) for k, x in data.items() if x is not None})
    if fmt == "graphml":
        nx.write_graphml(flat, path)
    else:
        nx.write_gexf(flat, path)


# Paths and neighbourhoods live in .paths; they are named here too (notebooks
# import them from kg.graph.analysis).
__all__ = [
    "WEIGHTS",
    "Link",
    "Sampling",
    "Table",
    "analyze",
    "centrality",
    "communities",
    "country_summary",
    "export",
    "neighbors",
    "paths",
    "simple",
]
