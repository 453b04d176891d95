"""Round 10 (countries of persons): one who accompanies somebody ('British
Ambassador A, accompanied by the embassy's military attaché, Lt Col B'; 'General
A was accompanied by General B') is on that person's side: with no country of
the escort's own, the escort takes the country of the one accompanied."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Mention
    from .gazetteer import Gazetteer

# How far before the phrase the one accompanied may end, and how far after it the
# escort's name may start ('accompanied by the Embassy's Military Attaché, Lt Col B').
_BEFORE = 4
_AFTER = 12
# What parts the two: a verb or a preposition of meeting, or another clause.
_BREAKS = {"with", "met", "meets", "received", "hosted", "while", "whereas", "where", "and"}


def escorts(gaz: Gazetteer, doc: Doc, sent: Span, actors: list[Mention]) -> None:
    """After an escort phrase (side_words.csv, kind escort: 'accompanied by'), the
    first person named is listed with the last person named just before it, so
    that a person the text gives no country takes that one's
    (kg.extract.lists.countries_from_lists)."""
    persons = [a for a in actors if a.kind == "person" and sent.start <= a.start < sent.end]
    words = gaz.side_words
    for k in range(sent.start, sent.end):
        kinds = {n: words.get(" ".join(t.lower_ for t in doc[k : k + n])) for n in (2, 3)}
        size = next((n for n, kind in kinds.items() if kind == "escort"), 0)
        if not size:
            continue
        before = [a for a in persons if a.end <= k]
        after = [a for a in persons if a.start >= k + size]
        if not before or not after or len(before[-1].persons) != 1:
            continue
        led, escort = before[-1], after[0]
        if k - led.end > _BEFORE or after[0].start - (k + size) > _AFTER:
            continue
        between = [*doc[led.end : k], *doc[k + size : escort.start]]
        if any(t.lower_ in _BREAKS or t.ent_type_ in ("COUNTRY", "PLACE") for t in between):
            continue
        for person in escort.persons:
            if not person.listed_among and not person.country:
                person.listed_among = [led.persons[0]]
