"""kg extract: round 11 rules for signings, each on a short invented article (our
own words, invented people; not news): a signatory named in the signing's own list
of two, after a title the person rules do not take, signs ('A and his Ruritanian
colleague B signed', 'Ruritanian defence minister A and ... B signed', 'signed by
A and Secretary B at ...', 'signed by X's minister of ... A and his counterpart
B')."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _draft


def _signatories(text: str, tmp_path: Path) -> list[set[str]]:
    result = _draft(text, tmp_path, date="2024-05-06")
    return [{p.name for p in s.signatories} for s in result.findings.signed]


def test_a_colleague_named_after_and_signs(tmp_path: Path) -> None:
    signed = _signatories(
        "(Invented test article for kg extract; not news.)\n\nAt a summit in Oslo on"
        " Monday, Finnish Minister of Defence Aarne Virtanen and his Swedish colleague"
        " Sture Lindqvist signed a letter of intent on air defence.",
        tmp_path,
    )
    assert {"Aarne Virtanen", "Sture Lindqvist"} in signed


def test_two_ministers_with_lowercase_titles_sign(tmp_path: Path) -> None:
    signed = _signatories(
        "(Invented test article for kg extract; not news.)\n\nFinnish defence minister"
        " Aarne Virtanen and Danish defence minister Mads Kjeldsen signed on Monday in"
        " Helsinki an agreement on joint training.",
        tmp_path,
    )
    assert {"Aarne Virtanen", "Mads Kjeldsen"} in signed


def test_a_passive_signing_by_a_and_a_titled_b(tmp_path: Path) -> None:
    signed = _signatories(
        "(Invented test article for kg extract; not news.)\n\nThe memorandum was signed"
        " by Ambassador of Chile to Peru, Tomas Ibarra Soto and Secretary Lucia M."
        " Quispe at the ministry on Monday.",
        tmp_path,
    )
    assert {"Tomas Ibarra Soto", "Lucia M. Quispe"} in signed


def test_a_passive_signing_by_a_titled_a_and_his_counterpart(tmp_path: Path) -> None:
    signed = _signatories(
        "(Invented test article for kg extract; not news.)\n\nThe agreement was signed"
        " by Kenya's minister of Defence and Veteran Affairs Daniel Otieno Mwangi and"
        " his Rwandan counterpart Dr. Alice K. Uwase at a hotel in Nairobi.",
        tmp_path,
    )
    assert {"Daniel Otieno Mwangi", "Alice K. Uwase"} in signed


def test_countries_before_the_verb_are_no_signatories(tmp_path: Path) -> None:
    signed = _signatories(
        "(Invented test article for kg extract; not news.)\n\nNorway and Chile signed a"
        " memorandum on naval training in Oslo on Monday.",
        tmp_path,
    )
    assert all(not names for names in signed)
