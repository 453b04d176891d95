"""The day of a meeting in a sentence that names two days (round 20, dates).

A sentence may tell two events on two days ('With A due to meet B at the palace
today, C hosted D at the ministry yesterday'; a header's date run into the lede
before 'On 2 March in Rome, C signed ... with D'). The day of the meeting of C
and D is the day nearest their names, not the first day the sentence states:
a day inside a clause about a meeting to come, a stay's first day ('arrived on
Monday') and a day of a report ('the agency said on Friday') are not a meeting's
day at all."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

from .dates import STAY_WORDS, is_range, sentence_days, stay_start
from .told import own_date, reported_day

if TYPE_CHECKING:
    from .findings import Person
    from .gazetteer import Gazetteer

# How many days before the article's day a day may lie to date its meeting.
_WITHIN = 7
# Where a clause starts: a comma, a semicolon, a dash, or the sentence's start.
_CLAUSE = re.compile(r"[,;:\u2013\u2014]|\s-\s")


def _span(text: str, people: list[Person]) -> tuple[int, int] | None:
    """From the first to the last place the sentence names a participant (by a
    word of the name)."""
    at: list[tuple[int, int]] = []
    for person in people:
        for word in {w for w in person.name.split() if len(w) > 2}:
            at += [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    if not at:
        return None
    return min(a for a, _ in at), max(b for _, b in at)


def _clause(text: str, at: int) -> str:
    """The words from the start of the clause a day is in up to the day."""
    starts = [m.end() for m in _CLAUSE.finditer(text, 0, at)]
    return text[starts[-1] if starts else 0 : at]


def _fits(gaz: Gazetteer, text: str, day: tuple[int, str, str], date: str) -> bool:
    at, iso, words = day
    back = (datetime.date.fromisoformat(date) - datetime.date.fromisoformat(iso)).days
    lead = " ".join(text[:at].split()[-STAY_WORDS:])
    return (
        0 <= back <= _WITHIN
        # A span of days is a stay's, not a meeting's day (round 23, dates).
        and not is_range(words)
        and not gaz.speaks_of("stay", lead)
        and not stay_start(gaz, lead)
        and not gaz.speaks_of("future", _clause(text, at))
        and not reported_day(gaz, text[: at + len(words)], words)
    )


def meeting_date(
    gaz: Gazetteer, text: str, date: str, people: list[Person]
) -> tuple[str, str] | None:
    """The day a meeting's sentence states for it (``own_date``); where the
    sentence names another day nearer the participants' names, that one."""
    stated = own_date(gaz, text, date)
    if stated is None:
        return None
    days = sentence_days(text, date)
    span = _span(text, people)
    if span is None or len({iso for _, iso, _ in days}) < 2:
        return stated

    def distance(day: tuple[int, str, str]) -> tuple[int, int]:
        # First how many clause marks lie between the day and the names, then
        # how many characters.
        first, last = day[0], day[0] + len(day[2])
        between = text[last : span[0]] if last <= span[0] else text[span[1] : first]
        return len(_CLAUSE.findall(between)), max(span[0] - last, first - span[1], 0)

    mine = [d for d in days if d[2] == stated[1] and d[1] == stated[0]]
    fitting = [d for d in days if _fits(gaz, text, d, date)]
    if not fitting:
        return stated
    best = min(fitting, key=distance)
    if best[1] == stated[0] or (
        mine and distance(mine[0]) <= distance(best) and mine[0] in fitting
    ):
        return stated
    return best[1], best[2]
