"""The ontology as the rest of the pipeline sees it: its classes and properties
by local name, their domains, ranges and characteristics."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

from rdflib import Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.compare import to_canonical_graph
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from ..errors import DataError
from . import resources
from .namespaces import KG

PropertyKind = Literal["object", "datatype", "annotation"]

# Predicates a curator may write besides the kg: properties.
BUILTIN_PREDICATES: dict[str, URIRef] = {
    "label": RDFS.label,
    "altLabel": SKOS.altLabel,
    "comment": RDFS.comment,
}


@dataclass(frozen=True)
class Property:
    iri: URIRef
    name: str
    kind: PropertyKind
    domain: URIRef | None
    range: URIRef | None
    functional: bool
    single_valued_per_date: bool
    single_valued_per_source: bool = False

    @property
    def datatype(self) -> URIRef:
        """The literal datatype of a datatype or annotation property."""
        if self.kind == "object" or self.range is None:
            return XSD.string
        return self.range


class Vocabulary:
    """Classes and properties of the kg ontology, addressed by local name."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.classes: dict[str, URIRef] = {}
        self.properties: dict[str, Property] = {}
        self._supers: dict[URIRef, frozenset[URIRef]] = {}
        supers = transitive_supers(graph, RDFS.subClassOf)
        for cls in sorted(_uris(graph.subjects(RDF.type, OWL.Class))):
            if isinstance(cls, URIRef):
                self._supers[cls] = supers.get(cls, frozenset()) | {cls}
                if cls.startswith(str(KG)):
                    self.classes[cls[len(KG) :]] = cls
        kinds: list[tuple[URIRef, PropertyKind]] = [
            (OWL.ObjectProperty, "object"),
            (OWL.DatatypeProperty, "datatype"),
            (OWL.AnnotationProperty, "annotation"),
        ]
        for owl_kind, kind in kinds:
            for prop in sorted(_uris(graph.subjects(RDF.type, owl_kind))):
                if isinstance(prop, URIRef) and prop.startswith(str(KG)):
                    name = prop[len(KG) :]
                    self.properties[name] = Property(
                        iri=prop,
                        name=name,
                        kind=kind,
                        domain=_one(graph, prop, RDFS.domain),
                        range=_one(graph, prop, RDFS.range),
                        functional=(prop, RDF.type, OWL.FunctionalProperty) in graph,
                        single_valued_per_date=(
                            prop,
                            KG.singleValuedPerDate,
                            RdfLiteral(True),
                        )
                        in graph,
                        single_valued_per_source=(
                            prop,
                            KG.singleValuedPerSource,
                            RdfLiteral(True),
                        )
                        in graph,
                    )
        for name, iri in BUILTIN_PREDICATES.items():
            self.properties[name] = Property(iri, name, "annotation", None, None, False, False)
        # Annotation properties of the ontology itself are not for curated facts.
        self.properties.pop("singleValuedPerDate", None)
        self.properties.pop("singleValuedPerSource", None)

    def superclasses(self, cls: URIRef) -> frozenset[URIRef]:
        """The class and all its superclasses (reflexive, transitive)."""
        return self._supers.get(cls, frozenset({cls}))

    def is_a(self, types: set[URIRef], cls: URIRef) -> bool:
        return any(cls in self.superclasses(t) for t in types)

    def label(self, term: URIRef) -> str:
        value = self.graph.value(term, RDFS.label)
        return str(value) if value is not None else term.split("#")[-1]

    def suggest(self, name: str, choices: list[str]) -> str | None:
        lowered = {c.lower(): c for c in choices}
        if name.lower() in lowered:
            return lowered[name.lower()]
        match = difflib.get_close_matches(name, choices, n=1, cutoff=0.6)
        if not match:
            match = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=0.6)
            match = [lowered[m] for m in match]
        return match[0] if match else None


def transitive_supers(graph: Graph, relation: URIRef) -> dict[URIRef, frozenset[URIRef]]:
    """The hierarchy along ``relation`` (rdfs:subClassOf or rdfs:subPropertyOf): each
    named term that has a named super-term, with all its super-terms (transitive,
    itself excluded). Blank nodes (OWL restrictions) are not terms of the hierarchy."""
    out: dict[URIRef, frozenset[URIRef]] = {}
    for sub in _uris(graph.subjects(relation, None)):
        supers = _uris(graph.transitive_objects(sub, relation)) - {sub}
        if supers:
            out[sub] = frozenset(supers)
    return out


def _uris(nodes: Iterable[Node | None]) -> set[URIRef]:
    return {n for n in nodes if isinstance(n, URIRef)}


def _one(graph: Graph, subject: URIRef, predicate: URIRef) -> URIRef | None:
    value = graph.value(subject, predicate)
    return value if isinstance(value, URIRef) else None


def load_graph(path: Path | None = None) -> Graph:
    """Parse the ontology Turtle; a syntax error names the file and line. Each call
    returns a fresh graph; the parse is reused while the file is unchanged."""
    path = path or resources.ontology_file()
    parsed = _parsed(path, file_stamp(path))
    graph = Graph()
    for triple in parsed:
        graph.add(triple)
    return graph


def canonical_graph() -> Graph:
    """The bundled ontology with canonical blank node labels (as the exports and
    the store hold it): read-only, shared while the file is unchanged."""
    path = resources.ontology_file()
    return _canonical(path, file_stamp(path))


def file_stamp(path: Path) -> int:
    """The file's modification time: a cache key for what is derived from it."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


@lru_cache(maxsize=2)
def _canonical(path: Path, stamp: int) -> Graph:
    return to_canonical_graph(_parsed(path, stamp))


@lru_cache(maxsize=4)
def _parsed(path: Path, stamp: int) -> Graph:
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types here
        raise DataError(
            f"the ontology does not parse as Turtle: {exc}",
            path=path,
            hint="fix the Turtle syntax; `rapper -i turtle` or Protege show the exact spot",
        ) from exc
    return graph


@cache
def vocabulary() -> Vocabulary:
    """The bundled ontology's vocabulary (parsed once per process)."""
    return Vocabulary(load_graph())
