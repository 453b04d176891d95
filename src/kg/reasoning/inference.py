"""Reasoning: HermiT through owlready2, then the class and property hierarchy
closure, then the SPARQL rules in ``kg/rules`` (relations OWL cannot state,
such as ties between two *different* countries). Every inferred triple is kept
apart from the asserted ones and labelled with how it was derived."""

from __future__ import annotations

import io
import logging
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.term import Node

from ..curation.reading import Triple, statement_iri
from ..errors import EnvironmentProblem, ReasoningError
from ..model import resources
from ..model.namespaces import ID, KG, RULE

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rule:
    name: str
    path: Path
    title: str
    query: str


@dataclass
class Inference:
    """Inferred triples (none of them asserted) and how each was derived."""

    graph: Graph = field(default_factory=Graph)
    derived_by: dict[Triple, URIRef] = field(default_factory=dict)
    reasoner: str = "none"

    def add(self, triple: Triple, how: URIRef) -> bool:
        if triple in self.derived_by:
            return False
        self.derived_by[triple] = how
        self.graph.add(triple)
        return True


def rules() -> list[Rule]:
    """The SPARQL CONSTRUCT rules, in file-name order."""
    found = []
    for path in sorted(resources.rules_dir().glob("*.rq"), key=lambda p: p.stem):
        text = path.read_text(encoding="utf-8")
        title = next(
            (ln.split(":", 1)[1].strip() for ln in text.splitlines() if ln.startswith("# title:")),
            path.stem,
        )
        found.append(Rule(path.stem, path, title, text))
    return found


def java_available() -> bool:
    import owlready2

    return shutil.which(owlready2.JAVA_EXE) is not None


def hermit(ontology: Graph, asserted: Graph) -> set[Triple]:
    """Run HermiT over ontology + asserted facts; return the entailed ABox
    triples (types and object property values) that are not asserted."""
    import owlready2

    if not java_available():
        raise EnvironmentProblem(
            "Java is not installed, so the HermiT reasoner cannot run",
            hint="install Java 17 or newer (e.g. `apt-get install default-jre-headless`),"
            " or build without reasoning: kg build --no-reason",
        )
    data = Graph()
    data += ontology
    data += asserted
    world = owlready2.World()
    buffer = io.BytesIO(data.serialize(format="nt", encoding="utf-8"))
    onto = world.get_ontology("https://w3id.org/kg-state-actors/build").load(
        fileobj=buffer, format="ntriples"
    )
    with tempfile.TemporaryDirectory(prefix="kg-hermit-") as tmp:
        old_tmp = tempfile.tempdir
        tempfile.tempdir = tmp  # owlready2 writes its input file here
        try:
            with onto:
                owlready2.sync_reasoner_hermit(
                    world,
                    infer_property_values=True,
                    debug=0,
                    ignore_unsupported_datatypes=True,
                )
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            raise ReasoningError(
                "HermiT found the curated facts inconsistent with the ontology",
                hint="an entity probably belongs to two disjoint classes or breaks a"
                " functional property; run `kg validate` and check the classes of the"
                " entities you changed last",
            ) from exc
        except owlready2.OwlReadyJavaError as exc:
            raise EnvironmentProblem(
                f"HermiT failed to run: {str(exc).strip().splitlines()[-1]}",
                hint="check `java -version` (17 or newer), or build with --no-reason",
            ) from exc
        finally:
            tempfile.tempdir = old_tmp
    vocabulary_terms = set(ontology.subjects())
    entailed: set[Triple] = set()
    for s, p, o in world.as_rdflib_graph().triples((None, None, None)):
        if not (isinstance(s, URIRef) and s.startswith(str(ID))):
            continue
        if p == RDF.type:
            if o in (OWL.NamedIndividual, OWL.Thing) or o not in vocabulary_terms:
                continue
        elif p not in vocabulary_terms:
            continue
        # HermiT infers no data values; owlready2 only echoes the asserted ones,
        # typed xsd:string where rdflib had plain literals, so skip them.
        if isinstance(o, URIRef):
            triple = (URIRef(s), URIRef(p), URIRef(o))
            if triple not in asserted:
                entailed.add(triple)
    return entailed


