"""kg extract: round 11 rules for the countries of ranked persons, each on a short
invented article (our own words, invented people; not news): the words of a title
the tables do not know, right after the name or right before the rank, give the
officer the country they name; a title of an international body gives none."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries as _country
from .drafts import read as _read


def test_a_country_in_the_title_after_the_name(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024, the"
        " exercise was opened by Major General Tomas Berger, Commander of the Austrian"
        " Land Forces, who thanked the units for their work.",
        tmp_path,
    )
    assert _country(reading, "Tomas Berger") == {"AT"}


def test_a_country_in_the_title_before_the_rank(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024, the"
        " Commandant National Defence College (NDC) Kenya, Rear Admiral Peter Otieno"
        " has praised the graduating class for their hard work.",
        tmp_path,
    )
    assert _country(reading, "Peter Otieno") == {"KE"}


def test_a_title_of_an_international_body_gives_no_country(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024, French"
        " General Luc Marchand, Chairman of the EU Military Committee, met defence"
        " officials in Prague to discuss training.",
        tmp_path,
    )
    assert _country(reading, "Luc Marchand") in (set(), None)


def test_a_post_left_without_a_country_takes_the_one_its_title_names(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024, the Chief of"
        " Defence met with Ambassador Elin Rask, Head of Denmark's Mission to the"
        " African Union, in Addis Ababa.",
        tmp_path,
    )
    assert _country(reading, "Elin Rask") == {"DK"}
