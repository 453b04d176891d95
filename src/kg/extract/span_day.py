"""Round 25 rules (date and place): a meeting told with no day of its own, in an
article whose opening paragraphs give the visit or the talks only as a span of
days ('visited Ruritania May 6-9', 'held in Strelsau from 15 to 17 November',
'a delegation to Freedonia from June 8-9, 2015'), took place on the span's FIRST
day, the convention of the gold written since unseen27 (bench/realnews/README.md).
Before this rule such a meeting took the day of the dateline or the article's day,
which is the span's last day or later."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

from .dates import MONTH_PATTERN, month_number
from .findings import span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Not 'and': 'on 26 and 27 January, respectively' are the days of two events.
_TO = r"(?:-|\u2013|\u2014|to|till|until|through)"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_LAST = r"\d{1,2}(?:st|nd|rd|th)?"
# 'May 6 to 8', 'Nov. 5-6', 'April 15-18, 2024'; '15 to 17 November', '8-9 June
# 2015'; a year after it is optional (the article's year stands for it).
# Each with whether the month comes before the day. Session 25: a span whose end
# names its month again ('from August 27 to August 31', '27 August to 1 September').
_SPANS = (
    (
        re.compile(rf"\b{MONTH_PATTERN}\s+{_DAY}\s*{_TO}\s*{_LAST}\b(?!\s*{MONTH_PATTERN})", re.I),
        True,
    ),
    (re.compile(rf"\b{_DAY}\s*{_TO}\s*{_LAST}\s+(?:of\s+)?{MONTH_PATTERN}", re.I), False),
    (re.compile(rf"\b{MONTH_PATTERN}\s+{_DAY}\s*{_TO}\s*{MONTH_PATTERN}\s+{_LAST}\b", re.I), True),
    (
        re.compile(
            rf"\b{_DAY}\s+(?:of\s+)?{MONTH_PATTERN}\s*{_TO}\s*{_LAST}\s+(?:of\s+)?{MONTH_PATTERN}",
            re.I,
        ),
        False,
    ),
)
# How many words of the article may come before the paragraph that gives the
# span (title, date, byline and agency lines come first in a release, each a
# paragraph of its own), and how many days before the article's day it may start:
# a report on a visit is published within a month of it (a fortnight until session
# 23, which left out releases put out three weeks after the talks).
_LEAD_WORDS = 120
_WITHIN = 31


def _spans(text: str, year: int) -> list[tuple[int, datetime.date, str]]:
    found = []
    for pattern, month_first in _SPANS:
        for m in pattern.finditer(text):
            month, day = (m.group(1), m.group(2)) if month_first else (m.group(2), m.group(1))
            try:
                first = datetime.date(year, month_number(month), int(day))
            except ValueError:
                continue
            found.append((m.start(), first, m.group(0)))
    return sorted(found)


def is_span(words: str) -> bool:
    """Whether the words give a span of days with its month ('Oct. 22-24', 'from 15
    to 17 November', 'August 27 to August 31'; not an ISO date's '2024-10-22')."""
    return any(pattern.search(words) for pattern, _ in _SPANS)


def span_day(docs: list[Doc], date: str) -> tuple[str, str] | None:
    """(ISO date, words) of the first day of the first span of days the opening
    paragraphs state, when it starts up to a fortnight before the article's day."""
    day, seen = datetime.date.fromisoformat(date), 0
    for doc in docs:
        if seen > _LEAD_WORDS:
            break
        text = span_text(doc[:])
        seen += len(text.split())
        for _, first, words in _spans(text, day.year):
            if first > day and first.month == 12 and day.month == 1:
                first = first.replace(year=day.year - 1)  # 'December 30-31' filed in January
            if 0 <= (day - first).days <= _WITHIN:
                return first.isoformat(), words
    return None
