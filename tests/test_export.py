"""build/kg.ttl read by an outsider: rdflib, SPARQL by labels, none of our code."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.builder.exports import BuildResult

PREFIXES = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


@pytest.fixture(scope="module")
def kg_ttl(seed_build: tuple[Path, BuildResult]) -> Graph:
    return Graph().parse(seed_build[0] / "kg.ttl", format="turtle")


def select(graph: Graph, query: str) -> list[tuple[str, ...]]:
    return sorted(tuple(str(v) for v in row) for row in graph.query(PREFIXES + query))  # type: ignore[union-attr]


def test_classes_by_label(kg_ttl: Graph) -> None:
    found = select(
        kg_ttl,
        """SELECT ?l WHERE { ?c a owl:Class ; rdfs:label ?l .
             FILTER (?l IN ("Person", "Rank", "Ministry", "Country", "Meeting", "Plan")) }""",
    )
    assert found == [("Country",), ("Meeting",), ("Ministry",), ("Person",), ("Plan",), ("Rank",)]


def test_persons_with_ranks_by_label(kg_ttl: Graph) -> None:
    found = select(
        kg_ttl,
        """SELECT ?name ?rank WHERE {
             ?class rdfs:label "Person" . ?rc rdfs:label "Rank" .
             ?p a ?class ; rdfs:label ?name ; ?has ?r . ?r a ?rc ; rdfs:label ?rank . }""",
    )
    assert found == [
        ("Andrei Kaptilovich", "Colonel"),
        ("Andrei Ravkov", "Lieutenant General"),
        ("Zakir Hasanov", "Colonel General"),
    ]


def test_meeting_plan_and_evidence_by_label(kg_ttl: Graph) -> None:
    meeting = select(
        kg_ttl,
        """SELECT DISTINCT ?who WHERE {
             ?mc rdfs:label "Meeting" . ?m a ?mc ; ?d ?date ; ?at ?place ; ?with ?p .
             FILTER (?date = "2019-10-29"^^xsd:date) ?place rdfs:label "Baku" .
             ?p rdfs:label ?who . ?pc rdfs:label "Person" . ?p a ?pc . }""",
    )
    assert meeting == [("Andrei Ravkov",), ("Zakir Hasanov",)]
    provisions = select(
        kg_ttl,
        """SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {
             ?plan rdfs:label "Bilateral Cooperation Plan for 2020" ; ?has ?x .
             ?x a ?pc . ?pc rdfs:label "Provision" . }""",
    )
    assert provisions == [("3",)]
    quotes = select(
        kg_ttl,
        """SELECT DISTINCT ?q WHERE { ?e ?quote ?q . ?quote rdfs:label "quote" .
             FILTER CONTAINS(?q, "Bilateral Cooperation Plan") }""",
    )
    signed = "At the end of the meeting, the ministers signed the Bilateral Cooperation Plan"
    assert quotes == [(signed + " for 2020.",)]


def test_ministers_tied_to_defence_ministries(kg_ttl: Graph) -> None:
    found = select(
        kg_ttl,
        """SELECT ?name ?ministry WHERE { ?serves rdfs:label "serves in" .
             ?p ?serves ?m ; rdfs:label ?name . ?m rdfs:label ?ministry . }""",
    )
    assert found == [
        ("Andrei Ravkov", "Ministry of Defence of Belarus"),
        ("Zakir Hasanov", "Ministry of Defence of Azerbaijan"),
    ]
