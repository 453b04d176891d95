"""The graph index next to the store: written by the build, the import and the
update, equal to a fresh reading of the store, rebuilt when stale; names resolved
from its node table; projections from it equal to those from the store."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pyoxigraph as ox
import pytest

from kg.api import build
from kg.errors import UsageError
from kg.graph.analysis import analyze, paths
from kg.graph.index import PATH_EXCLUDED, Index
from kg.graph.tables import INDEX_DIR, Tables, index_state
from kg.graph.views import build_view
from kg.icews.importer import import_icews
from kg.model.namespaces import ID
from kg.model.status import FactStatus
from kg.reasoning import Reasoner
from kg.sparql.endpoint import open_endpoint, run_named

from .conftest import FIXTURES, ROOT

SAMPLE = FIXTURES / "icews" / "icews14-sample.tsv"


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("index") / "build"
    build(ROOT / "data", out, reasoner=Reasoner.RULES)
    assert index_state(out) == "current"
    import_icews([SAMPLE], out)
    return out


def facts(tables: Tables) -> set[tuple[str, str, str, int, str]]:
    t = tables
    return {
        (t.iris[s], t.predicates[p], t.iris[o], int(st), t.graphs[g])
        for s, p, o, st, g in zip(t.src, t.pred, t.dst, t.status, t.graph, strict=True)
    }


def nodes(tables: Tables) -> set[tuple[str, str, str, str, str]]:
    t = tables
    return set(zip(t.iris, t.labels, t.cls, t.classes, t.dates, strict=True))


def assert_fresh(out: Path) -> None:
    """The index files hold what one pass over the store gives."""
    assert index_state(out) == "current"
    written = Index.open(out, save=False)
    assert written.loaded_from == "index"
    fresh = Tables.from_store(out / "store")
    assert nodes(written.tables) == nodes(fresh)
    assert facts(written._edges()) == facts(fresh)
    literals = {
        (t.iris[n], t.predicates[p], v)
        for t in (fresh,)
        for n, p, v in zip(t.lit_node, t.lit_pred, t.lit_value, strict=True)
    }
    w = written._literals()
    assert {
        (w.iris[n], w.predicates[p], v)
        for n, p, v in zip(w.lit_node, w.lit_pred, w.lit_value, strict=True)
    } == literals


@pytest.mark.slow
def test_build_and_import_write_the_index(imported: Path) -> None:
    assert_fresh(imported)
    index = Index.open(imported, save=False)
    actors = [n for n in index.nodes_of("Person") if n.startswith(f"{ID}icews/actor/")]
    assert actors, "the import's persons are in the node table"
    assert any(g.startswith("imported/") for g in index._edges().graphs)


@pytest.mark.slow
def test_update_rewrites_the_index(imported: Path, tmp_path: Path) -> None:
    import shutil

    out = tmp_path / "build"
    shutil.copytree(imported, out)
    (out / INDEX_DIR / "marker").touch()
    result = build(ROOT / "data", out)  # holds an import: the incremental update
    assert result.changed is not None
    assert not (out / INDEX_DIR / "marker").exists(), "the update wrote the index again"
    assert_fresh(out)


def test_stale_index_is_read_again_from_the_store(imported: Path, tmp_path: Path) -> None:
    import shutil

    out = tmp_path / "build"
    shutil.copytree(imported, out)
    manifest = out / "manifest.json"
    manifest.write_text(manifest.read_text() + " ")  # another version of the store
    assert index_state(out) == "stale"
    index = Index.open(out)
    assert index.loaded_from == "store"
    assert index_state(out) == "current"
    assert Index.open(out).loaded_from == "index"


def test_edge_list_reads_as_graphframes_and_networkx_input(imported: Path) -> None:
    import networkx as nx

    edges = pq.read_table(imported / INDEX_DIR / "edges.parquet").to_pandas()
    vertices = pq.read_table(imported / INDEX_DIR / "nodes.parquet").to_pandas()
    assert {"src", "dst", "predicate", "status", "graph", "date"} <= set(edges.columns)
    assert {"id", "iri", "label", "class"} <= set(vertices.columns)
    assert set(edges["src"]) | set(edges["dst"]) <= set(vertices["id"])
    graph = nx.from_pandas_edgelist(edges, "src", "dst", edge_attr="predicate")
    assert graph.number_of_edges() > 0


def test_names_of_every_form(imported: Path) -> None:
    index = Index.open(imported, save=False)
    actor = next(n for n in index.nodes_of("Person") if n.startswith(f"{ID}icews/actor/"))
    local = actor[len(str(ID)) :]
    label = index.label(actor)
    for name in (f"id:{local}", local, actor, f"<{actor}>"):
        assert index.resolve(name) == actor, name
    assert (
        index.resolve(label) == actor
        or len([n for n in index.tables.labels if n.lower() == label.lower()]) > 1
    )
    assert index.resolve("country:AZ") == "https://w3id.org/kg-state-actors/country/AZ" or (
        index.resolve("country:AZ").endswith("AZ")
    )
    assert index.resolve("Zakir Hasanov") == index.resolve("zakir-hasanov")


def test_unknown_name_is_reported_before_the_edges_are_read(imported: Path) -> None:
    index = Index.open(imported, save=False)
    with pytest.raises(UsageError, match="no entity has the id or name"):
        index.resolve("id:icews/actor/no-such-actor")
    with pytest.raises(UsageError):
        index.resolve("Nobody Of That Name")
    assert len(index.tables.src) == 0 and index._edges_from is not None  # no edge read


def test_entities_lists_imported_actors_in_pages(imported: Path) -> None:
    endpoint = open_endpoint(str(imported))
    index = Index.open(imported, save=False)
    persons = {n for n in index.nodes_of("Person") if index.tables.labels[index.ids[n]]}
    listed: set[str] = set()
    after: str | None = None
    while True:
        params = {"class": "Person", **({"after": after} if after else {})}
        rows = run_named(endpoint, "entities", params).rows
        listed |= {r[0].value for r in rows if r[0] is not None}
        if len(rows) < 1000:
            break
        after = rows[-1][1].value
    assert any(p.startswith(f"{ID}icews/actor/") for p in listed)
    assert listed == persons


@pytest.mark.parametrize("name", ["actors", "countries"])
def test_analysis_from_index_equals_analysis_from_store(imported: Path, name: str) -> None:
    from_index = analyze(Index.open(imported, save=False), name, top=20)
    from_store = analyze(Index.from_store(imported / "store"), name, top=20)
    assert [(t.title, t.columns, t.rows) for t in from_index] == [
        (t.title, t.columns, t.rows) for t in from_store
    ]


def test_view_threshold_keeps_the_strongest_ties(imported: Path) -> None:
    index = Index.open(imported, save=False)
    every = build_view(index, "countries", min_weight=1)
    weights = sorted((e["value"] for e in every.edges), reverse=True)
    assert len(set(weights)) > 1, "the sample has ties of several weights"
    cut = weights[len(weights) // 4]
    strong = build_view(index, "countries", min_weight=cut)
    assert [e for e in strong.edges if e["value"] < cut] == []
    assert len(strong.edges) == sum(w >= cut for w in weights)
    assert "widen with --min-weight" in strong.subtitle


def test_default_threshold_keeps_at_most_the_cap(
    imported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.graph.views as views

    index = Index.open(imported, save=False)
    every = build_view(index, "countries", min_weight=1)
    weights = sorted((e["value"] for e in every.edges), reverse=True)
    monkeypatch.setattr(views, "EDGE_CAP", len(weights) // 3)
    capped = build_view(index, "countries")
    assert 0 < len(capped.edges) <= len(weights) // 3
    assert min(e["value"] for e in capped.edges) >= weights[len(capped.edges) - 1]


def test_inferred_step_names_rule_and_event(imported: Path) -> None:
    index = Index.open(imported, save=False)
    t = index._edges()
    met = t.predicates.index("metWith")
    row = next(
        r
        for r in range(len(t.src))
        if t.pred[r] == met
        and t.status[r] == 1
        and t.iris[t.src[r]].startswith(f"{ID}icews/")
        and t.iris[t.dst[r]].startswith(f"{ID}icews/")
    )
    a, b = t.iris[t.src[row]], t.iris[t.dst[row]]
    [step] = paths(index, a, b)[0]
    assert step.status == FactStatus.INFERRED
    assert step.derived_by == "met-with"
    assert step.grounds and all(index.is_a(e, "Meeting") for e in step.grounds)
    assert all(a in {o for s, _, o in index.edges if s == e} for e in step.grounds), (
        "each event has the actor among its participants"
    )


def test_cli_path_prints_rule_and_record(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.cli import main

    index = Index.open(imported, save=False)
    edges = [
        (s, o)
        for (s, p, o), status in index.edges.items()
        if p == "metWith" and status == FactStatus.INFERRED and "/icews/" in s and "/icews/" in o
    ]
    a, b = sorted(edges)[0]
    assert main(["path", f"<{a}>", f"<{b}>", "--build", str(imported)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].endswith("[inferred by met-with]")
    assert out[2].startswith("      event:  ") and f"{SAMPLE.name}:" in out[2]


def test_path_with_an_unknown_name_fails_fast(imported: Path) -> None:
    from kg.cli import main

    assert main(["path", "id:icews/actor/nobody", "Zakir Hasanov", "--build", str(imported)]) == 2
    assert isinstance(ox.NamedNode(str(ID)), ox.NamedNode)


def test_focus_view_keeps_the_ties_of_an_actor_below_the_threshold(
    imported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The threshold applies to the neighbourhood, not to the whole projection first
    (which left a busy actor with weaker ties than the strongest of the graph alone,
    and the view empty)."""
    import kg.graph.views as views
    from kg.graph.projection import project

    index = Index.open(imported, save=False)
    graph = project(index, "actors")
    weights = sorted((w for *_, w in graph.edges(data="weight")), reverse=True)
    assert len(set(weights)) > 1, "the sample has ties of several weights"
    weaker = [
        n
        for n in graph
        if graph.degree(n) and max(w for *_, w in graph.edges(n, data="weight")) < weights[0]
    ]
    person = max(weaker, key=lambda n: (graph.degree(n), n))
    # A cap that keeps only the strongest ties of the whole projection.
    monkeypatch.setattr(views, "EDGE_CAP", weights.count(weights[0]))
    assert all(e["value"] == weights[0] for e in build_view(index, "actors").edges)
    view = build_view(index, "actors", focus=person)
    drawn = {n["id"] for n in view.nodes}
    assert person in drawn and len(drawn) > 1
    assert drawn <= {person, *graph.neighbors(person)}
    assert view.edges


