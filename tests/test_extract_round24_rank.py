"""kg extract: round 24 rules for persons' ranks, each on a short invented article
(our own words, invented people; not news): a title ending in a hyphened
'General' is no rank; a rank split by a hyphen and a space is one rank; a
misspelt rank word is the rank and no part of the name; 'General' before a body's
noun or in a page header is no rank; a navy's acronym or an apposition naming a
maritime force puts a captain on the navy's ladder; a navy's captain named by a
ship class is drafted without a rank."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading

from .drafts import names, person, read


def _ranks(reading: Reading, label: str) -> set[str]:
    return set(reading.all(person(reading, label), "hasRank"))


def test_a_hyphened_general_title_is_no_rank(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nAlliance Secretary-General"
        " Tomas Brekke met Ruritanian Defence Minister Anna Volk in Strelsau on Monday."
    )
    reading = read(text, tmp_path, date="2024-05-07")
    assert _ranks(reading, "Tomas Brekke") == set()


def test_a_rank_split_by_a_hyphen_and_a_space_is_one_rank(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nThe chief of the"
        " Ruritanian army, Lieutenant- General Oskar Velling, received Freedonian"
        " Defence Minister Lena Voss in Strelsau on Monday."
    )
    reading = read(text, tmp_path, date="2024-05-07")
    assert _ranks(reading, "Oskar Velling") == {"rank:nato-army.lieutenant-general"}


def test_a_misspelt_rank_word_is_the_rank_and_not_the_name(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nA delegation of the"
        " Ruritanian army led by its chief, Gneral Ivo Stark, arrived in Freedonia on"
        " Monday for talks with Defence Minister Lena Voss."
    )
    reading = read(text, tmp_path, date="2024-05-07")
    assert "Gneral Ivo Stark" not in names(reading)
    assert _ranks(reading, "Ivo Stark") == {"rank:nato-army.general"}


def test_general_before_a_body_noun_is_no_rank(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nRuritanian Defence"
        " Minister Anna Volk met Freedonian Defence Minister Lena Voss in Strelsau on"
        " Monday. They prepared the coming General Board Committee Meeting in Strelsau."
    )
    reading = read(text, tmp_path, date="2024-05-07")
    assert "Meeting" not in names(reading)


def test_general_in_a_page_header_is_no_rank(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nGeneral News of Friday,"
        " 3 May 2024\n\nRuritanian Defence Minister Anna Volk met Freedonian Defence"
        " Minister Lena Voss in Strelsau on Thursday."
    )
    reading = read(text, tmp_path, date="2024-05-07")
    assert "News" not in names(reading)


def test_a_navy_acronym_before_the_title_puts_a_captain_in_the_navy(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nThe Ruritanian Navy"
        " hosted two Freedonian frigates in Strelsau on Monday. The visit shows the"
        ' trust between the two fleets," PN spokesperson Capt. Rolf Anders told'
        " reporters."
    )
    reading = read(text, tmp_path, date="2024-05-07")
    assert _ranks(reading, "Rolf Anders") == {"rank:nato-navy.captain"}


def test_an_apposition_naming_a_maritime_force_puts_a_captain_in_the_navy(
    tmp_path: Path,
) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nCaptain Aki Moro, the"
        " Head Planning Office, Logistics Division of the Freedonia Maritime"
        " Self-Defense Force called on Ruritanian Defence Minister Anna Volk in"
        " Strelsau on Monday."
    )
    reading = read(text, tmp_path, date="2024-05-07")
    assert _ranks(reading, "Aki Moro") == {"rank:nato-navy.captain"}


def test_a_captain_named_by_a_ship_class_has_no_rank(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nThe head of the"
        " Ruritanian defence cooperation department, Battleship Captain Milo Drask,"
        " received the Freedonian attache in Strelsau on Monday."
    )
    reading = read(text, tmp_path, date="2024-05-07")
    assert _ranks(reading, "Milo Drask") == set()
