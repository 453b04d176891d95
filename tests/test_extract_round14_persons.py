"""kg extract: round 14 rules for the countries of persons, each on a short
invented article (our own words, invented people; not news): a participant of a
meeting with a rank and a name but no post, who met only persons whose countries
the text gives, is of the country the article names most besides theirs."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries as _country
from .drafts import read as _read
from .drafts import read_given


def test_a_ranked_participant_is_of_the_country_named_most_besides_the_guests(
    tmp_path: Path,
) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024, General"
        " Tomas Varga met with Danish General Jens Holm to discuss joint training.\n\n"
        "Hungary and Denmark agreed to widen their exchanges. Hungary will host a"
        " staff course next year, and Hungary plans a new training centre.",
        tmp_path,
    )
    assert _country(reading, "Jens Holm") == {"DK"}
    assert _country(reading, "Tomas Varga") == {"HU"}


def test_no_country_when_none_stands_out(tmp_path: Path) -> None:
    # The rules' reading: a country guessed for one the text ties to none is a
    # separate, marked candidate (kg.extract.country_guess, session 19).
    reading = read_given(
        "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024, General"
        " Tomas Varga met with Danish General Jens Holm to discuss joint training.\n\n"
        "Hungary and Denmark agreed to widen their exchanges with Austria and Austria's"
        " neighbours, Hungary said.",
        tmp_path,
    )
    assert _country(reading, "Tomas Varga") == set()


def test_a_dateline_in_a_country_the_text_never_names_is_no_officials_home(
    tmp_path: Path,
) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nBRUSSELS, 5 May 2024 -"
        " Defence Minister Tomas Varga told reporters at the alliance's headquarters"
        " that Hungary would send more troops to the eastern flank.\n\nHungary will"
        " also train more pilots, he said.",
        tmp_path,
    )
    assert _country(reading, "Tomas Varga") != {"BE"}


def test_a_dateline_in_a_country_the_text_names_still_gives_its_country(
    tmp_path: Path,
) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nBRUSSELS, 5 May 2024 -"
        " Defence Minister Tomas Varga told reporters that Belgium would send more"
        " troops to the eastern flank.",
        tmp_path,
    )
    assert _country(reading, "Tomas Varga") == {"BE"}


_ONE_COUNTRY = (
    "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024 the Hungarian"
    " army opened a new training centre for its infantry. Hungarian Defence Minister"
    " Anna Kovacs said the centre would train two thousand soldiers a year.\n\n"
    "Brigadier General Tomas Varga will command the centre, and Hungary plans a"
    " second one next year."
)


def test_an_officer_who_met_no_one_in_an_article_about_one_country(tmp_path: Path) -> None:
    reading = _read(_ONE_COUNTRY, tmp_path)
    assert _country(reading, "Anna Kovacs") == {"HU"}
    assert _country(reading, "Tomas Varga") == {"HU"}


def test_not_when_a_person_of_another_country_is_named(tmp_path: Path) -> None:
    # The rules' reading: a country guessed for one the text ties to none is a
    # separate, marked candidate (kg.extract.country_guess, session 19).
    text = _ONE_COUNTRY.replace(
        "Brigadier General", "Danish Colonel Jens Holm said Brigadier General"
    )
    reading = read_given(text, tmp_path)
    assert _country(reading, "Jens Holm") == {"DK"}
    assert _country(reading, "Tomas Varga") == set()


def test_an_attache_is_not_of_the_country_an_ambassador_serves_in(tmp_path: Path) -> None:
    # The rules' reading: the session 19 guess may give the attaché any country.
    reading = read_given(
        "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024 Hungarian"
        " Ambassador to Denmark Anna Kovacs met Danish Defence Minister Jens Holm to"
        " discuss training.\n\nDefence Attaché Colonel Tomas Varga later laid a wreath,"
        " and said Hungary would send cadets. Hungary will also send officers.",
        tmp_path,
    )
    assert _country(reading, "Anna Kovacs") == {"HU"}
    assert _country(reading, "Tomas Varga") != {"DK"}
