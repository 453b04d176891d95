"""kg extract: the places of meetings of round 12, each on a short invented article
(our own words, marked as invented): the country a visitor is said to be on a visit
to places the visit's meetings, not the dateline of the visitor's home; a city of
that country that placed one meeting of the visit places the next."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft, places

_NOTE = "(Invented test article for kg extract; not news.)\n\n"


def test_a_visit_to_a_country_places_the_meeting_not_the_home_dateline(
    tmp_path: Path,
) -> None:
    text = _NOTE + (
        "NAIROBI, 4 March 2024: General Otieno Kamau, Chief of Defence Forces, called"
        " on the leadership of the Norwegian Armed Forces during an official visit to"
        " Norway. General Kamau met General Lars Solberg, the Norwegian Chief of"
        " Defence, on Monday."
    )
    found = places(draft(text, tmp_path, date="2024-03-04"))
    assert found == {frozenset({"Otieno Kamau", "Lars Solberg"}): "country:NO"}


def test_a_city_of_the_visited_country_places_the_visits_next_meeting(
    tmp_path: Path,
) -> None:
    text = _NOTE + (
        "NAIROBI, 4 March 2024: Defence Minister Amani Wekesa of Kenya and Defence"
        " Minister Erik Haugen of Norway signed a memorandum of understanding in Oslo"
        " on Monday. Wekesa is on a two-day official visit to Norway.\n\n"
        "On Tuesday, Wekesa also held talks with General Lars Solberg."
    )
    found = places(draft(text, tmp_path, date="2024-03-04"))
    assert found.get(frozenset({"Amani Wekesa", "Lars Solberg"})) == "place:oslo"
