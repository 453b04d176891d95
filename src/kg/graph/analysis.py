"""Relationship analysis over the projections: centrality, communities, brokers,
bilateral ties, per-country summaries, paths as chains of facts, ego networks,
and exports for Gephi, Cytoscape and d3."""

from __future__ import annotations

import itertools
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import URIRef

from ..errors import UsageError
from ..model.ontology import vocabulary
from ..model.status import FactStatus
from . import EXPORT_FORMATS
from .projection import PATH_EXCLUDED, Evidence, Index, countries, project

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


def centrality(graph: nx.Graph) -> dict[str, dict[str, float]]:
    g = simple(graph)
    if g.number_of_nodes() == 0:
        return {}
    distance = _distance_graph(g)
    measures: dict[str, dict[str, float]] = {
        "degree": {n: float(d) for n, d in g.degree()},
        "strength": {n: float(d) for n, d in g.degree(weight="weight")},
        "betweenness": nx.betweenness_centrality(distance, weight="distance", normalized=True),
        "pagerank": nx.pagerank(g, weight="weight") if g.number_of_edges() else {},
    }
    try:
        measures["eigenvector"] = nx.eigenvector_centrality(g, weight="weight", max_iter=2000)
    except (nx.PowerIterationFailedConvergence, nx.NetworkXException):
        measures["eigenvector"] = {}
    return measures


def communities(graph: nx.Graph) -> list[set[str]]:
    """Louvain communities, weighted, with a fixed seed so runs agree."""
    g = simple(graph)
    if g.number_of_edges() == 0:
        return [{n} for n in g.nodes]
    found = nx.community.louvain_communities(g, weight="weight", seed=7)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), sorted(c)))


def analyze(
    index: Index,
    name: str = "actors",
    top: int = 10,
    start: str | None = None,
    end: str | None = None,
) -> list[Table]:
    graph = project(index, name, start, end)
    g = simple(graph)
    label = {n: graph.nodes[n].get("label", n) for n in graph.nodes}
    cls = {n: graph.nodes[n].get("class", "") for n in graph.nodes}
    described = _describe(graph, name)
    tables: list[Table] = []

    measures = centrality(graph)
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

    ties = countries(index, start, end)
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
    represented: dict[str, set[str]] = defaultdict(set)
    for (s, p, o), _ in index.edges.items():
        if p == "represents":
            represented[o].add(s)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for (s, p, o), _ in index.edges.items():
        if p == "involvesCountry" and index.is_a(s, "Meeting"):
            counts[o]["meetings"] += 1
        elif p == "party" and index.is_a(s, "Agreement"):
            for country in index.countries_of.get(o, set()):
                counts[country]["agreements"] += 1
        elif p == "supporter":
            for country in index.countries_of.get(o, set()):
                counts[country]["given"] += 1
        elif p == "supportedParty":
            for country in index.countries_of.get(o, set()):
                counts[country]["received"] += 1
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


# --- Paths and neighbourhoods ---------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """A fact between two entities as a reader sees it: the predicate's label,
    whether a source states it or the reasoner derived it (and by which rule),
    and the evidence (for an inferred link, the evidence of what it rests on)."""

    subject: str
    predicate: str
    object: str
    status: FactStatus
    derived_by: str
    sources: tuple[Evidence, ...]


def _path_graph(index: Index) -> tuple[nx.Graph, dict[tuple[str, str], list[tuple[str, str, str]]]]:
    """Undirected graph for paths: asserted facts cost 1, inferred 1.5; the rank
    ladders are left out, since they would link everyone through their ranks."""
    graph = nx.Graph()
    facts: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for (s, p, o), status in sorted(index.edges.items()):
        if p in PATH_EXCLUDED or s == o:
            continue
        cost = 1.0 if status == FactStatus.ASSERTED else 1.5
        key = (min(s, o), max(s, o))
        facts[key].append((s, p, o))
        if not graph.has_edge(s, o) or graph.edges[s, o]["cost"] > cost:
            graph.add_edge(s, o, cost=cost)
    return graph, facts


def _fact(index: Index, triple: tuple[str, str, str]) -> Link:
    s, p, o = triple
    vocab = vocabulary()
    prop = vocab.properties.get(p)
    how = index.derived_by.get(triple, "")
    sources = index.sources.get(triple, [])
    if not sources and how:
        sources = _grounds(index, s, o)
    return Link(
        subject=s,
        predicate=vocab.label(prop.iri) if prop else p,
        object=o,
        status=index.edges[triple],
        derived_by=index.labels.get(how) or (vocab.label(URIRef(how)) if how else ""),
        sources=tuple(sources),
    )


def _grounds(index: Index, a: str, b: str) -> list[Evidence]:
    """Sources of the asserted facts an inferred fact between a and b rests on:
    those linking a and b directly or through one entity (such as the
    congratulation behind 'congratulated')."""
    touching = index.asserted_touching
    found: dict[Evidence, None] = {}
    for t in touching.get(a, set()):
        other = t[2] if t[0] == a else t[0]
        if other == b:
            found.update(dict.fromkeys(index.sources.get(t, [])))
            continue
        for u in touching.get(other, set()):
            if b in (u[0], u[2]):
                for fact in (t, u):
                    found.update(dict.fromkeys(index.sources.get(fact, [])))
    return sorted(found, key=lambda src: (src.source, src.line))


def _best(index: Index, candidates: list[tuple[str, str, str]]) -> tuple[str, str, str]:
    return sorted(candidates, key=lambda t: (index.edges[t] != FactStatus.ASSERTED, t[1]))[0]


def paths(index: Index, a: str, b: str, limit: int = 3) -> list[list[Link]]:
    """The shortest relationship paths between two entities, as chains of facts."""
    graph, facts = _path_graph(index)
    for node in (a, b):
        if node not in graph:
            raise UsageError(
                f"{index.label(node)} has no relations to follow",
                hint="pick an entity that takes part in events or holds a post",
            )
    try:
        found = nx.all_shortest_paths(graph, a, b, weight="cost")
        chains = []
        for nodes in found:
            chains.append(
                [
                    _fact(index, _best(index, facts[(min(u, v), max(u, v))]))
                    for u, v in itertools.pairwise(nodes)
                ]
            )
            if len(chains) >= limit:
                break
    except nx.NetworkXNoPath:
        return []
    return chains


def neighbors(index: Index, center: str, depth: int = 1) -> list[tuple[int, str, Link | None]]:
    """The ego network: each entity within ``depth`` hops, with the fact that reaches it."""
    graph, facts = _path_graph(index)
    if center not in graph:
        return [(0, center, None)]
    distances = nx.single_source_shortest_path_length(graph, center, cutoff=depth)
    found: list[tuple[int, str, Link | None]] = [(0, center, None)]
    for node, distance in sorted(distances.items(), key=lambda kv: (kv[1], index.label(kv[0]))):
        if distance == 0:
            continue
        parent = min(
            (m for m in graph.neighbors(node) if distances.get(m) == distance - 1),
            key=lambda m: (graph.edges[m, node]["cost"], index.label(m)),
        )
        triple = _best(index, facts[(min(parent, node), max(parent, node))])
        found.append((distance, node, _fact(index, triple)))
    return found


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
