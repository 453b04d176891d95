"""What a build derives from the asserted facts: HermiT's entailments first when
HermiT is the reasoner, then the rules (see ``rules``) closed by the engine over
the asserted and entailed facts. Every inferred triple is kept apart from the
asserted ones and labelled with how it was derived."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from ..model.namespaces import (
    ASSERTED_GRAPH,
    INFERRED_GRAPH,
    KG,
    RULE,
    Triple,
    reification,
)
from . import Reasoner
from .engine import MAX_ROUNDS, Materializer
from .hermit import hermit
from .premises import premises
from .rules import CLOSURE_PREFIX, StoreRule, bundled_rules, rules, store_rules


@dataclass
class Inference:
    """Inferred triples (none of them asserted) and how each was derived."""

    graph: Graph = field(default_factory=Graph)
    derived_by: dict[Triple, URIRef] = field(default_factory=dict)
    reasoner: Reasoner = Reasoner.NONE
    premises: dict[Triple, list[Triple]] = field(default_factory=dict)
    """For facts the rules derived: the facts of the match of the rule that gave each."""

    def add(self, triple: Triple, how: URIRef) -> bool:
        if triple in self.derived_by:
            return False
        self.derived_by[triple] = how
        self.graph.add(triple)
        return True


def infer(
    ontology: Graph,
    asserted: Graph,
    reasoner: Reasoner = Reasoner.HERMIT,
    *,
    max_rounds: int = MAX_ROUNDS,
) -> Inference:
    """Everything the build derives from the asserted facts, none of them asserted:
    the hierarchy closure and the named rules, with HermiT's entailments first
    (``Reasoner.HERMIT``), or with the OWL RL rules generated from the ontology
    (``Reasoner.RULES``: no Java, and it scales), or alone (``Reasoner.NONE``).
    Raises ReasoningError when the rules do not close within ``max_rounds``."""
    inference = Inference(reasoner=reasoner)
    entailed = sorted(hermit(ontology, asserted)) if reasoner is Reasoner.HERMIT else []
    for triple in entailed:
        inference.add(triple, KG.HermiT)
    selected = store_rules(ontology, owl_rl=reasoner is Reasoner.RULES)
    asserted_nt = asserted.serialize(format="nt", encoding="utf-8")
    return _close(asserted_nt, selected, inference, entailed, max_rounds)


def infer_in_memory(asserted_nt: bytes) -> Inference:
    """``infer`` with ``Reasoner.RULES`` and the bundled ontology, from the asserted
    facts as N-Triples: validation's closure, which a build with the same rules and
    an incremental update reuse."""
    inference = Inference(reasoner=Reasoner.RULES)
    return _close(asserted_nt, bundled_rules(), inference, [], MAX_ROUNDS)


def _close(
    asserted_nt: bytes,
    selected: Sequence[StoreRule],
    inference: Inference,
    entailed: Sequence[Triple],
    max_rounds: int,
) -> Inference:
    """Close the asserted and ``entailed`` facts under ``selected`` in a store in
    memory, and add what that derives to ``inference``."""
    memory = ox.Store()
    memory.bulk_load(
        asserted_nt, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(ASSERTED_GRAPH))
    )
    # The entailed facts are known before the rules run: the rules close over them,
    # and a fact both entail keeps HermiT as its derivation.
    inferred = ox.NamedNode(str(INFERRED_GRAPH))
    memory.extend(
        ox.Quad(ox.NamedNode(s), ox.NamedNode(p), ox.NamedNode(o), inferred) for s, p, o in entailed
    )
    materializer = Materializer(
        memory, selected, [str(ASSERTED_GRAPH)], str(INFERRED_GRAPH), max_rounds=max_rounds
    )
    materializer.saturate()
    graphs = [str(ASSERTED_GRAPH), str(INFERRED_GRAPH)]
    found = premises(memory, graphs, selected, materializer.derived_by, str(ASSERTED_GRAPH))
    for fact, how in sorted(materializer.derived_by.items(), key=lambda x: str(x[0])):
        label = KG.RdfsClosure if how.startswith(CLOSURE_PREFIX) else RULE[how]
        triple = _rdflib_triple(fact)
        if inference.add(triple, label) and fact in found:
            inference.premises[triple] = [_rdflib_triple(f) for f in found[fact]]
    return inference


def _rdflib_triple(fact: Any) -> Triple:
    s, p, o = fact
    return (_rdflib_term(s), _rdflib_term(p), _rdflib_term(o))


def _rdflib_term(term: Any) -> Any:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == str(XSD.string):
        return Literal(term.value)  # as curate writes plain strings
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def reified(inference: Inference) -> Graph:
    """One rdf:Statement per inferred triple, with how it was derived."""
    g = Graph()
    for triple, how in inference.derived_by.items():
        node, described = reification(triple)
        for t in described:
            g.add(t)
        g.add((node, RDF.type, KG.InferredStatement))
        g.add((node, KG.derivedBy, how))
        for premise in inference.premises.get(triple, []):
            # The premise's own statement node (the same IRI as its provenance, if any).
            basis, described = reification(premise)
            g.add((node, KG.restsOn, basis))
            for t in described:
                g.add(t)
    for rule in rules():
        g.add((RULE[rule.name], RDF.type, KG.Derivation))
        g.add((RULE[rule.name], RDFS.label, Literal(rule.title)))
        g.add((RULE[rule.name], RDFS.comment, Literal(f"SPARQL rule kg/rules/{rule.name}.rq")))
    return g


__all__ = ["Inference", "infer", "infer_in_memory", "reified"]
