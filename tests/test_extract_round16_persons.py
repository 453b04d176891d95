"""kg extract: round 16 rules for the countries of persons, each on a short
invented article (our own words, invented people; not news): an article that names
one country and no other gives that country to its officials who met each other.
The dateline guard is covered by the round 5 and round 6 attaché tests, which fail
without it."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries as _country
from .drafts import read as _read
from .drafts import read_given


def test_officials_who_met_each_other_in_a_one_country_article(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024, the"
        " Minister of Defence, Tomas Varga, received the new Chief of Army Staff,"
        " Major General Pal Kiss, at the ministry.\n\nThe two spoke about training and"
        " about the defence of Hungary's borders.",
        tmp_path,
    )
    assert _country(reading, "Pal Kiss") == {"HU"}
    assert _country(reading, "Tomas Varga") == {"HU"}


def test_no_country_when_the_article_names_two(tmp_path: Path) -> None:
    # The rules' reading: a country guessed for one the text ties to none is a
    # separate, marked candidate (kg.extract.country_guess, session 19).
    reading = read_given(
        "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024, the"
        " Minister of Defence, Tomas Varga, received the new Chief of Army Staff,"
        " Major General Pal Kiss, at the ministry.\n\nThe two spoke about training and"
        " about the borders of Hungary and Austria.",
        tmp_path,
    )
    assert _country(reading, "Pal Kiss") == set()


def test_no_country_for_a_visitor_of_one_the_text_gave_it(tmp_path: Path) -> None:
    # The rules' reading: a country guessed for one the text ties to none is a
    # separate, marked candidate (kg.extract.country_guess, session 19).
    reading = read_given(
        "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024, Hungarian"
        " General Tomas Varga received Brigadier General Pal Kiss, the new head of the"
        " liaison office, at the ministry.\n\nThe two spoke about training.",
        tmp_path,
    )
    assert _country(reading, "Tomas Varga") == {"HU"}
    assert _country(reading, "Pal Kiss") == set()
