"""kg extract: round 12 rules for the countries of ranked persons, each on a short
invented article (our own words, invented people; not news): a title before the
rank that runs over one more comma ('Country Force Chief of Staff, Joint Staff,
Admiral A') gives the officer the country it names; so does a title before a
name written with a dotted middle initial ('Admiral A B. C'); a long title
before an honorific ('Ambassador of Ruritania to X H.E. A B') gives the post and
its country."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries as _country
from .drafts import read as _read


def test_a_country_in_a_title_of_two_parts_before_the_rank(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024, the"
        " Norwegian Armed Forces Chief of Staff, Joint Staff, Admiral Kari Lunde opened"
        " the new training centre near the coast.",
        tmp_path,
    )
    assert _country(reading, "Kari Lunde") == {"NO"}


def test_a_title_before_a_name_with_a_middle_initial(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024, the"
        " Commander, Denmark Northern Command, Admiral Jens P. Holm met with Vice Admiral"
        " Carl Berg in Hamburg to discuss joint patrols.",
        tmp_path,
    )
    assert _country(reading, "Jens P. Holm") == {"DK"}


def test_a_long_title_before_an_honorific_gives_the_country(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024, the Defence"
        " Minister Jon Berg met with the Ambassador of Norway to Qatar H.E. Anna Holt in"
        " Doha to discuss naval training.",
        tmp_path,
    )
    assert _country(reading, "Anna Holt") == {"NO"}


def test_a_title_with_a_place_before_an_honorific(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024, the Defence"
        " Minister Jon Berg met with the Norwegian Ambassador in Doha H.E. Anna Holt to"
        " discuss naval training.",
        tmp_path,
    )
    assert _country(reading, "Anna Holt") == {"NO"}
