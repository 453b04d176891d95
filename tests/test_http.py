"""SPARQL over HTTP with real clients: `kg serve` (the Oxigraph server) answers
SPARQLWrapper and rdflib's SPARQLStore like the local store, refuses updates,
and `kg build --upload URL` loads a remote Oxigraph server that answers every
competency question like the local build."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kg.builder.exports import BuildResult
from kg.cli import main
from kg.model.namespaces import sparql_prefixes
from kg.progress import Recorder
from kg.sparql.endpoint import run_named
from kg.sparql.library import library
from kg.sparql.local import LocalStore
from kg.sparql.remote import RemoteEndpoint, remote, upload
from kg.sparql.serve import free_port, oxigraph_binary

from .conftest import ROOT
from .test_query import EXPECTED, _sorted


def _wait(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, "the server stopped"
        try:
            with urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("server did not start")


@pytest.fixture(scope="module")
def served(seed_build: tuple[Path, BuildResult]) -> Iterator[str]:
    """`kg serve` as a user runs it, in its own process, on a free port."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "kg",
        "serve",
        "--build",
        str(seed_build[0]),
        "--port",
        str(port),
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(20)
    leftovers = list(seed_build[0].parent.glob(".build.serve-*"))
    assert leftovers == []


PERSON_RANKS = [
    ("Andrei Kaptilovich", "Colonel"),
    ("Andrei Ravkov", "Lieutenant General"),
    ("Zakir Hasanov", "Colonel General"),
]
SELECT_PERSONS = sparql_prefixes() + (
    "SELECT ?name ?rank WHERE { ?p a kg:Person ; rdfs:label ?name ; kg:hasRank/rdfs:label ?rank }"
    " ORDER BY ?name"
)


def test_sparqlwrapper_gets_the_same_rows(
    served: str, seed_build: tuple[Path, BuildResult]
) -> None:
    client = SPARQLWrapper(served + "/query")
    client.setQuery(SELECT_PERSONS)
    client.setReturnFormat(JSON)
    data = client.queryAndConvert()
    assert isinstance(data, dict)
    over_http = [(b["name"]["value"], b["rank"]["value"]) for b in data["results"]["bindings"]]
    local = LocalStore(seed_build[0] / "store").run(SELECT_PERSONS).values()
    assert over_http == local == PERSON_RANKS


def test_rdflib_sparqlstore_gets_the_same_rows(served: str) -> None:
    graph = Graph(store=SPARQLStore(served + "/query"))
    rows = [(str(r[0]), str(r[1])) for r in graph.query(SELECT_PERSONS)]  # type: ignore[index]
    assert rows == PERSON_RANKS


@pytest.mark.parametrize(("name", "params", "rows"), EXPECTED[:6])
def test_named_queries_over_http(
    served: str, name: str, params: dict[str, str], rows: list[tuple[str, ...]]
) -> None:
    assert _sorted(run_named(remote(served), name, params).values()) == _sorted(rows)


def test_update_refused_on_read_only_endpoint(served: str) -> None:
    client = SPARQLWrapper(served + "/query", updateEndpoint=served + "/update")
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises((SPARQLWrapperException, OSError)) as info:
        client.query()
    assert "403" in str(info.value) or "read-only" in str(info.value).lower()
    ask = remote(served).run("ASK { <urn:a> <urn:b> <urn:c> }")
    assert ask.boolean is False


def test_kg_query_store_url(served: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "ranks", "--endpoint", served, "-f", "csv"]) == 0
    assert (
        capsys.readouterr().out.splitlines()[1]
        == "Zakir Hasanov,Colonel General,OF-8,8,Post-Soviet army ranks,2019-10-29"
    )
    assert main(["query", "--endpoint", served, "--sparql", "SELECT ?x WHERE { ?x ?y }"]) == 2
    assert "SPARQL syntax error" in capsys.readouterr().err


def test_unreachable_endpoint(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    assert main(["query", "ranks", "--endpoint", url]) == 2
    assert f"cannot reach the SPARQL endpoint {url}/query" in capsys.readouterr().err


@pytest.fixture(scope="module")
def remote_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RemoteEndpoint]:
    """A writable Oxigraph server, as a user would run one for a shared store."""
    folder = tmp_path_factory.mktemp("remote")
    port = free_port()
    process = subprocess.Popen(
        [
            oxigraph_binary(),
            "serve",
            "--location",
            str(folder / "db"),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait(url, process)
        yield remote(url)
    finally:
        process.terminate()
        process.wait(20)


@pytest.mark.java
@pytest.mark.slow
def test_build_into_remote_store_and_query_it(
    remote_store: RemoteEndpoint,
    seed_build: tuple[Path, BuildResult],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    base = remote_store.query_url.removesuffix("/query")
    assert main(["build", "--data", str(ROOT / "data"), "--upload", base]) == 0
    out = capsys.readouterr().out
    assert f"into {base}/update" in out
    local = LocalStore(seed_build[0] / "store")
    for name, params, rows in EXPECTED:
        assert _sorted(run_named(remote_store, name, params).values()) == _sorted(rows), name
    for query in library().values():
        if not any(p.required for p in query.params):
            assert _sorted(run_named(remote_store, query.name).values()) == _sorted(
                run_named(local, query.name).values()
            ), query.name
    # Building again replaces the graphs rather than adding to them.
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = remote_store.run(count).values()
    assert main(["build", "--data", str(ROOT / "data"), "--upload", base]) == 0
    assert remote_store.run(count).values() == before


class _Counting(RemoteEndpoint):
    """The endpoint, counting the update requests it is sent."""

    requests: int = 0

    def update(self, text: str, timeout: float = 600.0) -> None:
        self.requests += 1
        super().update(text, timeout)


def test_upload_streams_every_graph_in_batches(
    remote_store: RemoteEndpoint, seed_build: tuple[Path, BuildResult]
) -> None:
    store = ox.Store.read_only(str(seed_build[0] / "store"))
    sizes: dict[str, int] = {}
    plain: dict[str, int] = {}
    blank: dict[str, int] = {}
    for quad in store:
        g = quad.graph_name.value
        sizes[g] = sizes.get(g, 0) + 1
        has_blank = isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode)
        counts = blank if has_blank else plain
        counts[g] = counts.get(g, 0) + 1
    del store
    target = _Counting(remote_store.query_url, remote_store.update_url)
    progress = Recorder()
    assert upload(target, seed_build[0], batch=300, progress=progress) == sizes
    # Per graph: one DROP, the plain triples in batches, the blank-node ones at once.
    assert target.requests == sum(
        1 + -(-plain.get(g, 0) // 300) + (1 if blank.get(g) else 0) for g in sizes
    )
    assert progress.stages == [("upload", sum(sizes.values()))]
    assert progress.done == {"upload": sum(sizes.values())}
    count = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    assert {g: int(n) for g, n in remote_store.run(count).values()} == sizes
