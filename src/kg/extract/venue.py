"""Round 9 rules for the places of meetings: a country a sentence speaks of in a
reported clause is not where its meeting was, and a meeting placed by the dateline
only takes the city that a meeting of the same person that day stated itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .findings import Meeting
    from .gazetteer import Gazetteer


def said_of(gaz: Gazetteer, sent: Span, ent: Span, introduced: object) -> bool:
    """Whether a country comes after a reporting verb of its sentence ('Meeting B
    today, A said the two armies now train together in Estonia'): what was said,
    not where the meeting was, when the article introduced a city before (round 9,
    places)."""
    doc = sent.doc
    return introduced is not None and any(
        t.text in gaz.reporting for t in doc[sent.start : ent.start]
    )


def day_venue(
    meetings: list[Meeting],
    ids: set[int],
    when: str,
    place: tuple[str, str],
    places: list[tuple[str, str, tuple[int, int]]],
) -> tuple[str, str]:
    """The place of a meeting its sentence does not place, read off the dateline
    ('ANKARA -'): the city a meeting of one of its persons the same day stated in
    its own sentence ('A and B met in Izmir'; then 'A also met C') (round 9,
    places). Else the place given."""
    location, words = place
    # Placed by a city the article introduced (its dateline), not by its sentence.
    dateline = any(words == p[1] for p in places)
    if not dateline or not location.startswith("place:"):
        return place
    for known in reversed(meetings):
        stated = known.location_words and known.location_words == known.evidence
        if (
            stated
            and known.date == when
            and ids & known.ids()
            and known.location.startswith("place:")
            and known.location != location
        ):
            return known.location, known.location_words
    return place
