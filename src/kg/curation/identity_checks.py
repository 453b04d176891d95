"""Identity across files: one id with two labels, two ids that are probably one person,
one id with classes from two files that do not fit together; and ``sameAs``, by which
a curator joins two ids into one entity (never done without it).

A ``sameAs`` line ``a  sameAs  b`` keeps ``a``: every fact about ``b`` becomes a fact
about ``a``, the labels of ``b`` become altLabels of ``a``, and the provenance graph
records ``a owl:sameAs b`` with the line's evidence, so the merge can be reviewed."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ..errors import Problem
from ..model.identity import Resolver, normalise
from ..model.namespaces import ID, KG, Triple
from .reading import Fact, Source, add_provenance

_PATRONYMIC = re.compile(r"(ovich|evich|yevich|ovna|evna|ichna|ovych|ovych|ivna)$")
# Transliterations of one sound that sources spell differently (Shoigu / Shoygu,
# Mikhail / Mihail); applied after the declared variants of name_variants.csv.
_FOLDS = (("kh", "h"), ("yu", "iu"), ("ya", "ia"), ("y", "i"), ("j", "i"), ("w", "v"))


def _local(iri: URIRef) -> str:
    return iri[len(ID) :]


def _at(fact: Fact) -> str:
    return f"{fact.path}:{fact.line}"


def canonical(same_as: Iterable[tuple[URIRef, URIRef, Fact]]) -> dict[URIRef, URIRef]:
    """Each joined id -> the id it joins (the subject of the first sameAs line that names
    it, followed to the end of the chain)."""
    parent: dict[URIRef, URIRef] = {}

    def root(x: URIRef) -> URIRef:
        while x in parent:
            x = parent[x]
        return x

    for keep, join, _ in same_as:
        a, b = root(keep), root(join)
        if a != b:
            parent[b] = a
    return {x: root(x) for x in parent}


def merge(
    resolved: list[tuple[Triple, Fact]], same_as: list[tuple[URIRef, URIRef, Fact]]
) -> list[tuple[Triple, Fact]]:
    """The facts with every joined id replaced by the id it joins; its labels become
    altLabels."""
    to = canonical(same_as)
    if not to:
        return resolved
    out = []
    for (s, p, o), fact in resolved:
        if p == RDFS.label and s in to:
            p = SKOS.altLabel
        s2 = to.get(s, s) if isinstance(s, URIRef) else s
        o2 = to.get(o, o) if isinstance(o, URIRef) else o
        out.append(((s2, p, o2), fact))
    return out


def record_merges(
    provenance: Graph, same_as: list[tuple[URIRef, URIRef, Fact]], sources: list[Source]
) -> None:
    by_path = {s.path: s for s in sources}
    for keep, join, fact in same_as:
        triple = (keep, OWL.sameAs, join)
        provenance.add(triple)
        add_provenance(provenance, triple, fact, by_path[fact.path])


def name_keys(resolver: Resolver, name: str) -> set[str]:
    """Keys under which two spellings of one person's name meet: declared variants,
    transliteration folds, without patronymics, in any word order."""
    words = [resolver.variants.get(w, w) for w in normalise(name).replace("_", " ").split()]
    if len(words) > 2:
        words = [w for w in words if not _PATRONYMIC.search(w)] or words
    folded = []
    for word in words:
        for a, b in _FOLDS:
            word = word.replace(a, b)
        folded.append(re.sub(r"(.)\1", r"\1", word))
    if len(folded) < 2:
        return set()
    keys = {" ".join(sorted(folded))}
    if len(folded) > 2:
        keys.add(" ".join(sorted((folded[0], folded[-1]))))
    return keys


def warnings(
    resolved: list[tuple[Triple, Fact]],
    same_as: list[tuple[URIRef, URIRef, Fact]],
    types: dict[URIRef, set[URIRef]],
    different: list[tuple[URIRef, URIRef, Fact]] = [],  # noqa: B006 (never changed)
) -> list[Problem]:
    problems: list[Problem] = []
    joined = {frozenset((a, b)) for a, b, _ in [*same_as, *different]}
    to = canonical(same_as)
    labels: dict[URIRef, list[tuple[str, Fact]]] = defaultdict(list)
    names: dict[URIRef, list[tuple[str, Fact]]] = defaultdict(list)
    classes: dict[URIRef, list[tuple[URIRef, Fact]]] = defaultdict(list)
    for (s, p, o), fact in resolved:
        if not (isinstance(s, URIRef) and s.startswith(str(ID))):
            continue
        if p == RDFS.label:
            labels[s].append((str(o), fact))
        if p in (RDFS.label, SKOS.altLabel):
            names[s].append((str(o), fact))
        if p == RDF.type and isinstance(o, URIRef):
            classes[s].append((o, fact))
    for iri, found in labels.items():
        first_text, first = found[0]
        for text, fact in found[1:]:
            if normalise(text) != normalise(first_text) and fact.path != first.path:
                problems.append(
                    Problem(
                        fact.path,
                        fact.line,
                        f"{_local(iri)} is labelled {text!r} here and {first_text!r}"
                        f" at {_at(first)}",
                        f"keep one label and write the other spelling as altLabel:"
                        f" `{_local(iri)}<TAB>altLabel<TAB>{text}<TAB>quote`",
                        True,
                    )
                )
    problems += _probable_duplicates(names, types, joined, to)
    for iri, typed in classes.items():
        first_cls, first = typed[0]
        for cls, fact in typed[1:]:
            if cls != first_cls and fact.path != first.path:
                problems.append(
                    Problem(
                        fact.path,
                        fact.line,
                        f"{_local(iri)} is {cls[len(KG) :]} here and {first_cls[len(KG) :]}"
                        f" at {_at(first)}",
                        "use one class for one id, or two ids for two entities",
                        True,
                    )
                )
    return problems


def _probable_duplicates(
    names: dict[URIRef, list[tuple[str, Fact]]],
    types: dict[URIRef, set[URIRef]],
    joined: set[frozenset[URIRef]],
    to: dict[URIRef, URIRef],
) -> list[Problem]:
    resolver = Resolver.empty()
    by_key: dict[str, dict[URIRef, tuple[str, Fact]]] = defaultdict(dict)
    for iri, found in names.items():
        if KG.Person not in types.get(iri, set()):
            continue
        for text, fact in found:
            for key in name_keys(resolver, text):
                by_key[key].setdefault(to.get(iri, iri), (text, fact))
    problems = []
    reported: set[frozenset[URIRef]] = set()
    for entries in by_key.values():
        ordered = sorted(entries.items(), key=lambda kv: (kv[1][1].path, kv[1][1].line))
        for i, (a, (text_a, fact_a)) in enumerate(ordered):
            for b, (text_b, fact_b) in ordered[i + 1 :]:
                pair = frozenset((a, b))
                if pair in joined or pair in reported or to.get(a, a) == to.get(b, b):
                    continue
                reported.add(pair)
                problems.append(
                    Problem(
                        fact_b.path,
                        fact_b.line,
                        f"{_local(b)} ({text_b!r}) and {_local(a)} ({text_a!r} at {_at(fact_a)})"
                        " are probably one person (spelling, transliteration, word order"
                        " or patronymic differ)",
                        f"if they are one person, use one id or add"
                        f" `{_local(a)}<TAB>sameAs<TAB>{_local(b)}<TAB>quote`;"
                        f" if two, add `{_local(b)}<TAB>differentFrom<TAB>{_local(a)}<TAB>quote`",
                        True,
                    )
                )
    return problems
