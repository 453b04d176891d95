"""Reasoning at scale, inside an Oxigraph store.

The same rules as ``reason.infer(owl_rl=True)`` (hierarchy closure, OWL RL rules
generated from the ontology, the named rules in ``kg/rules``), evaluated as
SPARQL CONSTRUCT queries over the store's graphs:

- ``saturate``: semi-naive forward chaining. After a first round (in full, or
  only the joins when the new facts are already closed under the one-atom rules:
  see ``Closure``), each round evaluates every rule once per body atom, that atom
  bound by a VALUES block to its matches among the facts new in the last round,
  until a round adds nothing.
- ``retract``: delete-and-rederive (DRed) for removed facts: delete everything
  derivable from them, then restore what the remaining facts still derive.

Rule bodies are written one triple pattern per atom, without ``;``, ``,``,
UNION or property paths, so that each atom can be bound on its own.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from ..errors import ReasoningError
from ..model import resources
from ..model.namespaces import ASSERTED_GRAPH, GRAPH, INFERRED_GRAPH
from ..model.ontology import file_stamp, load_graph
from ..reasoning.inference import Rule, _values, axioms, owl_rules, rules

_TERM = r"(?:\?\w+|<[^<>\s]*>|[A-Za-z][\w-]*:[\w-]*)"
ATOM = re.compile(rf"(?<![\w?:<>])(?P<atom>{_TERM}\s+(?:a|{_TERM})\s+{_TERM})\s*\.")
_SHAPE = re.compile(
    r"^(?P<prefixes>.*?)CONSTRUCT\s*\{(?P<head>.*?)\}\s*WHERE\s*\{(?P<body>.*)\}\s*$", re.S
)

TMP = GRAPH["tmp/"]
_RDF_TYPE = f"<{RDF.type}>"
ONE_ATOM = "one-atom rules"
"""How a fact derived by ``Closure`` inside ``saturate`` is labelled."""
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreRule:
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


def closure_rules(ontology: Graph) -> list[Rule]:
    """The rdfs:subClassOf and rdfs:subPropertyOf closure as two rules."""

    def pairs(prop: URIRef) -> list[tuple[URIRef, ...]]:
        out: list[tuple[URIRef, ...]] = []
        for sub in set(ontology.subjects(prop, None)):
            if not isinstance(sub, URIRef):
                continue
            for sup in ontology.transitive_objects(sub, prop):
                if isinstance(sup, URIRef) and sup != sub:
                    out.append((sub, sup))
        return out

    classes = _values(pairs(RDFS.subClassOf))
    properties = _values(pairs(RDFS.subPropertyOf))
    path = resources.ontology_file()
    return [
        Rule(
            "closure-class",
            path,
            "class hierarchy",
            f"CONSTRUCT {{ ?s a ?d . }} WHERE {{ VALUES (?c ?d) {{ {classes} }}"
            " ?s a ?c . FILTER isIRI(?s) }",
        ),
        Rule(
            "closure-property",
            path,
            "property hierarchy",
            f"CONSTRUCT {{ ?s ?q ?o . }} WHERE {{ VALUES (?p ?q) {{ {properties} }}"
            " ?s ?p ?o . FILTER isIRI(?s) }",
        ),
    ]


def store_rules(ontology: Graph) -> list[StoreRule]:
    """Every rule of the rules reasoner, in the order ``reason.infer`` runs them."""
    return [StoreRule.parse(r) for r in (*closure_rules(ontology), *rules(), *owl_rules(ontology))]


def bundled_rules() -> list[StoreRule]:
    """``store_rules`` of the bundled ontology, derived once per version of it."""
    return list(_bundled_rules(file_stamp(resources.ontology_file())))


@lru_cache(maxsize=2)
def _bundled_rules(stamp: int) -> tuple[StoreRule, ...]:
    return tuple(store_rules(load_graph()))


Fact = tuple[Any, Any, Any]
"""A triple as pyoxigraph terms (subject, predicate, object)."""


class Materializer:
    """Keeps ``inferred`` closed under the rules over ``sources`` + ``inferred``.

    Rules run as CONSTRUCT queries over the dataset of those graphs, with the
    restricted atom matched in a named graph of new facts; new facts are checked
    against the store and added in bulk. (SPARQL Update with USING was measured
    10 times slower for the same joins in pyoxigraph 0.5.)"""

    def __init__(
        self,
        store: ox.Store,
        rules: Sequence[StoreRule],
        sources: Sequence[str],
        inferred: str,
        closure: Closure | None = None,
    ) -> None:
        self.store = store
        self.rules = list(rules)
        self.sources = list(sources)
        self.inferred = inferred
        self.closure = closure
        """When given, each round's new facts are closed under the one-atom rules in
        Python, and the next round runs only the joins (a store query per one-atom
        rule costs a scan of the delta; the Python closure is a lookup per fact)."""
        self.derived: Counter[str] = Counter()
        self.derived_by: dict[Fact, str] = {}
        self.rounds = 0

    def _graphs(self, extra: Sequence[str] = ()) -> list[ox.NamedNode]:
        return [ox.NamedNode(g) for g in (*self.sources, self.inferred, *extra)]

    def _construct(self, rule: StoreRule, head: str, body: str, extra: Sequence[str] = ()) -> Any:
        return self.store.query(
            f"{rule.prefixes} CONSTRUCT {{ {head} . }} WHERE {{ {body} }}",
            default_graph=self._graphs(extra),  # type: ignore[arg-type]
        )

    def variants(self, rule: StoreRule, delta: Sequence[str]) -> Iterator[str]:
        """The rule body once per atom, that atom bound to its matches in ``delta``
        by a VALUES block (so that the join starts from the few new facts); atoms
        without a match in ``delta`` give no variant."""
        for start, end in rule.atoms:
            block = self.matches(rule, rule.body[start:end], delta)
            if block:
                yield f"{rule.body[:start]}{block}{rule.body[end:]}"

    def matches(self, rule: StoreRule, pattern: str, graphs: Sequence[str]) -> str | None:
        """A VALUES block of the bindings of ``pattern``'s variables to its matches in
        ``graphs`` (None if there are none). A blank node cannot be written in VALUES:
        if one matches, the answer is the pattern itself in a GRAPH group instead."""
        names = list(dict.fromkeys(re.findall(r"\?\w+", pattern)))
        within = " ".join(f"<{g}>" for g in graphs)
        rows = self.store.query(
            f"{rule.prefixes} SELECT DISTINCT {' '.join(names)} WHERE {{"
            f" VALUES ?kgDelta {{ {within} }} GRAPH ?kgDelta {{ {pattern} . }} }}"
        )
        values = []
        for row in rows:  # type: ignore[union-attr]
            terms = [row[n[1:]] for n in names]
            if not all(isinstance(x, ox.NamedNode | ox.Literal) for x in terms):
                return f"VALUES ?kgDelta {{ {within} }} GRAPH ?kgDelta {{ {pattern} . }}"
            values.append("(" + " ".join(str(x) for x in terms) + ")")
        if not values:
            return None
        return f"VALUES ({' '.join(names)}) {{ {' '.join(values)} }}"

    def is_known(self, fact: Fact, graphs: Sequence[ox.NamedNode]) -> bool:
        s, p, o = fact
        return any(ox.Quad(s, p, o, g) in self.store for g in graphs)

    def count(self, graph: str) -> int:
        return sum(1 for _ in self.store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def put(self, facts: set[Fact] | list[Fact], graph: str) -> None:
        name = ox.NamedNode(graph)
        self.store.extend(ox.Quad(s, p, o, name) for s, p, o in facts)

    def _drop(self, graph: str) -> None:
        self.store.update(f"DROP SILENT GRAPH <{graph}>")

    def add_new(self, facts: set[Fact] | list[Fact], how: str) -> list[Fact]:
        """Add to ``inferred`` the facts the store does not hold yet; return them."""
        known = self._graphs()
        new = [f for f in facts if not self.is_known(f, known)]
        self.put(new, self.inferred)
        for fact in new:
            self.derived_by.setdefault(fact, how)
        self.derived[how] += len(new)
        return new

    def saturate(self, delta: str | Sequence[str] | None = None, closed: bool = False) -> int:
        """Derive until nothing new. ``delta``: the graph(s) of facts new since the
        store was last closed (None: evaluate every rule in full). ``closed``: the
        delta is already closed under the one-atom rules (see ``Closure``), so the
        first round runs only the joins."""
        added = 0
        current: list[str] | None = (
            None if delta is None else [delta] if isinstance(delta, str) else list(delta)
        )
        known = self._graphs()
        for round_no in range(100):
            self.rounds += 1
            found: dict[Fact, str] = {}
            for rule in self.rules:
                if rule.single_atom and (
                    (closed and round_no == 0) or (self.closure is not None and round_no > 0)
                ):
                    continue
                head = " . ".join(rule.head)
                started = time.monotonic()
                bodies = [rule.body] if current is None else self.variants(rule, current)
                for body in bodies:
                    for triple in self._construct(rule, head, body):
                        fact = (triple.subject, triple.predicate, triple.object)
                        if fact not in found and not self.is_known(fact, known):
                            found[fact] = rule.name
                log.debug("round %d %s: %.2f s", round_no, rule.name, time.monotonic() - started)
            for graph in current or ():
                if graph.startswith(str(TMP)):
                    self._drop(graph)
            if not found:
                return added
            if self.closure is not None:
                found.update(self._one_atom_consequences(found, known))
            self.put(list(found), self.inferred)
            for fact, how in found.items():
                self.derived_by.setdefault(fact, how)
                self.derived[how] += 1
            added += len(found)
            new = f"{TMP}delta-{round_no}"
            self._drop(new)
            self.put(list(found), new)
            current = [new]
        raise ReasoningError("the rules did not reach a fixpoint in 100 rounds")

    def _one_atom_consequences(
        self, facts: dict[Fact, str], known: Sequence[ox.NamedNode]
    ) -> dict[Fact, str]:
        """What the one-atom rules derive from ``facts`` that neither they nor the
        store hold (the store is closed, so those consequences are complete)."""
        assert self.closure is not None
        lines: set[str] = set()
        for s, p, o in facts:
            for a, q, b in self.closure.derive(str(s), str(p), str(o)):
                lines.add(f"{a} {q} {b} .\n")
        out: dict[Fact, str] = {}
        if not lines:
            return out
        for triple in ox.parse("".join(lines).encode("utf-8"), ox.RdfFormat.N_TRIPLES):
            fact = (triple.subject, triple.predicate, triple.object)
            if fact not in facts and not self.is_known(fact, known):
                out[fact] = ONE_ATOM
        return out

    def retract(self, removed: str) -> tuple[int, int]:
        """Delete-and-rederive after the facts in graph ``removed`` were deleted from
        the sources. Returns (inferred facts deleted, facts rederived)."""
        sources = [ox.NamedNode(g) for g in self.sources]
        gone = [
            (q.subject, q.predicate, q.object)
            for q in self.store.quads_for_pattern(None, None, None, ox.NamedNode(removed))
        ]
        # Removed facts still asserted elsewhere keep their consequences.
        gone = [f for f in gone if not self.is_known(f, sources)]
        inferred = ox.NamedNode(self.inferred)
        over: set[Fact] = set()
        old = f"{TMP}removed"
        self._drop(old)
        self.put(gone, old)
        current = old
        # Overdelete against the old state: the removed facts are still in view.
        for round_no in range(100):
            found: set[Fact] = set()
            for rule in self.rules:
                head = " . ".join(rule.head)
                for body in self.variants(rule, [current]):
                    for triple in self._construct(rule, head, body, (old, current)):
                        fact = (triple.subject, triple.predicate, triple.object)
                        if fact not in over and ox.Quad(*fact, inferred) in self.store:
                            found.add(fact)
            if current != old:
                self._drop(current)
            if not found:
                break
            over |= found
            current = f"{TMP}over-{round_no}"
            self._drop(current)
            self.put(found, current)
        else:
            raise ReasoningError("overdeletion did not reach a fixpoint in 100 rounds")
        self._drop(old)
        for s, p, o in over:
            self.store.remove(ox.Quad(s, p, o, inferred))
        # Rederive what the remaining facts still give in one step, then its consequences.
        candidates = f"{TMP}overdeleted"
        self._drop(candidates)
        self.put(over | set(gone), candidates)
        back: set[Fact] = set()
        known = self._graphs()
        for rule in self.rules:
            for head in rule.head:
                # The candidates bound first: the body alone may match millions.
                bound = self.matches(rule, head, [candidates])
                if bound is None:
                    continue
                for triple in self._construct(rule, head, f"{bound} {rule.body}"):
                    fact = (triple.subject, triple.predicate, triple.object)
                    if not self.is_known(fact, known):
                        back.add(fact)
                        self.derived_by.setdefault(fact, rule.name)
        self._drop(candidates)
        for fact in over:
            self.derived_by.pop(fact, None)
        self.put(back, self.inferred)
        rederived = len(back)
        if back:
            start = f"{TMP}rederived"
            self._drop(start)
            self.put(back, start)
            rederived += self.saturate(start)
        return len(over), rederived


class Closure:
    """The one-atom rules (hierarchy, domain, range, inverse, symmetric) compiled
    from the TBox, applied to single triples in Python while they are generated.
    A bulk import closes its own facts this way and leaves only the joins to the
    store (``saturate(closed=True)``). Tested equal to the store rules."""

    def __init__(self, ontology: Graph) -> None:
        self.type = _RDF_TYPE
        tables = axioms(ontology)

        def supers(prop: URIRef) -> dict[str, set[str]]:
            out: dict[str, set[str]] = defaultdict(set)
            for sub in set(ontology.subjects(prop, None)):
                if isinstance(sub, URIRef):
                    for sup in ontology.transitive_objects(sub, prop):
                        if isinstance(sup, URIRef) and sup != sub:
                            out[f"<{sub}>"].add(f"<{sup}>")
            return out

        def table(rows: list[tuple[URIRef, ...]], both: bool = False) -> dict[str, set[str]]:
            out: dict[str, set[str]] = defaultdict(set)
            for a, b in rows:
                out[f"<{a}>"].add(f"<{b}>")
                if both:
                    out[f"<{b}>"].add(f"<{a}>")
            return out

        self.subclass = supers(RDFS.subClassOf)
        self.subproperty = supers(RDFS.subPropertyOf)
        self.domain = table(tables["domains"])
        self.range = table(tables["ranges"])
        self.inverse = table(tables["inverses"], both=True)
        self.symmetric = {f"<{p}>" for (p,) in tables["symmetric"]}
        self._templates: dict[tuple[str, str | None, bool], list[tuple[str, str, str]]] = {}

    def _symbolic(self, p: str, cls: str | None, iri_object: bool) -> list[tuple[str, str, str]]:
        """Consequences of (S p O), or of (S a cls), with S and O as placeholders."""
        start = ("S", p, cls if cls is not None else "O")
        seen = {start}
        todo = [start]

        def add(triple: tuple[str, str, str]) -> None:
            if triple not in seen:
                seen.add(triple)
                todo.append(triple)

        while todo:
            x, q, y = todo.pop()
            if q == self.type:
                for sup in self.subclass.get(y, ()):
                    add((x, q, sup))
                continue
            y_iri = y == "S" or iri_object
            for sup in self.subproperty.get(q, ()):
                add((x, sup, y))
            for cls_ in self.domain.get(q, ()):
                add((x, self.type, cls_))
            if y_iri:
                for cls_ in self.range.get(q, ()):
                    add((y, self.type, cls_))
                for inv in self.inverse.get(q, ()):
                    add((y, inv, x))
                if q in self.symmetric:
                    add((y, q, x))
        seen.discard(start)
        return sorted(seen)

    def may_derive(self, statement: str) -> bool:
        """Whether a fact (an N-Triples statement without the dot) could be the
        consequence of another: its predicate, or its class, is derivable."""
        _, p, o = statement.split(" ", 2)
        if p == self.type:
            return o in self._derivable_classes
        return p in self._derivable_predicates

    @cached_property
    def _derivable_classes(self) -> set[str]:
        out = {c for supers in self.subclass.values() for c in supers}
        for table in (self.domain, self.range):
            for classes in table.values():
                for cls in classes:
                    out |= {cls, *self.subclass.get(cls, ())}
        return out

    @cached_property
    def _derivable_predicates(self) -> set[str]:
        out = {q for supers in self.subproperty.values() for q in supers}
        out |= {q for inverses in self.inverse.values() for q in inverses}
        out |= self.symmetric
        for q in list(out):
            out |= self.subproperty.get(q, set())
        return out

    def derive(self, s: str, p: str, o: str) -> list[tuple[str, str, str]]:
        """What the one-atom rules derive from one triple in N-Triples terms."""
        terms = {"S": s, "O": o}
        return [(terms.get(a, a), q, terms.get(b, b)) for a, q, b in self._lookup(p, o)]

    def _lookup(self, p: str, o: str) -> list[tuple[str, str, str]]:
        iri = o.startswith("<")
        key = (p, o if p == self.type else None, iri)
        templates = self._templates.get(key)
        if templates is None:
            templates = self._templates[key] = self._symbolic(p, key[1], iri)
        return templates


class ClosureSink:
    """Collects the one-atom consequences of many triples, deduplicated as they
    come: most are a type or a value of the triple's subject alone (kept per
    subject as ' predicate object' endings), the rest are kept whole."""

    def __init__(self, closure: Closure) -> None:
        self.closure = closure
        self.endings: dict[str, set[str]] = defaultdict(set)
        self.whole: set[str] = set()
        self._compiled: dict[tuple[str, str | None, bool], list[tuple[int, str]]] = {}

    def _compile(self, p: str, o: str) -> list[tuple[int, str]]:
        iri = o.startswith("<")
        key = (p, o if p == self.closure.type else None, iri)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = []
            for a, q, b in self.closure._lookup(p, o):
                if a in ("S", "O") and b not in ("S", "O"):
                    compiled.append((0 if a == "S" else 1, f" {q} {b}"))
                else:
                    compiled.append((2, f"{a}\t{q}\t{b}"))
            self._compiled[key] = compiled
        return compiled

    def add(self, s: str, p: str, o: str) -> None:
        for kind, piece in self._compile(p, o):
            if kind == 0:
                self.endings[s].add(piece)
            elif kind == 1:
                self.endings[o].add(piece)
            else:
                a, q, b = piece.split("\t")
                terms = {"S": s, "O": o}
                self.whole.add(f"{terms[a]} {q} {terms[b]}")

    def statements(self) -> Iterator[str]:
        """Every consequence once."""
        yield from self.whole
        for subject, endings in self.endings.items():
            for ending in endings:
                statement = subject + ending
                if statement not in self.whole:
                    yield statement


_PREFIX = re.compile(r"PREFIX\s+([\w-]*):\s*<([^<>\s]*)>", re.I)
_CONSTANT = re.compile(r"<[^<>\s]*>|(?<![\w?])[A-Za-z][\w-]*:[\w-]*")


@dataclass(frozen=True)
class JoinVocabulary:
    """What the atoms of the rules with joins can match: facts with one of
    ``predicates``, and type facts of one of ``classes`` (None: of any class)."""

    predicates: frozenset[str]
    classes: frozenset[str] | None

    def matches(self, statement: str) -> bool:
        """Whether a fact (an N-Triples statement without the dot) can match."""
        _, p, o = statement.split(" ", 2)
        if p == _RDF_TYPE:
            return self.classes is None or o in self.classes
        return p in self.predicates


def join_vocabulary(rules: Sequence[StoreRule]) -> JoinVocabulary | None:
    """The vocabulary of the rules with more than one atom; None when an atom's
    predicate is a variable that no VALUES block of its rule binds."""
    predicates: set[str] = set()
    classes: set[str] | None = set()
    for rule in rules:
        if rule.single_atom:
            continue
        prefixes = dict(_PREFIX.findall(rule.prefixes))

        def iri(term: str, prefixes: dict[str, str] = prefixes) -> str | None:
            if term.startswith("<"):
                return term
            name, _, local = term.partition(":")
            return f"<{prefixes[name]}{local}>" if name in prefixes else None

        constants = {c for c in map(iri, _CONSTANT.findall(rule.body)) if c}
        for start, end in rule.atoms:
            _, p, o = rule.body[start:end].split(None, 2)
            if p in ("a", "rdf:type", _RDF_TYPE):
                if o.startswith("?"):
                    classes = None
                elif classes is not None and (cls := iri(o)):
                    classes.add(cls)
            elif p.startswith("?"):
                if "VALUES" not in rule.body:
                    return None
                predicates |= constants  # a superset: every constant of the rule
                if classes is not None:
                    classes |= constants
            elif (prop := iri(p)) is not None:
                predicates.add(prop)
            else:
                return None
    return JoinVocabulary(frozenset(predicates), None if classes is None else frozenset(classes))


def close_joins(
    rules: Sequence[StoreRule], closure: Closure, facts: Path
) -> tuple[dict[Fact, str], int]:
    """Saturate, in an in-memory store, the facts the joins can match (the N-Triples
    file ``facts``: closed under the one-atom rules, and every fact of the graph
    that ``join_vocabulary`` matches). Returns the derived facts and the number
    of rounds; some of the derived facts may be facts of the graph that the joins
    cannot match (check them)."""
    memory = ox.Store()
    memory.bulk_load(
        path=str(facts),
        format=ox.RdfFormat.N_TRIPLES,
        to_graph=ox.NamedNode(str(ASSERTED_GRAPH)),
    )
    materializer = Materializer(memory, rules, [str(ASSERTED_GRAPH)], str(INFERRED_GRAPH), closure)
    materializer.saturate(None, closed=True)
    return materializer.derived_by, materializer.rounds


def _rdflib_term(term: Any) -> Any:
    from rdflib import Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(term.value)  # as curate writes plain strings
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def infer_in_memory(asserted_nt: bytes) -> Any:
    """What the rules derive from the curated facts alone, as ``reason.Inference``
    (for the flat exports and the reified provenance of an incremental build)."""
    from ..model.namespaces import KG, RULE
    from ..reasoning.inference import Inference

    mem = ox.Store()
    mem.bulk_load(asserted_nt, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(ASSERTED_GRAPH)))
    materializer = Materializer(mem, bundled_rules(), [str(ASSERTED_GRAPH)], str(INFERRED_GRAPH))
    materializer.saturate()
    inference = Inference(reasoner="OWL RL rules")
    for (s, p, o), how in sorted(materializer.derived_by.items(), key=lambda x: str(x[0])):
        label = KG.RdfsClosure if how.startswith("closure-") else RULE[how]
        inference.add((_rdflib_term(s), _rdflib_term(p), _rdflib_term(o)), label)
    return inference


__all__ = [
    "ATOM",
    "Closure",
    "ClosureSink",
    "JoinVocabulary",
    "Materializer",
    "StoreRule",
    "bundled_rules",
    "close_joins",
    "closure_rules",
    "infer_in_memory",
    "join_vocabulary",
    "store_rules",
]
