"""Score a draft of curated triples against a gold reading: ``kg extract --eval``.

Ids differ between two readings of one article, so facts are compared by what
they say: a person by name (after the spelling variants of
``name_variants.csv``), rank and country; a meeting by its participants, date
and place; an agreement by its signatories and date of signature. Precision and
recall are counted per fact type on these keys, each gold item matched at most
once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..curation.reading import read_source
from ..errors import DataError
from ..model.identity import Resolver, normalise

KINDS = (
    "persons",
    "persons with rank and country",
    "meetings",
    "agreements",
    "appointments",
    "congratulations",
    "supports",
)
# Issue 15's targets, as (precision, recall) at least, for the starred fact types.
TARGETS = {
    "persons with rank and country": (0.9, 0.85),
    "meetings": (0.85, 0.8),
    "agreements": (0.8, 0.8),
}
TARGETED = tuple(TARGETS)


@dataclass
class Reading:
    """One curated file, indexed: classes, labels and relations of each id."""

    classes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    values: dict[str, dict[str, list[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )

    @classmethod
    def read(cls, path: Path) -> Reading:
        source, problems = read_source(path, path.parent)
        unreadable = [p for p in problems if "UTF-8" in p.message or "columns" in p.message]
        if unreadable:
            first = unreadable[0]
            raise DataError(first.message, path=first.path, line=first.line, hint=first.hint)
        return cls.of((f.subject, f.predicate, f.object) for f in source.facts)

    @classmethod
    def of(cls, facts: Iterable[tuple[str, ...]]) -> Reading:
        reading = cls()
        for subject, predicate, obj, *_ in facts:
            if predicate == "a":
                reading.classes[subject].add(obj)
            else:
                reading.values[subject][predicate].append(obj)
        return reading

    def of_class(self, *names: str) -> list[str]:
        return sorted(e for e, c in self.classes.items() if c & set(names))

    def one(self, entity: str, prop: str) -> str:
        found = self.values.get(entity, {}).get(prop, [])
        return found[0] if found else ""

    def all(self, entity: str, prop: str) -> list[str]:
        return list(self.values.get(entity, {}).get(prop, []))

    def subjects(self, prop: str, obj: str) -> list[str]:
        return sorted(s for s, props in self.values.items() if obj in props.get(prop, []))


@dataclass(frozen=True)
class Score:
    kind: str
    gold: int
    draft: int
    matched: int
    missing: tuple[str, ...]
    extra: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.matched / self.draft if self.draft else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


def person_key(resolver: Resolver, label: str) -> str:
    """A person's name as two readings are compared by: a middle initial does not
    tell them apart ('Sergei K Shoigu')."""
    tokens = resolver.tokens(label)
    return " ".join([t for t in tokens if len(t) > 1] or tokens)


class _Keys:
    def __init__(self, reading: Reading, resolver: Resolver) -> None:
        self.r = reading
        self.resolver = resolver

    def name(self, entity: str) -> str:
        if ":" in entity:
            return entity
        label = self.r.one(entity, "label") or entity
        if "Person" in self.r.classes.get(entity, set()):
            return person_key(self.resolver, label)
        return normalise(label)

    def names(self, entities: list[str]) -> tuple[str, ...]:
        return tuple(sorted({self.name(e) for e in entities}))

    def countries(self, person: str) -> tuple[str, ...]:
        found = set()
        for holding in self.r.subjects("holder", person):
            for post in self.r.all(holding, "heldPost"):
                found.update(self.r.all(post, "postFor"))
                for ministry in self.r.all(post, "postIn"):
                    found.update(self.r.all(ministry, "ministryOf"))
        return tuple(sorted(found))

    def items(self, kind: str) -> list[Hashable]:
        r = self.r
        if kind == "persons":
            return [self.name(p) for p in r.of_class("Person")]
        if kind == "persons with rank and country":
            return [
                (self.name(p), r.one(p, "hasRank"), self.countries(p)) for p in r.of_class("Person")
            ]
        if kind == "meetings":
            return [
                (self.names(r.all(m, "participant")), r.one(m, "date"), r.one(m, "location"))
                for m in r.of_class("Meeting")
            ]
        if kind == "agreements":
            return [
                (self.names(r.all(a, "signatory")), r.one(a, "signedOn"))
                for a in r.of_class("Agreement", "Plan")
            ]
        if kind == "appointments":
            return [self.names(r.all(a, "appointee")) for a in r.of_class("Appointment")]
        if kind == "congratulations":
            return [
                (self.names(r.all(c, "congratulator")), self.names(r.all(c, "congratulatee")))
                for c in r.of_class("Congratulation")
            ]
        if kind == "supports":
            return [
                (self.names(r.all(s, "supporter")), self.names(r.all(s, "supportedParty")))
                for s in r.of_class("Support")
            ]
        raise KeyError(kind)


def _shown(item: Hashable) -> str:
    if isinstance(item, tuple):
        return " | ".join(_shown(part) for part in item)
    return str(item) if item != "" else "-"


def score(draft: Reading, gold: Reading, resolver: Resolver | None = None) -> list[Score]:
    """Precision and recall of the draft against the gold reading, per fact type."""
    resolver = resolver or Resolver.empty()
    ours, theirs = _Keys(draft, resolver), _Keys(gold, resolver)
    scores = []
    for kind in KINDS:
        found, wanted = Counter(ours.items(kind)), Counter(theirs.items(kind))
        matched = found & wanted
        scores.append(
            Score(
                kind,
                sum(wanted.values()),
                sum(found.values()),
                sum(matched.values()),
                tuple(sorted(_shown(i) for i in (wanted - matched).elements())),
                tuple(sorted(_shown(i) for i in (found - matched).elements())),
            )
        )
    return scores


def meets_targets(scores: list[Score], target: float | None = None) -> bool:
    """Whether every starred type reaches its TARGETS, or ``target`` for both
    precision and recall when one is given."""
    return all(
        s.precision >= (target or TARGETS[s.kind][0]) and s.recall >= (target or TARGETS[s.kind][1])
        for s in scores
        if s.kind in TARGETS
    )


def combined(runs: list[tuple[str, list[Score]]]) -> list[Score]:
    """Micro-averaged scores of several articles: the counts summed per fact type;
    each missed or extra item is shown with its article's name."""
    total = []
    for i, kind in enumerate(KINDS):
        parts = [(name, scores[i]) for name, scores in runs]
        total.append(
            Score(
                kind,
                sum(s.gold for _, s in parts),
                sum(s.draft for _, s in parts),
                sum(s.matched for _, s in parts),
                tuple(f"{name}: {m}" for name, s in parts for m in s.missing),
                tuple(f"{name}: {x}" for name, s in parts for x in s.extra),
            )
        )
    return total


