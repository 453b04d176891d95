"""kg extract: round 19 rules for agreements, each on a short invented article (our
own words, invented people; not news): a signing told as a noun ('the talks ended
with the signing of a programme', 'by signing a memorandum') is a document signed,
unless words before it set it ahead or apart."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _draft
from .drafts import signings


def _signed(text: str, tmp_path: Path) -> list[tuple[set[str], str | None]]:
    return signings(_draft(text, tmp_path, date="2024-05-06"))


def test_the_signing_of_a_document_is_a_signing(tmp_path: Path) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 6 - Norwegian"
        " Defence Minister Aarne Virtanen met Chilean Defence Minister Lucia Quispe in"
        " Oslo on Monday. The meeting saw the signing of a letter of intent on"
        " military training between the two ministries.",
        tmp_path,
    )
    assert signed == [(set(), "2024-05-06")]


def test_signing_by_a_gerund_names_its_subject(tmp_path: Path) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 6 - Norwegian"
        " Defence Minister Aarne Virtanen and his Chilean counterpart, Lucia Quispe,"
        " opened a new chapter in defence ties on Monday by signing a memorandum on"
        " cyber defence.",
        tmp_path,
    )
    assert signed == [({"Aarne Virtanen", "Lucia Quispe"}, "2024-05-06")]


def test_a_signing_ahead_is_no_document(tmp_path: Path) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 6 - Norwegian"
        " Defence Minister Aarne Virtanen met Chilean Defence Minister Lucia Quispe in"
        " Oslo on Monday. The two ministers discussed preparations for the signing of"
        " a memorandum on military training.",
        tmp_path,
    )
    assert signed == []


def test_a_recent_signing_is_no_new_document(tmp_path: Path) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 6 - Norwegian"
        " Defence Minister Aarne Virtanen met Chilean Defence Minister Lucia Quispe in"
        " Oslo on Monday. They praised the recent signing of a memorandum on"
        " military training.",
        tmp_path,
    )
    assert signed == []


def test_joined_in_signing_names_both(tmp_path: Path) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 6 - Norwegian"
        " Defence Minister Aarne Virtanen joined his Chilean counterpart, Lucia Quispe,"
        " on Monday in signing a memorandum on cyber defence.",
        tmp_path,
    )
    assert signed == [({"Aarne Virtanen", "Lucia Quispe"}, "2024-05-06")]


def test_a_signing_noun_with_nobody_before_any_meeting_is_no_document(
    tmp_path: Path,
) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 6 - Ties"
        " between Norway and Chile have grown, as shown by the signing of a defence"
        " accord. Norwegian Defence Minister Aarne Virtanen met his Chilean"
        " counterpart Lucia Quispe in Oslo on Monday to discuss training.",
        tmp_path,
    )
    assert signed == []
