"""kg extract: the places of meetings of round 9, each on a short invented article
(our own words, marked as invented): a country spoken of in a reported clause does
not place a meeting, and a meeting placed by the dateline only takes the city a
same-day meeting of its person stated."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft, places


def _places(text: str, tmp_path: Path, date: str) -> dict[frozenset[str], str]:
    return places(draft(text, tmp_path, date=date))


def test_a_country_after_a_reporting_verb_does_not_place_the_meeting(tmp_path: Path) -> None:
    text = (
        "Two defence ministers meet in Oslo to talk about the north\n\n"
        "Meeting his Danish counterpart Minister of Defence Jens Holmgaard today,"
        " Norwegian Minister of Defence Erik Solstad said the two armies were now"
        " training together in Estonia."
    )
    found = _places(text, tmp_path, "2024-05-02")
    assert found == {frozenset({"Jens Holmgaard", "Erik Solstad"}): "place:oslo"}


def test_a_meeting_placed_by_the_dateline_takes_its_persons_city_that_day(
    tmp_path: Path,
) -> None:
    text = (
        "ANKARA - Turkish Minister of National Defence Kemal Oztepe and his Kenyan"
        " counterpart Minister of Defence Joseph Wanjala met in Izmir on Tuesday and"
        " signed a training agreement.\n\n"
        "Oztepe also met Ghanaian Minister of Defence Kwame Asante on Tuesday."
    )
    found = _places(text, tmp_path, "2024-05-08")
    assert found[frozenset({"Kemal Oztepe", "Joseph Wanjala"})] == "place:izmir"
    assert found[frozenset({"Kemal Oztepe", "Kwame Asante"})] == "place:izmir"


def test_cities_of_defence_news_are_read(tmp_path: Path) -> None:
    text = (
        "Chief of Defence Gen. Pieter Vos met Gen. Lars Brekke, Chief of Staff of"
        " the allied headquarters, in Mons on Monday."
    )
    found = _places(text, tmp_path, "2024-05-08")
    assert found == {frozenset({"Pieter Vos", "Lars Brekke"}): "place:mons"}
