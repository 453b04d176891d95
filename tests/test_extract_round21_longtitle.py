"""kg extract: round 21 rules for a name after a long capitalised title, each on a
short invented article (our own words, invented people; not news): a title that
runs on through a portfolio of its own ('for A and B'), through 'to the'
and 'at', or past a comma ('for Strategic Affairs, A B,') still ends right before
the holder's name."""

from __future__ import annotations

from pathlib import Path

from .drafts import names, read

_HEAD = "(Invented test article for kg extract; not news.)\n\nORLAN, 3 March 2025 - "


def _names(text: str, tmp_path: Path) -> set[str]:
    return names(read(_HEAD + text, tmp_path, date="2025-03-03"))


def test_a_title_through_to_the_ends_before_the_name(tmp_path: Path) -> None:
    found = _names(
        "Zentian Minister of Defence Karel Vostrin received the Adviser to His Majesty"
        " for Communication and Coordination Toma Brenik in Orlan on Monday.",
        tmp_path,
    )
    assert "Toma Brenik" in found


def test_a_portfolio_word_closes_the_title(tmp_path: Path) -> None:
    found = _names(
        "Zentian Minister of Defence Karel Vostrin met the Director of Anti-Human"
        " Trafficking Ilse Marrow Denk in Orlan on Monday.",
        tmp_path,
    )
    assert "Ilse Marrow Denk" in found


def test_a_name_after_a_long_title_and_a_comma(tmp_path: Path) -> None:
    found = _names(
        "The Undersecretary of the Ministry of Defence for Strategic Affairs, Pavel"
        " Orsk Lindqvist, received Zentian Minister of Defence Karel Vostrin in Orlan"
        " on Monday.",
        tmp_path,
    )
    assert "Pavel Orsk Lindqvist" in found
    assert not any("Affairs" in n for n in found)


def test_a_body_name_word_is_no_first_name(tmp_path: Path) -> None:
    found = _names(
        "Zentian Minister of Defence Karel Vostrin met the Head of the Government of"
        " National Accord Omar Tessaly in Orlan on Monday.",
        tmp_path,
    )
    assert "Omar Tessaly" in found
    assert not any("Accord" in n for n in found)
