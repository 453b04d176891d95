"""kg extract: round 21 rules for attendees, each on a short invented article (our
own words, invented people; not news): those a delegation is said to have
included, and those who joined the meeting or also attended the (Monday) meeting,
take part in the meeting last read."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading

from .drafts import countries, participants
from .drafts import draft as _draft

_VISIT = (
    "(Invented test article for kg extract; not news.)\n\nOSLO, May 6 - Norwegian"
    " Defence Minister Aarne Virtanen received Chilean Defence Minister Lucia Quispe in"
    " Oslo on Monday to discuss training and cyber defence. "
)


def _meeting(text: str, tmp_path: Path) -> frozenset[str]:
    met = participants(_draft(_VISIT + text, tmp_path, date="2024-05-06"))
    return next(m for m in met if {"Aarne Virtanen", "Lucia Quispe"} <= m)


def test_those_the_delegation_included_take_part(tmp_path: Path) -> None:
    met = _meeting(
        "The Chilean delegation included Deputy Defence Minister Tomas Rengifo;"
        " Army Commander General Camila Urrutia; and Colonel Diego Fuenzalida.",
        tmp_path,
    )
    assert {"Tomas Rengifo", "Camila Urrutia", "Diego Fuenzalida"} <= met


def test_the_delegation_that_included_is_of_its_country(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 6 - Norwegian"
        " Defence Minister Aarne Virtanen received a Chilean delegation that included"
        " Deputy Minister Tomas Rengifo and Army Commander General Camila Urrutia in Oslo"
        " on Monday. The two sides discussed training and cyber defence."
    )
    drafted = _draft(text, tmp_path, date="2024-05-06")
    assert frozenset({"Aarne Virtanen", "Tomas Rengifo", "Camila Urrutia"}) in participants(drafted)
    assert countries(Reading.of(drafted.facts), "Camila Urrutia") == {"CL"}


def test_one_who_joined_the_meeting_takes_part(tmp_path: Path) -> None:
    met = _meeting(
        "Chief of Defence General Sigrid Lunde joined the meeting to brief the guests.",
        tmp_path,
    )
    assert "Sigrid Lunde" in met


def test_one_who_also_attended_the_monday_meeting_takes_part(tmp_path: Path) -> None:
    met = _meeting("General Sigrid Lunde also attended the Monday meeting.", tmp_path)
    assert "Sigrid Lunde" in met
