"""A guessed meeting of one person (round 13, meetings not drafted): an article that
reports a meeting held, where the person rules read only one of its participants
(the other named in a shape they do not read, or only by title: "the Inspector
General", "the top echelon of the defence staff"), drafts that one person's meeting
rather than none; the curator adds who else took part."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .findings import Person
    from .meetings import MeetingRules


def lone_person(reader: MeetingRules) -> list[Person]:
    """The one person the article names more than in passing, where it names no
    other; else none. The guessed meeting is then drafted only from a sentence that
    names that person (kg.extract.guess.speaking_sentence, naming only)."""
    persons = [p for p in reader.findings.persons if p.mentions > p.passing or not p.mentions]
    return persons if len(persons) == 1 else []
