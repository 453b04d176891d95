"""The ontology parses in rdflib and owlready2, HermiT finds it consistent, and
every term is documented."""

from __future__ import annotations

import io
from pathlib import Path

import owlready2
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import ModificationException
from rdflib.namespace import OWL, RDF, RDFS

from kg.model import reference
from kg.model.namespaces import COUNTRY, KG, ONTOLOGY_IRI
from kg.model.ontology import canonical_graph, load_graph, vocabulary
from kg.reasoning.hermit import hermit

REQUIRED_CLASSES = [
    "Person", "Rank", "Ministry", "Country", "Meeting", "Plan", "Post", "PostHolding",
    "Place", "City", "InternationalOrganization", "Conflict", "Provision", "Article", "Evidence",
]  # fmt: skip


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_graph()


def test_parses_and_declares_one_ontology(ontology: Graph) -> None:
    assert list(ontology.subjects(RDF.type, OWL.Ontology)) == [ONTOLOGY_IRI]
    assert not list(ontology.objects(None, OWL.imports))


@pytest.mark.parametrize("name", REQUIRED_CLASSES)
def test_required_class_with_label(ontology: Graph, name: str) -> None:
    assert (KG[name], RDF.type, OWL.Class) in ontology
    assert {str(x) for x in ontology.objects(KG[name], RDFS.label)} >= {
        "Post Holding" if name == "PostHolding" else _spaced(name)
    }


def _spaced(name: str) -> str:
    return "".join(" " + c if c.isupper() and i else c for i, c in enumerate(name))


def test_every_term_has_label_and_comment(ontology: Graph) -> None:
    terms = {t for t in ontology.subjects(RDF.type, None) if isinstance(t, URIRef)}
    assert len(terms) > 100
    undocumented = sorted(
        str(t)
        for t in terms
        if not (ontology.value(t, RDFS.label) and ontology.value(t, RDFS.comment))
    )
    assert undocumented == []


def test_alignment_to_standard_vocabularies(ontology: Graph) -> None:
    supers = {str(o) for o in ontology.transitive_objects(KG.Person, RDFS.subClassOf)}
    assert {"http://xmlns.com/foaf/0.1/Person", "https://schema.org/Person"} <= supers
    assert (KG.Post, RDFS.subClassOf, URIRef("http://www.w3.org/ns/org#Post")) in ontology
    assert (
        KG.hasEvidence,
        RDFS.subPropertyOf,
        URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"),
    ) in ontology


def test_property_characteristics(ontology: Graph) -> None:
    assert (KG.metWith, RDF.type, OWL.SymmetricProperty) in ontology
    assert (KG.seniorTo, RDF.type, OWL.TransitiveProperty) in ontology
    assert (KG.participatesIn, OWL.inverseOf, KG.participant) in ontology
    chains = {p for p in ontology.subjects(OWL.propertyChainAxiom, None)}
    assert {KG.represents, KG.involvesCountry, KG.holdsPost} <= chains


def test_owlready2_loads_it(ontology: Graph) -> None:
    world = owlready2.World()
    onto = world.get_ontology(str(ONTOLOGY_IRI)).load(
        fileobj=io.BytesIO(ontology.serialize(format="nt", encoding="utf-8")), format="ntriples"
    )
    names = {c.name for c in onto.classes()}
    assert {"Person", "Rank", "Ministry", "Country", "Meeting", "Plan"} <= names


@pytest.mark.java
def test_hermit_finds_ontology_and_reference_data_consistent(ontology: Graph) -> None:
    ref = reference.load()
    entailed = hermit(ontology, ref.graph(set()))
    # Independent count: seniorTo is the transitive closure of each ladder, so a
    # ladder of n ranks has n(n-1)/2 pairs; directlyAbove asserts n-1 of them.
    ladders: dict[str, int] = {}
    for rank in ref.ranks.values():
        ladders[rank.system] = ladders.get(rank.system, 0) + 1
    expected = sum(n * (n - 1) // 2 - (n - 1) for n in ladders.values())
    senior = [t for t in entailed if t[1] == KG.seniorTo]
    assert len(senior) == expected + sum(n - 1 for n in ladders.values())


def test_post_soviet_nato_grades() -> None:
    ranks = reference.load().ranks
    grades = {r.label: r.nato_code for r in ranks.values() if r.system == "post-soviet-army"}
    assert grades["Colonel"] == "OF-5"
    assert grades["Major General"] == "OF-6"
    assert grades["Lieutenant General"] == "OF-7"
    assert grades["Colonel General"] == "OF-8"
    assert grades["General of the Army"] == "OF-9"
    # Across systems the same title can sit on different grades.
    assert ranks["nato-army.major-general"].nato_level == 7
    assert ranks["post-soviet-army.major-general"].nato_level == 6


def test_kosovo_is_a_country_by_its_user_assigned_code() -> None:
    ref = reference.load()
    assert ref.countries["XK"].name == "Kosovo"
    assert ref.ids_for_label("Kosovo") == ["country:XK"]
    graph = ref.graph({COUNTRY["XK"]})
    assert (COUNTRY["XK"], RDFS.label, Literal("Kosovo")) in graph


def test_vocabulary_suggestions() -> None:
    vocab = vocabulary()
    assert vocab.suggest("hasrank", list(vocab.properties)) == "hasRank"
    assert vocab.suggest("partcipant", list(vocab.properties)) == "participant"


def test_docs_command_writes_escaped_page(tmp_path: Path) -> None:
    from kg.cli import main

    out = tmp_path / "onto.html"
    assert main(["docs", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    for name in REQUIRED_CLASSES:
        assert f'id="{name}"' in page
    assert 'kg:holds</a> ∘ <a href="#heldPost">kg:heldPost</a>' in page
    assert "<script" not in page


def test_the_shared_canonical_graph_is_the_ontology(ontology: Graph) -> None:
    assert isomorphic(canonical_graph(), ontology)
    assert canonical_graph() is canonical_graph()
    with pytest.raises(ModificationException):
        canonical_graph().add((KG.Person, RDFS.comment, Literal("changed")))
