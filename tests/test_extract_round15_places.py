"""kg extract: the places of meetings of round 15, each on a short invented article
(our own words, marked as invented): a meeting whose place was only guessed is in
the country the text says the visit was to, not in the visitor's own country."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft, places


def _places(text: str, tmp_path: Path, date: str) -> dict[frozenset[str], str]:
    return places(draft(text, tmp_path, date=date))


def test_a_visit_to_the_republic_of_a_country_places_the_meeting(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\n"
        "The Croatian Defence Minister Ivo Maricic was on an official visit to the"
        " Republic of Slovenia on 4 March 2024, where he met with the Defence Minister"
        " Janez Kranjcar.\n\n"
        "The two ministers spoke of training and of air policing."
    )
    found = _places(text, tmp_path, "2024-03-04")
    assert found == {frozenset({"Ivo Maricic", "Janez Kranjcar"}): "country:SI"}


def test_his_visit_is_the_visit_an_earlier_sentence_named(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\n"
        "The Polish Defence Minister Marek Zielinski on Tuesday ended a two-day visit"
        " to Croatia.\n\n"
        "During his visit, Mr Zielinski met with his Croatian counterpart Ante Horvat"
        " and laid a wreath at a memorial."
    )
    found = _places(text, tmp_path, "2024-04-10")
    assert found == {frozenset({"Marek Zielinski", "Ante Horvat"}): "country:HR"}


def test_a_visit_to_a_third_country_does_not_move_the_meeting(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\n"
        "The Slovenian Defence Minister Janez Kranjcar came back from a visit to Japan"
        " last week.\n\n"
        "After that trip, the Croatian Defence Minister Ivo Maricic met with Kranjcar"
        " on Monday."
    )
    found = _places(text, tmp_path, "2024-03-04")
    assert found.get(frozenset({"Ivo Maricic", "Janez Kranjcar"})) != "country:JP"
