"""kg extract, round 15 (extras): a 'person' whose name is only whole country names
and common words ('South Korea`s', 'Middle East', 'Secretariat') is no person and
takes part in no meeting. The names below are invented; no article is quoted."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.findings import Findings, Meeting, Person
from kg.extract.gazetteer import Gazetteer, load_gazetteer
from kg.extract.nonnames import drop_place_persons, place_only

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
