"""Browsable HTML documentation of the ontology (``kg docs``): one
self-contained page with every class and property, escaped and offline."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

from .namespaces import KG, ONTOLOGY_IRI, PREFIXES

_CSS = """
body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{margin-bottom:.2rem} h2{border-bottom:2px solid #ccd;padding-bottom:.2rem;margin-top:2.5rem}
.term{border:1px solid #dde;border-radius:6px;padding:.6rem 1rem;margin:1rem 0}
.term h3{margin:.2rem 0} .iri{font-family:monospace;color:#555;font-size:.9em}
dl{display:grid;grid-template-columns:11rem 1fr;gap:.2rem 1rem;margin:.5rem 0}
dt{font-weight:600;color:#445} dd{margin:0} nav a{margin-right:.6rem} code{background:#f4f4f8}
"""


def _name(graph: Graph, term: object) -> str:
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, ns in PREFIXES.items():
            if text.startswith(ns):
                return f"{prefix}:{text[len(ns) :]}"
        return text
    if isinstance(term, BNode):
        inverse = graph.value(term, OWL.inverseOf)
        if inverse is not None:
            return f"inverse({_name(graph, inverse)})"
    return str(term)


def _link(graph: Graph, term: object) -> str:
    name = escape(_name(graph, term))
    if isinstance(term, URIRef) and term.startswith(str(KG)):
        return f'<a href="#{escape(term[len(KG) :])}">{name}</a>'
    return f"<code>{name}</code>"


def _links(graph: Graph, terms: Sequence[object]) -> str:
    return ", ".join(_link(graph, t) for t in sorted(terms, key=str))


def _term(graph: Graph, term: URIRef, kind: str) -> str:
    local = term[len(KG) :]
    label = graph.value(term, RDFS.label) or local
    comment = graph.value(term, RDFS.comment) or ""
    rows: list[tuple[str, str]] = [("IRI", f'<span class="iri">{escape(term)}</span>')]
    supers = [o for o in graph.objects(term, RDFS.subClassOf)] if kind == "class" else []
    supers += [o for o in graph.objects(term, RDFS.subPropertyOf)]
    if supers:
        rows.append(("Subclass of" if kind == "class" else "Subproperty of", _links(graph, supers)))
    subs = list(graph.subjects(RDFS.subClassOf if kind == "class" else RDFS.subPropertyOf, term))
    if subs:
        rows.append(("Subclasses" if kind == "class" else "Subproperties", _links(graph, subs)))
    for predicate, title in ((RDFS.domain, "Domain"), (RDFS.range, "Range")):
        values = list(graph.objects(term, predicate))
        if values:
            rows.append((title, _links(graph, values)))
    inverse = [*graph.objects(term, OWL.inverseOf), *graph.subjects(OWL.inverseOf, term)]
    if inverse:
        rows.append(("Inverse of", _links(graph, inverse)))
    traits = [
        name
        for cls, name in (
            (OWL.FunctionalProperty, "functional"),
            (OWL.TransitiveProperty, "transitive"),
            (OWL.SymmetricProperty, "symmetric"),
        )
        if (term, RDF.type, cls) in graph
    ]
    if traits:
        rows.append(("Characteristics", escape(", ".join(traits))))
    for chain in graph.objects(term, OWL.propertyChainAxiom):
        steps = " ∘ ".join(_link(graph, step) for step in Collection(graph, chain))
        rows.append(("Property chain", f"{steps} ⊑ {_link(graph, term)}"))
    if kind == "class":
        members = sorted(graph.subjects(RDF.type, term), key=str)
        if members:
            rows.append(("Instances", _links(graph, list(members))))
    body = "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in rows)
    return (
        f'<div class="term" id="{escape(local)}"><h3>{escape(str(label))}'
        f' <span class="iri">kg:{escape(local)}</span></h3>'
        f"<p>{escape(str(comment))}</p><dl>{body}</dl></div>"
    )


def _terms(graph: Graph, owl_type: URIRef) -> list[URIRef]:
    return sorted(
        (
            t
            for t in graph.subjects(RDF.type, owl_type)
            if isinstance(t, URIRef) and t.startswith(str(KG))
        ),
        key=lambda t: str(t).lower(),
    )


def render(graph: Graph) -> str:
    """The documentation page for an ontology graph."""
    title = graph.value(ONTOLOGY_IRI, RDFS.label) or "Ontology"
    comment = graph.value(ONTOLOGY_IRI, RDFS.comment) or ""
    sections = [
        ("classes", "Classes", OWL.Class, "class"),
        ("object-properties", "Object properties", OWL.ObjectProperty, "property"),
        ("datatype-properties", "Datatype properties", OWL.DatatypeProperty, "property"),
        ("annotation-properties", "Annotation properties", OWL.AnnotationProperty, "property"),
        ("individuals", "Named individuals", KG.Derivation, "individual"),
    ]
    nav = " ".join(f'<a href="#{anchor}">{escape(name)}</a>' for anchor, name, _, _ in sections)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(str(title))}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(str(title))}</h1><p class='iri'>{escape(ONTOLOGY_IRI)}</p>",
        f"<p>{escape(str(comment))}</p><nav>{nav}</nav>",
    ]
    for anchor, name, owl_type, kind in sections:
        terms = _terms(graph, owl_type)
        parts.append(f'<h2 id="{anchor}">{escape(name)} ({len(terms)})</h2>')
        parts.extend(_term(graph, t, kind) for t in terms)
    parts.append("</body></html>\n")
    return "\n".join(parts)
