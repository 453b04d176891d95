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
