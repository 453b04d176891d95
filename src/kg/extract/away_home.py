"""Round 22 rules (meeting place): once every person's country is settled, a
meeting set in a visitor's home country, but not by its own sentence, goes to the
country the text says the visitor was visiting. 'STRELSAU (Agency) - Ruritanian
General A met Freedonian Minister B.' then 'A, who arrived in Freedonia on Monday,
met B on Tuesday': the dateline is where the report was filed, not where they
met. And 'General A visited Freedonia. ... During talks with General B, ...', with
B's country read only after the meeting was placed: not in A's own country."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .away_place import move_to_visited
from .later_day import later_day
from .one_city import one_city
from .told_later import told_later
from .two_sides import other_of_two

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Findings, Meeting
    from .gazetteer import Gazetteer


def after_reading(gaz: Gazetteer, findings: Findings, docs: list[Doc], date: str) -> None:
    """Round 22's rules of a meeting's place and day, and session 16's of a
    person's country from those met, once the article is read."""
    away_home(gaz, findings)
    later_day(gaz, findings, docs, date)
    told_later(gaz, findings, docs, date)  # round 24: a relative day told next
    one_city(gaz, findings, docs)  # round 24: a country's one city named
    other_of_two(gaz, findings, docs)  # session 16: the other of two countries


def _read_elsewhere(meeting: Meeting) -> bool:
    """Whether the meeting's place was guessed, or read from words other than its
    own sentence's (a dateline, an earlier sentence's city)."""
    return not meeting.placed_surely or meeting.location_words not in meeting.evidence


def away_home(gaz: Gazetteer, findings: Findings) -> None:
    """Each meeting set in the home country of a participant the text says was
    visiting another participant's country (and no other) goes to that country; not
    when another of them was visiting the home country (two visits told together),
    nor when the meeting's own sentence put it there."""
    for meeting in findings.meetings:
        home = gaz.country_of(meeting.location)
        if home is None or not _read_elsewhere(meeting):
            continue
        if move_to_visited(meeting, home):
            meeting.location_words = ""
