"""The premises the build records for facts the rules derive: the facts of the
rule's match, nothing more."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.model.namespaces import ID, KG, RULE, statement_iri
from kg.model.ontology import load_graph
from kg.reasoning import Reasoner
from kg.reasoning.inference import infer, reified

MEETING, AZ, BY, TOPIC = ID["m"], ID["country/AZ"], ID["country/BY"], ID["topic/x"]


def tiny_meeting() -> Graph:
    """A meeting of two countries (the bilateral-tie rule's body), and a fact the
    rule does not read."""
    g = Graph()
    g.add((MEETING, RDF.type, KG.Meeting))
    g.add((MEETING, KG.involvesCountry, AZ))
    g.add((MEETING, KG.involvesCountry, BY))
    g.add((AZ, RDF.type, KG.Country))
    g.add((BY, RDF.type, KG.Country))
    g.add((MEETING, KG.topic, TOPIC))
    return g


def test_a_rule_fact_rests_on_its_match() -> None:
    asserted = tiny_meeting()
    inference = infer(load_graph(), asserted, Reasoner.NONE)
    tie = (AZ, KG.hasBilateralTie, BY)
    assert inference.derived_by[tie] == RULE["bilateral-tie"]
    # The rule's body, matched: every asserted fact but the topic.
    assert set(inference.premises[tie]) == set(asserted) - {(MEETING, KG.topic, TOPIC)}
    # A fact of the class hierarchy rests on the one class fact it follows from.
    for (s, p, o), how in inference.derived_by.items():
        if p == RDF.type and how == KG.RdfsClosure:
            (premise,) = inference.premises[(s, p, o)]
            assert premise[0] == s and premise[1] == RDF.type and premise != (s, p, o)


def test_premises_are_statements_in_the_provenance_graph() -> None:
    inference = infer(load_graph(), tiny_meeting(), Reasoner.NONE)
    g = reified(inference)
    tie = (AZ, KG.hasBilateralTie, BY)
    bases = set(g.objects(statement_iri(tie), KG.restsOn))
    assert len(bases) == len(inference.premises[tie])
    found = {
        (g.value(b, RDF.subject), g.value(b, RDF.predicate), g.value(b, RDF.object)) for b in bases
    }
    assert found == set(inference.premises[tie])
    assert all(isinstance(b, URIRef) for b in bases)


def test_of_equal_matches_the_first_by_text_is_kept_whatever_the_order() -> None:
    # Regression: the store's order of matches differs between processes, so two
    # builds of the same data recorded different premises for a bilateral tie.
    tie = (AZ, KG.hasBilateralTie, BY)
    chosen = set()
    for names in (["m1", "m2", "m3"], ["m3", "m2", "m1"], ["m2", "m3", "m1"]):
        g = Graph()
        for name in names:
            for s, p, o in tiny_meeting():
                g.add((ID[name] if s == MEETING else s, p, o))
        inference = infer(load_graph(), g, Reasoner.NONE)
        chosen.add(frozenset(inference.premises[tie]))
    (premises,) = chosen
    assert {s for s, _, _ in premises} >= {ID["m1"]}
    assert not {s for s, _, _ in premises} & {ID["m2"], ID["m3"]}
