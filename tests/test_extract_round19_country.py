"""kg extract: round 19 rules for persons' countries, on short invented articles
(our own words, invented people; not news): those met on a visit to a country
are of that country, whatever the dateline says."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _draft

_VISIT = (
    "(Invented test article for kg extract; not news.)\n\n"
    "Japanese Foreign Minister Kenji Mori and Defence Minister Taro Ueda visited"
    " Norway to hold talks with Foreign Minister Lise Holm and Defence Minister"
    " Aarne Virtanen on Saturday. Japan and Norway agreed to meet again. Japan will"
    " host the next round in Tokyo; Japan also invited Sweden."
)


def _countries(text: str, tmp_path: Path) -> dict[str, str | None]:
    result = _draft(text, tmp_path, date="2024-05-06")
    return {p.name: p.country for p in result.findings.persons}


def test_those_met_on_a_visit_are_of_the_visited_country(tmp_path: Path) -> None:
    countries = _countries(_VISIT, tmp_path)
    assert countries["Aarne Virtanen"] == "NO"
    assert countries["Lise Holm"] == "NO"
    assert countries["Taro Ueda"] == "JP"


def test_met_during_his_visit(tmp_path: Path) -> None:
    countries = _countries(
        "(Invented test article for kg extract; not news.)\n\nSANTIAGO, May 6\n\n"
        "During his visit to Norway, Defence Minister Tomas Ferreira met with"
        " Defence Minister Aarne Virtanen on Monday. Chile and Norway signed no"
        " agreement; Chile will send cadets.",
        tmp_path,
    )
    assert countries["Aarne Virtanen"] == "NO"
    assert countries["Tomas Ferreira"] != "NO"


def test_an_escort_or_a_person_of_another_country_is_not_the_hosts(tmp_path: Path) -> None:
    countries = _countries(
        "(Invented test article for kg extract; not news.)\n\nSANTIAGO, May 6\n\n"
        "Chilean Defence Minister Tomas Ferreira visited Norway on Monday to hold talks"
        " with Defence Minister Aarne Virtanen, accompanied by Deputy Minister Pablo"
        " Rojas. He also met Foreign Minister Ana Soto of Chile there.",
        tmp_path,
    )
    assert countries["Aarne Virtanen"] == "NO"
    assert countries.get("Pablo Rojas") != "NO"
    assert countries.get("Ana Soto") != "NO"


def test_a_lowercase_post_in_the_title_before_a_name(tmp_path: Path) -> None:
    countries = _countries(
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 6\n\n"
        "Norwegian Defence Minister Aarne Virtanen held a meeting with Chilean"
        " ambassador to Oslo Pablo Rojas on Tuesday. Norway and Chile discussed"
        " training.",
        tmp_path,
    )
    assert countries["Pablo Rojas"] == "CL"
