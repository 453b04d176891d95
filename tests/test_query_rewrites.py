"""The library's fast rewrites of slow queries give the same rows as the plain
queries they replace (kept here as the reference), on the ICEWS sample imported
into the seed build: the rewrites are shaped for Oxigraph's join planning, the
references say what the answer is."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

import kg
from kg.builder.exports import BuildResult
from kg.icews.importer import import_icews

from .conftest import FIXTURES

SAMPLE = FIXTURES / "icews" / "icews14-sample.tsv"
KG = "https://w3id.org/kg-state-actors/ontology#"
ID = "https://w3id.org/kg-state-actors/id/"

BILATERAL_TIES_REFERENCE = """\
PREFIX kg:   <https://w3id.org/kg-state-actors/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
SELECT ?country_name ?other ?kind ?through ?date WHERE {
  # ?country is the parameter and the pattern's own variable: when it is given,
  # every pattern starts from it; ?given remembers whether it was.
  BIND (?country AS ?given)
  ?country kg:hasBilateralTie ?b .
  FILTER (BOUND(?given) || STR(?country) < STR(?b))
  ?country rdfs:label ?country_name . ?b rdfs:label ?other .
  # One pattern for meetings (the participants' countries) and agreements (the
  # parties, or the countries of the ministries that are parties): with a UNION,
  # Oxigraph would evaluate every meeting of every pair before joining.
  ?e (kg:involvesCountry|kg:party|kg:party/kg:ministryOf) ?country .
  ?e (kg:involvesCountry|kg:party|kg:party/kg:ministryOf) ?b .
  ?e a ?class .
  VALUES (?class ?kind) { (kg:Meeting "meeting") (kg:Agreement "agreement") }
  ?e rdfs:label ?through .
  OPTIONAL { ?e kg:date|kg:signedOn ?date }
}
ORDER BY ?country_name ?other ?date"""

ENTITIES_REFERENCE = """\
PREFIX kg:   <https://w3id.org/kg-state-actors/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?id ?label ?class_name WHERE {
  GRAPH ?g { ?id a ?c ; rdfs:label ?label }
  FILTER (?g = <https://w3id.org/kg-state-actors/graph/asserted>
          || STRSTARTS(STR(?g), "https://w3id.org/kg-state-actors/graph/imported/"))
  BIND (STRAFTER(STR(?c), "#") AS ?class_name)
  FILTER (!BOUND(?class) || ?class_name = ?class)
}"""
"""The entities query before it bound its class as a term (without its page limit)."""


@pytest.fixture(scope="module")
def graph(
    seed_build: tuple[Path, BuildResult], tmp_path_factory: pytest.TempPathFactory
) -> kg.KnowledgeGraph:
    out = tmp_path_factory.mktemp("rewrites") / "build"
    shutil.copytree(seed_build[0], out)
    import_icews([SAMPLE], out)
    return kg.load(out)


def rows(graph: kg.KnowledgeGraph, text: str, **params: str) -> Counter[tuple[str, ...]]:
    return Counter(graph.run(text, **params).values())


@pytest.mark.slow
def test_bilateral_ties_rows_equal_the_reference(graph: kg.KnowledgeGraph) -> None:
    reference = rows(graph, BILATERAL_TIES_REFERENCE)
    kinds = {row[2] for row in reference}
    # The sample ties countries through imported meetings, the seed through a plan.
    assert kinds == {"meeting", "agreement"}
    assert rows(graph, "bilateral-ties") == reference


@pytest.mark.slow
def test_bilateral_ties_of_one_country_equal_the_reference(graph: kg.KnowledgeGraph) -> None:
    tied = graph.run("SELECT DISTINCT ?c WHERE { ?c kg:hasBilateralTie ?other }")
    countries = sorted(f"<{row[0]}>" for row in tied.values())
    assert len(countries) > 2
    for iri in countries:
        reference = rows(graph, BILATERAL_TIES_REFERENCE, country=iri)
        assert reference, iri
        assert rows(graph, "bilateral-ties", country=iri) == reference, iri


def every_page(graph: kg.KnowledgeGraph, **params: str) -> Counter[tuple[str, ...]]:
    """The entities query's rows, page after page."""
    found: Counter[tuple[str, ...]] = Counter()
    after: dict[str, str] = {}
    while True:
        page = graph.run("entities", **params, **after).values()
        found.update(page)
        if len(page) < 1000:
            return found
        after = {"after": page[-1][1]}


@pytest.mark.slow
def test_entities_of_each_class_equal_the_reference(graph: kg.KnowledgeGraph) -> None:
    every = rows(graph, ENTITIES_REFERENCE)
    classes = {row[2] for row in every}
    assert {"Person", "Country", "Meeting", "Interaction"} <= classes
    for cls in classes:
        of_class = Counter({row: n for row, n in every.items() if row[2] == cls})
        assert every_page(graph, **{"class": cls}) == of_class, cls


@pytest.mark.slow
def test_entities_without_a_class_are_the_reference_less_events(
    graph: kg.KnowledgeGraph,
) -> None:
    events = {
        row[0] for row in graph.run("SELECT ?c WHERE { ?c rdfs:subClassOf* kg:Event }").values()
    }
    expected = Counter(
        {row: n for row, n in rows(graph, ENTITIES_REFERENCE).items() if KG + row[2] not in events}
    )
    assert any(row[0].startswith(ID + "icews/actor/") for row in expected)
    assert every_page(graph) == expected
