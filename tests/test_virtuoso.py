"""A second SPARQL server from Debian's packages: `kg build --upload URL` loads a
build that holds an ICEWS import into a real Virtuoso (virtuoso-opensource,
started here with a database and a virtuoso.ini of its own), and every named
query answers from it with the rows the local store gives."""

from __future__ import annotations

import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.cli import main
from kg.model.namespaces import GRAPH
from kg.sparql.endpoint import run_named
from kg.sparql.library import library
from kg.sparql.local import LocalStore
from kg.sparql.remote import remote, upload
from kg.sparql.serve import free_port

from .conftest import FIXTURES, ROOT
from .test_query import EXPECTED, _sorted

D = "2019-10-29"
POST = "Minister of Defence of Azerbaijan"
# Queries with a required parameter, asked about the seed article's people and
# the ICEWS sample's countries.
WITH_REQUIRED = [
    ("as-of", {"post": POST, "date": D}),
    ("by-source", {"source": "000_ce432b95e0a567d5"}),
    ("career", {"person": "zakir-hasanov"}),
    ("country-event-types", {"country": "Azerbaijan"}),
    ("entity", {"entity": "zakir-hasanov"}),
    ("provenance", {"subject": "Zakir Hasanov", "property": "hasRank"}),
    ("successions", {"post": POST}),
]
CASES = [(name, params) for name, params, _ in EXPECTED] + WITH_REQUIRED
CASES += [(q.name, {}) for q in library().values() if not any(p.required for p in q.params)]

INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = {sql_port}
DisableUnixSocket = 1
CaseMode = 2
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .

[HTTPServer]
ServerPort = {http_port}
ServerThreads = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""

# The anonymous SPARQL user may update (the role, and since Virtuoso 7.2.8 the
# graph-level permission too): what a user grants once on a server of their own.
GRANTS = [
    'GRANT SPARQL_UPDATE TO "SPARQL";',
    "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);",
]


def _wait(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, "Virtuoso stopped:\n" + log.read_text(errors="replace")
        try:
            with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise AssertionError("Virtuoso did not start:\n" + log.read_text(errors="replace"))


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh Virtuoso on free ports; its /sparql URL. Stopped at the end."""
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    assert binary and isql, "install the Debian package virtuoso-opensource (.ci/run does)"
    folder = tmp_path_factory.mktemp("virtuoso")
    db = folder / "db"
    db.mkdir()
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(INI.format(db=db, sql_port=sql_port, http_port=http_port))
    log = folder / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [binary, "+foreground", "+configfile", str(ini)],
            cwd=folder,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{http_port}/sparql"
    try:
        _wait(url, process, log)
        for grant in GRANTS:
            subprocess.run(
                [isql, str(sql_port), "dba", "dba", f"exec={grant}"],
                check=True,
                capture_output=True,
                timeout=60,
            )
        yield url
    finally:
        process.terminate()
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def _graph_sizes(rows: list[tuple[str, ...]]) -> dict[str, int]:
    return {g: int(n) for g, n in rows if g.startswith(str(GRAPH))}


GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


@pytest.mark.slow
def test_build_with_an_import_uploaded_to_virtuoso_answers_every_named_query(
    virtuoso: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    data = ["--data", str(ROOT / "data"), "--reasoner", "rules"]
    assert main(["build", *data]) == 0
    assert main(["import", "icews", str(FIXTURES / "icews" / "icews14-sample.tsv")]) == 0
    capsys.readouterr()
    assert main(["build", *data, "--upload", virtuoso]) == 0
    out = capsys.readouterr().out
    target, local = remote(virtuoso), LocalStore(tmp_path / "build" / "store")

    # Every graph of the store travels, the imported data set's too, blank nodes included.
    sizes = _graph_sizes(local.run(GRAPH_SIZES).values())
    assert str(GRAPH["imported/icews14-sample"]) in sizes
    assert _graph_sizes(target.run(GRAPH_SIZES).values()) == sizes
    assert f"Loaded {sum(sizes.values())} triples in {len(sizes)} named graphs" in out

    assert {name for name, _ in CASES} == set(library()), "a named query without a case here"
    answered = set()
    for name, params in CASES:
        rows = _sorted(run_named(local, name, params).values())
        assert _sorted(run_named(target, name, params).values()) == rows, (name, params)
        if rows:
            answered.add(name)
    # The seed build and the sample answer all but the queries about kinds of
    # fact they have none of: conflicts (the seed article), merges (the sample
    # names no actor twice).
    assert answered == set(library()) - {"conflicts", "merges"}

    # What a user types, through the command line.
    assert main(["query", "ranks", "-f", "csv"]) == 0
    here = capsys.readouterr().out
    assert main(["query", "ranks", "-f", "csv", "--endpoint", virtuoso]) == 0
    there = capsys.readouterr().out
    assert sorted(there.splitlines()) == sorted(here.splitlines())
    assert "Zakir Hasanov,Colonel General" in there

    # Uploading again replaces the graphs rather than adding to them.
    assert upload(target, tmp_path / "build", batch=500) == sizes
    assert _graph_sizes(target.run(GRAPH_SIZES).values()) == sizes
