"""kg build: the seed facts are in the store, inferred facts are apart, builds
are reproducible, and a failed build leaves the last good one intact."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.api import build
from kg.builder import exports as build_module
from kg.builder.exports import BuildResult
from kg.cli import main
from kg.model.namespaces import ASSERTED_GRAPH, INFERRED_GRAPH, sparql_prefixes
from kg.reasoning import Reasoner

from .conftest import FIXTURES


def ask(store: ox.Store, where: str) -> bool:
    result = store.query(sparql_prefixes() + f"ASK {{ {where} }}", use_default_graph_as_union=True)
    assert isinstance(result, ox.QueryBoolean)
    return bool(result)


def rows(store: ox.Store, query: str) -> list[tuple[str, ...]]:
    result = store.query(sparql_prefixes() + query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return [tuple(term.value if term is not None else "" for term in row) for row in result]


PERSON_RANKS = [
    ("Andrei Kaptilovich", "Colonel", "OF-5"),
    ("Andrei Ravkov", "Lieutenant General", "OF-7"),
    ("Zakir Hasanov", "Colonel General", "OF-8"),
]


def test_persons_and_ranks(seed_store: ox.Store) -> None:
    found = rows(
        seed_store,
        """SELECT ?name ?rank ?code WHERE {
             ?p a kg:Person ; rdfs:label ?name ; kg:hasRank ?r .
             ?r rdfs:label ?rank ; kg:natoCode ?code ; kg:rankSystem rank-system:post-soviet-army .
           } ORDER BY ?name""",
    )
    assert found == PERSON_RANKS


def test_ministers_tied_to_defence_ministries_and_countries(seed_store: ox.Store) -> None:
    found = rows(
        seed_store,
        """SELECT ?name ?post ?ministry ?country WHERE {
             ?h a kg:PostHolding ; kg:holder ?p ; kg:heldPost ?post_ ;
                kg:reportedOn "2019-10-29"^^xsd:date .
             ?post_ rdfs:label ?post ; kg:postIn ?m .
             ?m a kg:Ministry ; rdfs:label ?ministry ; kg:ministryOf ?c .
             ?c rdfs:label ?country . ?p rdfs:label ?name .
           } ORDER BY ?name""",
    )
    assert found == [
        (
            "Andrei Ravkov",
            "Minister of Defence of Belarus",
            "Ministry of Defence of Belarus",
            "Belarus",
        ),
        (
            "Zakir Hasanov",
            "Minister of Defence of Azerbaijan",
            "Ministry of Defence of Azerbaijan",
            "Azerbaijan",
        ),
    ]


def test_meeting_date_place_participants_occasion(seed_store: ox.Store) -> None:
    found = rows(
        seed_store,
        """SELECT ?date ?place ?who ?occasion WHERE {
             ?m a kg:Meeting ; kg:date ?date ; kg:location/rdfs:label ?place ;
                kg:participant/rdfs:label ?who ; kg:occasion ?o .
             ?o rdfs:label ?occasion ;
                kg:organizedBy/rdfs:label "CIS Council of Defence Ministers" .
           } ORDER BY ?who""",
    )
    occasion = "Regular meeting of the CIS Council of Defence Ministers in Baku, 2019"
    assert found == [
        ("2019-10-29", "Baku", "Andrei Ravkov", occasion),
        ("2019-10-29", "Baku", "Zakir Hasanov", occasion),
    ]
    assert ask(seed_store, "id:cis-council-of-defence-ministers kg:subOrganizationOf id:cis .")
    topics = rows(
        seed_store,
        "SELECT ?t WHERE { ?m a kg:Meeting ; kg:topic/rdfs:label ?t } ORDER BY ?t",
    )
    assert topics == [
        ("Defence industry cooperation",),
        ("Military-technical cooperation",),
        ("Regional security",),
    ]


def test_plan_signatories_parties_period_provisions(seed_store: ox.Store) -> None:
    plan = "?plan a kg:Plan ; rdfs:label 'Bilateral Cooperation Plan for 2020' ."
    assert rows(
        seed_store, f"SELECT ?s WHERE {{ {plan} ?plan kg:signatory/rdfs:label ?s }} ORDER BY ?s"
    ) == [("Andrei Ravkov",), ("Zakir Hasanov",)]
    assert rows(
        seed_store, f"SELECT ?c WHERE {{ {plan} ?plan kg:party/kg:isoAlpha2 ?c }} ORDER BY ?c"
    ) == [("AZ",), ("BY",)]
    assert rows(
        seed_store,
        f"SELECT ?from ?until ?signed WHERE {{ {plan} ?plan kg:validFrom ?from ;"
        " kg:validUntil ?until ; kg:signedOn ?signed }",
    ) == [("2020-01-01", "2020-12-31", "2019-10-29")]
    assert rows(
        seed_store, f"SELECT ?p WHERE {{ {plan} ?plan kg:hasProvision/rdfs:label ?p }} ORDER BY ?p"
    ) == [
        ("Exchange of best practices",),
        ("Joint combat training activities",),
        ("Mutual visits of expert groups",),
    ]


def test_appointment_congratulation_support(seed_store: ox.Store) -> None:
    assert ask(
        seed_store,
        """?a a kg:Appointment ; kg:appointee id:andrei-kaptilovich ;
              kg:appointedTo/rdfs:label "Military Attaché of Belarus in Azerbaijan" .
           ?c a kg:Congratulation ; kg:congratulator id:zakir-hasanov ;
              kg:congratulatee id:andrei-kaptilovich ; kg:concerns ?a .""",
    )
    support = rows(
        seed_store,
        """SELECT ?by ?for ?issue WHERE {
             ?s a kg:Support ; kg:supporter/kg:isoAlpha2 ?by ; kg:supportedParty/kg:isoAlpha2 ?for ;
                kg:issue/rdfs:label ?issue } ORDER BY ?by ?issue""",
    )
    assert support == [
        ("AZ", "BY", "Mutual support in international organizations"),
        ("BY", "AZ", "Mutual support in international organizations"),
        ("BY", "AZ", "Sovereignty and territorial integrity of Azerbaijan"),
    ]
    assert ask(
        seed_store,
        """id:by-supports-az-territorial-integrity kg:inContextOf ?c .
           ?c a kg:Conflict ; rdfs:label "Nagorno-Karabakh conflict" ;
              kg:conflictParty country:AM .""",
    )


INFERRED = [
    "id:zakir-hasanov kg:represents country:AZ",
    "id:andrei-ravkov kg:represents country:BY",
    "id:andrei-kaptilovich kg:represents country:BY",
    "id:zakir-hasanov kg:servesIn id:az-ministry-of-defence",
    "id:andrei-ravkov kg:metWith id:zakir-hasanov",
    "id:zakir-hasanov kg:participatesIn id:hasanov-ravkov-meeting-2019-10-29",
    "id:zakir-hasanov kg:signed id:bilateral-cooperation-plan-2020",
    "country:AZ kg:hasBilateralTie country:BY",
    "country:BY kg:hasBilateralTie country:AZ",
    "country:BY kg:supports country:AZ",
    "id:zakir-hasanov kg:congratulated id:andrei-kaptilovich",
    "id:zakir-hasanov a kg:Agent",
    "id:zakir-hasanov a foaf:Person",
    "rank:post-soviet-army.general-of-the-army kg:seniorTo rank:post-soviet-army.colonel",
]


@pytest.mark.parametrize("triple", INFERRED)
def test_inferred_fact_in_inferred_graph_only(seed_store: ox.Store, triple: str) -> None:
    assert ask(seed_store, f"GRAPH <{INFERRED_GRAPH}> {{ {triple} }}")
    assert not ask(seed_store, f"GRAPH <{ASSERTED_GRAPH}> {{ {triple} }}")


# Facts of the reference tables (data/reference), which the build asserts.
REFERENCE = [
    "place:baku kg:locatedIn country:AZ",  # places.csv
    "rank:post-soviet-army.colonel kg:rankSystem rank-system:post-soviet-army",  # ranks.csv
    'country:AZ kg:isoAlpha2 "AZ"',
]


@pytest.mark.parametrize("triple", REFERENCE)
def test_reference_fact_in_asserted_graph_only(seed_store: ox.Store, triple: str) -> None:
    assert ask(seed_store, f"GRAPH <{ASSERTED_GRAPH}> {{ {triple} }}")
    assert not ask(seed_store, f"GRAPH <{INFERRED_GRAPH}> {{ {triple} }}")


def test_no_reflexive_ties(seed_store: ox.Store) -> None:
    assert not ask(seed_store, "?c kg:hasBilateralTie ?c")
    assert not ask(seed_store, "?p kg:metWith ?p")


def test_inferred_statements_say_how(seed_store: ox.Store) -> None:
    assert not ask(
        seed_store,
        f"""GRAPH <{INFERRED_GRAPH}> {{ ?s ?p ?o }}
            FILTER NOT EXISTS {{ ?st a kg:InferredStatement ; rdf:subject ?s ;
                                    rdf:predicate ?p ; rdf:object ?o ; kg:derivedBy ?how }}""",
    )


@pytest.mark.java
def test_inferred_statements_name_hermit_and_the_rules(seed_store: ox.Store) -> None:
    assert rows(
        seed_store,
        """SELECT ?how WHERE { ?st a kg:InferredStatement ; rdf:subject country:AZ ;
             rdf:predicate kg:hasBilateralTie ; rdf:object country:BY ; kg:derivedBy ?how }""",
    ) == [("https://w3id.org/kg-state-actors/rule/bilateral-tie",)]
    assert ask(
        seed_store,
        """?st a kg:InferredStatement ; rdf:subject id:zakir-hasanov ;
             rdf:predicate kg:represents ; kg:derivedBy kg:HermiT""",
    )


PROVENANCE = Path(__file__).resolve().parent.parent / "docs" / "queries" / "provenance-of-a-fact.rq"


def test_provenance_query_from_readme(seed_store: ox.Store) -> None:
    found = rows(seed_store, PROVENANCE.read_text(encoding="utf-8"))
    assert found == [
        (
            "000_ce432b95e0a567d5",
            "Azerbaijani and Belarusian defence ministers meet in Baku (title supplied by the"
            " curator; the source text has none)",
            "2019-10-29",
            "Azerbaijani Defense Minister, Colonel General Zakir Hasanov",
            "curated/000_ce432b95e0a567d5.tsv",
            "15",
        )
    ]


def test_every_asserted_curated_fact_has_evidence(seed_store: ox.Store) -> None:
    missing = rows(
        seed_store,
        f"""SELECT ?s ?p ?o WHERE {{
              GRAPH <{ASSERTED_GRAPH}> {{ ?s ?p ?o }}
              FILTER NOT EXISTS {{ ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                                      kg:hasEvidence/kg:quote ?q }}
              FILTER (!STRSTARTS(STR(?s), STR(rank:)) && !STRSTARTS(STR(?s), STR(rank-system:))
                      && !STRSTARTS(STR(?s), STR(country:)) && !STRSTARTS(STR(?s), STR(place:)))
            }}""",
    )
    assert missing == []


def test_summary_counts(seed_build: tuple[Path, BuildResult], seed_store: ox.Store) -> None:
    _, result = seed_build
    for cls in ("Person", "Meeting", "Plan", "Ministry", "Country"):
        ((count,),) = rows(
            seed_store, f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a kg:{cls} }}"
        )
        assert result.class_counts[cls] == int(count) > 0, cls
    ((inferred,),) = rows(
        seed_store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INFERRED_GRAPH}> {{ ?s ?p ?o }} }}"
    )
    assert result.inferred == sum(result.inferred_by.values()) == int(inferred)


@pytest.mark.java
def test_summary_names_hermit(seed_build: tuple[Path, BuildResult]) -> None:
    _, result = seed_build
    assert result.reasoner is Reasoner.HERMIT
    assert set(result.inferred_by) == {"HermiT", "RdfsClosure", "bilateral-tie"}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "store" not in p.parts
    }


@pytest.fixture
def tiny_build(tiny_data: Path, reasoner: Reasoner) -> Path:
    out = tiny_data.parent / "build"
    build(tiny_data, out, reasoner=reasoner)
    return out


def test_two_builds_identical_exports(
    tiny_data: Path, tiny_build: Path, reasoner: Reasoner
) -> None:
    first = _snapshot(tiny_build)
    other = tiny_data.parent / "again"
    build(tiny_data, other, reasoner=reasoner)
    assert _snapshot(other) == first
    lines = first["kg.nt"].decode().splitlines()
    assert lines == sorted(lines)


def test_failed_build_keeps_previous(
    tiny_data: Path, tiny_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(tiny_build)
    shutil.copy(FIXTURES / "invalid" / "unknown-property.tsv", tiny_data / "curated" / "tiny.tsv")
    assert main(["build"]) == 1
    assert "data/curated/tiny.tsv:10: unknown property 'hasRnak'" in capsys.readouterr().err
    assert _snapshot(tiny_build) == before
    store = ox.Store.read_only(str(tiny_build / "store"))
    assert len(store) > 0


def test_interrupted_build_keeps_previous(
    tiny_data: Path, tiny_build: Path, reasoner: Reasoner, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _snapshot(tiny_build)

    def interrupted(path: Path, nquads: bytes) -> None:
        path.mkdir()
        (path / "partial").write_bytes(nquads[:100])
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module.store, "write", interrupted)
    assert main(["build", "--reasoner", reasoner.name.lower()]) == 130
    assert _snapshot(tiny_build) == before
    leftovers = [p.name for p in tiny_build.parent.iterdir() if p.name.startswith(".build.")]
    assert leftovers == [".build.lock"]


def test_no_java_clear_message_and_no_reason_way_out(
    tiny_data: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import owlready2

    monkeypatch.setattr(owlready2, "JAVA_EXE", "/nonexistent/java")
    assert main(["build"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("kg build: Java is not installed, so the HermiT reasoner cannot run\n")
    assert "kg build --no-reason" in err
    assert not (tiny_data.parent / "build").exists()
    assert main(["build", "--no-reason"]) == 0
    out = capsys.readouterr().out
    assert "Reasoning: skipped (--no-reason)" in out
    store = ox.Store.read_only(str(tiny_data.parent / "build" / "store"))
    represents = (
        "PREFIX kg: <https://w3id.org/kg-state-actors/ontology#> ASK { ?p kg:represents ?c }"
    )
    assert not store.query(represents, use_default_graph_as_union=True)


def test_tiny_build_inferences(tiny_build: Path) -> None:
    store = ox.Store.read_only(str(tiny_build / "store"))
    assert ask(store, "id:aidar-testov kg:represents country:KZ")
    assert ask(store, "id:giorgi-fiktiv kg:represents country:GE")
    assert ask(store, "country:GE kg:hasBilateralTie country:KZ")
    assert ask(store, "id:giorgi-fiktiv kg:metWith id:aidar-testov")
