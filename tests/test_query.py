"""The query library, parameter binding, errors and the Python API, on the seed build."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.builder.exports import BuildResult
from kg.cli import main
from kg.errors import AmbiguousEntity, QueryError, QueryTimeout
from kg.sparql.endpoint import execute, run_named
from kg.sparql.library import bind, library, render
from kg.sparql.local import LocalStore

from .conftest import ROOT

D = "2019-10-29"
HASANOV, RAVKOV, KAPTILOVICH = "Zakir Hasanov", "Andrei Ravkov", "Andrei Kaptilovich"
MEETING = "https://w3id.org/kg-state-actors/id/hasanov-ravkov-meeting-2019-10-29"
OCCASION = "Regular meeting of the CIS Council of Defence Ministers in Baku, 2019"
ID = "https://w3id.org/kg-state-actors/id/"
KG = "https://w3id.org/kg-state-actors/ontology#"
TITLE = (
    "Azerbaijani and Belarusian defence ministers meet in Baku (title supplied by the curator;"
    " the source text has none)"
)

SEED_SOURCE = "000_ce432b95e0a567d5"


def curated_facts() -> list[tuple[int, str, str, str, str]]:
    """The seed article's curated facts as written: line, subject, predicate,
    object, evidence (the header, @ fields and comments left out)."""
    path = ROOT / "data" / "curated" / f"{SEED_SOURCE}.tsv"
    facts = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith(("#", "@", "subject\t")):
            subject, predicate, obj, evidence = line.split("\t")
            facts.append((number, subject, predicate, obj, evidence))
    return facts


# Each competency question with its parameters and exactly the rows expected.
EXPECTED: list[tuple[str, dict[str, str], list[tuple[str, ...]]]] = [
    ("meetings", {}, [(D, "Baku", RAVKOV, HASANOV, OCCASION, MEETING)]),
    ("meetings", {"person": "zakir-hasanov"}, [(D, "Baku", HASANOV, RAVKOV, OCCASION, MEETING)]),
    ("meetings", {"person": "Andrei Ravkov", "from": "2019-11-01"}, []),
    (
        "ranks",
        {},
        [
            (HASANOV, "Colonel General", "OF-8", "8", "Post-Soviet army ranks", D),
            (RAVKOV, "Lieutenant General", "OF-7", "7", "Post-Soviet army ranks", D),
            (KAPTILOVICH, "Colonel", "OF-5", "5", "Post-Soviet army ranks", D),
        ],
    ),
    (
        "posts",
        {"date": D},
        [
            (
                HASANOV,
                "Minister of Defence of Azerbaijan",
                "Ministry of Defence of Azerbaijan",
                "Azerbaijan",
                "",
                "",
                D,
            ),
            (KAPTILOVICH, "Military Attaché of Belarus in Azerbaijan", "", "Belarus", "", "", D),
            (
                RAVKOV,
                "Minister of Defence of Belarus",
                "Ministry of Defence of Belarus",
                "Belarus",
                "",
                "",
                D,
            ),
        ],
    ),
    ("posts", {"date": "2019-10-28"}, []),
    (
        "plans",
        {"party": "Azerbaijan"},
        [
            (
                "Bilateral Cooperation Plan for 2020",
                D,
                "2020-01-01",
                "2020-12-31",
                "Andrei Ravkov; Zakir Hasanov",
                "Azerbaijan; Belarus",
                "Exchange of best practices; Joint combat training activities;"
                " Mutual visits of expert groups",
            )
        ],
    ),
    (
        "bilateral-ties",
        {},
        [
            ("Azerbaijan", "Belarus", "agreement", "Bilateral Cooperation Plan for 2020", D),
            (
                "Azerbaijan",
                "Belarus",
                "meeting",
                "Meeting of Zakir Hasanov and Andrei Ravkov in Baku",
                D,
            ),
        ],
    ),
    (
        "appointments",
        {},
        [(KAPTILOVICH, "Military Attaché of Belarus in Azerbaijan", D, HASANOV, D)],
    ),
    (
        "support",
        {"supporter": "country:BY"},
        [
            ("Belarus", "Azerbaijan", "Mutual support in international organizations", "", D),
            (
                "Belarus",
                "Azerbaijan",
                "Sovereignty and territorial integrity of Azerbaijan",
                "Nagorno-Karabakh conflict",
                D,
            ),
        ],
    ),
    (
        "provenance",
        {"subject": "Zakir Hasanov", "property": "hasRank"},
        [
            (
                "Colonel General",
                "asserted",
                "Azerbaijani and Belarusian defence ministers meet in Baku (title supplied by"
                " the curator; the source text has none)",
                D,
                "Azerbaijani Defense Minister, Colonel General Zakir Hasanov",
                "curated/000_ce432b95e0a567d5.tsv",
                "15",
                "",
            )
        ],
    ),
]


def _sorted(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Rows in order, and GROUP_CONCAT lists (whose order SPARQL leaves open) sorted."""
    return sorted(tuple("; ".join(sorted(c.split("; "))) for c in row) for row in rows)