def hierarchy_closure(ontology: Graph, triples: Graph) -> set[Triple]:
    """Types implied by rdfs:subClassOf and values implied by rdfs:subPropertyOf."""
    supers_of_class: dict[object, set[URIRef]] = {}
    supers_of_prop: dict[object, set[URIRef]] = {}
    out: set[Triple] = set()
    for s, p, o in triples:
        if not (isinstance(s, URIRef) and isinstance(p, URIRef)):
            continue
        if p == RDF.type:
            if o not in supers_of_class:
                supers_of_class[o] = {
                    c
                    for c in ontology.transitive_objects(o, RDFS.subClassOf)
                    if isinstance(c, URIRef) and c != o
                }
            out.update((s, RDF.type, c) for c in supers_of_class[o])
        else:
            if p not in supers_of_prop:
                supers_of_prop[p] = {
                    q
                    for q in ontology.transitive_objects(p, RDFS.subPropertyOf)
                    if isinstance(q, URIRef) and q != p
                }
            if isinstance(o, URIRef | Literal):
                out.update((s, q, o) for q in supers_of_prop[p])
    return out


def _to_oxigraph(graph: Graph) -> ox.Store:
    store = ox.Store()
    store.bulk_load(graph.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)
    return store


def run_rules(data: Graph, selected: list[Rule] | None = None) -> dict[str, set[Triple]]:
    """Run each CONSTRUCT rule once over ``data`` in an in-memory Oxigraph store."""
    store = _to_oxigraph(data)
    results: dict[str, set[Triple]] = {}
    for rule in selected if selected is not None else rules():
        output = store.query(rule.query)
        assert isinstance(output, ox.QueryTriples)
        text = output.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
        results[rule.name] = {
            (s, p, o)  # type: ignore[misc]
            for s, p, o in Graph().parse(data=text.decode("utf-8"), format="nt")
        }
    return results


def _values(rows: Sequence[tuple[URIRef, ...]]) -> str:
    return " ".join("(" + " ".join(term.n3() for term in row) + ")" for row in sorted(rows))


def axioms(ontology: Graph) -> dict[str, list[tuple[URIRef, ...]]]:
    """The axioms the OWL RL rules use, as tables of IRIs per kind of axiom."""

    def uris(rows: Iterable[tuple[Node, ...]]) -> list[tuple[URIRef, ...]]:
        return [
            tuple(URIRef(str(x)) for x in row)
            for row in rows
            if all(isinstance(x, URIRef) for x in row)
        ]

    owl_props = {
        p
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty)
        for p in ontology.subjects(RDF.type, kind)
    }
    domains: list[tuple[URIRef, ...]] = [
        (p, d) for p, d in uris(ontology.subject_objects(RDFS.domain)) if p in owl_props
    ]
    ranges: list[tuple[URIRef, ...]] = [
        (p, r)
        for p, r in uris(ontology.subject_objects(RDFS.range))
        if (p, RDF.type, OWL.ObjectProperty) in ontology
    ]
    inverses = uris(ontology.subject_objects(OWL.inverseOf))
    symmetric = uris((x,) for x in ontology.subjects(RDF.type, OWL.SymmetricProperty))
    transitive = uris((x,) for x in ontology.subjects(RDF.type, OWL.TransitiveProperty))
    chains: list[tuple[URIRef, ...]] = []
    for prop, head in ontology.subject_objects(OWL.propertyChainAxiom):
        steps = list(Collection(ontology, head))
        if len(steps) != 2 or not all(isinstance(x, URIRef) for x in (prop, *steps)):
            raise ReasoningError(
                f"property chain of {prop} has {len(steps)} steps; the rules handle two",
                hint="split the chain through an intermediate property",
            )
        chains.append((URIRef(str(prop)), URIRef(str(steps[0])), URIRef(str(steps[1]))))
    return {
        "domains": domains,
        "ranges": ranges,
        "inverses": inverses,
        "symmetric": symmetric,
        "transitive": transitive,
        "chains": chains,
    }


