"""kg extract, round 15 (extras): a 'person' whose name is only whole country names
and common words ('South Korea`s', 'Middle East', 'Secretariat') is no person and
takes part in no meeting; a chief's style ('Ro') before a name is no part of it.
The names below are invented; no article is quoted."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.findings import Findings, Meeting, Person
from kg.extract.gazetteer import Gazetteer, load_gazetteer
from kg.extract.nonnames import drop_place_persons, place_only

from .drafts import draft

_REFERENCE = Path(__file__).resolve().parent.parent / "data" / "reference"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer(_REFERENCE)


@pytest.mark.parametrize(
    "name", ["South Korea", "South Korea`s", "Middle East", "Secretariat", "Election"]
)
def test_place_and_common_words_name_nobody(gaz: Gazetteer, name: str) -> None:
    assert place_only(name, gaz)


@pytest.mark.parametrize("name", ["Jan Cook", "Chad Merrow", "Israel Tovin", "Arlen Voss"])
def test_a_name_sharing_a_word_with_a_country_is_a_name(gaz: Gazetteer, name: str) -> None:
    assert not place_only(name, gaz)


def test_a_place_read_as_a_person_leaves_the_meeting(gaz: Gazetteer) -> None:
    host, guest, region = (
        Person("Karim Dawud", "-"),
        Person("Arlen Voss", "-"),
        Person("Middle East", "-"),
    )
    findings = Findings(persons=[host, guest, region])
    findings.meetings = [
        Meeting([host, guest, region], "2022-10-20", "", "", "", "-", 1.0),
        Meeting([host, region], "2022-10-20", "", "", "", "-", 1.0),
    ]
    drop_place_persons(findings, gaz)
    assert [p.name for p in findings.persons] == ["Karim Dawud", "Arlen Voss"]
    assert [[p.name for p in m.participants] for m in findings.meetings] == [
        ["Karim Dawud", "Arlen Voss"]
    ]


def test_a_chiefly_style_is_no_part_of_the_name(tmp_path: Path) -> None:
    result = draft(
        "(Invented test article for kg extract; not news.)\n\nSUVA, Dec 14 - The visiting"
        " army chief of Ruritania, Lieutenant General Arvo Tamm, was received at the"
        " headquarters by the Commander, Major General Ro Tevita Sauvou, on Thursday.",
        tmp_path,
        "2023-12-14",
    )
    assert "Tevita Sauvou" in {p.name for p in result.findings.persons}
