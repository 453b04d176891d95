"""kg extract: round 17 rules for the countries of persons, each on a short
invented article (our own words, invented people; not news): one whose title
names an international body or a combined force is given no country, even where
the context would guess the host's."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries as _country
from .drafts import read as _read


def test_no_country_for_the_staff_of_an_international_body(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nBRUSSELS, 5 May 2024 -"
        " In Brussels, the Finnish Chief of Defence, General Arno Tamm, met the"
        " Director General of the European Union Military Staff, Lieutenant General"
        " Piet van der Berg, and discussed training in Belgium.",
        tmp_path,
    )
    assert _country(reading, "Piet van der Berg") == set()


def test_a_country_in_the_title_is_kept(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nBRUSSELS, 5 May 2024 -"
        " The Chief of Defence, General Arno Tamm, met the Chairman of the NATO"
        " Military Committee, Danish General Erik Holm, in Brussels.",
        tmp_path,
    )
    assert _country(reading, "Erik Holm") == {"DK"}


def test_the_country_of_an_ambassadors_own_title(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nMay 5, 2024\n\nOn Tuesday"
        " the Venezuelan Defence Minister, Carlos Ruiz, received Russia's Ambassador to"
        " Caracas Ivan Petrov to talk about training.",
        tmp_path,
    )
    assert _country(reading, "Ivan Petrov") == {"RU"}


def test_the_country_of_a_ministrys_official_named_after_a_comma(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nMay 5, 2024\n\nUS Defence"
        " Secretary Tom Hill met Sri Lankan Defence Secretary Kamal Perera. The Sri Lankan"
        " Defence Ministry's Senior Assistant Secretary, Nimal Silva, was also present at"
        " the meeting.",
        tmp_path,
    )
    assert _country(reading, "Nimal Silva") == {"LK"}


def test_not_the_country_of_a_host_the_person_visits(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nMay 5, 2024\n\nDefence"
        " Minister Ravi Menon held talks with Mongolian Defence Minister Bat Gerel in"
        " Ulaanbaatar. After the talks with the Mongolian Defence minister, Ravi Menon"
        " laid a wreath.",
        tmp_path,
    )
    assert _country(reading, "Ravi Menon") != {"MN"}
