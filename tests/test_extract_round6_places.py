"""kg extract: the places of meetings, round 6 (places), each on a short invented
article (our own words, marked as invented): a city's name misspelt by one letter,
cities and headquarters added to places.csv, 'the Pentagon' as a building's people,
and the dateline under a headline."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.evaluation import Reading
from kg.extract.extraction import Extraction
from kg.extract.placenames import one_letter_apart

from .drafts import draft as _extract


def _places(result: Extraction) -> list[str]:
    reading = Reading.of(result.facts)
    return [reading.one(m, "location") for m in reading.of_class("Meeting")]


_MISSPELT = (
    "Defence Minister Bora Yilmazer met President Dovlet Annaberdiyev in {city} on Monday"
    " to discuss border security."
)


def test_a_city_misspelt_by_one_letter_is_read(tmp_path: Path) -> None:
    # Two neighbours swapped, a letter dropped.
    for city, place in (("Asghabat", "place:ashgabat"), ("Islamabd", "place:islamabad")):
        result = _extract(_MISSPELT.format(city=city), tmp_path, date="2024-06-04")
        assert _places(result) == [place]


def test_no_loose_match_for_a_name_or_a_short_word(tmp_path: Path) -> None:
    assert not one_letter_apart("kabul", "kabul")
    assert one_letter_apart("ashgabat", "asghabat")
    assert not one_letter_apart("ashgabat", "asgahbta")
    # 'in Asghabat Ovezov's office': a capitalised word follows, so a name.
    text = _MISSPELT.format(city="Asghabat Ovezov's office")
    assert _places(_extract(text, tmp_path, date="2024-06-04")) != ["place:ashgabat"]


@pytest.mark.parametrize(
    ("where", "place"),
    [
        ("in Tel Aviv", "place:tel-aviv"),
        ("at his office in Yarzeh", "place:yarzeh"),
        ("at the Pentagon", "place:washington"),
        ("at Camp Aguinaldo", "place:quezon-city"),
        ("at the General Headquarters in Chaklala", "place:rawalpindi"),
    ],
)
def test_defence_towns_and_headquarters_are_places(tmp_path: Path, where: str, place: str) -> None:
    text = f"Army Chief General Tomas Ilvedo met Defence Minister Karel Dunstan {where} on Tuesday."
    assert _places(_extract(text, tmp_path, date="2024-03-06")) == [place]


def test_the_pentagon_as_its_people_places_no_meeting(tmp_path: Path) -> None:
    text = (
        "OSLO, March 6, 2024 - The Pentagon said Defence Minister Karel Dunstan met"
        " Army Chief General Tomas Ilvedo on Tuesday."
    )
    assert _places(_extract(text, tmp_path)) == ["place:oslo"]


def test_the_dateline_under_a_headline_places_the_headline_meeting(tmp_path: Path) -> None:
    text = (
        "General Tomas Ilvedo receives Defence Minister Karel Dunstan\n\n"
        "Vilnius March 6\n\n"
        "The two sides discussed training and exercises."
    )
    assert _places(_extract(text, tmp_path, date="2024-03-06")) == ["place:vilnius"]


def test_a_capital_misspelt_after_its_country_is_read(tmp_path: Path) -> None:
    text = (
        "Defence Minister Bora Yilmazer arrived in Turkmenistan's capital Asghabat on"
        " Monday and was received by President Dovlet Annaberdiyev."
    )
    assert _places(_extract(text, tmp_path, date="2024-06-04")) == ["place:ashgabat"]


def test_a_sentence_that_tells_on_takes_the_city_told_before(tmp_path: Path) -> None:
    text = (
        "WARSAW, March 7, 2024 - Defence Minister Karel Dunstan hosts Army Chief General"
        " Tomas Ilvedo at the Pentagon, March 5, 2024. The two leaders met to discuss"
        " training."
    )
    assert _places(_extract(text, tmp_path)) == ["place:washington"]


def test_a_post_seat_places_a_meeting_only_when_no_other_city_is_named(
    tmp_path: Path,
) -> None:
    seat = (
        "The US Ambassador in Colombo, Karel Dunstan, met Defence Secretary General Tomas"
        " Ilvedo at the ministry in {where} on Monday."
    )
    assert _places(_extract(seat.format(where="Kotte"), tmp_path, date="2024-03-06")) == [
        "place:sri-jayawardenepura-kotte"
    ]
    bare = seat.format(where="town").replace(" at the ministry in town", "")
    assert _places(_extract(bare, tmp_path, date="2024-03-06")) == ["place:colombo"]


def test_a_dateline_under_a_date_a_headline_and_a_subheading(tmp_path: Path) -> None:
    text = (
        "Wednesday, March 6, 2024\n\n"
        "General Tomas Ilvedo receives Defence Minister Karel Dunstan\n\n"
        "General Tomas Ilvedo meets Defence Minister Karel Dunstan of Norway.\n\n"
        "Vilnius March 6\n\n"
        "The two sides discussed training and exercises."
    )
    assert _places(_extract(text, tmp_path, date="2024-03-06")) == ["place:vilnius"]


def _dates(result: Extraction) -> list[str]:
    reading = Reading.of(result.facts)
    return [reading.one(m, "date") for m in reading.of_class("Meeting")]


def test_later_in_the_day_is_the_day_an_arrival_states(tmp_path: Path) -> None:
    text = (
        "Defence Minister Karel Dunstan arrived in Vilnius on Saturday for a visit.\n\n"
        "Dunstan was welcomed at the airport. Later in the day, Dunstan met Army Chief"
        " General Tomas Ilvedo."
    )
    assert _dates(_extract(text, tmp_path, date="2024-03-06")) == ["2024-03-02"]


def test_a_date_line_before_the_publication_date_is_the_day_filed(tmp_path: Path) -> None:
    text = (
        "Ministry of Defence\n\n"
        "4 March 2024\n\n"
        "Defence Minister Karel Dunstan met Army Chief General Tomas Ilvedo in Vilnius"
        " yesterday to discuss training."
    )
    assert _dates(_extract(text, tmp_path, date="2024-03-06")) == ["2024-03-03"]
    # A date line a month before is no dateline of this report.
    old = text.replace("4 March 2024", "4 February 2024")
    assert _dates(_extract(old, tmp_path, date="2024-03-06")) == ["2024-03-05"]


def test_a_city_after_in_places_before_a_city_named_as_its_people(tmp_path: Path) -> None:
    text = (
        "Pentagon officials said Defence Minister Karel Dunstan met Army Chief General"
        " Tomas Ilvedo in Vilnius on Tuesday."
    )
    assert _places(_extract(text, tmp_path, date="2024-03-06")) == ["place:vilnius"]