def test_names_file_holds_the_alt_labels_and_resolves_them(imported: Path) -> None:
    names = pq.read_table(imported / INDEX_DIR / "names.parquet")
    cis = f"{ID}cis"
    index = Index.open(imported, save=False)
    # The curated data gives the CIS the other name "CIS" (an altLabel).
    assert "CIS" in names.column("name").to_pylist()
    assert index.resolve("CIS") == cis
    assert index.resolve("cis") == cis  # the id
    assert index.resolve(index.label(cis).upper()) == cis  # a label, in any case
    assert len(index.tables.src) == 0, "names are resolved from the node table alone"


def test_an_unknown_name_gets_close_names_in_its_hint(imported: Path) -> None:
    index = Index.open(imported, save=False)
    actor = next(n for n in index.nodes_of("Person") if n.startswith(f"{ID}icews/actor/"))
    label = index.label(actor)
    typo = label[:-1] + ("x" if label[-1] != "x" else "y")
    for name in (typo, f"id:{actor[len(str(ID)) :]}x"):
        with pytest.raises(UsageError) as info:
            index.resolve(name)
        assert "close names:" in (info.value.hint or "")
        assert f"id:{actor[len(str(ID)) :]}" in (info.value.hint or ""), name
    assert len(index.tables.src) == 0 and index._edges_from is not None


