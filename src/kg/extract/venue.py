"""The city a meeting that names none took place in (round 7): the article's first
city (its dateline, mostly) unless a later sentence, before the meeting's, puts the
events in another city ('ANKARA - ... the defence fair in Istanbul ... A also met
B at the fair'): a dateline city counts only where the meetings clearly were."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .dates import vague_past

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .gazetteer import Gazetteer

Introduced = tuple[str, str, tuple[int, int]]


def introduced_city(
    gaz: Gazetteer,
    docs: list[Doc],
    places: list[Introduced],
    here: tuple[int, int],
    date: str,
) -> Introduced | None:
    """Of the cities introduced before ``here`` (paragraph, token), the latest one
    a sentence of meetings or of a visit held puts the events in (meeting_words.csv,
    kinds meeting and stay; not future nor remote, nor an earlier event recalled:
    'talks in Harare in August'), when it is not the first city; else the first
    city introduced."""
    before = [p for p in places if p[2] <= here]
    if not before:
        return None
    for place in reversed(before[1:]):
        n, token = place[2]
        text = docs[n][token].sent.text
        if place[0] == before[0][0] or any(gaz.speaks_of(k, text) for k in ("future", "remote")):
            continue
        if vague_past(text, date) == "earlier":
            continue
        if gaz.speaks_of("meeting", text) or gaz.speaks_of("stay", text):
            return place
    return before[0]
