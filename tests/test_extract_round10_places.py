"""kg extract: the places of meetings of round 10, each on a short invented article
(our own words, marked as invented): a meeting with a visitor is not guessed in the
visitor's country, a country that names a site ('Burma Camp') does not place a
meeting, and 'in the national capital' is the capital of the meeting's country
(capitals.csv, checked by kg validate)."""

from __future__ import annotations

import shutil
from pathlib import Path

from kg.model.reference_tables import check_tables

from .conftest import ROOT
from .drafts import draft, places

REFERENCE = ROOT / "data" / "reference"


def _places(text: str, tmp_path: Path, date: str) -> dict[frozenset[str], str]:
    return places(draft(text, tmp_path, date=date))


def test_a_meeting_with_a_visitor_is_not_in_the_visitors_country(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\n"
        "The visit of the Israeli minister comes as India seeks drones. Defence"
        " Minister Arun Mehra of India received his visiting Israeli counterpart Avi"
        " Ronen.\n\n"
        "Describing the meeting with Ronen as useful, Mehra said the two sides would"
        " meet again next year."
    )
    found = _places(text, tmp_path, "2024-05-07")
    assert found == {frozenset({"Arun Mehra", "Avi Ronen"}): "country:IN"}


def test_a_visitor_named_first_does_not_place_the_meeting(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\n"
        "The visiting Chilean Minister of Defence Rosa Ibarra met Minister of"
        " Defence Tomas Lindqvist of Sweden on Tuesday."
    )
    found = _places(text, tmp_path, "2024-05-08")
    assert found == {frozenset({"Rosa Ibarra", "Tomas Lindqvist"}): "country:SE"}


def test_a_country_naming_a_site_does_not_place_the_meeting(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\n"
        "The talks were held on 3 June at the officers' mess in Burma Camp and"
        " involved Ghana's Deputy Minister of Defence, Kwame Osei, and Kenya's"
        " Principal Secretary for Defence, Mary Wanjiru."
    )
    found = _places(text, tmp_path, "2024-06-05")
    assert frozenset({"Kwame Osei", "Mary Wanjiru"}) in found
    assert found[frozenset({"Kwame Osei", "Mary Wanjiru"})] != "country:MM"


def test_in_the_national_capital_is_the_capital_of_the_meetings_country(
    tmp_path: Path,
) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\n"
        "The visit of the Israeli minister comes as India seeks drones. Defence"
        " Minister Arun Mehra of India received his visiting Israeli counterpart Avi"
        " Ronen in the national capital.\n\n"
        "Describing the meeting with Ronen as useful, Mehra said the two sides would"
        " meet again next year."
    )
    found = _places(text, tmp_path, "2024-05-07")
    assert found == {frozenset({"Arun Mehra", "Avi Ronen"}): "place:new-delhi"}


def test_the_capital_of_another_country_places_no_meeting(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\n"
        "Defence Minister Arun Mehra of India received his visiting Israeli"
        " counterpart Avi Ronen, who arrived from the capital of Cyprus.\n\n"
        "Describing the meeting with Ronen as useful, Mehra said the two sides would"
        " meet again next year."
    )
    found = _places(text, tmp_path, "2024-05-07")
    assert found == {frozenset({"Arun Mehra", "Avi Ronen"}): "country:IN"}


def test_kg_validate_reports_a_capital_that_is_no_place_of_its_country(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "reference"
    shutil.copytree(REFERENCE, folder)
    capitals = folder / "capitals.csv"
    capitals.write_text(
        capitals.read_text(encoding="utf-8").replace("\nIN,new-delhi,", "\nIN,tokyo,"),
        encoding="utf-8",
    )
    problems = [str(p) for p in check_tables(folder)]
    assert len(problems) == 1
    assert "'tokyo' is no place of IN in places.csv" in problems[0]


def test_a_city_of_the_meetings_country_named_with_its_persons_places_it(
    tmp_path: Path,
) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\n"
        "Japanese Defense Minister Kenji Arakawa and visiting Australian counterpart"
        " Paul Whitby agreed Thursday to widen joint exercises.\n\n"
        '"We talked about many areas," Arakawa told reporters after an hour with'
        " Whitby at the Defense Ministry in Tokyo."
    )
    found = _places(text, tmp_path, "2024-10-17")
    assert found == {frozenset({"Kenji Arakawa", "Paul Whitby"}): "place:tokyo"}
