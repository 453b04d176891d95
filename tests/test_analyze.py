"""Projections to networkx, analysis, paths, neighbourhoods and exports."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

import kg
from kg.builder.exports import BuildResult
from kg.cli import main
from kg.graph.analysis import analyze, export, neighbors, paths
from kg.graph.projection import Index, project

ID = "https://w3id.org/kg-state-actors/id/"
HASANOV, RAVKOV, KAPTILOVICH = ID + "zakir-hasanov", ID + "andrei-ravkov", ID + "andrei-kaptilovich"
AZ, BY = ID + "country/AZ", ID + "country/BY"


@pytest.fixture(scope="module")
def index(seed_build: tuple[Path, BuildResult]) -> Index:
    return Index.from_store(seed_build[0] / "store")


def test_actors_projection(index: Index) -> None:
    graph = project(index, "actors")
    assert graph.edges[HASANOV, RAVKOV]["weight"] == 2
    relations = sorted((e["relation"], e["label"]) for e in graph.edges[HASANOV, RAVKOV]["events"])
    assert relations == [
        ("co-signed", "Bilateral Cooperation Plan for 2020"),
        ("met at", "Meeting of Zakir Hasanov and Andrei Ravkov in Baku"),
    ]
    assert graph.edges[HASANOV, KAPTILOVICH]["weight"] == 1
    assert graph.edges[HASANOV, KAPTILOVICH]["events"][0]["relation"] == "congratulated"
    assert not graph.has_edge(RAVKOV, KAPTILOVICH)
    assert {graph.nodes[n]["label"] for n in graph} == {
        "Zakir Hasanov",
        "Andrei Ravkov",
        "Andrei Kaptilovich",
    }


def test_countries_projection(index: Index) -> None:
    graph = project(index, "countries")
    assert graph.nodes[AZ]["label"] == "Azerbaijan"
    edge = graph.edges[AZ, BY]
    kinds = sorted(e["relation"] for e in edge["events"])
    # one meeting, one agreement, three statements of support (one of them BY->AZ on
    # territorial integrity, and the mutual support in international organisations)
    assert kinds == ["agreement", "meeting", "support", "support", "support"]
    assert edge["weight"] == 5
    assert graph.number_of_edges() == 1


@pytest.mark.java  # names HermiT as the source of inferred facts
def test_full_projection_keeps_meaning(index: Index) -> None:
    graph = project(index, "full")
    assert isinstance(graph, nx.MultiDiGraph)
    meeting = ID + "hasanov-ravkov-meeting-2019-10-29"
    assert graph.nodes[meeting]["class"] == "Meeting"
    assert graph.nodes[meeting]["date"] == "2019-10-29"  # a literal as an attribute
    edge = graph.edges[meeting, HASANOV, "participant"]
    assert edge["status"] == "asserted" and edge["sources"] == ["000_ce432b95e0a567d5"]
    inferred = graph.edges[HASANOV, AZ, "represents"]
    assert inferred["status"] == "inferred" and inferred["derived_by"] == "kg:HermiT"
    assert graph.has_edge(HASANOV, ID + "bilateral-cooperation-plan-2020", "signed")
    assert not any(isinstance(n, str) and n.startswith('"') for n in graph)


def test_bipartite_projection(index: Index) -> None:
    graph = project(index, "bipartite")
    events = {n for n, d in graph.nodes(data=True) if d["bipartite"] == 1}
    assert ID + "hasanov-ravkov-meeting-2019-10-29" in events
    assert nx.is_bipartite(graph)
    assert graph.edges[HASANOV, ID + "bilateral-cooperation-plan-2020"]["roles"] == ["signatory"]


def test_time_window(index: Index) -> None:
    assert project(index, "actors", start="2019-10-29", end="2019-10-29").number_of_edges() == 2
    assert project(index, "actors", start="2019-10-30").number_of_edges() == 0
    assert project(index, "countries", end="2019-10-28").number_of_edges() == 0


def test_analysis_tables(index: Index) -> None:
    tables = {t.title: t for t in analyze(index, "actors", top=5)}
    central = tables["Centrality (most central first, by PageRank)"]
    assert central.rows[0][:4] == ["Zakir Hasanov", "Person", 2, 3.0]
    assert central.rows[0][4] == 1.0  # Hasanov lies on the only path between the others
    assert "actors projection (3 nodes, 2 edges)" in central.graph
    ties = tables["Strongest bilateral ties"]
    assert ties.rows == [["Azerbaijan", "Belarus", 5, 1, 1, 3]]
    summary = tables["Per-country summary"].rows
    assert summary[0] == ["Azerbaijan", "Zakir Hasanov", 1, 1, 1, 2, 1]
    assert summary[1] == ["Belarus", "Andrei Kaptilovich; Andrei Ravkov", 1, 1, 2, 1, 1]


@pytest.mark.java  # names HermiT as the source of inferred facts
def test_path_as_chain_of_facts(index: Index) -> None:
    chain = paths(index, KAPTILOVICH, RAVKOV)[0]
    assert [(f.subject, f.predicate, f.object, f.status) for f in chain] == [
        (HASANOV, "congratulated", KAPTILOVICH, "inferred"),
        (HASANOV, "met with", RAVKOV, "asserted"),
    ]
    assert chain[0].derived_by == "HermiT OWL 2 reasoner"
    assert {s.line for s in chain[0].sources} == {60, 61}  # the congratulation it rests on
    assert chain[1].sources[0].quote.startswith("Azerbaijani Defense Minister, Colonel General")


def test_neighbors(index: Index) -> None:
    found = neighbors(index, RAVKOV, 1)
    labels = {index.label(n) for d, n, _ in found if d == 1}
    assert {
        "Zakir Hasanov",
        "Belarus",
        "Lieutenant General",
        "Bilateral Cooperation Plan for 2020",
    } <= labels
    assert all(d <= 1 for d, _, _ in found)
    assert len(neighbors(index, RAVKOV, 2)) > len(found)


@pytest.mark.java  # names HermiT as the source of inferred facts
def test_cli_path_prints_facts_with_sources(
    seed_build: tuple[Path, BuildResult], capsys: pytest.CaptureFixture[str]
) -> None:
    store = str(seed_build[0])
    assert main(["path", "Andrei Kaptilovich", "Andrei Ravkov", "--build", store]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Path 1: Andrei Kaptilovich to Andrei Ravkov in 2 fact(s)"
    step = "  1. Zakir Hasanov --congratulated--> Andrei Kaptilovich"
    assert out[1] == step + "  [inferred by HermiT OWL 2 reasoner]"
    assert any(line.endswith("curated/000_ce432b95e0a567d5.tsv:86") for line in out)
    assert main(["path", "Andrei", "Andrei Ravkov", "--build", store]) == 2
    assert "'Andrei' matches 2 entities" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["full", "actors", "countries", "bipartite"])
@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export_round_trip(index: Index, tmp_path: Path, name: str, fmt: str) -> None:
    graph = project(index, name)
    path = tmp_path / f"g.{fmt}"
    export(graph, fmt, path)
    if fmt == "graphml":
        again = nx.read_graphml(path)
    elif fmt == "gexf":
        again = nx.read_gexf(path)
    else:
        import json

        again = nx.node_link_graph(json.loads(path.read_text()), edges="links")
    assert again.number_of_nodes() == graph.number_of_nodes()
    assert again.number_of_edges() == graph.number_of_edges()
    if name == "actors":
        assert again.nodes[HASANOV]["label"] == "Zakir Hasanov"
        assert float(again.edges[HASANOV, RAVKOV]["weight"]) == 2


def test_api_project(seed_build: tuple[Path, BuildResult]) -> None:
    graph = kg.load(seed_build[0]).project("actors")
    assert graph.edges[HASANOV, RAVKOV]["weight"] == 2
    assert graph.nodes[KAPTILOVICH]["label"] == "Andrei Kaptilovich"


def test_analyze_cli_formats(
    seed_build: tuple[Path, BuildResult], capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    store = str(seed_build[0])
    assert main(["analyze", "--build", store, "--format", "json", "--projection", "countries"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc[0]["graph"].startswith("countries projection (3 nodes, 1 edges)")
    assert main(["analyze", "--build", store, "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith(
        "# Centrality (most central first, by PageRank): actors"
    )
    assert main(["analyze", "--build", store, "--from", "29.10.2019"]) == 2
