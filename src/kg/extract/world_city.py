"""Session 18 (places): a city that places.csv lacks, from world_cities.csv
(GeoNames' cities of 15,000 inhabitants or more). A meeting placed only in a
country, in a city guessed rather than read, or nowhere, whose own sentence names
a city after 'in' or 'at' ('met in Chimoio', 'talks at Koh Kong'), is placed in
that city when it lies in the meeting's country, or, for a meeting placed nowhere,
in a participant's. The table
is never matched in every sentence as places.csv is: a town's name is often a
person's or a word ('Victoria', 'March'), and a name is read as a city only where
a meeting is said to be and its country agrees; that is also how one name of many
cities is told apart ('Kingston' in an article of Jamaica's officials)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model.identity import normalise

if TYPE_CHECKING:
    from ..model.reference import Place
    from .findings import Findings, Meeting
    from .gazetteer import Gazetteer

# 'in' or 'at', then up to four words of a name ('Colonia del Sacramento'). Written
# in lower case: a sentence's opening 'In' is seldom a place's ('In March, ...').
# Session 31: also after 'the city of', 'the port city of', 'the southern town of'.
_AFTER = re.compile(
    r"\b(?:in|at)\s+(?:the\s+(?:[a-z-]+\s+){0,2}(?:city|town|port)\s+of\s+)?"
    r"([A-Z][\w'\u2019.-]*(?:\s+(?:de|del|da|do|dos|la|el|[A-Z][\w'\u2019.-]*)){0,3})"
)


def place_in_world_city(gaz: Gazetteer, findings: Findings) -> None:
    """Move each meeting placed in a country, in a guessed city or nowhere, to the
    city of that country (or of a participant's) that its sentence names after 'in'
    or 'at'."""
    unsure = [
        m for m in findings.meetings if not m.location.startswith("place:") or not m.placed_surely
    ]
    if not unsure or not gaz.reference.cities:
        return
    for meeting in unsure:
        countries = _countries(gaz, meeting)
        for match in _AFTER.finditer(meeting.evidence):
            city = _city(gaz.world_cities, match.group(1).split(), countries)
            if city is not None:
                meeting.location = f"place:{city.place}"
                meeting.location_words = match.group(0)
                break


def _countries(gaz: Gazetteer, meeting: Meeting) -> set[str]:
    """The countries the meeting may be in: that of its place (a city guessed from
    the dateline or a country), else those of its participants."""
    if meeting.location:
        return {c for c in [gaz.country_of(meeting.location)] if c}
    people = [*meeting.participants, *(p for p, _ in meeting.joined)]
    return {p.country for p in people if p.country}


def _city(named: dict[str, list[Place]], words: list[str], countries: set[str]) -> Place | None:
    """The city of one of the countries that the words after 'in' name, the longest
    name first; none when the words name none there."""
    for n in range(len(words), 0, -1):
        cities = named.get(normalise(" ".join(words[:n])), [])
        theirs = [c for c in cities if c.country in countries]
        if len(theirs) == 1:
            return theirs[0]
    return None
