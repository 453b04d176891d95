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


def _persons(text: str, tmp_path: Path) -> dict[str, tuple[str | None, set[str]]]:
    result = _draft(text, tmp_path, date="2024-05-06")
    return {p.name: (p.country, p.away) for p in result.findings.persons}


def test_his_day_in_a_country_is_the_subjects_visit(tmp_path: Path) -> None:
    persons = _persons(
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 6\n\n"
        "During his second day in Norway, Defence Minister Tomas Ferreira met"
        " Norwegian Chief of Defence Gen. Aarne Virtanen at the ministry.",
        tmp_path,
    )
    assert persons["Tomas Ferreira"][1] == {"NO"}
    assert persons["Tomas Ferreira"][0] != "NO"
    assert persons["Aarne Virtanen"] == ("NO", set())


def test_a_possessive_visit_is_the_possessors(tmp_path: Path) -> None:
    persons = _persons(
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 6\n\n"
        "Norwegian Defence Minister Aarne Virtanen met Defence Minister Tomas"
        " Ferreira at the ministry on Monday. Defence Minister Tomas Ferreira's second"
        " day in Norway ends on Wednesday.",
        tmp_path,
    )
    assert persons["Tomas Ferreira"][1] == {"NO"}
    assert persons["Aarne Virtanen"] == ("NO", set())


def test_a_delegation_visiting_is_not_the_subjects_visit(tmp_path: Path) -> None:
    persons = _persons(
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 6\n\n"
        "Defence Minister Aarne Virtanen met Chilean Defence Minister Tomas Ferreira"
        " and his delegation visiting Norway.",
        tmp_path,
    )
    assert persons["Aarne Virtanen"][1] == set()


def test_the_visitor_whose_hosts_have_no_country_is_of_the_other_side(tmp_path: Path) -> None:
    countries = _countries(
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 6\n\n"
        "Within the framework of his visit to Norway, Defence Minister Tomas Ferreira"
        " and Defence Minister Aarne Virtanen signed a memorandum on Monday. Chile"
        " wants closer ties, and Chile will send cadets next year. Chile and Peru"
        " held drills last year; Peru also took part.",
        tmp_path,
    )
    assert countries["Tomas Ferreira"] == "CL"
