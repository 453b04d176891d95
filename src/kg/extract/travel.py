"""Round 12 rules for the places of meetings: the country a sentence says someone
is visiting ('on an official visit to Malaysia', 'a three-day trip to Kenya') is
where the visit's meetings take place, like a country someone arrived in, when the
dateline names a city of another country (the visitor's home, where the report was
filed); and a city of that country where the article placed a meeting of the visit
places its other meetings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .placenames import visit_aside
from .stay_in import stay_country
from .visits import country_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Meeting
    from .gazetteer import Gazetteer


def visit_country(gaz: Gazetteer, doc: Doc, sent: Span) -> str | None:
    """The country a phrase of visiting of two words (side_words.csv, kind visit:
    'visit to', 'trip to', 'tour of') names within a few words after it; not
    'visiting', which as often stands before the visitor's own country ('visiting
    Ruritanian minister') (round 12, places)."""
    words = gaz.side_words
    if (stay := stay_country(gaz, doc, sent)) is not None:
        return stay[1]  # 'A is in Ruritania on a working visit' (round 25)
    for k in range(sent.start, sent.end - 2):
        if words.get(f"{doc[k].lower_} {doc[k + 1].lower_}") == "visit":
            if visit_aside(doc, k, sent.start):
                continue  # 'Prior to his visit to Israel, A called on B' (session 24)
            country = country_after(gaz, doc, sent, k + 2)
            if country is not None:
                return country
    return None


def visit_place(gaz: Gazetteer, meetings: list[Meeting], country: str) -> tuple[str, str]:
    """Where a meeting of a visit to a country took place that its sentence does
    not place: the city of that country a meeting told before stated in its own
    sentence ('A and B signed ... in Cairo'; then 'A held talks with B'), else the
    country (round 12, places)."""
    for known in reversed(meetings):
        if not known.location.startswith("place:") or known.location_words != known.evidence:
            continue
        city = gaz.reference.places.get(known.location.removeprefix("place:"))
        if city is not None and city.country == country:
            return known.location, known.location_words
    return f"country:{country}", ""
