"""Imported people resolved against each other: the spellings of one person in a
data set ('Kim Jong-Un' and 'Kim Jong Un', 'Pavlo Klimkin' and 'Pavel Klimkin',
'Mohammed bin Salman' and 'Muhammad ibn Salman') become one entity.

A name rule proposes; the data decide. Two person names join only by one of
these rules, never by a guess:

- **same spelling**: the same letters once case, accents, punctuation, hyphens
  and spaces are set aside ('Kim Jong-Un', 'Kim Jong Un', 'KIM Jong-un'). This is
  evidence enough: such names differ in how they were typed, not in whom they name;
- **same name** (the same words after ``kg.model.identity.Resolver.tokens``: the
  spelling variants and transliterations of ``data/reference/name_variants.csv``,
  patronymics dropped) or **word order** (the same words in another order). Such
  a match also fits two people (Stephen and Steven, 'Ali Hassan' and 'Hassan
  Ali'), so it joins only with corroboration from the data: the two names share
  at least ``MIN_SHARED_PARTNERS`` counterparts (the other actor of their
  records) with a Jaccard index of at least ``MIN_JACCARD``, or the data set gives
  both one and the same country (the Dataverse files' ``Source Country``/``Target
  Country`` columns; the named releases have none).

Countries, where given, also veto: two names whose countries have nothing in
common stay apart whatever their spelling. Names a rule joins but the evidence
does not are listed as kept apart, with the evidence, for a curator to decide.
Every merge is kept: in the import's report (``imports/DATASET.json``: ``merges``,
``kept_apart``) and in the store, as a reified ``kg:sourceName`` statement of the
entity whose comment names the rule and the evidence, in the data set's graph
(``kg query merges``).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model.identity import Resolver, normalise, slug
from ..model.namespaces import ID, KG, RDF, RDFS, SKOS
from .actors import Classifier
from .reading import Record

MERGE = ID["icews/merge/"]

SAME_SPELLING = "same spelling (case, punctuation, hyphens, spaces)"
SAME_NAME = "same name (spelling, transliteration: name_variants.csv)"
WORD_ORDER = "word order"

MIN_SHARED_PARTNERS = 3
"""Counterparts two names must share before a name-variant match joins them."""
MIN_JACCARD = 0.1
"""... and the shared counterparts over all counterparts of the two names. On ICEWS
2014 (bench/icews_merge.py), 0.8% of pairs of different people with one surname
pass both thresholds, and about a quarter of the split spellings of one person do:
the thresholds keep apart more than they join (a rare spelling shares too few
counterparts), which is the side a curator can correct (kept_apart)."""


@dataclass(frozen=True)
class Merge:
    """``name`` denotes the entity of ``kept`` (a name of the same data set)."""

    name: str
    kept: str
    rule: str
    country: str
    mentions: int
    shared: int = 0
    jaccard: float = 0.0
    evidence: str = ""

    def describe(self) -> str:
        return f"{self.rule}: {self.name!r} is {self.kept!r}; evidence: {self.evidence}"


@dataclass
class MergePlan:
    """Which imported person names join which (decided before any record is mapped,
    so that every record of a merged name names the one entity)."""

    into: dict[str, Merge] = field(default_factory=dict)
    kept_apart: list[dict[str, object]] = field(default_factory=list)

    @property
    def merges(self) -> list[Merge]:
        return sorted(self.into.values(), key=lambda m: (m.kept, m.name))

    def by_rule(self) -> dict[str, int]:
        """How many names each rule merged."""
        return dict(sorted(Counter(m.rule for m in self.into.values()).items()))

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
                    "evidence": m.evidence,
                    "shared_partners": m.shared,
                    "jaccard": round(m.jaccard, 3),
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


def spelling(name: str) -> str:
    """What 'same spelling' compares: 'Kim Jong-Un' and 'KIM Jongun' give 'kimjongun'."""
    return normalise(name).replace(" ", "")


@dataclass
class Profile:
    """What the data say about a person name: records, counterparts, countries."""

    mentions: int = 0
    partners: set[str] = field(default_factory=set)
    countries: Counter[str] = field(default_factory=Counter)

    def add(self, other: Profile) -> None:
        self.mentions += other.mentions
        self.partners |= other.partners
        self.countries.update(other.countries)


@dataclass(frozen=True)
class Evidence:
    joins: bool
    shared: int
    jaccard: float
    country: str
    why: str


def weigh(a: Profile, b: Profile, names: set[str]) -> Evidence:
    """Whether the data corroborate that two profiles are one person. ``names`` are
    the spellings (``spelling``) being compared, which do not count as counterparts."""
    ca, cb = set(a.countries), set(b.countries)
    pa, pb = a.partners - names, b.partners - names
    shared = len(pa & pb)
    jaccard = shared / len(pa | pb) if pa | pb else 0.0
    partners = f"{shared} shared partner{'' if shared == 1 else 's'} (Jaccard {jaccard:.2f})"
    if ca and cb and not ca & cb:
        return Evidence(False, shared, jaccard, "", f"countries {_codes(ca)} and {_codes(cb)}")
    if len(ca) == 1 and ca == cb:
        (country,) = ca
        return Evidence(True, shared, jaccard, country, f"country {country}; {partners}")
    if shared >= MIN_SHARED_PARTNERS and jaccard >= MIN_JACCARD:
        return Evidence(True, shared, jaccard, "", partners)
    return Evidence(False, shared, jaccard, "", f"{partners}; no one country")


def _codes(countries: set[str]) -> str:
    return "/".join(sorted(countries))


def profiles(records: Iterable[Record], classifier: Classifier) -> dict[str, Profile]:
    """The profile of every person name of ``records`` (one pass)."""
    found: dict[str, Profile] = {}
    person: dict[str, bool] = {}
    for record in records:
        for name, where, other in (
            (record.subject, record.subject_country, record.object),
            (record.object, record.object_country, record.subject),
        ):
            is_person = person.get(name)
            if is_person is None:
                is_person = person[name] = classifier.classify(name).cls == "Person"
            if not is_person:
                continue
            profile = found.get(name)
            if profile is None:
                profile = found[name] = Profile()
            profile.mentions += 1
            profile.partners.add(spelling(other))
            if where:
                profile.countries[classifier.country(where) or where] += 1
    return found


@dataclass
class _Cluster:
    """Names found to be one person: ``head`` (the most records) and its profile."""

    head: str
    tokens: list[str]
    profile: Profile
    names: list[str] = field(default_factory=list)


def plan(records: Iterable[Record], classifier: Classifier, resolver: Resolver) -> MergePlan:
    """The merges of the person names of ``records`` (see the module's rules)."""
    found = profiles(records, classifier)
    candidates: dict[str, list[str]] = defaultdict(list)
    for name in found:
        tokens = resolver.tokens(name)
        if len(tokens) >= 2:
            candidates[" ".join(sorted(tokens))].append(name)
    result = MergePlan()
    for group in candidates.values():
        if len(group) > 1:
            _resolve(sorted(group, key=lambda n: (-found[n].mentions, n)), found, resolver, result)
    return result


def _resolve(
    group: list[str], found: dict[str, Profile], resolver: Resolver, result: MergePlan
) -> None:
    """Merges within one group of names that the name rules join (most records first)."""
    names = {spelling(name) for name in group}
    # Same spelling first: one cluster per spelling unless the countries differ.
    spelled: list[_Cluster] = []
    for name in group:
        profile = found[name]
        for cluster in spelled:
            if spelling(cluster.head) != spelling(name):
                continue
            evidence = weigh(cluster.profile, profile, names)
            if evidence.why.startswith("countries"):
                continue
            result.into[name] = Merge(
                name,
                cluster.head,
                SAME_SPELLING,
                evidence.country,
                profile.mentions,
                evidence.shared,
                evidence.jaccard,
                "spelling alone",
            )
            cluster.profile.add(profile)
            break
        else:
            copy = Profile()
            copy.add(profile)
            spelled.append(_Cluster(name, resolver.tokens(name), copy, [name]))
    # Then variants and word order, each joining the first cluster the data corroborate.
    clusters: list[_Cluster] = []
    apart: dict[str, str] = {}
    for unit in spelled:
        best: tuple[int, str] | None = None
        for cluster in clusters:
            evidence = weigh(cluster.profile, unit.profile, names)
            if not evidence.joins:
                if best is None or evidence.shared > best[0]:
                    best = (evidence.shared, f"with {cluster.head!r}: {evidence.why}")
                continue
            rule = SAME_NAME if unit.tokens == cluster.tokens else WORD_ORDER
            for name in [unit.head, *(n for n, m in result.into.items() if m.kept == unit.head)]:
                profile = found[name]
                result.into[name] = Merge(
                    name,
                    cluster.head,
                    rule,
                    evidence.country,
                    profile.mentions,
                    evidence.shared,
                    evidence.jaccard,
                    evidence.why,
                )
            cluster.profile.add(unit.profile)
            break
        else:
            clusters.append(unit)
            if best is not None:
                apart[unit.head] = best[1]
    if apart:
        result.kept_apart.append(
            {
                "names": sorted(group),
                "not merged": dict(sorted(apart.items())),
                "why": "one name by the rules, but the data do not corroborate it"
                f" (fewer than {MIN_SHARED_PARTNERS} shared partners or Jaccard"
                f" under {MIN_JACCARD}, and no one country; or two countries)",
            }
        )


__all__ = [
    "MERGE",
    "MIN_JACCARD",
    "MIN_SHARED_PARTNERS",
    "SAME_NAME",
    "SAME_SPELLING",
    "WORD_ORDER",
    "Evidence",
    "Merge",
    "MergePlan",
    "Profile",
    "plan",
    "profiles",
    "spelling",
    "weigh",
]
