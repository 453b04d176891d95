"""Round 22 rules (meeting date): a meeting whose sentence gives no day of its own
('Last week, A visited Ruritania and met B', dated by the article) takes the day a
sentence soon after states for that meeting: 'During the meeting with A on June
24, B said ...'. The later sentence speaks of a meeting, names one of its persons
(or, round 23, names one by the post alone: 'The premier hosted the fleet's
commander on Sunday (June 1, 2025)') and states one day, on or before the
article's and no more than a fortnight earlier. Session 28: where the article
tells one meeting only, the later sentence need name none of its persons ('At a
meeting held on November 18, both sides spoke about ...')."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

from .dates import article_dates
from .findings import last_told, span_text
from .visitors import names_surname

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Findings, Meeting, Person
    from .gazetteer import Gazetteer

# How many sentences after the meeting's own one may still give its day.
_NEXT = 3
# A sentence naming none of the meeting's persons tells its day only as the day a
# meeting was held ('At a meeting held on November 18'), not a day of another
# event that speaks of one ('presented the meeting agenda').
_HELD = re.compile(
    r"\b(?:meeting|talks|session)\s+(?:(?:was|were)\s+)?(?:held|took\s+place)\b", re.I
)
# How far before the article's day a day given so may lie.
_BACK = datetime.timedelta(days=14)


def _undated(meeting: Meeting) -> bool:
    """Whether the meeting is dated by the article only: 'last week', or no day."""
    return meeting.past_week or not meeting.date_words


def _titled(person: Person, text: str) -> bool:
    """Whether the sentence names the person by the post only ('The Prime Minister
    received on Sunday ...'; round 23, dates)."""
    post = person.post
    return post is not None and re.search(rf"\b[Tt]he {re.escape(post.label)}\b", text) is not None


def _day(gaz: Gazetteer, text: str, meeting: Meeting, date: str, alone: bool = False) -> str | None:
    """The one day a sentence states for a meeting of one of the meeting's persons;
    ``alone``: of the article's one meeting, named by no person ('At a meeting held
    on November 18, both sides spoke about ...', session 28)."""
    if not gaz.speaks_of("meeting", text) or gaz.speaks_of("future", text):
        return None
    named = any(names_surname(p.surname, text) or _titled(p, text) for p in meeting.participants)
    if not named and not (alone and _HELD.search(text)):
        return None
    days = {iso for _, iso, _ in article_dates(text, int(date[:4]))}
    if len(days) != 1:
        return None
    (day,) = days
    published = datetime.date.fromisoformat(date)
    return day if published - _BACK <= datetime.date.fromisoformat(day) <= published else None


def later_day(gaz: Gazetteer, findings: Findings, docs: list[Doc], date: str) -> None:
    """Each meeting dated by the article only takes the day a sentence soon after
    its own states for it."""
    texts = [span_text(s) for doc in docs for s in doc.sents]
    # Where the article tells one meeting, 'the meeting' is that one (session 28).
    alone = len([m for m in findings.meetings if not m.lead_only]) == 1
    for meeting in findings.meetings:
        if not _undated(meeting):
            continue
        own = last_told(texts, meeting)
        if own is None:
            continue
        for text in texts[own + 1 : own + 1 + _NEXT]:
            day = _day(gaz, text, meeting, date, alone)
            if day is not None:
                meeting.date, meeting.date_words = day, text
                break
