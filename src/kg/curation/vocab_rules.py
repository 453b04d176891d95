"""What the ontology says about how facts may be written: class pairs that exclude
each other, and properties the build derives (never written by hand)."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

from ..model.namespaces import KG


def derived_properties(graph: Graph) -> dict[str, str]:
    """Properties the build derives (an inverse, or a comment saying 'Derived'), by local
    name, each with how to write the fact instead."""
    out: dict[str, str] = {}
    for prop in graph.subjects(RDF.type, OWL.ObjectProperty):
        if not (isinstance(prop, URIRef) and prop.startswith(str(KG))):
            continue
        name = prop[len(KG) :]
        inverse = graph.value(prop, OWL.inverseOf)
        comment = str(graph.value(prop, RDFS.comment) or "")
        if isinstance(inverse, URIRef):
            out[name] = f"write it the other way round: OBJECT<TAB>{inverse[len(KG) :]}<TAB>SUBJECT"
        elif comment.startswith("Derived"):
            head = graph.value(prop, OWL.propertyChainAxiom)
            chain = [str(c)[len(KG) :] for c in Collection(graph, head)] if head else []
            via = f" from {' and '.join(chain)}" if chain else ""
            out[name] = f"delete this line: the build derives {name}{via} (docs/curation.md)"
    return out


def disjoint_pairs(graph: Graph) -> set[frozenset[URIRef]]:
    pairs: set[frozenset[URIRef]] = set()
    for a, b in graph.subject_objects(OWL.disjointWith):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            pairs.add(frozenset((a, b)))
    for node in graph.subjects(RDF.type, OWL.AllDisjointClasses):
        head = graph.value(node, OWL.members)
        members = [m for m in Collection(graph, head) if isinstance(m, URIRef)] if head else []
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pairs.add(frozenset((a, b)))
    return pairs
