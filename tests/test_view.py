"""HTML views, opened in headless Chromium (Debian's) with the network blocked."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from kg.api import build
from kg.builder.exports import BuildResult
from kg.cli import main
from kg.graph.projection import PATH_EXCLUDED, Index, project
from kg.graph.tables import RDF_TYPE, meeting_quads
from kg.graph.views import NODE_CAP, PHYSICS_LIMIT, _view_graph, build_view, write_view
from kg.model.namespaces import ASSERTED_GRAPH, INFERRED_GRAPH, KG

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ID = "https://w3id.org/kg-state-actors/id/"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


class Opened:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.errors: list[str] = []
        self.external: list[str] = []
        self.dialogs: list[str] = []

    def count(self, what: str) -> int:
        return int(self.page.evaluate(f"window.network.body.data.{what}.length"))

    def click(self, node: str) -> list[str]:
        point = self.page.evaluate(
            """id => { const p = window.network.getPositions([id])[id];
                       const d = window.network.canvasToDOM(p);
                       const r = document.getElementById('graph').getBoundingClientRect();
                       return {x: d.x + r.left, y: d.y + r.top}; }""",
            node,
        )
        self.page.mouse.click(point["x"], point["y"])
        self.page.wait_for_timeout(200)
        return list(self.page.evaluate("window.kgHighlighted"))


def open_view(browser: Browser, path: Path) -> Opened:
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    opened = Opened(page)

    def route(request_route: Any) -> None:
        url = request_route.request.url
        if url.startswith("file:"):
            request_route.continue_()
        else:
            opened.external.append(url)
            request_route.abort()

    page.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and opened.errors.append(m.text))
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    # Poll from here: wait_for_function evaluates strings in the page, which the
    # page's own Content-Security-Policy (rightly) forbids.
    deadline = time.monotonic() + 30
    while not page.evaluate("window.kgReady === true"):
        assert time.monotonic() < deadline, "the view did not finish drawing"
        page.wait_for_timeout(100)
    return opened


@pytest.fixture(scope="module")
def index(seed_build: tuple[Path, BuildResult]) -> Index:
    return Index.from_store(seed_build[0] / "store")


@pytest.mark.parametrize("name", ["actors", "countries", "bipartite"])
@pytest.mark.browser
def test_projection_views(browser: Browser, index: Index, tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.html"
    write_view(index, path, name=name)
    opened = open_view(browser, path)
    graph = project(index, name)
    assert opened.count("nodes") == graph.number_of_nodes()
    assert opened.count("edges") == graph.number_of_edges()
    assert opened.errors == [] and opened.external == []
    opened.page.screenshot(path=str(tmp_path / f"{name}.png"))
    assert (tmp_path / f"{name}.png").stat().st_size > 10_000


@pytest.mark.browser
def test_build_writes_graph_html_that_works_offline(
    browser: Browser,
    seed_build: tuple[Path, BuildResult],
    seed_store: ox.Store,
    index: Index,
    tmp_path: Path,
) -> None:
    page_path = seed_build[0] / "graph.html"
    text = page_path.read_text(encoding="utf-8")
    assert "http://" not in text.split("<script>", 1)[0]  # nothing loaded from outside
    opened = open_view(browser, page_path)
    view = build_view(index, "full")
    # The page draws every entity a fact links, leaving out the rank ladders.
    excluded = ", ".join(map(repr, sorted(PATH_EXCLUDED)))
    linked = seed_store.query(
        f"""SELECT (COUNT(DISTINCT ?n) AS ?count) WHERE {{
              VALUES ?g {{ <{ASSERTED_GRAPH}> <{INFERRED_GRAPH}> }}
              GRAPH ?g {{ ?s ?p ?o }}
              FILTER (isIRI(?o) && STRSTARTS(STR(?p), "{KG}")
                      && STRAFTER(STR(?p), "{KG}") NOT IN ({excluded}))
              VALUES ?end {{ 0 1 }} BIND (IF(?end = 0, ?s, ?o) AS ?n)
            }}"""
    )
    assert isinstance(linked, ox.QuerySolutions)
    assert opened.count("nodes") == len(view.nodes) == int(next(linked)["count"].value)
    assert opened.count("edges") == len(view.edges)
    highlighted = opened.click(ID + "andrei-kaptilovich")
    assert ID + "andrei-kaptilovich" in highlighted
    assert ID + "zakir-hasanov" in highlighted  # congratulated him
    assert ID + "andrei-ravkov" not in highlighted
    assert opened.errors == [] and opened.external == []
    opened.page.screenshot(path=str(tmp_path / "graph.png"))


@pytest.mark.browser
def test_focus_and_path_views(browser: Browser, index: Index, tmp_path: Path) -> None:
    focus = tmp_path / "focus.html"
    write_view(index, focus, name="full", focus=ID + "andrei-ravkov", depth=1)
    opened = open_view(browser, focus)
    labels = opened.page.evaluate("window.network.body.data.nodes.get().map(n => n.label)")
    assert "Andrei Ravkov" in labels and "Andrei Kaptilovich" not in labels
    on_path = [ID + "andrei-kaptilovich", ID + "zakir-hasanov", ID + "andrei-ravkov"]
    path = tmp_path / "path.html"
    write_view(index, path, name="full", path=on_path)
    assert open_view(browser, path).count("nodes") == 3


@pytest.mark.browser
def test_search_and_class_filter(browser: Browser, index: Index, tmp_path: Path) -> None:
    path = tmp_path / "full.html"
    write_view(index, path, name="full")
    opened = open_view(browser, path)
    opened.page.fill("#search", "kaptilovich")
    selected = opened.page.evaluate("window.network.getSelectedNodes()")
    expected = [
        n["id"] for n in build_view(index, "full").nodes if "kaptilovich" in n["label"].lower()
    ]
    assert sorted(selected) == sorted(expected) and ID + "andrei-kaptilovich" in selected
    before = opened.page.evaluate("window.network.body.data.nodes.length")
    opened.page.uncheck("input.kg-class[value='Person']")
    after = opened.page.evaluate("window.network.body.data.nodes.length")
    assert before - after == 3


INJECTION = 'He said <a href="javascript:alert(2)">x</a> </script><script>alert(3)</script> too.'
EVIL_LABEL = "<img src=x onerror=alert(1)>"


@pytest.mark.browser
def test_injection_through_curated_data_never_runs(
    browser: Browser, tiny_data: Path, tmp_path: Path
) -> None:
    source = tiny_data / "sources" / "tiny.txt"
    source.write_text(source.read_text() + INJECTION + "\n" + EVIL_LABEL + "\n")
    curated = tiny_data / "curated" / "tiny.tsv"
    curated.write_text(
        curated.read_text()
        + f"evil-person\ta\tPerson\t{EVIL_LABEL}\n"
        + f"evil-person\tlabel\t{EVIL_LABEL}\t{EVIL_LABEL}\n"
        + f"testov-fiktiv-meeting\tparticipant\tevil-person\t{INJECTION}\n"
        + f"evil-topic\ta\tTopic\t{INJECTION}\n"
        + f"evil-topic\tlabel\t</script><script>alert(4)</script>\t{INJECTION}\n"
        + f"testov-fiktiv-meeting\ttopic\tevil-topic\t{INJECTION}\n"
    )
    out = tmp_path / "build"
    build(tiny_data, out)
    opened = open_view(browser, out / "graph.html")
    assert opened.dialogs == [] and opened.errors == []
    assert (
        opened.page.evaluate("document.querySelectorAll('img, a, body script:not([id])').length")
        == 2
    )
    labels = opened.page.evaluate("window.network.body.data.nodes.get().map(n => n.label)")
    assert EVIL_LABEL in labels and "</script><script>alert(4)</script>" in labels
    tooltip = opened.page.evaluate(
        "(() => { const n = window.network.body.data.nodes.get('" + ID + "evil-topic');"
        " return [n.title.innerHTML, n.title.textContent]; })()"
    )
    assert "<script>" not in tooltip[0] and "&lt;/script&gt;&lt;script&gt;" in tooltip[0]
    assert tooltip[1].startswith("</script><script>alert(4)</script>")
    edge_tips = opened.page.evaluate(
        "window.network.body.data.edges.get().map(e => e.title.textContent).join(' ')"
    )
    assert 'href="javascript:alert(2)"' in edge_tips  # the quote shows as text


def _big_index(people: int) -> Index:
    return Index.from_quads(meeting_quads(people, (7,)))


@pytest.mark.browser
@pytest.mark.slow
def test_large_graphs_precomputed_layout_and_cap(browser: Browser, tmp_path: Path) -> None:
    medium = build_view(_big_index(PHYSICS_LIMIT + 50), "actors")
    assert medium.physics is False and all("x" in n for n in medium.nodes)
    big = _big_index(NODE_CAP + 500)
    view = build_view(big, "actors")
    assert len(view.nodes) <= NODE_CAP
    assert any(n["id"] == "aggregate:Person" for n in view.nodes)
    assert f"of {NODE_CAP + 500} nodes" in view.subtitle
    path = tmp_path / "big.html"
    write_view(big, path, name="actors")
    opened = open_view(browser, path)
    assert opened.count("nodes") == len(view.nodes)
    assert opened.errors == []


def test_view_cli(
    seed_build: tuple[Path, BuildResult], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "v.html"
    store = str(seed_build[0])
    assert main(["view", "--build", store, "--projection", "countries", "-o", str(out)]) == 0
    assert capsys.readouterr().out.startswith(
        f"Wrote {out}: countries projection: 3 nodes, 1 edges"
    )
    assert (
        main(
            [
                "view",
                "--build",
                store,
                "--path",
                "Andrei Kaptilovich",
                "Andrei Ravkov",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert "full projection: 3 nodes, 2 edges" in capsys.readouterr().out


def test_small_graph_pagerank_equals_networkx() -> None:
    """The view's own PageRank (no scipy import) gives networkx's values."""
    import random

    import networkx as nx

    from kg.graph.views import pagerank

    random.seed(3)
    graph = nx.Graph()
    for _ in range(400):
        a, b = random.randrange(150), random.randrange(150)
        if a != b:
            graph.add_edge(a, b, weight=random.randint(1, 5))
    graph.add_node("isolated")
    ours, theirs = pagerank(graph), nx.pagerank(graph, weight="weight")
    assert set(ours) == set(theirs)
    assert max(abs(ours[n] - theirs[n]) for n in graph) < 1e-9


def _weighted_index(weights: list[int]) -> Index:
    """Persons met in pairs: pair k (persons 2k and 2k+1) in ``weights[k]`` meetings."""
    graph, kind = ox.NamedNode(str(ASSERTED_GRAPH)), ox.NamedNode(RDF_TYPE)
    quads: list[tuple[Any, Any, Any, Any]] = []
    for n in range(2 * len(weights)):
        quads.append((ox.NamedNode(f"{ID}p{n}"), kind, ox.NamedNode(f"{KG}Person"), graph))
    for k, weight in enumerate(weights):
        for m in range(weight):
            meeting = ox.NamedNode(f"{ID}m{k}-{m}")
            quads.append((meeting, kind, ox.NamedNode(f"{KG}Meeting"), graph))
            for n in (2 * k, 2 * k + 1):
                quads.append(
                    (meeting, ox.NamedNode(f"{KG}participant"), ox.NamedNode(f"{ID}p{n}"), graph)
                )
    return Index.from_quads(quads)


def test_the_automatic_threshold_keeps_the_strongest_ties_and_says_so() -> None:
    weights = [5, 4, 3, 2, 1, 1]
    index = _weighted_index(weights)
    view = build_view(index, "actors", max_edges=3)
    assert sorted(e["value"] for e in view.edges) == [3, 4, 5]
    assert "only ties of weight 3 or more (3 of 6 ties; widen with --min-weight)" in view.subtitle
    # Widened: every tie, and no word of a threshold.
    wide = build_view(index, "actors", min_weight=1)
    assert sorted(e["value"] for e in wide.edges) == sorted(weights)
    assert "widen" not in build_view(index, "actors").subtitle


def test_ties_of_one_weight_are_capped_by_count() -> None:
    index = _weighted_index([1] * 6)
    view = build_view(index, "actors", max_edges=4)
    assert len(view.edges) == 4
    assert "the 4 strongest of 6 ties (widen with --max-edges)" in view.subtitle
    drawn = {n["id"] for n in view.nodes}
    assert all(e["from"] in drawn and e["to"] in drawn for e in view.edges)
    assert len(drawn) == 8, "persons left without a tie are not drawn"


@pytest.mark.parametrize("name", ["full", "actors", "countries", "bipartite"])
def test_the_node_cap_holds_for_every_projection(index: Index, name: str) -> None:
    whole = _view_graph(index, name, None, None)  # full: without the rank ladders
    if name == "full":
        whole.remove_nodes_from([n for n in list(whole) if whole.degree(n) == 0])
    # Four: three nodes and one summary; fewer: no room for a summary.
    cap = min(4, whole.number_of_nodes() - 1)
    assert cap >= 2
    view = build_view(index, name, max_nodes=cap, min_weight=1)
    assert 0 < len(view.nodes) <= cap
    assert f"of {whole.number_of_nodes()} nodes" in view.subtitle
    assert "widen with --max-nodes" in view.subtitle
    everything = build_view(index, name, max_nodes=10**6, min_weight=1)
    assert len(everything.nodes) == whole.number_of_nodes()


def test_view_cli_states_the_caps_and_refuses_an_empty_view(
    seed_build: tuple[Path, BuildResult], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, store = tmp_path / "v.html", str(seed_build[0])
    args = ["view", "--build", store, "-o", str(out)]
    assert main([*args, "--max-nodes", "5", "--max-edges", "2"]) == 0
    said = capsys.readouterr().out
    assert "widen with --max-nodes" in said
    assert "widen with --min-weight" in said or "widen with --max-edges" in said
    assert main([*args, "--max-nodes", "0"]) == 2
    assert "--max-nodes 0 draws nothing" in capsys.readouterr().err


def test_the_edge_cap_of_the_full_projection_counts_facts(index: Index) -> None:
    """A tie of the full projection is drawn as its facts: the cap counts them."""
    whole = build_view(index, "full", min_weight=1)
    drawn = [e for e in whole.edges if not e["to"].startswith("aggregate:")]
    cap = len(drawn) // 2
    capped = build_view(index, "full", max_edges=cap)
    facts = [e for e in capped.edges if not e["to"].startswith("aggregate:")]
    assert cap // 2 < len(facts) <= cap, "a few strong ties do not empty the view"
    assert "widen with" in capped.subtitle
