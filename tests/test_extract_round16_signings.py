"""kg extract: round 16 rules for agreements, each on a short invented article (our
own words, invented people; not news): 'It was signed on <day> by A and B' signs
the document the sentence before names."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _draft
from .drafts import signings


def _signed(text: str, tmp_path: Path) -> list[tuple[set[str], str | None]]:
    return signings(_draft(text, tmp_path, date="2024-05-06"))


def test_it_was_signed_by_two_ministers(tmp_path: Path) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nNorway and Chile have"
        " signed a defence cooperation agreement. It was signed on May 3 in Oslo by the"
        " Norwegian Minister of Defence, Aarne Virtanen, and her Chilean counterpart,"
        " Lucia Quispe.",
        tmp_path,
    )
    assert ({"Aarne Virtanen", "Lucia Quispe"}, "2024-05-03") in signed
    assert all(names for names, _ in signed)


def test_it_was_signed_names_the_memorandum_before(tmp_path: Path) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nThis memorandum of"
        " understanding will let the two defence media offices share footage. It was"
        " signed on Friday in Oslo by Norwegian Defence Minister Aarne Virtanen and"
        " Chilean Defence Minister Lucia Quispe.",
        tmp_path,
    )
    assert any(names == {"Aarne Virtanen", "Lucia Quispe"} for names, _ in signed)


def test_it_was_signed_with_nobody_named_drafts_nothing(tmp_path: Path) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nThe memorandum of"
        " understanding will let the two defence media offices share footage. It was"
        " signed last week.",
        tmp_path,
    )
    assert signed == []


def test_a_partner_after_with_and_a_possessive_title_signs(tmp_path: Path) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nNorwegian Defence Minister"
        " Aarne Virtanen signed a cyber defence agreement with Chile's President Tomas"
        " Ibarra on Thursday in Santiago.",
        tmp_path,
    )
    assert any(names == {"Aarne Virtanen", "Tomas Ibarra"} for names, _ in signed)


def test_a_colleague_after_with_that_no_rule_read_signs(tmp_path: Path) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nOn May 2 in Brussels,"
        " Minister of Defence Aarne Virtanen signed a framework document on defence"
        " cooperation between Norway and Sweden with his colleague Sture Lindqvist,"
        " setting out the main areas of work.",
        tmp_path,
    )
    assert ({"Aarne Virtanen", "Sture Lindqvist"}, "2024-05-02") in signed


def test_a_first_signatory_between_commas_after_its_title_signs(tmp_path: Path) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nThe agency said its"
        " minister, Kim Jae-won, and Norwegian Defence Minister Mads Kjeldsen signed a"
        " memorandum on Monday in Oslo.",
        tmp_path,
    )
    assert any(names == {"Kim Jae-won", "Mads Kjeldsen"} for names, _ in signed)


def test_a_first_signatory_before_its_apposition_signs(tmp_path: Path) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nTomas Ibarra, the rector"
        " of the defence college, and General Mads Kjeldsen, the head of the military"
        " academy, signed the memorandum on Monday in Oslo.",
        tmp_path,
    )
    assert any(names == {"Tomas Ibarra", "Mads Kjeldsen"} for names, _ in signed)
