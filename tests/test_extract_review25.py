"""kg extract: fixes made in the review of rounds 24 and 25, each on a short
invented article (our own words, invented people; not news)."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries, names, read


def _countries(text: str, tmp_path: Path, label: str, date: str = "2024-05-06") -> set[str]:
    # drafts.draft marks the article "(Invented test article for kg extract; not news.)".
    return countries(read(text, tmp_path, date=date), label)


def test_a_fronted_leading_the_delegation_gives_its_country(tmp_path: Path) -> None:
    # Round 25's new capital made the host-at-home rules give the visitor the host's
    # country from 'at being in Freedonia'; the fronted participle names his side.
    text = (
        "Colonel Ivo Marsh of the Freedonian army opened the yearly border staff talks"
        " at a hotel in Georgetown on Monday.\n\nLeading the visiting delegation from the"
        " Brazilian Armed Forces, Commander of the 4th Engineer Brigade, Major General"
        " Caio Ramos, said he was glad to be in Guyana for the talks."
    )
    assert _countries(text, tmp_path, "Caio Ramos") == {"BR"}


def test_a_bracket_glued_to_a_name_ends_the_name(tmp_path: Path) -> None:
    # 'Hussein(pix)' was one token, so the name stopped at the given name.
    text = (
        "PUTRAJAYA, May 6 -- Defence Minister Datuk Seri Amran Latif(pix) met his"
        " Thai counterpart General Somsak Rattana in Bangkok today.\n\nAmran said the"
        " two armies would train together next year."
    )
    found = names(read(text, tmp_path, date="2024-05-06"))
    assert "Amran Latif" in found and "Amran" not in found
