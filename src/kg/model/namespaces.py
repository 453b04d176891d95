"""Every IRI the project uses, in one place. Tests import the same constants."""

from __future__ import annotations

import hashlib

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://w3id.org/kg-state-actors/"
ONTOLOGY_IRI = URIRef(BASE + "ontology")
KG = Namespace(BASE + "ontology#")
"""Ontology terms: classes and properties."""
ID = Namespace(BASE + "id/")
"""Curated and reference entities, sources, evidence and reified statements."""
GRAPH = Namespace(BASE + "graph/")
"""Named graphs of a build."""

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")

ONTOLOGY_GRAPH = GRAPH["ontology"]
ASSERTED_GRAPH = GRAPH["asserted"]
INFERRED_GRAPH = GRAPH["inferred"]
PROVENANCE_GRAPH = GRAPH["provenance"]
GRAPHS = (ONTOLOGY_GRAPH, ASSERTED_GRAPH, INFERRED_GRAPH, PROVENANCE_GRAPH)
IMPORTED_GRAPHS = GRAPH["imported/"]
"""Prefix of the named graphs of imported data sets: ``graph/imported/DATASET``."""

IMPORTED_RECORDS = ID["icews/"]
"""Prefix of imported records (the events ``id:icews/DATASET/FILE-LINE``), except
``IMPORTED_ACTORS``: the store keeps only part of their one-atom consequences
(``reasoning.closure.RecordFilter``)."""
IMPORTED_ACTORS = ID["icews/actor/"]

RULE = Namespace(BASE + "rule/")
"""Derivations by a named SPARQL rule (src/kg/rules/NAME.rq)."""

PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "id": str(ID),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "org": str(ORG),
    "schema": str(SCHEMA),
    "foaf": str(FOAF),
    "dcterms": str(DCTERMS),
    "country": BASE + "id/country/",
    "place": BASE + "id/place/",
    "rank": BASE + "id/rank/",
    "rank-system": BASE + "id/rank-system/",
    "source": BASE + "id/source/",
}

# Reference-data ids in curated files are written PREFIX:LOCAL; their IRIs:
COUNTRY = Namespace(str(ID) + "country/")
RANK = Namespace(str(ID) + "rank/")
RANK_SYSTEM = Namespace(str(ID) + "rank-system/")
PLACE = Namespace(str(ID) + "place/")
SOURCE = Namespace(str(ID) + "source/")
EVIDENCE = Namespace(str(ID) + "evidence/")
STATEMENT = Namespace(str(ID) + "statement/")


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes so serialisations read ``kg:Person``."""
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, replace=True)
    return graph


Triple = tuple[URIRef, URIRef, URIRef | Literal]
"""A triple as rdflib terms (subject, predicate, object)."""


def statement_iri(triple: Triple) -> URIRef:
    """The IRI of the reified statement of a triple (its provenance node): a hash
    of the triple, so the same fact gets the same IRI in every build."""
    s, p, o = triple
    key = f"{s.n3()} {p.n3()} {o.n3()}"
    return STATEMENT[hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]]


def reification(triple: Triple) -> tuple[URIRef, list[Triple]]:
    """The statement node of a triple (``statement_iri``) and the triples that make
    it an rdf:Statement of that subject, predicate and object."""
    node = statement_iri(triple)
    s, p, o = triple
    return node, [
        (node, RDF.type, RDF.Statement),
        (node, RDF.subject, s),
        (node, RDF.predicate, p),
        (node, RDF.object, o),
    ]


def entity(local_id: str) -> URIRef:
    """The IRI of a curated entity id such as ``zakir-hasanov``."""
    return ID[local_id]


def sparql_prefixes() -> str:
    """PREFIX lines for every known namespace, for prepending to queries."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


__all__ = [
    "ASSERTED_GRAPH",
    "BASE",
    "COUNTRY",
    "DCTERMS",
    "EVIDENCE",
    "FOAF",
    "GRAPH",
    "GRAPHS",
    "ID",
    "IMPORTED_ACTORS",
    "IMPORTED_GRAPHS",
    "IMPORTED_RECORDS",
    "INFERRED_GRAPH",
    "KG",
    "ONTOLOGY_GRAPH",
    "ONTOLOGY_IRI",
    "ORG",
    "OWL",
    "PLACE",
    "PREFIXES",
    "PROV",
    "PROVENANCE_GRAPH",
    "RANK",
    "RANK_SYSTEM",
    "RDF",
    "RDFS",
    "RULE",
    "SCHEMA",
    "SKOS",
    "SOURCE",
    "STATEMENT",
    "XSD",
    "bind_prefixes",
    "entity",
    "sparql_prefixes",
]
