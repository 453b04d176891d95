"""Round 15 rules (places): a meeting whose place was only guessed (its sentence
names no city; the host's or a participant's country was taken) is in the country
the text says the visit was to. 'A, who is paying a visit to the Republic of
Freedonia, met B' or 'During his visit, A met his Freedonian counterpart B' after
'A arrived for a visit to Freedonia': the guess took A's own country (the subject's,
often the visitor's), while the meeting was held where A went."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .away_home import after_reading
from .away_place import place_away, place_visited
from .findings import span_text
from .held_at import place_held_at, same_day_city
from .stay_city import stay_city
from .travel import visit_country

__all__ = ["after_reading", "place_visits"]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Findings, Meeting
    from .gazetteer import Gazetteer

# Words that say a sentence speaks of the visit an earlier sentence named.
_VISIT_WORDS = {"visit", "trip", "tour", "stay"}


def _sentences(docs: list[Doc], evidence: str) -> list[tuple[Doc, Span]]:
    """The article's sentences up to the first one the evidence holds (last), or
    none when no sentence is found."""
    seen: list[tuple[Doc, Span]] = []
    for doc in docs:
        for sent in doc.sents:
            seen.append((doc, sent))
            if span_text(sent) and span_text(sent) in evidence:
                return seen
    return []


def _visit_of(gaz: Gazetteer, told: list[tuple[Doc, Span]]) -> str | None:
    """The country the last sentence says the visit was to; for one that speaks of
    'his visit' without naming it, the one the nearest earlier sentence named."""
    doc, sent = told[-1]
    country = visit_country(gaz, doc, sent)
    if country is not None or not any(t.lower_ in _VISIT_WORDS for t in sent):
        return country
    for doc, before in reversed(told[:-1]):
        country = visit_country(gaz, doc, before)
        if country is not None:
            return country
    return None


def _fits(meeting: Meeting, country: str) -> bool:
    """Some participant is of the visited country or of none the text gave: a visit
    to a third country names another trip."""
    return any(p.country in ("", None, country) for p in meeting.participants)


def place_visits(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """Each meeting placed only by a guess in a country goes to the country its
    sentence (or the visit it speaks of) says was visited."""
    for meeting in findings.meetings:
        if meeting.placed_surely or not meeting.location.startswith("country:"):
            continue
        told = _sentences(docs, meeting.evidence)
        if not told:
            continue
        country = _visit_of(gaz, told)
        if country is None or meeting.location == f"country:{country}":
            continue
        if _fits(meeting, country):
            meeting.location = f"country:{country}"
            meeting.location_words = span_text(told[-1][1])
    place_held_at(gaz, findings, docs)  # round 19
    place_away(findings)  # round 19
    place_visited(gaz, findings, docs)  # round 19
    same_day_city(gaz, findings)  # round 19
    stay_city(gaz, findings, docs)  # round 22
