"""Checks of facts placed in time, over every file (after sameAs merges): two holders
of a single-holder post in overlapping periods, a rank that falls, one person at two
places on one day, an event dated after the article that reports it, and a meeting
placed in two places by two sources. Each is a warning with the lines involved: the
sources may be right (a demotion, an acting minister), and both values stay."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from ..errors import Problem
from ..model.namespaces import COUNTRY, ID, KG, PLACE, RANK, Triple
from ..model.reference import ReferenceData
from .reading import Fact

DATED = (KG.date, KG.signedOn, KG.since)


def _at(fact: Fact) -> str:
    return f"{fact.path}:{fact.line}"


def _local(iri: object) -> str:
    text = str(iri)
    for ns, prefix in ((RANK, "rank:"), (PLACE, "place:"), (COUNTRY, "country:")):
        if text.startswith(str(ns)):
            return prefix + text[len(ns) :]
    return text[len(ID) :] if text.startswith(str(ID)) else text


@dataclass
class _Holding:
    holder: URIRef | None = None
    post: URIRef | None = None
    since: str | None = None
    until: str | None = None
    reported: list[str] = field(default_factory=list)
    fact: Fact | None = None

    def period(self) -> tuple[str, str] | None:
        dates = sorted(self.reported)
        start = self.since or (dates[0] if dates else None)
        end = self.until or (dates[-1] if dates else None)
        return (start, end) if start and end else None


def warnings(
    resolved: list[tuple[Triple, Fact]], source_dates: dict[str, str], ref: ReferenceData
) -> list[Problem]:
    problems: list[Problem] = []
    holdings: dict[URIRef, _Holding] = defaultdict(_Holding)
    post_labels: dict[URIRef, str] = {}
    ranks: dict[URIRef, list[tuple[str, URIRef, Fact]]] = defaultdict(list)
    meetings: dict[URIRef, dict[str, list[tuple[object, Fact]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for (s, p, o), fact in resolved:
        date = source_dates.get(fact.path, "")
        if p in DATED and isinstance(o, Literal) and date and str(o) > date:
            problems.append(
                Problem(
                    fact.path,
                    fact.line,
                    f"{_local(s)} is dated {o} ({p[len(KG) :]}), after the article that"
                    f" reports it ({date})",
                    "check the date (a year or a month mistyped?) and the article's @date",
                    True,
                )
            )
        if p == KG.hasRank and isinstance(o, URIRef) and isinstance(s, URIRef):
            ranks[s].append((date, o, fact))
        elif p in (KG.holder, KG.heldPost, KG.since, KG.until, KG.reportedOn):
            h = holdings[s]
            h.fact = h.fact or fact
            if p == KG.holder:
                h.holder = o  # type: ignore[assignment]
            elif p == KG.heldPost:
                h.post = o  # type: ignore[assignment]
            elif p == KG.since:
                h.since = str(o)
            elif p == KG.until:
                h.until = str(o)
            else:
                h.reported.append(str(o))
            if date and date not in h.reported and p != KG.reportedOn:
                h.reported.append(date)
        elif p == RDFS.label and isinstance(s, URIRef):
            post_labels[s] = str(o)
        elif p in (KG.participant, KG.location, KG.date) and isinstance(s, URIRef):
            meetings[s][p[len(KG) :]].append((o, fact))
    problems += _falling_ranks(ranks, ref)
    problems += _overlapping_holders(holdings, post_labels, ref.multi_holder)
    problems += _places(meetings, ref)
    return problems


def _falling_ranks(
    ranks: dict[URIRef, list[tuple[str, URIRef, Fact]]], ref: ReferenceData
) -> list[Problem]:
    problems = []
    for person, reports in ranks.items():
        reports.sort(key=lambda r: (r[0], r[2].path, r[2].line))
        for (d1, r1, f1), (d2, r2, f2) in itertools.pairwise(reports):
            a = ref.ranks.get(str(r1)[len(RANK) :])
            b = ref.ranks.get(str(r2)[len(RANK) :])
            if (
                a
                and b
                and d1 < d2
                and a.nato_level * 100 + a.position > b.nato_level * 100 + b.position
            ):
                problems.append(
                    Problem(
                        f2.path,
                        f2.line,
                        f"{_local(person)}'s rank falls from {a.label} ({d1}, {_at(f1)})"
                        f" to {b.label} ({d2}) with no stated demotion",
                        "check both ranks against the articles; if the person was demoted,"
                        " the warning stays as a reminder",
                        True,
                    )
                )
    return problems


def _overlapping_holders(
    holdings: dict[URIRef, _Holding],
    post_labels: dict[URIRef, str],
    patterns: tuple[re.Pattern[str], ...],
) -> list[Problem]:
    by_post: dict[URIRef, list[_Holding]] = defaultdict(list)
    for h in holdings.values():
        if h.post is not None and h.holder is not None and h.fact is not None:
            label = post_labels.get(h.post, str(h.post))
            if not any(pattern.search(label) for pattern in patterns):
                by_post[h.post].append(h)
    problems = []
    for post, held in by_post.items():
        held.sort(key=lambda h: (h.period() or ("", ""), _at(h.fact)))  # type: ignore[arg-type]
        for i, a in enumerate(held):
            for b in held[i + 1 :]:
                pa, pb = a.period(), b.period()
                if a.holder == b.holder or pa is None or pb is None:
                    continue
                if _starts_within(pb[0], a) and _starts_within(pa[0], b):
                    assert a.fact is not None and b.fact is not None
                    problems.append(
                        Problem(
                            b.fact.path,
                            b.fact.line,
                            f"{_local(post)} has one holder at a time, but {_local(b.holder)}"
                            f" ({pb[0]} to {pb[1]}) and {_local(a.holder)} ({pa[0]} to {pa[1]},"
                            f" {_at(a.fact)}) overlap",
                            "add since/until where the articles state them; if the sources"
                            " disagree, both stay (kg query conflicts)",
                            True,
                        )
                    )
    return problems


def _starts_within(start: str, h: _Holding) -> bool:
    """Whether a period starting on ``start`` begins before ``h`` ends: on its ``until``
    the post is handed over (an ``until`` ends the period, the successor's ``since``
    begins the next), on its last report it is still held."""
    return start < h.until if h.until else start <= (h.period() or ("", ""))[1]


def _contains(ref: ReferenceData, outer: object, inner: object) -> bool:
    text = str(inner)
    if text.startswith(str(PLACE)):
        place = ref.place(text[len(PLACE) :])
        return place is not None and str(outer) == str(COUNTRY[place.country])
    return False


def _places(
    meetings: dict[URIRef, dict[str, list[tuple[object, Fact]]]], ref: ReferenceData
) -> list[Problem]:
    problems = []
    seen: dict[tuple[object, object], tuple[object, URIRef, Fact]] = {}
    for meeting, props in meetings.items():
        places = props.get("location", [])
        for (l1, f1), (l2, f2) in itertools.pairwise(places):
            if (
                l1 != l2
                and f1.path != f2.path
                and not _contains(ref, l1, l2)
                and not _contains(ref, l2, l1)
            ):
                problems.append(
                    Problem(
                        f2.path,
                        f2.line,
                        f"sources disagree on the place of {_local(meeting)}:"
                        f" {_local(l2)} here and {_local(l1)} at {_at(f1)}",
                        "both are kept (kg query conflicts); correct the curation if one"
                        " source was misread",
                        True,
                    )
                )
        if not places or not props.get("date"):
            continue
        day = props["date"][0][0]
        where, fact = places[0]
        for person, _ in props.get("participant", []):
            key = (person, day)
            if key in seen:
                other_where, other, other_fact = seen[key]
                if other_where != where and not (
                    _contains(ref, other_where, where) or _contains(ref, where, other_where)
                ):
                    problems.append(
                        Problem(
                            fact.path,
                            fact.line,
                            f"{_local(person)} is at {_local(where)} for {_local(meeting)} and at"
                            f" {_local(other_where)} for {_local(other)} ({_at(other_fact)})"
                            f" on the same day, {day}",
                            "check the dates and places of both meetings",
                            True,
                        )
                    )
            else:
                seen[key] = (where, meeting, fact)
    return problems
