"""Round 10 (countries of persons): one whom the text says is visiting a country
('Admiral A, who is on an official visit to Kenya', 'Gen A flew into Ruritania to see
the troops') is not of that country: the context's guess of the
person's country (the place of the meeting, the dateline, the country named most)
passes over it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .stay_in import stay_country

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Mention, Person
    from .gazetteer import Gazetteer

# How far before the phrase the visitor's name may end ('A, who is on an official
# visit to'), and how many words may stand between the phrase and the country
# ('visit to the Republic of Kenya').
_BEFORE = 8
_AFTER = 3
# Words before the phrase that make another the visitor ('during his visit to X'
# after 'A met B': A's visit, not B's), or end the visitor's clause.
_OTHERS = {"his", "her", "their", "its", "whose", "and", "with", "met", "received", "hosted"}


def visitors(gaz: Gazetteer, doc: Doc, sent: Span, actors: list[Mention]) -> None:
    """Record the country a person named just before a phrase of visiting
    (side_words.csv, kind visit: 'visit to', 'arrived in') is visiting."""
    persons = [a for a in actors if a.kind == "person" and sent.start <= a.start < sent.end]
    stay = stay_country(gaz, doc, sent)  # 'A is in Ruritania on a visit' (round 25)
    for k in range(sent.start, sent.end):
        size = gaz.side_phrase(doc, k, "visit", 2)
        if stay is not None and k == stay[0]:
            country: str | None = stay[1]
        elif not size:
            continue
        else:
            country = country_after(gaz, doc, sent, k + size)
        before = [a for a in persons if a.end <= k]
        if country is None or not before or k - before[-1].end > _BEFORE:
            continue
        if any(t.lower_ in _OTHERS for t in doc[before[-1].end : k]):
            continue
        for person in before[-1].persons:
            person.away.add(country)


def country_after(gaz: Gazetteer, doc: Doc, sent: Span, i: int) -> str | None:
    """The country named (or whose city is named) within a few words after i; for
    'the country' ('a visit to the South American country'), the one named last
    before it in its paragraph (session 24)."""
    if _THE_COUNTRY.match(doc[i : min(i + _AFTER + 2, sent.end)].text):
        return _named_before(doc, i)
    for t in doc[i : min(i + _AFTER + 1, sent.end)]:
        if t.ent_type_ == "COUNTRY" and t.ent_id_:
            return t.ent_id_
        if t.ent_type_ == "PLACE" and t.ent_id_:
            place = gaz.reference.places.get(t.ent_id_)
            return place.country if place is not None and place.country else None
        if t.ent_type_ or not (t.is_alpha or t.text == "-"):
            return None
    return None


def at_home(person: Person, country: str | None) -> str | None:
    """The country, unless the text says the person is visiting it."""
    return None if country in person.away else country


# 'the country', 'the South American country', 'the Gulf nation'.
_THE_COUNTRY = re.compile(r"the (?:[A-Z][a-z]+ ){0,2}(?:country|nation)\b")


def _named_before(doc: Doc, i: int) -> str | None:
    """The country named last before token i: not one that names a body or a post
    ('the US Army Europe', 'Kenyan Navy') but a country on its own."""
    for ent in reversed([e for e in doc.ents if e.end <= i and e.label_ == "COUNTRY"]):
        after = doc[ent.end] if ent.end < len(doc) else None
        if ent.ent_id_ and (after is None or not after.is_title):
            return str(ent.ent_id_)
    return None
