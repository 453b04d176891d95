"""Session 18 (dates): a meeting that states no day of its own, dated by the
article, held on a visit whose arrival day another sentence states ('A arrived in
Accra on Wednesday for a two-day visit. A held talks with B.', 'on his arrival in
Kathmandu on Wednesday'), takes the arrival day: the first day of the visit, as a
meeting of a visit whose days are given as a range does (unseen27's convention).
Only a sentence naming one of the meeting's participants, telling an arrival in
the past, and a day up to a week before the article's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .dates import event_date
from .findings import span_text
from .told import reported_then_held, within_week

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Meeting
    from .gazetteer import Gazetteer

_ARRIVAL = re.compile(r"\b(?:arrived|arrives|arrival|landed)\b", re.I)


def arrival_day(gaz: Gazetteer, meeting: Meeting, docs: list[Doc], date: str) -> None:
    """Date the meeting by its participant's arrival, where the article dates it."""
    if meeting.date_words or meeting.date != date or meeting.past_week:
        return
    surnames = [p.surname for p in (*meeting.participants, *(p for p, _ in meeting.joined))]
    for doc in docs:
        for sent in doc.sents:
            text = span_text(sent)
            if not _ARRIVAL.search(text) or not any(n in text for n in surnames):
                continue
            if gaz.speaks_of("future", text):
                return
            stated = event_date(text, date)
            if stated is not None and stated[0] < date and within_week(stated[0], date):
                meeting.date, meeting.date_words = stated
            return  # the first arrival told is the visit's


def meeting_days(gaz: Gazetteer, meetings: list[Meeting], docs: list[Doc], date: str) -> None:
    """Each meeting's day, once all are read: the day a next sentence states for a
    meeting only reported (round 10, told.reported_then_held), then its visit's
    arrival day for a meeting dated by the article (session 18)."""
    for meeting in meetings:
        reported_then_held(gaz, meeting, docs, date)
        arrival_day(gaz, meeting, docs, date)
