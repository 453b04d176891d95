"""The rules a build reasons with, as SPARQL CONSTRUCT queries: the hierarchy
closure and the OWL RL rules, both generated from the ontology's TBox, and the
named rules in ``kg/rules`` (relations OWL cannot state, such as ties between two
*different* countries); ``StoreRule`` is a rule split into the atoms the engine
binds one at a time."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.term import Node

from ..errors import ReasoningError
from ..model import resources
from ..model.ontology import file_stamp, load_graph, transitive_supers

_TERM = r"(?:\?\w+|<[^<>\s]*>|[A-Za-z][\w-]*:[\w-]*)"
ATOM = re.compile(rf"(?<![\w?:<>])(?P<atom>{_TERM}\s+(?:a|{_TERM})\s+{_TERM})\s*\.")
_SHAPE = re.compile(
    r"^(?P<prefixes>.*?)CONSTRUCT\s*\{(?P<head>.*?)\}\s*WHERE\s*\{(?P<body>.*)\}\s*$", re.S
)


@dataclass(frozen=True)
class Rule:
    name: str
    path: Path
    title: str
    query: str


def rules() -> list[Rule]:
    """The named SPARQL CONSTRUCT rules in ``kg/rules``, in file-name order."""
    found = []
    for path in sorted(resources.rules_dir().glob("*.rq"), key=lambda p: p.stem):
        text = path.read_text(encoding="utf-8")
        title = next(
            (ln.split(":", 1)[1].strip() for ln in text.splitlines() if ln.startswith("# title:")),
            path.stem,
        )
        found.append(Rule(path.stem, path, title, text))
    return found


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


CLOSURE_PREFIX = "closure-"
"""The names of the hierarchy closure rules start with it."""


def closure_rules(ontology: Graph) -> list[Rule]:
    """The rdfs:subClassOf and rdfs:subPropertyOf closure as two rules."""

    def pairs(relation: URIRef) -> list[tuple[URIRef, ...]]:
        tree = transitive_supers(ontology, relation)
        return [(sub, sup) for sub, supers in tree.items() for sup in supers]

    classes = _values(pairs(RDFS.subClassOf))
    properties = _values(pairs(RDFS.subPropertyOf))
    path = resources.ontology_file()
    return [
        Rule(
            f"{CLOSURE_PREFIX}class",
            path,
            "class hierarchy",
            f"CONSTRUCT {{ ?s a ?d . }} WHERE {{ VALUES (?c ?d) {{ {classes} }}"
            " ?s a ?c . FILTER isIRI(?s) }",
        ),
        Rule(
            f"{CLOSURE_PREFIX}property",
            path,
            "property hierarchy",
            f"CONSTRUCT {{ ?s ?q ?o . }} WHERE {{ VALUES (?p ?q) {{ {properties} }}"
            " ?s ?p ?o . FILTER isIRI(?s) }",
        ),
    ]


@dataclass(frozen=True)
class StoreRule:
    """A rule as the engine evaluates it: its head atoms, its body, and where each
    atom of the body lies in it (so that each can be bound on its own)."""

    name: str
    prefixes: str
    head: tuple[str, ...]
    body: str
    atoms: tuple[tuple[int, int], ...]

    @classmethod
    def parse(cls, rule: Rule) -> StoreRule:
        text = "\n".join(ln for ln in rule.query.splitlines() if not ln.lstrip().startswith("#"))
        match = _SHAPE.match(text.strip())
        if match is None:
            raise ReasoningError(
                f"rule {rule.name} is not of the form CONSTRUCT {{ ... }} WHERE {{ ... }}",
                path=rule.path,
                hint="write rules as one CONSTRUCT query",
            )
        head = tuple(m["atom"] for m in ATOM.finditer(match["head"] + " ."))
        body = match["body"]
        atoms = tuple(m.span("atom") for m in ATOM.finditer(body))
        bare = re.sub(r"<[^<>\s]*>", "", body)
        if not head or not atoms or any(s in bare for s in (";", ",", "/", "|")):
            raise ReasoningError(
                f"rule {rule.name} cannot be evaluated incrementally",
                path=rule.path,
                hint="write every triple pattern on its own, ended by ' .', without"
                " ';', ',' or property paths",
            )
        return cls(rule.name, match["prefixes"], head, body, atoms)

    @property
    def single_atom(self) -> bool:
        return len(self.atoms) == 1


def store_rules(ontology: Graph, *, owl_rl: bool = True) -> list[StoreRule]:
    """The rules of a build, in the order the engine runs them (which decides the
    label of a fact that two rules derive in the same round): the hierarchy closure,
    the named rules, then (``owl_rl``) the OWL RL rules."""
    selected = [*closure_rules(ontology), *rules(), *(owl_rules(ontology) if owl_rl else [])]
    return [StoreRule.parse(r) for r in selected]


def bundled_rules() -> list[StoreRule]:
    """``store_rules`` of the bundled ontology, derived once per version of it."""
    return list(_bundled_rules(file_stamp(resources.ontology_file())))


@lru_cache(maxsize=2)
def _bundled_rules(stamp: int) -> tuple[StoreRule, ...]:
    return tuple(store_rules(load_graph()))


__all__ = [
    "ATOM",
    "CLOSURE_PREFIX",
    "Rule",
    "StoreRule",
    "axioms",
    "bundled_rules",
    "closure_rules",
    "owl_rules",
    "rules",
    "store_rules",
]
