"""Round 24 rules (meetings): a meeting whose own sentence names no day ('A has
briefed the visiting minister B on the situation') takes the day a sentence right
after it tells for that same encounter, also when that day is named relative to
the article's ('A gave the briefing yesterday during B's call at the camp'; 'No
details of the talks, which were held on Saturday, are given').

Round 22's ``later_day`` reads only stated dates there ('on June 24'), since a
weekday after a single person's name is as often the day of a speech as of the
meeting. A relative day is taken here only where the sentence is surely about the
meeting itself: it names two of its participants, or it names none and speaks of
'the talks' (a definite meeting noun pointing back) as held or taking place."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

from .dates import sentence_days
from .findings import last_told, span_text
from .placenames import at_place, post_seat, seat_city
from .told import reported_day
from .visitors import names_surname

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Findings, Meeting
    from .gazetteer import Gazetteer

# How many sentences after the meeting's own one may still give its day: the next
# two (a lede, then the sentence that fills in when and where).
_NEXT = 2
# How far before the article's day such a day may lie.
_BACK = datetime.timedelta(days=7)
# 'the talks, which were held on Saturday', 'the meeting took place yesterday': a
# definite meeting noun that points back, told as held.
_HELD = re.compile(
    r"\bthe\s+(?:talks|discussions|meeting|briefing)\b[^.;]{0,40}?\b(?:was|were)\s+held\b"
    r"|\bthe\s+(?:talks|discussions|meeting|briefing)\b[^.;]{0,40}?\btook\s+place\b",
    re.I,
)


def _about(meeting: Meeting, text: str) -> bool:
    """Whether the sentence is about the meeting: it names two of its persons by
    surname, or none of them and speaks of 'the talks' as held."""
    named = sum(names_surname(p.surname, text) for p in meeting.participants)
    return named >= 2 or (named == 0 and _HELD.search(text) is not None)


def _day(gaz: Gazetteer, text: str, meeting: Meeting, date: str) -> str | None:
    """The one past day the sentence names, when it is about the meeting."""
    if gaz.speaks_of("future", text) or not _about(meeting, text):
        return None
    found = [
        (iso, words)
        for _, iso, words in sentence_days(text, date)
        if not reported_day(gaz, text, words)  # 'officials said Tuesday': the report's
    ]
    if len({iso for iso, _ in found}) != 1:
        return None
    day = found[0][0]
    published = datetime.date.fromisoformat(date)
    return day if published - _BACK <= datetime.date.fromisoformat(day) <= published else None


def _city(gaz: Gazetteer, sent: Span) -> str | None:
    """The one city the sentence names after 'in' or 'at' ('during B's call at the
    camp in Suva'), not a post's seat nor where a source sits."""
    found = {
        e.ent_id_
        for e in sent.ents
        if e.label_ == "PLACE"
        and e.ent_id_ in gaz.reference.places
        and at_place(sent.doc, e)
        and not post_seat(sent.doc, e)
        and not seat_city(gaz, sent.doc, e)
    }
    return found.pop() if len(found) == 1 else None


def _placed_elsewhere(meeting: Meeting) -> bool:
    """Whether the meeting's place was guessed or read outside its own sentence."""
    return not meeting.placed_surely or meeting.location_words not in meeting.evidence


def told_later(gaz: Gazetteer, findings: Findings, docs: list[Doc], date: str) -> None:
    """Each meeting still dated by the article only (no day in its own words, not
    'last week') takes the day the next sentences tell for it, and the city that
    sentence names where its own place was only guessed or read elsewhere."""
    sents = [s for doc in docs for s in doc.sents]
    texts = [span_text(s) for s in sents]
    for meeting in findings.meetings:
        if meeting.date_words or meeting.past_week:
            continue
        own = last_told(texts, meeting)
        if own is None:
            continue
        for k in range(own + 1, min(own + 1 + _NEXT, len(texts))):
            sent, text = sents[k], texts[k]
            day = _day(gaz, text, meeting, date)
            if day is None:
                continue
            meeting.date, meeting.date_words = day, text
            city = _city(gaz, sent)
            if city is not None and _placed_elsewhere(meeting):
                meeting.location, meeting.location_words = f"place:{city}", text
            break
