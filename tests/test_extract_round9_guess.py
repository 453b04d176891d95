"""kg extract: the guessed meeting of round 9, on short invented articles (our own
words, marked as invented; not news): when the countries read do not give two sides
(both persons of one country, or no country at all), the guess takes the two persons
named most, those with a post or a rank first, instead of leaving the draft empty."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft, participants


def _guessed(text: str, tmp_path: Path) -> list[frozenset[str]]:
    result = draft(text, tmp_path)
    assert all(m.guessed for m in result.findings.meetings)
    return participants(result)


# (Invented test article for kg extract; not news.) Both officials are Peruvian.
_ONE_COUNTRY = (
    "LIMA, 14 June 2023 - The Peruvian Minister of Defence Rosa Quispe said on Monday that"
    " the navy would get new patrol boats.\n\n"
    "She spoke when a delegation led by the Peruvian Army Chief General Carlos Mendoza"
    " visited her on Monday.\n\nMendoza praised the plan. Quispe thanked the army."
)


def test_two_officials_of_one_country_give_a_guessed_meeting(tmp_path: Path) -> None:
    assert _guessed(_ONE_COUNTRY, tmp_path) == [frozenset({"Rosa Quispe", "Carlos Mendoza"})]


def test_no_country_read_still_gives_a_guessed_meeting(tmp_path: Path) -> None:
    text = _ONE_COUNTRY.replace("The Peruvian ", "The ").replace("the Peruvian ", "the ")
    assert _guessed(text, tmp_path) == [frozenset({"Rosa Quispe", "Carlos Mendoza"})]


def test_one_person_alone_gives_no_guess(tmp_path: Path) -> None:
    text = _ONE_COUNTRY.replace(
        "a delegation led by the Peruvian Army Chief General Carlos Mendoza", "a delegation"
    ).replace("Mendoza praised the plan. ", "")
    assert _guessed(text, tmp_path) == []
