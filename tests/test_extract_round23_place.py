"""kg extract: round 23 rules for the places of meetings, each on a short invented
article (our own words, invented people; not news): a city in an attribution
('according to the Norwegian Embassy in Abu Dhabi', 'made available to XNA in
Kigali') is no meeting's place; a sentence saying where 'the meeting' took place
places a meeting its dateline alone placed; an envoy's own country is not where
the envoy met."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft, places

_MARK = "(Invented test article for kg extract; not news.)\n\n"


def _places(text: str, tmp_path: Path, date: str = "2024-05-06") -> list[str]:
    return sorted(places(draft(_MARK + text, tmp_path, date=date)).values())


def test_the_city_of_an_embassy_that_told_is_no_place(tmp_path: Path) -> None:
    found = _places(
        "Norwegian Defence Minister Aarne Virtanen, on an official visit to Bahrain, met"
        " Bahraini Chief of Staff Lieutenant General Khalid Al Nuaimi on Monday, according"
        " to the Norwegian Embassy in Abu Dhabi.",
        tmp_path,
    )
    assert found == ["country:BH"]


def test_a_city_where_a_source_sits_is_no_place(tmp_path: Path) -> None:
    found = _places(
        "Rwandan Army chief General Jean Mugabo met the Belgian Chief of Defence, General"
        " Pieter Claes, on Tuesday to review military cooperation, a statement made"
        " available to XNA in Kigali said.",
        tmp_path,
    )
    assert found == ["country:RW"]


def test_the_meeting_took_place_elsewhere_than_the_dateline(tmp_path: Path) -> None:
    found = _places(
        "DUBAI: Japanese Defence Minister Kenji Morita on Tuesday met his Norwegian"
        " counterpart Aarne Virtanen to sign a memorandum on staff exchanges.\n\nThe"
        " meeting, which took place in Oslo, also marked fifty years of ties between"
        " the two navies.",
        tmp_path,
    )
    assert found == ["place:oslo"]


def test_an_envoys_own_country_is_not_where_the_envoy_met(tmp_path: Path) -> None:
    found = _places(
        "The Minister of Defence, Ana Petrova, held a meeting with the Ambassador of the"
        " Republic of Albania, Arben Hoxha, on Monday.\n\nNorth Macedonia's Defence"
        " Minister Ana Petrova thanked Albania for its support.",
        tmp_path,
    )
    assert found == ["country:MK"]
