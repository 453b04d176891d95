"""kg extract: round 17 rules for agreements, each on a short invented article (our
own words, invented people; not news): one signing told twice (in the lede by the
countries, then with the signatories' names) is one agreement."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _draft
from .drafts import signings


def _signed(text: str, tmp_path: Path) -> list[tuple[set[str], str | None]]:
    return signings(_draft(text, tmp_path, date="2024-05-06"))


def test_the_lede_by_countries_then_the_names_is_one_agreement(tmp_path: Path) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nNorway signs defence"
        " accord with Chile\n\nNorway and Chile signed a defence accord on Friday. The"
        " framework agreement on military training was signed in Oslo by Norwegian"
        " Defence Minister Aarne Virtanen and Chilean Defence Minister Lucia Quispe.",
        tmp_path,
    )
    assert signed == [({"Aarne Virtanen", "Lucia Quispe"}, "2024-05-03")]


def test_one_signatory_then_both_is_one_agreement(tmp_path: Path) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nNorwegian Defence"
        " Minister Aarne Virtanen signed a memorandum on cyber defence on Monday."
        " The memorandum was signed in Oslo by Aarne Virtanen and Chilean Defence"
        " Minister Lucia Quispe, who is on a two-day visit.",
        tmp_path,
    )
    assert signed == [({"Aarne Virtanen", "Lucia Quispe"}, "2024-05-06")]


def test_two_named_documents_of_other_kinds_stay_two(tmp_path: Path) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nNorwegian Defence"
        " Minister Aarne Virtanen and Chilean Defence Minister Lucia Quispe signed an"
        " agreement on arms exports on Monday in Oslo. Later that day Aarne Virtanen"
        " and Lucia Quispe also signed a memorandum on military history.",
        tmp_path,
    )
    assert len(signed) == 2


def test_a_pact_is_a_document(tmp_path: Path) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nNorwegian Defence"
        " Minister Aarne Virtanen and his Chilean counterpart Lucia Quispe signed three"
        " pacts on Monday in Oslo to deepen their defence ties.",
        tmp_path,
    )
    assert len(signed) == 3
    assert all(names == {"Aarne Virtanen", "Lucia Quispe"} for names, _ in signed)


def test_a_signing_one_day_earlier_by_others_is_recalled(tmp_path: Path) -> None:
    signed = _signed(
        "(Invented test article for kg extract; not news.)\n\nNorwegian Defence"
        " Minister Aarne Virtanen and Chilean Defence Minister Lucia Quispe signed a"
        " memorandum on cyber defence on Monday in Oslo. One day earlier, officials of"
        " Chile and Peru signed four trade deals in Lima.",
        tmp_path,
    )
    assert signed == [({"Aarne Virtanen", "Lucia Quispe"}, "2024-05-06")]
