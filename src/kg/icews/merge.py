"""Imported people resolved against each other: the spellings of one person in a
data set ('Kim Jong-Un' and 'Kim Jong Un', 'Pavlo Klimkin' and 'Pavel Klimkin',
'Mohammed bin Salman' and 'Muhammad ibn Salman') become one entity.

Two names join only when both hold, and never by a guess:

- a rule says they are one name: **same name** (the same words after
  ``kg.model.identity.Resolver.tokens``: case, accents, punctuation and hyphens
  aside, the spelling variants of ``data/reference/name_variants.csv``, without
  patronymics) or **word order** (the same words in another order: 'Lavrov
  Sergey');
- the data set gives both the same country (the Dataverse files' ``Source
  Country``/``Target Country`` columns), and each name only that one country.

Names that a rule joins but the countries keep apart (another country, none, or
several) are listed as kept apart, for a curator to decide. Every merge is kept:
in the import's report (``imports/DATASET.json``: ``merges``, ``kept_apart``) and
in the store, as a reified ``kg:sourceName`` statement of the entity with the
rule as its comment, in the data set's graph (``kg query merges``).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model.identity import Resolver, slug
from ..model.namespaces import ID, KG, RDF, RDFS, SKOS
from .actors import Classifier
from .reading import Record

MERGE = ID["icews/merge/"]

SAME_NAME = "same name (spelling, transliteration: name_variants.csv)"
WORD_ORDER = "word order"


@dataclass(frozen=True)
class Merge:
    """``name`` denotes the entity of ``kept`` (a name of the same data set)."""

    name: str
    kept: str
    rule: str
    country: str
    mentions: int

    def describe(self) -> str:
        return f"{self.rule}, country {self.country}: {self.name!r} is {self.kept!r}"


@dataclass
class MergePlan:
    """Which imported person names join which (decided before any record is mapped,
    so that every record of a merged name names the one entity)."""

    into: dict[str, Merge] = field(default_factory=dict)
    kept_apart: list[dict[str, object]] = field(default_factory=list)

    @property
    def merges(self) -> list[Merge]:
        return sorted(self.into.values(), key=lambda m: (m.kept, m.name))

    def statements(self, merge: Merge, entity: str, dataset: str) -> list[tuple[str, str, str]]:
        """The triples (N-Triples terms) that record ``merge`` on ``entity``: the
        name as a source name and alternative label, and the reified merge (in
        the data set's graph, which names the data set)."""
        name = _literal(merge.name)
        # Two spellings may share a slug ('Kim Jong Un', 'Kim Jong-Un'): the digest parts them.
        digest = hashlib.sha1(merge.name.encode("utf-8")).hexdigest()[:6]
        node = f"<{MERGE}{dataset}/{slug(merge.name)}-{digest}>"
        return [
            (entity, f"<{KG.sourceName}>", name),
            (entity, f"<{SKOS.altLabel}>", name),
            (node, f"<{RDF.type}>", f"<{RDF.Statement}>"),
            (node, f"<{RDF.subject}>", entity),
            (node, f"<{RDF.predicate}>", f"<{KG.sourceName}>"),
            (node, f"<{RDF.object}>", name),
            (node, f"<{RDFS.comment}>", _literal(merge.describe())),
        ]

    def as_json(self) -> dict[str, object]:
        return {
            "merges": [
                {
                    "name": m.name,
                    "into": m.kept,
                    "rule": m.rule,
                    "country": m.country,
                    "mentions": m.mentions,
                }
                for m in self.merges
            ],
            "kept_apart": self.kept_apart,
        }


def _literal(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"'


def plan(records: Iterable[Record], classifier: Classifier, resolver: Resolver) -> MergePlan:
    """The merges of the person names of ``records`` (see the module's rules)."""
    mentions: Counter[str] = Counter()
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    person: dict[str, bool] = {}
    for record in records:
        for name, where in (
            (record.subject, record.subject_country),
            (record.object, record.object_country),
        ):
            is_person = person.get(name)
            if is_person is None:
                is_person = person[name] = classifier.classify(name).cls == "Person"
            if not is_person:
                continue
            mentions[name] += 1
            if where:
                countries[name][classifier.country(where) or where] += 1
    # Names with the same words in any order are candidates; the country decides.
    candidates: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for name in mentions:
        tokens = resolver.tokens(name)
        if len(tokens) >= 2:
            candidates[" ".join(sorted(tokens))].append((name, tokens))
    result = MergePlan()
    for group in candidates.values():
        if len(group) < 2:
            continue
        by_country: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
        apart: list[tuple[str, str]] = []
        for name, tokens in group:
            found = sorted(countries[name])
            if len(found) == 1:
                by_country[found[0]].append((name, tokens))
            else:
                apart.append((name, "no country" if not found else "several countries"))
        for country, members in sorted(by_country.items()):
            if len(members) < 2:
                apart.append((members[0][0], f"country {country}"))
                continue
            members.sort(key=lambda m: (-mentions[m[0]], m[0]))
            kept, kept_tokens = members[0]
            for name, tokens in members[1:]:
                rule = SAME_NAME if tokens == kept_tokens else WORD_ORDER
                result.into[name] = Merge(name, kept, rule, country, mentions[name])
        if apart:
            result.kept_apart.append(
                {
                    "names": sorted(name for name, _ in group),
                    "not merged": dict(sorted(apart)),
                    "why": "one name by the rules, but not one country in the data",
                }
            )
    return result


__all__ = ["MERGE", "SAME_NAME", "WORD_ORDER", "Merge", "MergePlan", "plan"]