def test_a_label_costs_no_more_than_an_id(imported: Path) -> None:
    """Both read the node table alone, and neither makes the dictionary of every IRI."""
    for name in ("Zakir Hasanov", "id:zakir-hasanov"):
        index = Index.open(imported, save=False)
        assert index.resolve(name) == f"{ID}zakir-hasanov"
        assert "ids" not in index.__dict__ and index._edges_from is not None


def test_path_graph_costs(imported: Path) -> None:
    """A pair costs 1 when an asserted fact links it, 1.5 when only inferred ones do;
    the rank ladders and loops are left out."""
    index = Index.open(imported, save=False)
    expected: dict[tuple[int, int], float] = {}
    for (s, p, o), status in index.edges.items():
        if p in PATH_EXCLUDED or s == o:
            continue
        a, b = index.ids[s], index.ids[o]
        cost = 1.0 if status == FactStatus.ASSERTED else 1.5
        for pair in ((a, b), (b, a)):
            expected[pair] = min(expected.get(pair, 1.5), cost)
    graph = index.path_graph.tocoo()
    pairs = zip(graph.row.tolist(), graph.col.tolist(), strict=True)
    found = dict(zip(pairs, graph.data.tolist(), strict=True))
    assert found == expected
    assert {1.0, 1.5} <= set(found.values()), "the sample has both kinds of links"


def test_values_read_from_the_file_equal_those_in_memory(imported: Path) -> None:
    lazy = Index.open(imported, save=False)
    whole = Index.open(imported, save=False)
    whole._literals()
    events = [n for n in lazy.nodes_of("Event") if "/icews/" in n][:5]
    assert events
    for event in events:
        assert lazy.values(event, "sourceLine") == whole.values(event, "sourceLine") != []
    assert not lazy.tables.lit_value, "the literals were not read whole"


def test_cli_names_by_label_and_id_in_every_reader(
    imported: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from kg.cli import main

    b = ["--build", str(imported)]
    for name in ("Zakir Hasanov", "id:zakir-hasanov", f"<{ID}zakir-hasanov>"):
        assert main(["neighbors", name, *b]) == 0
        assert capsys.readouterr().out.startswith("Zakir Hasanov (Person):")
        view = tmp_path / "v.html"
        assert main(["view", "--projection", "actors", "--focus", name, "-o", str(view), *b]) == 0
        assert " 0 nodes" not in capsys.readouterr().out
    assert main(["neighbors", "Zakir Hasanovv", *b]) == 2
    assert "close names: Zakir Hasanov (id:zakir-hasanov)" in capsys.readouterr().err


def test_the_api_resolves_names_from_the_index(imported: Path) -> None:
    import kg

    graph = kg.load(imported)
    assert graph.resolve("CIS") == f"{ID}cis"
    assert graph.resolve("id:zakir-hasanov", "Person") == f"{ID}zakir-hasanov"
    index = graph.index()
    assert index.loaded_from == "index" and index._edges_from is not None, "no edge read"
    with pytest.raises(UsageError, match="no entity of class Country"):
        graph.resolve("Zakir Hasanov", "Country")
