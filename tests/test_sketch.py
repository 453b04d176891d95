"""The part of the full and bipartite projections a view draws, chosen on columns:
with room for every node it is the networkx projection, node for node and fact for
fact; with less, the busiest nodes and a count of the others."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.builder.exports import BuildResult
from kg.graph.index import Index
from kg.graph.sketch import sketch
from kg.graph.views import _view_graph

EVERY = 10**9


@pytest.fixture(scope="module", params=["store", "index files"])
def index(request: pytest.FixtureRequest, seed_build: tuple[Path, BuildResult]) -> Index:
    """The seed build read both ways: literals in memory, and from the Parquet files."""
    if request.param == "store":
        return Index.from_store(seed_build[0] / "store")
    return Index.open(seed_build[0], save=False)


def _reference(index: Index, name: str, start: str | None = None) -> nx.Graph:
    graph = _view_graph(index, name, start, None)
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    return graph


def _edges(graph: nx.Graph) -> dict[Any, Any]:
    if graph.is_multigraph():
        return {(u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)}
    return {frozenset((u, v)): d for u, v, d in graph.edges(data=True)}


@pytest.mark.parametrize("name", ["full", "bipartite"])
@pytest.mark.parametrize("start", [None, "2019-10-30"])
def test_with_room_for_every_node_it_is_the_projection(
    index: Index, name: str, start: str | None
) -> None:
    expected = _reference(index, name, start)
    # The seed's events are all of 2019-10-29: a window after it leaves the facts
    # that are not about events (full) or nothing at all (bipartite).
    assert expected.number_of_edges() > 0 or (start and name == "bipartite")
    found = sketch(index, name, start, None, None, 1, EVERY)
    assert dict(found.graph.nodes(data=True)) == dict(expected.nodes(data=True))
    assert _edges(found.graph) == _edges(expected)
    assert (found.nodes, found.edges) == (expected.number_of_nodes(), expected.number_of_edges())
    assert found.left_out == {} and found.links_out == {}


@pytest.mark.parametrize("name", ["full", "bipartite"])
def test_a_cap_keeps_the_busiest_and_counts_the_rest(index: Index, name: str) -> None:
    whole = _reference(index, name)
    cap = whole.number_of_nodes() // 3
    found = sketch(index, name, None, None, None, 1, cap)
    drawn = set(found.graph)
    assert 0 < len(drawn) + len(found.left_out) <= cap
    assert len(drawn) + sum(found.left_out.values()) == whole.number_of_nodes()
    assert found.edges == whole.number_of_edges()
    # Every fact of the projection is drawn, counted as a link to a summary, or lies
    # between two nodes left out.
    between = sum(1 for u, v in whole.edges() if u not in drawn and v not in drawn)
    assert (
        found.graph.number_of_edges() + sum(found.links_out.values()) + between
        == whole.number_of_edges()
    )
    if name == "full":
        busiest = max(whole, key=lambda n: (whole.degree(n), n))
        assert busiest in drawn


def test_focus_keeps_its_neighbourhood_only(index: Index) -> None:
    whole = _reference(index, "full")
    plain = nx.Graph(whole)
    focus = max(whole, key=lambda n: (whole.degree(n), n))
    found = sketch(index, "full", None, None, focus, 1, EVERY)
    assert set(found.graph) == {focus, *plain.neighbors(focus)}
    small = sketch(index, "full", None, None, focus, 1, 3)
    assert focus in small.graph and len(small.graph) + len(small.left_out) <= 3


def test_among_keeps_the_facts_between_those_nodes(index: Index) -> None:
    whole = _reference(index, "full")
    focus = max(whole, key=lambda n: (whole.degree(n), n))
    among = sorted({focus, *nx.Graph(whole).neighbors(focus)})[:4]
    expected = whole.subgraph(among)
    found = sketch(index, "full", None, None, None, 1, EVERY, among)
    assert set(found.graph) == {n for n in expected if expected.degree(n)}
    assert _edges(found.graph) == _edges(expected)
