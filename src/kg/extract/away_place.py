"""Round 19 rules (place): a meeting guessed in a visitor's own country goes to the
other side's when the text says the visitor was away there. 'Ruritanian General A
visited Freedonia. ... General A met Defence Minister B of Freedonia.': the guess
took A's country (the first participant's); the meeting was in B's, the country A
was visiting. And a meeting guessed in one side's country goes to the other's when
all the article's visits are to it ('A arrived in Strelsau')."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

    from .findings import Findings, Meeting
    from .gazetteer import Gazetteer

# How many words may stand between the phrase of visiting and the place ('visit
# to the Republic of Ruritania').
_AFTER = 4


def place_away(findings: Findings) -> None:
    """Each meeting guessed in the home country of a participant the text says was
    visiting another participant's country (and nowhere else) goes to that country;
    not when the text says another of them was visiting the first country (two
    visits, told at other times)."""
    for meeting in findings.meetings:
        # Only a guess in a country: a city, even a dateline's, was read.
        if meeting.placed_surely or not meeting.location.startswith("country:"):
            continue
        move_to_visited(meeting, meeting.location.removeprefix("country:"))


def move_to_visited(meeting: Meeting, home: str) -> bool:
    """Move a meeting placed in ``home`` to the country its visitor from there was
    visiting (the one country the text says, another participant's); not when
    another participant was visiting ``home`` (two visits). Whether it moved."""
    people = meeting.participants
    if any(home in p.away for p in people):
        return False
    for visitor in people:
        if visitor.country != home or len(visitor.away) != 1:
            continue
        (visited,) = visitor.away
        if visited != home and any(p.country == visited for p in people):
            meeting.location = f"country:{visited}"
            return True
    return False


def _progressive(doc: Doc, k: int) -> bool:
    """Whether 'visiting' at k follows 'is' or 'was' ('A is visiting Ruritania'): a
    visit told, not an adjective before the visitor's country (session 23)."""
    return k > 0 and doc[k - 1].lower_ in ("is", "was", "are", "were")


def visit_targets(gaz: Gazetteer, docs: list[Doc]) -> Iterator[tuple[Token, str, str]]:
    """Each place the article's phrases of visiting name (side_words.csv, kind
    visit: 'visit to', 'arrived in', 'visited'), as its word, its country and its
    city ('' for a country); not after 'visiting', which as often stands before the
    visitor's own country, unless after 'is' or 'was'."""
    places = gaz.reference.places
    for doc in docs:
        for k in range(len(doc)):
            size = gaz.side_phrase(doc, k, "visit", 2)
            if not size or (doc[k].lower_ == "visiting" and not _progressive(doc, k)):
                continue
            for t in doc[k + size : k + size + _AFTER]:
                city = places.get(t.ent_id_) if t.ent_type_ == "PLACE" else None
                if t.ent_type_ == "COUNTRY" and t.ent_id_:
                    yield t, t.ent_id_, ""
                elif city is not None and city.country:
                    yield t, city.country, city.place
                if t.ent_type_ or not t.is_alpha:
                    break


def _visited(gaz: Gazetteer, docs: list[Doc]) -> tuple[set[str], set[str]]:
    """The countries and the cities the article's phrases of visiting name."""
    found = list(visit_targets(gaz, docs))
    return {country for _, country, _ in found}, {city for _, _, city in found if city}


def place_visited(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """Each meeting guessed in the country of one participant, with another of the
    one country all the article's visits are to (or, session 23, of no country read
    yet: a host's is often given by the visit itself, later), was there: in the one city of it
    the visits name ('arrived in X'), else in the country. 'A arrived in Strelsau
    on Sunday. ... He spoke after his talks with B of Ruritania.'"""
    guessed = [m for m in findings.meetings if not m.placed_surely]
    guessed = [m for m in guessed if m.location.startswith("country:")]
    if not guessed:
        return
    countries, cities = _visited(gaz, docs)
    if len(countries) != 1:
        return
    (visited,) = countries
    for meeting in guessed:
        home = meeting.location.removeprefix("country:")
        mine = {p.country for p in meeting.participants}
        if home == visited or home not in mine or not mine & {visited, None, ""}:
            continue
        meeting.location = f"place:{min(cities)}" if len(cities) == 1 else f"country:{visited}"
