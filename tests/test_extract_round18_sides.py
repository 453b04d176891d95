"""kg extract: round 18 rules for the sides of a visit, on short invented articles
(our own words, invented people; not news): a person whose country is only a guess
and who met only persons of the country the article says is visited is of the
other country the article names most, not the hosts'."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _draft

_VISIT = (
    "(Invented test article for kg extract; not news.)\n\nOSLO, May 6\n\n"
    "Defence Minister Tomas Ferreira met Norwegian Defence Minister Aarne Virtanen"
    " in Oslo on Monday. The visit to Norway is the first of its kind. Ferreira said"
    " that Chile wants closer ties, and that Chile will send cadets next year."
    " Chile and Peru held drills last year; Peru also took part in an exercise"
    " at sea with the navy of Peru, and Chile sent two ships."
)


def _countries(text: str, tmp_path: Path) -> dict[str, str | None]:
    result = _draft(text, tmp_path, date="2024-05-06")
    return {p.name: p.country for p in result.findings.persons}


def test_the_visitor_is_not_of_the_visited_country(tmp_path: Path) -> None:
    countries = _countries(_VISIT, tmp_path)
    assert countries["Aarne Virtanen"] == "NO"
    assert countries["Tomas Ferreira"] == "CL"


def test_without_a_visit_the_guess_stands(tmp_path: Path) -> None:
    countries = _countries(_VISIT.replace("The visit to Norway", "The meeting"), tmp_path)
    assert countries["Tomas Ferreira"] != "CL"
