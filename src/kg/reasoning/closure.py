"""The one-atom rules in Python (``Closure``, ``ClosureSink``), and what the rules
with joins can match (``join_vocabulary``): a bulk import closes its own facts
while it generates them and leaves only the joins to the engine."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from ..model.namespaces import IMPORTED_ACTORS, IMPORTED_RECORDS
from ..model.ontology import transitive_supers
from .rules import StoreRule, axioms

_RDF_TYPE = f"<{RDF.type}>"


class Closure:
    """The one-atom rules (hierarchy, domain, range, inverse, symmetric) compiled
    from the TBox, applied to single triples in Python while they are generated.
    A bulk import closes its own facts this way and leaves only the joins to the
    store (``saturate(closed=True)``). Tested equal to the store rules."""

    def __init__(self, ontology: Graph) -> None:
        self.type = _RDF_TYPE
        tables = axioms(ontology)

        def supers(relation: URIRef) -> dict[str, set[str]]:
            tree = transitive_supers(ontology, relation)
            return {f"<{sub}>": {f"<{sup}>" for sup in tree[sub]} for sub in tree}

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


_RECORD, _ACTOR = f"<{IMPORTED_RECORDS}", f"<{IMPORTED_ACTORS}"


class RecordFilter:
    """Which inferred facts the store keeps. An imported record (an event
    ``id:icews/DATASET/FILE-LINE``) brings ten or more one-atom consequences: its
    superclasses (kg:Event, schema:Event, prov:Activity), the super-properties
    and inverses of its roles and links (schema:attendee, kg:participatesIn,
    prov:wasDerivedFrom). They follow from the record's own facts and the TBox
    alone, so the store leaves out those that mention a record, except the
    ones a rule with joins can match (``join_vocabulary``): every rule still
    sees what it needs, and the named queries ask for the asserted forms.

    Called with an N-Triples statement without the dot; True: store it."""

    def __init__(self, vocabulary: JoinVocabulary | None) -> None:
        self.vocabulary = vocabulary

    def __call__(self, statement: str) -> bool:
        if self.vocabulary is None:  # a rule may match anything: keep everything
            return True
        s, _, o = statement.split(" ", 2)
        record = (s.startswith(_RECORD) and not s.startswith(_ACTOR)) or (
            o.startswith(_RECORD) and not o.startswith(_ACTOR)
        )
        return not record or self.vocabulary.matches(statement)


__all__ = ["Closure", "ClosureSink", "JoinVocabulary", "RecordFilter", "join_vocabulary"]
