"""Session 30 rule (places): a report filed at home of talks held abroad.

'ISLAMABAD - General A met General B, commander of the Ruritanian army. A, who
is visiting Ruritania, ...': the dateline's city placed the meeting, yet it is
only where the report was filed, in A's country; every visit the article tells
of is to Ruritania, B's country, and the meeting was there: in the one city of
it that the visits name, else in the country.

Not when the article names the city again ('met in Islamabad', 'the Islamabad
talks'), says 'here' (filed where it happened) or tells of visits to more than
one country. On the 1,505 articles of session 30's tuning set it moved 12
meetings: 9 to where the gold readings have them, one the gold leaves unplaced
(wrong before too) and two the gold does not hold."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .away_place import visit_targets
from .findings import span_text
from .late_dateline import capitals_dateline, city_dateline
from .told import said_here

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Findings
    from .gazetteer import Gazetteer


def filed_at_home(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """Each meeting placed in the dateline's city, with a participant of that
    city's country and one of the one country the article's visits are to, goes
    to the visited country (or the one city of it the visits name)."""
    visits = list(visit_targets(gaz, docs))
    visited = {country for _, country, _ in visits}
    if len(visited) != 1 or any(said_here(doc, s) for doc in docs for s in doc.sents):
        return
    (abroad,) = visited
    places = gaz.reference.places
    cities = sorted({city for _, _, city in visits if city})
    for meeting in findings.meetings:
        kind, _, place = meeting.location.partition(":")
        city = places.get(place) if kind == "place" else None
        if city is None:
            continue
        countries = {p.country for p in meeting.participants}
        if city.country == abroad or not {abroad, city.country} <= countries:
            continue
        if not _only_dateline(docs, city.place):
            continue
        meeting.location = f"place:{cities[0]}" if len(cities) == 1 else f"country:{abroad}"
        meeting.location_words = span_text(visits[0][0].sent)


def _only_dateline(docs: list[Doc], city: str) -> bool:
    """Whether the article names the city once, in its dateline (one in capitals
    under a page's header lines too: session 33)."""
    named = [
        (n, doc, e)
        for n, doc in enumerate(docs)
        for e in doc.ents
        if e.label_ == "PLACE" and e.ent_id_ == city
    ]
    if len(named) != 1:
        return False
    n, doc, e = named[0]
    return city_dateline(doc, n, e) or capitals_dateline(doc, n, e)
