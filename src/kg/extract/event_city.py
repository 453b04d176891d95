"""Session 17 (places): a meeting placed only in a country, in an article where
another sentence tells that the event was held in one city of that country ('The
ceremony was held at the presidential villa in Accra', 'the two presidents signed
the accords at the palace in the Chilean capital, Santiago', 'the envoy presented
his credentials at a reception held at the royal residence, Maseru'), is placed in
that city. Not a city of an event recalled from an earlier year ('The previous
meeting was held in Maputo in 2022'), nor one ahead, nor a city in a name ('the
Bucharest 9 format')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .findings import span_text
from .names import place_in_name
from .seat import venue
from .world_city import place_in_world_city

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Findings
    from .gazetteer import Gazetteer

_HELD = re.compile(
    r"\b(?:took place|was held|were held|held (?:a|an|the|its)|convened|ceremony|event)\b", re.I
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _event_cities(gaz: Gazetteer, docs: list[Doc], year: int) -> dict[str, Span]:
    """The one city each sentence telling an event held names, with its sentence."""
    found: dict[str, Span] = {}
    for doc in docs:
        for sent in doc.sents:
            if not _HELD.search(sent.text) or gaz.speaks_of("future", sent.text):
                continue
            if any(int(y) < year for y in _YEAR.findall(sent.text)):
                continue
            cities = {
                e.ent_id_
                for e in sent.ents
                if e.label_ == "PLACE"
                and venue(gaz, doc, e)
                and not place_in_name(doc, e.start, sent.end)
                and not (e.end < sent.end and doc[e.end].like_num)
            }
            if len(cities) == 1:
                found.setdefault(cities.pop(), sent)
    return found


def place_in_event_city(gaz: Gazetteer, findings: Findings, docs: list[Doc], date: str) -> None:
    """Each meeting placed in a country goes to the one city of that country that a
    sentence other than its own tells an event was held in."""
    placed = [m for m in findings.meetings if m.location.startswith("country:")]
    if not placed:
        return
    cities = _event_cities(gaz, docs, int(date[:4]))
    places = gaz.reference.places
    for meeting in placed:
        theirs = {
            city: sent
            for city, sent in cities.items()
            if places[city].country == meeting.location[8:] and span_text(sent) != meeting.evidence
        }
        if len(theirs) == 1:
            ((city, sent),) = theirs.items()
            meeting.location, meeting.location_words = f"place:{city}", span_text(sent)


def place_in_cities(gaz: Gazetteer, findings: Findings, docs: list[Doc], date: str) -> None:
    """The cities of meetings placed only in a country: the one another sentence
    tells an event was held in (session 17), else one of world_cities.csv that the
    meeting's own sentence names (session 18, kg.extract.world_city)."""
    place_in_event_city(gaz, findings, docs, date)
    place_in_world_city(gaz, findings)