@pytest.fixture(scope="module")
def local(seed_build: tuple[Path, BuildResult]) -> LocalStore:
    return LocalStore(seed_build[0] / "store")


@pytest.mark.parametrize(
    ("name", "params", "rows"), EXPECTED, ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(EXPECTED)]
)
def test_competency_question(
    local: LocalStore, name: str, params: dict[str, str], rows: list[tuple[str, ...]]
) -> None:
    assert _sorted(run_named(local, name, params).values()) == _sorted(rows)


STATUSES = ("asserted", "inferred")


def test_entity_query_has_sources_and_inferred_facts(local: LocalStore) -> None:
    rows = run_named(local, "entity", {"entity": "Andrei Ravkov"}).values()
    asserted = {(r[1], r[2], r[4]) for r in rows if r[3] == "asserted"}
    assert (
        "has rank",
        "Lieutenant General",
        TITLE,
    ) in asserted
    quotes = {r[5] for r in rows if r[1] == "has rank"}
    assert quotes == {"his Belarusian counterpart, Lieutenant General Andrei Ravkov"}
    inferred = {(r[1], r[2]) for r in rows if r[3] == "inferred"}
    assert ("represents", "Belarus") in inferred
    assert ("met with", HASANOV) in inferred
    # The seed is one article: each of his curated facts has one source, inferred ones none.
    sources = {status: {int(r[6]) for r in rows if r[3] == status} for status in STATUSES}
    assert sources == {"asserted": {1}, "inferred": {0}}


def test_by_source(local: LocalStore) -> None:
    rows = run_named(local, "by-source", {"source": SEED_SOURCE}).values()
    facts = curated_facts()
    assert [r[0] for r in rows] == [str(line) for line, *_ in facts]
    assert rows[0][1] == HASANOV and rows[0][4] == facts[0][4]


def test_every_named_query_is_documented_and_runs(local: LocalStore) -> None:
    queries = library()
    assert len(queries) >= 10
    for query in queries.values():
        assert query.title and query.description, query.name
        if query.name in ("event-types", "country-event-types"):
            continue  # imported events only: tested in test_importer.py
        if query.name == "conflicts":
            continue  # the seed has none: tested on the corpus in test_time_queries.py
        if query.name == "merges":
            continue  # the seed imports nothing: tested in test_icews_merge.py
        example = {"entity": "zakir-hasanov", "date": "2019-10-29"}
        params = {
            p.name: "az-minister-of-defence" if p.cls == "Post" else example.get(p.kind, "hasRank")
            for p in query.params
            if p.required
        }
        if query.name == "by-source":
            params = {"source": SEED_SOURCE}
        assert len(run_named(local, query.name, params)) > 0, query.name


def test_inference_visible_to_plain_sparql(local: LocalStore) -> None:
    agents = execute(local, "SELECT ?x WHERE { ?x a kg:Agent ; a kg:Person }").values()
    persons = {ID + s for _, s, p, o, _ in curated_facts() if (p, o) == ("a", "Person")}
    assert persons and {a for (a,) in agents} == persons
    events = execute(local, "SELECT DISTINCT ?x WHERE { ?x a kg:Event }").values()
    assert (MEETING,) in events and (ID + "kaptilovich-appointment",) in events
    both_ways = execute(local, "SELECT ?a ?b WHERE { ?a kg:metWith ?b } ORDER BY ?a").values()
    assert both_ways == [
        (ID + "andrei-ravkov", ID + "zakir-hasanov"),
        (ID + "zakir-hasanov", ID + "andrei-ravkov"),
    ]
    inverse = execute(local, "SELECT ?p WHERE { ?p kg:participatesIn ?m } ORDER BY ?p").values()
    assert inverse == [(ID + "andrei-ravkov",), (ID + "zakir-hasanov",)]


