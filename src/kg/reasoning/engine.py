"""The rules engine: closes the facts of an Oxigraph store under the rules (see
``rules``), evaluated as SPARQL CONSTRUCT queries over the store's graphs. Every
path that reasons runs it: a build (``inference.infer``), validation's closure, an
import and an incremental update.

- ``saturate``: semi-naive forward chaining. After a first round (in full, or
  only the joins when the new facts are already closed under the one-atom rules:
  see ``closure.Closure``), each round evaluates every rule once per body atom,
  that atom bound by a VALUES block to its matches among the facts new in the
  last round, until a round adds nothing.
- ``retract``: delete-and-rederive (DRed) for removed facts: delete everything
  derivable from them, then restore what the remaining facts still derive.

Rule bodies are written one triple pattern per atom, without ``;``, ``,``,
UNION or property paths, so that each atom can be bound on its own.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..errors import ReasoningError
from ..model.namespaces import ASSERTED_GRAPH, GRAPH, INFERRED_GRAPH
from .closure import Closure
from .rules import StoreRule

TMP = GRAPH["tmp/"]
ONE_ATOM = "one-atom rules"
"""How a fact derived by ``Closure`` inside ``saturate`` is labelled."""
MAX_ROUNDS = 100
"""Rounds before the engine gives up: the rules of a build close in a few."""
log = logging.getLogger(__name__)

TermTriple = tuple[Any, Any, Any]
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
        *,
        max_rounds: int = MAX_ROUNDS,
        stored: Callable[[str], bool] | None = None,
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
        self.derived_by: dict[TermTriple, str] = {}
        self.rounds = 0
        self.max_rounds = max_rounds
        self.stored = stored
        """Which derived facts go into ``inferred`` (``closure.RecordFilter``); the
        others are kept in ``unstored`` (as known) while the engine runs, so that
        their consequences are still derived."""
        self.unstored: set[TermTriple] = set()

    def keeps(self, fact: TermTriple) -> bool:
        s, p, o = fact
        return self.stored is None or self.stored(f"{s} {p} {o}")

    def _known(self, fact: TermTriple, graphs: Sequence[ox.NamedNode]) -> bool:
        return fact in self.unstored or self.is_known(fact, graphs)

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

    def is_known(self, fact: TermTriple, graphs: Sequence[ox.NamedNode]) -> bool:
        s, p, o = fact
        return any(ox.Quad(s, p, o, g) in self.store for g in graphs)

    def count(self, graph: str) -> int:
        return sum(1 for _ in self.store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def put(self, facts: set[TermTriple] | list[TermTriple], graph: str) -> None:
        name = ox.NamedNode(graph)
        self.store.extend(ox.Quad(s, p, o, name) for s, p, o in facts)

    def _drop(self, graph: str) -> None:
        self.store.update(f"DROP SILENT GRAPH <{graph}>")

    def add_new(self, facts: set[TermTriple] | list[TermTriple], how: str) -> list[TermTriple]:
        """Add to ``inferred`` the facts the store does not hold yet; return them."""
        known = self._graphs()
        new = [f for f in facts if self.keeps(f) and not self.is_known(f, known)]
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
        for round_no in range(self.max_rounds):
            self.rounds += 1
            found: dict[TermTriple, str] = {}
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
                        if fact not in found and not self._known(fact, known):
                            found[fact] = rule.name
                log.debug("round %d %s: %.2f s", round_no, rule.name, time.monotonic() - started)
            for graph in current or ():
                if graph.startswith(str(TMP)):
                    self._drop(graph)
            if not found:
                return added
            if self.closure is not None:
                found.update(self._one_atom_consequences(found, known))
            kept = {f: how for f, how in found.items() if self.keeps(f)}
            self.unstored.update(f for f in found if f not in kept)
            self.put(list(kept), self.inferred)
            for fact, how in kept.items():
                self.derived_by.setdefault(fact, how)
                self.derived[how] += 1
            added += len(kept)
            new = f"{TMP}delta-{round_no}"
            self._drop(new)
            self.put(list(found), new)
            current = [new]
        raise ReasoningError(
            f"the rules did not reach a fixpoint in {self.max_rounds} rounds",
            hint="a rule probably derives new terms from its own results; check the"
            " rules in kg/rules",
        )

    def _one_atom_consequences(
        self, facts: dict[TermTriple, str], known: Sequence[ox.NamedNode]
    ) -> dict[TermTriple, str]:
        """What the one-atom rules derive from ``facts`` that neither they nor the
        store hold (the store is closed, so those consequences are complete)."""
        assert self.closure is not None
        lines: set[str] = set()
        for s, p, o in facts:
            for a, q, b in self.closure.derive(str(s), str(p), str(o)):
                lines.add(f"{a} {q} {b} .\n")
        out: dict[TermTriple, str] = {}
        if not lines:
            return out
        for triple in ox.parse("".join(lines).encode("utf-8"), ox.RdfFormat.N_TRIPLES):
            fact = (triple.subject, triple.predicate, triple.object)
            if fact not in facts and not self._known(fact, known):
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
        over: set[TermTriple] = set()
        old = f"{TMP}removed"
        self._drop(old)
        self.put(gone, old)
        current = old
        # Overdelete against the old state: the removed facts are still in view.
        for round_no in range(self.max_rounds):
            found: set[TermTriple] = set()
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
            raise ReasoningError(
                f"overdeletion did not reach a fixpoint in {self.max_rounds} rounds",
                hint="a rule probably derives new terms from its own results; check the"
                " rules in kg/rules",
            )
        self._drop(old)
        for s, p, o in over:
            self.store.remove(ox.Quad(s, p, o, inferred))
        # Rederive what the remaining facts still give in one step, then its consequences.
        candidates = f"{TMP}overdeleted"
        self._drop(candidates)
        self.put(over | set(gone), candidates)
        back: set[TermTriple] = set()
        known = self._graphs()
        for rule in self.rules:
            for head in rule.head:
                # The candidates bound first: the body alone may match millions.
                bound = self.matches(rule, head, [candidates])
                if bound is None:
                    continue
                for triple in self._construct(rule, head, f"{bound} {rule.body}"):
                    fact = (triple.subject, triple.predicate, triple.object)
                    if self.keeps(fact) and not self.is_known(fact, known):
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


def close_joins(
    rules: Sequence[StoreRule],
    closure: Closure,
    facts: Path,
    stored: Callable[[str], bool] | None = None,
) -> tuple[dict[TermTriple, str], int]:
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
    materializer = Materializer(
        memory, rules, [str(ASSERTED_GRAPH)], str(INFERRED_GRAPH), closure, stored=stored
    )
    materializer.saturate(None, closed=True)
    return materializer.derived_by, materializer.rounds


__all__ = ["MAX_ROUNDS", "ONE_ATOM", "TMP", "Materializer", "TermTriple", "close_joins"]
