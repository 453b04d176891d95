"""The premises of facts the rules derived: for each, the facts of one match of
its rule's body that gives it. The engine evaluates rules as CONSTRUCT queries,
which return heads only; this runs each rule's body once more as a SELECT over
the closed store and writes the matched atoms out. For the curated facts of a
build (hundreds of matches), not for imported records."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

import pyoxigraph as ox

from .engine import TermTriple
from .rules import StoreRule

_VARIABLE = re.compile(r"\?(\w+)")


def premises(
    store: ox.Store,
    graphs: Sequence[str],
    rules: Sequence[StoreRule],
    derived_by: Mapping[TermTriple, str],
    asserted: str,
) -> dict[TermTriple, list[TermTriple]]:
    """For each fact of ``derived_by`` that a rule of ``rules`` derived (by name),
    the body atoms of one match of that rule that yields it, as facts of
    ``graphs``. Of several matches the one with the most facts of the graph
    ``asserted`` wins (the nearest to what a curator wrote), then the first in the
    order of their terms' text: the store's order differs from one build to the
    next, and two builds of the same data must be the same bytes."""
    wanted: dict[str, set[TermTriple]] = defaultdict(set)
    for fact, how in derived_by.items():
        wanted[how].add(fact)
    defaults = [ox.NamedNode(g) for g in graphs]
    told = ox.NamedNode(asserted)
    found: dict[TermTriple, tuple[int, tuple[str, ...], list[TermTriple]]] = {}
    for rule in rules:
        facts = wanted.get(rule.name)
        if not facts:
            continue
        rows = store.query(
            f"{rule.prefixes} SELECT * WHERE {{ {rule.body} }}",
            default_graph=defaults,  # type: ignore[arg-type]
        )
        assert isinstance(rows, ox.QuerySolutions)
        atoms = [rule.body[start:end] for start, end in rule.atoms]
        for heads, body in _instances(rule, rows, atoms):
            score = sum(ox.Quad(*fact, told) in store for fact in body)
            order = tuple(str(term) for fact in body for term in fact)
            for head in heads:
                if head in facts and head not in body:
                    best = found.get(head)
                    if best is None or (-score, order) < (-best[0], best[1]):
                        found[head] = (score, order, body)
    return {fact: body for fact, (_, _, body) in found.items()}


def _instances(
    rule: StoreRule, rows: ox.QuerySolutions, atoms: list[str]
) -> list[tuple[list[TermTriple], list[TermTriple]]]:
    """Each match as (head facts, body facts): the atoms with the match's terms,
    parsed together as one Turtle document with the rule's prefixes."""
    patterns = [*rule.head, *atoms]
    lines: list[str] = []
    for row in rows:
        terms = {v.value: row[v] for v in rows.variables if row[v] is not None}
        if any(isinstance(t, ox.BlankNode) for t in terms.values()):
            continue  # a blank node would be renamed by the parser: no curated fact has one
        lines += [_VARIABLE.sub(partial(_term, terms), pattern) + " ." for pattern in patterns]
    if not lines:
        return []
    text = _turtle_prefixes(rule.prefixes) + "\n".join(lines)
    triples = [
        (t.subject, t.predicate, t.object)
        for t in ox.parse(text.encode("utf-8"), ox.RdfFormat.TURTLE)
    ]
    size, heads = len(patterns), len(rule.head)
    return [
        (triples[i : i + heads], triples[i + heads : i + size])
        for i in range(0, len(triples), size)
    ]


def _term(terms: dict[str, Any], match: re.Match[str]) -> str:
    return str(terms[match.group(1)])


def _turtle_prefixes(prefixes: str) -> str:
    return "".join(
        f"@prefix {name}: <{iri}> .\n"
        for name, iri in re.findall(r"PREFIX\s+([\w-]*):\s*<([^>]*)>", prefixes, re.I)
    )


__all__ = ["premises"]
