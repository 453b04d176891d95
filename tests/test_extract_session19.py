"""kg extract: session 19's table rows, each on a short invented article (our own
words, invented people; not news): 'Coronel' as the rank Colonel, a degree after a
name, 'Chairwoman' and 'Chairperson' before one. The country guessed for a person
the text ties to none is in tests/test_extract_country_guess.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.evaluation import Reading

from .drafts import draft, names, participants, person


def test_coronel_is_the_rank_colonel_and_no_part_of_the_name(tmp_path: Path) -> None:
    reading = Reading.of(
        draft(
            "DILI, May 6 -- Timorese Defence Minister Mateus Soares received Peruvian"
            " Coronel Luis Quispe Mamani at the ministry on Monday.",
            tmp_path,
            date="2024-05-07",
        ).facts
    )
    assert "Luis Quispe Mamani" in names(reading)
    assert reading.one(person(reading, "Luis Quispe Mamani"), "hasRank") == (
        "rank:nato-army.colonel"
    )


def test_a_degree_after_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    result = draft(
        "PODGORICA, May 6 -- Croatian Defence Minister Ivo Horvat met Dr Vesna Radovic PhD,"
        " the Montenegrin Defence Minister, in Podgorica on Monday.",
        tmp_path,
        date="2024-05-07",
    )
    assert participants(result) == [frozenset({"Vesna Radovic", "Ivo Horvat"})]


@pytest.mark.parametrize("title", ["Chairwoman", "Chairperson"])
def test_a_chairwomans_title_is_no_part_of_the_name(title: str, tmp_path: Path) -> None:
    result = draft(
        f"HANOI, May 6 -- National Assembly {title} Tran Thi Lan received Lao Defence"
        " Minister Somphone Vongsa in Hanoi on Monday.",
        tmp_path,
        date="2024-05-07",
    )
    assert participants(result) == [frozenset({"Tran Thi Lan", "Somphone Vongsa"})]
