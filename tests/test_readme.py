"""The README's Python examples run against a real build and print results."""

from __future__ import annotations

import csv
import io
import re
import shlex
import shutil
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from kg.model.namespaces import ASSERTED_GRAPH, INFERRED_GRAPH, sparql_prefixes

from .conftest import ROOT

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.S)


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_python_block(
    index: int, in_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "docs", in_build / "docs")
    exec(compile(BLOCKS[index], f"README.md block {index}", "exec"), {})
    out = capsys.readouterr().out
    assert "Zakir Hasanov" in out and "Andrei Ravkov" in out


def test_readme_has_two_quick_start_commands() -> None:
    text = (ROOT / "README.md").read_text()
    quick = text.split("## Quick start", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in quick.splitlines() if line.strip()]
    assert commands == ["make build", "make test"]
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_readme_provenance_query_answers(seed_store: ox.Store) -> None:
    text = (ROOT / "README.md").read_text()
    block = re.findall(r"```sparql\n(.*?)```", text, re.S)[0]
    result = seed_store.query(block, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    rows = [[term.value for term in row] for row in result]
    assert len(rows) == 1
    assert rows[0][1:] == [
        "2019-10-29",
        "Azerbaijani Defense Minister, Colonel General Zakir Hasanov",
        "curated/000_ce432b95e0a567d5.tsv",
        "15",
    ]


SHELL_LINES = [
    line.split("#")[0].strip().removeprefix(".venv/bin/")
    for block in re.findall(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    for line in block.splitlines()
    if line.strip().startswith(".venv/bin/kg ")
]


def values(store: ox.Store, query: str) -> list[str]:
    result = store.query(sparql_prefixes() + query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return [row[0].value for row in result]


def cells(row: tuple[str, ...]) -> str:
    """A pattern for a table row: its non-empty cells, in order, on one line."""
    return r"[ \t]+".join(re.escape(c) for c in row if c)


def expect_rows(out: str, rows: list[tuple[str, ...]]) -> None:
    assert rows, "a README example with no answer shows nothing"
    for row in rows:
        assert re.search(cells(row), out), row
    assert out.rstrip().endswith(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def expected_rows(name: str, **params: str) -> list[tuple[str, ...]]:
    from .test_query import EXPECTED

    return next(rows for n, p, rows in EXPECTED if (n, p) == (name, params))


def check_output(line: str, out: str, store: ox.Store, folder: Path) -> None:
    """What each README command must print, from the data in the build."""
    persons = values(store, "SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n }")
    countries = values(store, "SELECT ?n WHERE { ?c a kg:Country ; rdfs:label ?n }")
    if line == "kg query meetings":
        expect_rows(out, [row[:4] for row in expected_rows("meetings")])
    elif line == "kg query ranks":
        ranks = expected_rows("ranks")
        expect_rows(out, ranks)
        assert [r[0] for r in ranks] == [r.split("  ")[0] for r in out.splitlines()[2:-1]]
    elif line == "kg query posts --param date=2019-10-29 --param country=Belarus":
        posts = [r for r in expected_rows("posts", date="2019-10-29") if r[3] == "Belarus"]
        expect_rows(out, posts)
    elif line.startswith("kg query entity"):
        rows = list(csv.DictReader(io.StringIO(out)))
        ravkov = "id:andrei-ravkov"
        for status, graph in (("asserted", ASSERTED_GRAPH), ("inferred", INFERRED_GRAPH)):
            facts = values(
                store,
                f"""SELECT ?fact WHERE {{ GRAPH <{graph}> {{
                      {{ {ravkov} ?p ?o BIND (CONCAT("out ", STR(?p), " ", STR(?o)) AS ?fact) }}
                      UNION
                      {{ ?o ?p {ravkov} BIND (CONCAT("in ", STR(?p), " ", STR(?o)) AS ?fact) }}
                    }} }}""",
            )
            assert (
                len(
                    {
                        (r["direction"], r["property"], r["value"])
                        for r in rows
                        if r["status"] == status
                    }
                )
                == len(set(facts))
                > 0
            ), status
        # Inferred facts are reported by no source; curated ones by at least one.
        assert {r["sources"] for r in rows if r["status"] == "inferred"} == {"0"}
        assert all(int(r["sources"]) > 0 for r in rows if r["status"] == "asserted" and r["quote"])
    elif line.startswith("kg query --sparql"):
        agents = values(store, "SELECT ?n WHERE { ?p a kg:Agent ; rdfs:label ?n }")
        assert sorted(out.splitlines()[2:-1]) == sorted(agents) and set(persons) <= set(agents)
    elif line == "kg analyze":
        centrality = out.split("\n\n")[0]
        assert centrality.startswith("Centrality")
        assert all(re.search(rf"^  {re.escape(p)} +Person", centrality, re.M) for p in persons)
    elif line == "kg analyze --projection countries --format csv":
        table = out.split("\n\n")[0].splitlines()[1:]
        assert sorted(r["entity"] for r in csv.DictReader(table)) == sorted(countries)
    elif line.startswith("kg path"):
        (middle,) = {
            n
            for n in values(
                store,
                """SELECT ?n WHERE { ?x rdfs:label ?n .
                     { ?x ?p id:andrei-kaptilovich } UNION { id:andrei-kaptilovich ?p ?x }
                     { ?x ?q id:andrei-ravkov } UNION { id:andrei-ravkov ?q ?x }
                     FILTER (STRSTARTS(STR(?p), STR(kg:)) && STRSTARTS(STR(?q), STR(kg:))) }""",
            )
            if n in persons
        }
        assert out.startswith("Path 1: Andrei Kaptilovich to Andrei Ravkov in 2 fact(s)\n")
        steps = [s for s in out.splitlines() if re.match(r"  [12]\. ", s)]
        assert len(steps) == 2 and all(middle in s for s in steps)
        evidence = set(values(store, "SELECT ?q WHERE { ?e kg:quote ?q }"))
        quotes = re.findall(r'^      quote:  "(.*)"$', out, re.M)
        assert quotes and set(quotes) <= evidence
    elif line.startswith("kg neighbors"):
        near = values(
            store,
            f"""SELECT DISTINCT ?n WHERE {{ GRAPH <{ASSERTED_GRAPH}> {{
                  {{ id:zakir-hasanov ?p ?x }} UNION {{ ?x ?p id:zakir-hasanov }} }}
                  ?x rdfs:label ?n . FILTER (STRSTARTS(STR(?p), STR(kg:)) && isIRI(?x)) }}""",
        )
        assert out.startswith("Zakir Hasanov (Person): ") and near
        assert all(re.search(rf"^  1  {re.escape(n)} \(", out, re.M) for n in near)
    elif line.startswith("kg export"):
        match = re.match(r"Wrote (\S+): actors projection, (\d+) nodes, (\d+) edges", out)
        assert match, out
        graph = nx.read_gexf(folder / match[1])
        assert sorted(nx.get_node_attributes(graph, "label").values()) == sorted(persons)
        assert (int(match[2]), int(match[3])) == (len(persons), graph.number_of_edges())
    elif line.startswith("kg view"):
        written = out.split(":", 1)[0].removeprefix("Wrote ")
        page = (folder / written).read_text(encoding="utf-8")
        names = re.findall(r'"([A-Z][a-z]+ [A-Z][a-z]+)"', line) or persons
        assert len(page) > 100_000 and all(f'"label":"{n}"' in page for n in names)
    else:
        raise AssertionError(f"no expected output written for the README line {line!r}")


@pytest.mark.parametrize("line", SHELL_LINES)
def test_readme_kg_command_runs(
    line: str, in_build: Path, seed_store: ox.Store, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.cli import main

    assert main(shlex.split(line)[1:]) == 0
    check_output(line, capsys.readouterr().out, seed_store, in_build)
