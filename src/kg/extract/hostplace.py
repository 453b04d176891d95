"""Round 8 rules for the places of meetings: where a visitor came to a host, the
meeting takes the host's side (the city the article names there: its dateline, a
later sentence that tells the same meeting with its place) rather than the
visitor's country, a guess from the first participant with a country."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Protocol

from .findings import PLACED, span_text
from .placenames import at_place, headline, post_seat
from .span_day import is_span
from .told import own_date

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Meeting, Person
    from .gazetteer import Gazetteer


class _Reader(Protocol):
    """What the rules need of the meeting rules (kg.extract.meetings)."""

    gaz: Gazetteer
    date: str

    def location(
        self, doc: Doc, sent: Span, people: list[Person], host: Person | None
    ) -> tuple[str, str, bool]: ...


def headline_dateline(
    docs: list[Doc],
    places: list[tuple[str, str, tuple[int, int]]],
    here: tuple[int, int],
) -> tuple[str, str, tuple[int, int]] | None:
    """The dateline that places a headline above it: the first city the article
    introduces that is a dateline, though a caption under the headline named a city
    first ('X attends a news conference in Buenos Aires', then 'BUENOS AIRES -')
    (round 8, places)."""
    return next((p for p in places if headline(docs, here, p[2])), None)


def sentence_dateline(doc: Doc, sent: Span, e: Span) -> bool:
    """Whether a city opens the paragraph and its sentence as a dateline run into
    the text ('Jakarta Indonesian Defense Minister X ... signed ... in Y, Ankara'):
    where the report was filed, second to a city the sentence names after it
    (round 8, places)."""
    return e.start == 0 and sent.start == 0 and e.end < len(doc) and doc[e.end].is_title


def after_locality(doc: Doc, e: Span) -> bool:
    """Whether a city follows 'in', 'at' or 'to' and a named locality of it: 'in
    Bakanliklar, Ankara', 'at Camp X, Quezon City' (round 8, places)."""
    i = e.start - 1
    if i < 2 or doc[i].text != ",":
        return False
    i -= 1
    while i > 0 and doc[i].is_title and i > e.start - 5:
        if doc[i - 1].lower_ in ("in", "at", "to"):
            return True
        i -= 1
    return False


def retold(
    reader: _Reader,
    known: Meeting,
    where: tuple[Doc, Span],
    people: list[Person],
    host: Person | None,
) -> Meeting:
    """A meeting told again ('Readout of A's meeting with B', then 'A met B
    yesterday at the Pentagon'): the city that sentence states replaces no place, a
    country only guessed (the guest's country, say) or the city's own country; the
    day it states replaces one the sentence first told did not state itself (a date
    line's) (round 8, places), unless it lies after the article's day."""
    if known.guessed:
        return known
    doc, sent = where
    location, words, sure = reader.location(doc, sent, people, host)
    held = known.location
    if sure and location.startswith("place:"):
        city = reader.gaz.reference.places.get(location.removeprefix("place:"))
        own = city is not None and held == f"country:{city.country}"
        if not held or own or (held.startswith("country:") and known.confidence < PLACED):
            known.location, known.location_words = location, words
    stated = own_date(reader.gaz, span_text(sent), reader.date)
    # A day after the article's is another event's ('took place amid preparations
    # for the summit, which will be held on October 24'), never the day of a
    # meeting the article reports as held (session 31).
    if (
        stated is not None
        and stated[0] <= reader.date
        and (
            not known.date_words
            or known.date_words not in known.evidence
            or _STAMP.fullmatch(known.date_words) is not None
            or _within(known, stated[0])
        )
    ):
        known.date, known.date_words = stated
    return known


def another_event(reader: _Reader, known: Meeting, text: str, apart: set[str]) -> bool:
    """Whether a sentence naming the participants of a meeting already read tells
    another event of theirs: one of the two is told as held apart (a call, a video
    link: ``apart``) and the other not, and the sentence states a day of its own,
    days away from the first one's ('He was received by General B' in a report of
    the visit, then 'On February 2, B had held a telephonic conversation with him';
    session 38). A day or two apart is the same event told twice: a quoted release's
    'spoke by phone today' under a wire's dateline of the next day."""
    if (text in apart) == (known.evidence in apart):
        return False
    stated = own_date(reader.gaz, text, reader.date)
    if stated is None or not known.date:
        return False
    gap = date.fromisoformat(stated[0]) - date.fromisoformat(known.date)
    return abs(gap.days) > _APART_DAYS


# The most days between two tellings of one event (a release's day, a wire's).
_APART_DAYS = 3


_SPAN_DAYS = 14
# A day written as a page stamps its own ('2016-04-14 10:40' under a headline run
# into it): the page's day, never how a report tells the day of what it reports.
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}")


def _within(known: Meeting, day: str) -> bool:
    """Whether the meeting took the first day of a span of days ('during a visit
    Oct. 22-24') and the day retold lies after it within a fortnight ('the meeting
    with B on Oct. 23'): the day of the meeting itself (session 26)."""
    if not is_span(known.date_words) or not known.date < day:
        return False
    first, then = date.fromisoformat(known.date), date.fromisoformat(day)
    return (then - first).days <= _SPAN_DAYS


def city_rank(doc: Doc, sent: Span, e: Span) -> tuple[bool, bool, bool]:
    """How a city the meeting's sentence names ranks as its place, first best: not
    a post's seat (round 6); not a dateline run into the sentence; after 'in', 'at'
    or 'to', or a named locality after them (round 8, places)."""
    placed = at_place(doc, e) or after_locality(doc, e)
    return post_seat(doc, e), sentence_dateline(doc, sent, e), not placed