def unmet(scores: list[Score], min_precision: float | None, min_recall: float | None) -> list[str]:
    """The stated targets a starred fact type misses, as lines to print. A type with
    no gold and no draft item has nothing to miss."""
    found = []
    for s in scores:
        if s.kind not in TARGETED or (s.gold == 0 and s.draft == 0):
            continue
        if min_precision is not None and s.precision < min_precision:
            found.append(f"{s.kind}: precision {s.precision:.2f} < {min_precision:.2f}")
        if min_recall is not None and s.recall < min_recall:
            found.append(f"{s.kind}: recall {s.recall:.2f} < {min_recall:.2f}")
    return found


def report_lines(scores: list[Score]) -> list[str]:
    """The table ``kg extract --eval`` prints: a row per fact type, then what was
    missed or not in gold, then whether the targets are met. Precision over no
    draft item, or recall over no gold item, shows 'n/a': nothing was there to be
    right about (a type the gold leaves out is not found by every draft)."""
    lines = [
        f"{'fact type':<30} {'gold':>5} {'draft':>5} {'match':>5} {'precision':>9} {'recall':>6}"
    ]
    for s in scores:
        mark = " *" if s.kind in TARGETED else ""
        precision = f"{'n/a' if s.draft == 0 else f'{s.precision:.2f}':>9}"
        recall = f"{'n/a' if s.gold == 0 else f'{s.recall:.2f}':>6}"
        lines.append(
            f"{s.kind + mark:<30} {s.gold:>5} {s.draft:>5} {s.matched:>5} {precision} {recall}"
        )
    for s in scores:
        lines += [f"  missed {s.kind}: {item}" for item in s.missing]
        lines += [f"  not in gold {s.kind}: {item}" for item in s.extra]
    verdict = "met" if meets_targets(scores) else "NOT met"
    stated = ", ".join(f"{kind} {p:.2f} / {r:.2f}" for kind, (p, r) in TARGETS.items())
    lines.append(f"* targets (precision / recall at least: {stated}): {verdict}")
    return lines


__all__ = [
    "KINDS",
    "TARGETED",
    "TARGETS",
    "Reading",
    "Score",
    "combined",
    "meets_targets",
    "report_lines",
    "score",
    "unmet",
]