INJECTIONS = [
    'x" } ; DROP ALL ; #',
    "x' } UNION { ?s ?p ?o }",
    "}}}",
    '"\\" ) } #',
    "x\n} SELECT * {",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_through_params_cannot_change_the_query(local: LocalStore, value: str) -> None:
    assert run_named(local, "by-source", {"source": value}).values() == []
    with pytest.raises(QueryError, match="no entity"):
        run_named(local, "entity", {"entity": value})
    text = bind("SELECT ?s WHERE { ?s ?p ?source }", {"source": ox.Literal(value)})
    assert text.count("VALUES") == 1 and str(ox.Literal(value)) in text


def test_bind_skips_braces_in_strings_iris_and_comments() -> None:
    text = 'PREFIX x: <http://e/WHERE#x>\n# WHERE { not here\nSELECT ?a WHERE { ?a ?p "}{" }'
    bound = bind(text, {"a": ox.NamedNode("http://e/a")})
    assert bound.endswith('WHERE { VALUES (?a) { (<http://e/a>) }  ?a ?p "}{" }')
    construct = bind("CONSTRUCT { ?a ?p ?o } WHERE { ?a ?p ?o }", {"a": ox.NamedNode("http://e/a")})
    assert construct.startswith("CONSTRUCT { ?a ?p ?o } WHERE { VALUES")


def test_ambiguous_label_lists_candidates(local: LocalStore) -> None:
    with pytest.raises(AmbiguousEntity) as info:
        run_named(local, "meetings", {"person": "Andrei"})
    assert str(info.value) == (
        "'Andrei' matches 2 entities: id:andrei-kaptilovich (Andrei Kaptilovich, Person);"
        " id:andrei-ravkov (Andrei Ravkov, Person)\n"
        "    fix: pass one of these ids, or more of the name"
    )


def test_time_limit_stops_a_runaway_query(local: LocalStore) -> None:
    with pytest.raises(QueryTimeout, match="ran past its time limit of 1 s"):
        execute(
            local, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=1
        )


def test_cli_errors(in_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A missing "." between two triple patterns: Oxigraph points at line 3, column 11
    # of the text as written, although kg declares the prefixes on an extra line.
    broken = "SELECT ?x WHERE {\n  ?x a kg:Person\n  ?z ?p ?o .\n}"
    assert main(["query", "--sparql", broken]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg query: SPARQL syntax error at line 3, column 11: expected OPTIONAL\n")
    assert "\n      ?z ?p ?o .\n" + " " * 14 + "^\n" in err
    assert main(["query", "meetngs"]) == 2
    assert (
        capsys.readouterr().err == "kg query: no query named 'meetngs'\n"
        "    fix: did you mean 'meetings'? `kg queries` lists them all\n"
    )
    assert main(["query", "meetings", "--param", "persn=x"]) == 2
    assert (
        capsys.readouterr().err
        == "kg query: unknown parameter 'persn'\n    fix: this query takes: person, from, to\n"
    )
    assert main(["query", "event-types", "--param", "country=Azerbaijan"]) == 2
    assert capsys.readouterr().err == (
        "kg query: unknown parameter 'country'\n    fix: this query takes: no parameters;"
        " country is taken by: bilateral-ties, country-event-types, posts\n"
    )
    assert main(["query", "entity"]) == 2
    assert "missing parameter 'entity'" in capsys.readouterr().err
    assert main(["query", "ranks", "--param", "date=29.10.2019"]) == 2
    assert "parameter date='29.10.2019' is not a date" in capsys.readouterr().err
    assert main(["query", "--sparql", "SELECT ?x WHERE { ?x ?p ?o }", "--param", "y=1"]) == 2
    assert "the query has no variable ?y to bind" in capsys.readouterr().err
    assert main(["query", "--sparql", "DELETE WHERE { ?s ?p ?o }"]) == 2
    assert "this is a SPARQL update, and kg query only reads" in capsys.readouterr().err


def test_missing_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["query", "ranks"]) == 2
    assert (
        capsys.readouterr().err
        == "kg query: no build found at build/\n    fix: run `kg build` first\n"
    )


def test_formats(in_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "ranks", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["head"]["vars"][0] == "person"
    first = doc["results"]["bindings"][0]
    assert first["person"] == {"type": "literal", "value": HASANOV}
    assert first["nato_level"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    assert main(["query", "ranks", "-f", "csv"]) == 0
    assert (
        capsys.readouterr().out.splitlines()[1]
        == "Zakir Hasanov,Colonel General,OF-8,8,Post-Soviet army ranks,2019-10-29"
    )
    assert main(["query", "ranks", "-f", "tsv"]) == 0
    tsv = capsys.readouterr().out.splitlines()
    assert tsv[0].startswith("?person\t?rank")
    assert '"8"^^<http://www.w3.org/2001/XMLSchema#integer>' in tsv[1]
    construct = "CONSTRUCT { ?p kg:represents ?c } WHERE { ?p kg:represents ?c }"
    assert main(["query", "--sparql", construct, "-f", "nt"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"<{ID}zakir-hasanov> <{KG}represents> <{ID}country/AZ> ." in lines
    assert main(["query", "--sparql", construct, "-f", "csv"]) == 2
    assert main(["query", "--sparql", "ASK { ?s kg:hasBilateralTie ?o }"]) == 0
    assert capsys.readouterr().out == "true\n"
    q = in_build / "q.rq"
    q.write_text("SELECT ?n WHERE { ?p rdfs:label ?n ; kg:hasRank ?r } ORDER BY ?n")
    assert main(["query", "--file", str(q), "-f", "csv"]) == 0
    facts = curated_facts()
    labels = {s: o for _, s, p, o, _ in facts if p == "label"}
    ranked = sorted(labels[s] for _, s, p, _, _ in facts if p == "hasRank")
    assert ranked and capsys.readouterr().out.splitlines() == ["n", *ranked]


def test_python_api_dataframes(in_build: Path) -> None:
    graph = kg.load()
    frame = graph.query("ranks")
    assert str(frame["nato_level"].dtype) == "Int64"
    assert str(frame["reported_on"].dtype).startswith("datetime64")
    assert list(frame["person"]) == [HASANOV, RAVKOV, KAPTILOVICH]
    short = graph.query("meetings", person="Zakir Hasanov", short_iris=True)
    assert short["meeting"].iloc[0] == "id:hasanov-ravkov-meeting-2019-10-29"
    assert graph.resolve("Kaptilovich", "Person") == ID + "andrei-kaptilovich"
    assert repr(graph).startswith("KnowledgeGraph(persons=3, meetings=1, plans=1, triples=")
    text = graph.query(
        "SELECT ?c WHERE { ?c a kg:Country ; kg:isoAlpha2 ?code } ORDER BY ?code", short_iris=True
    )
    assert list(text["c"]) == ["country:AM", "country:AZ", "country:BY"]


def test_render_table(local: LocalStore) -> None:
    table = render(run_named(local, "ranks"), "table")
    assert table.splitlines()[0].split() == [
        "person",
        "rank",
        "nato_code",
        "nato_level",
        "rank_system",
        "reported_on",
    ]
    ranked = sum(p == "hasRank" for _, _, p, _, _ in curated_facts())
    assert table.rstrip().endswith(f"({ranked} rows)")


def test_a_large_process_launches_a_fresh_query_worker(
    seed_build: tuple[Path, BuildResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above SPAWN_ABOVE the worker is `python -m kg.sparql.worker`, not a fork; it
    answers the same, and a query past its time limit still stops it."""
    from kg.sparql import local

    monkeypatch.setattr(local, "SPAWN_ABOVE", 0)
    store = LocalStore(seed_build[0] / "store")
    try:
        result = run_named(store, "meetings", {"person": "zakir-hasanov"})
        assert type(store._worker).__name__ == "_Launched"
        assert {r[-1].value for r in result.rows} == {ID + "hasanov-ravkov-meeting-2019-10-29"}
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        with pytest.raises(QueryTimeout):
            store.run(slow, timeout=0.5)
        assert store._worker is None
    finally:
        store.close()


def test_entity_lookups_are_asked_once_per_open_store(
    seed_build: tuple[Path, BuildResult],
) -> None:
    """The ASK that checks a parameter's entity is answered from memory the second
    time, while the worker holds the same store; a new worker asks again."""
    store = LocalStore(seed_build[0] / "store")
    ask = f"ASK {{ <{ID}zakir-hasanov> ?p ?o }}"
    try:
        assert store.run(ask).boolean is True
        connection = store._conn

        class Refuse:
            def send(self, text: str) -> None:
                raise AssertionError("asked the worker again")

        store._conn = Refuse()
        assert store.run(ask).boolean is True
        store._conn = connection
        store.close()
        assert store._asked == {}
        assert store.run(ask).boolean is True
    finally:
        store.close()