def owl_rules(ontology: Graph) -> list[Rule]:
    """OWL 2 RL rules for the axioms this ontology uses, generated from its TBox as
    SPARQL CONSTRUCT queries (one per kind of axiom, the axioms as a VALUES table).
    They let Oxigraph derive at scale what HermiT derives on small data; with the
    hierarchy closure they give the same facts on the curated data (tested)."""

    tables = axioms(ontology)
    domains, ranges = tables["domains"], tables["ranges"]
    inverses, symmetric = tables["inverses"], tables["symmetric"]
    transitive, chains = tables["transitive"], tables["chains"]
    queries = {
        "owl-domain": ("{ ?s a ?c . }", f"VALUES (?p ?c) {{ {_values(domains)} }} ?s ?p ?o ."),
        "owl-range": (
            "{ ?o a ?c . }",
            f"VALUES (?p ?c) {{ {_values(ranges)} }} ?s ?p ?o . FILTER isIRI(?o)",
        ),
        "owl-inverse": (
            "{ ?o ?q ?s . }",
            f"{{ VALUES (?p ?q) {{ {_values(inverses)} }} }} UNION"
            f" {{ VALUES (?q ?p) {{ {_values(inverses)} }} }} ?s ?p ?o . FILTER isIRI(?o)",
        ),
        "owl-symmetric": ("{ ?o ?p ?s . }", f"VALUES (?p) {{ {_values(symmetric)} }} ?s ?p ?o ."),
        "owl-transitive": (
            "{ ?x ?p ?z . }",
            f"VALUES (?p) {{ {_values(transitive)} }} ?x ?p ?y . ?y ?p ?z .",
        ),
        "owl-chain": (
            "{ ?x ?p ?z . }",
            f"VALUES (?p ?a ?b) {{ {_values(chains)} }} ?x ?a ?y . ?y ?b ?z .",
        ),
    }
    return [
        Rule(name, resources.ontology_file(), name, f"CONSTRUCT {head} WHERE {{ {body} }}")
        for name, (head, body) in queries.items()
        if "VALUES" not in body or "{  }" not in body
    ]


def infer(
    ontology: Graph, asserted: Graph, *, use_hermit: bool = True, owl_rl: bool = False
) -> Inference:
    """Everything the build derives from the asserted facts, none of them asserted.

    ``use_hermit``: entailments by HermiT first. ``owl_rl``: instead, OWL RL rules
    generated from the ontology, run inside Oxigraph (no Java; scales further)."""
    reasoner = "HermiT" if use_hermit else ("OWL RL rules" if owl_rl else "rules only")
    inference = Inference(reasoner=reasoner)
    if use_hermit:
        for triple in sorted(hermit(ontology, asserted)):
            inference.add(triple, KG.HermiT)
    selected = rules() + (owl_rules(ontology) if owl_rl else [])
    # Closure and rules feed each other; iterate to a fixpoint.
    for _ in range(50):
        known = Graph()
        known += asserted
        known += inference.graph
        added = 0
        for triple in sorted(hierarchy_closure(ontology, known)):
            if triple not in asserted:
                added += inference.add(triple, KG.RdfsClosure)
        known += inference.graph
        for name, triples in run_rules(known, selected).items():
            for triple in sorted(triples):
                if triple not in asserted:
                    added += inference.add(triple, RULE[name])
        if not added:
            break
    return inference


def reified(inference: Inference) -> Graph:
    """One rdf:Statement per inferred triple, with how it was derived."""
    g = Graph()
    for triple, how in inference.derived_by.items():
        node = statement_iri(triple)
        g.add((node, RDF.type, RDF.Statement))
        g.add((node, RDF.type, KG.InferredStatement))
        g.add((node, RDF.subject, triple[0]))
        g.add((node, RDF.predicate, triple[1]))
        g.add((node, RDF.object, triple[2]))
        g.add((node, KG.derivedBy, how))
    for rule in rules():
        g.add((RULE[rule.name], RDF.type, KG.Derivation))
        g.add((RULE[rule.name], RDFS.label, Literal(rule.title)))
        g.add((RULE[rule.name], RDFS.comment, Literal(f"SPARQL rule kg/rules/{rule.name}.rq")))
    return g
