"""kg extract: session 18's rules, each on a short invented article (our own
words, invented people; not news): a hyphen glued between two name words joins
them into one part of the name where the one name of a meeting's sentence is read
besides its person (kg.extract.other_name)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .drafts import draft, participants


@pytest.mark.parametrize(
    ("written", "read_as"),
    [
        ("Jean-Marie Dupuis", "Jean-Marie Dupuis"),  # a hyphenated given name
        ("Hans-Peter Ostrowski", "Hans-Peter Ostrowski"),
        ("Pierre Varga-Bodnar", "Pierre Varga-Bodnar"),  # a hyphenated surname
    ],
)
def test_a_hyphen_glued_between_name_words_stays_in_the_other_name(
    written: str, read_as: str, tmp_path: Path
) -> None:
    # 'envoy' is no post title of the tables: the envoy is read only as the other
    # name of the meeting's sentence.
    text = (
        "(Invented test article for kg extract; not news.)\n\nPARIS, March 4 -- French"
        f" envoy {written} met Hungarian Defence Minister Kristof Szalay in Budapest on"
        " Monday.\n"
    )
    result = draft(text, tmp_path, date="2024-03-05")
    assert participants(result) == [frozenset({"Kristof Szalay", read_as})]


def test_a_spaced_dash_still_ends_the_other_name(tmp_path: Path) -> None:
    # A dash with spaces around it is punctuation, not part of a name.
    text = (
        "(Invented test article for kg extract; not news.)\n\nPARIS, March 4 -- French"
        " envoy Jean Dupuis - Marie Laval met Hungarian Defence Minister Kristof Szalay"
        " in Budapest on Monday.\n"
    )
    result = draft(text, tmp_path, date="2024-03-05")
    labels = {name for met in participants(result) for name in met}
    assert not any("-" in name for name in labels)
