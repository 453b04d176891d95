"""kg extract: meetings, round 14, on short invented articles (our own words, marked
as invented): a sentence whose first person stands after its meeting word names the
one met, not the doer, so a later 'He also called on B' is no meeting of that host
with B; and 'He met A and B', 'he' read as nobody, is no meeting of A with B."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _extract

_NOTE = "(Invented test article for kg extract; not news.)\n\n"


def _read_pairs(text: str, tmp_path: Path, date: str) -> list[frozenset[str]]:
    """The participants of each meeting a sentence told (guesses left out)."""
    result = _extract(_NOTE + text, tmp_path, date)
    return [
        frozenset(p.name for p in m.participants) for m in result.findings.meetings if not m.guessed
    ]


def test_a_host_named_after_the_verb_is_no_subject_of_he(tmp_path: Path) -> None:
    pairs = _read_pairs(
        "KANDY, Dec 16 - A visiting navy chief has held talks with the leaders of"
        " Sylvania.\n\nTamberlin, in the country since Tuesday for four days, called on"
        " President Mara Quell on Wednesday.\n\nHe also called on Prime Minister Dorin Vasko.",
        tmp_path,
        "2022-12-16",
    )
    assert not any({"Mara Quell", "Dorin Vasko"} <= pair for pair in pairs)


def test_he_read_as_nobody_pairs_none_of_those_he_met(tmp_path: Path) -> None:
    pairs = _read_pairs(
        "SOFIA, March 12 - The defence minister of Ruritania is on a two-day visit to"
        " Sylvania.\n\nHe met Defence Minister Atanas Velkov and Prime Minister Dimo Rusev"
        " on Thursday.",
        tmp_path,
        "2026-03-12",
    )
    assert not any({"Atanas Velkov", "Dimo Rusev"} <= pair for pair in pairs)


def test_a_named_visitor_still_subject_of_he(tmp_path: Path) -> None:
    pairs = _read_pairs(
        "KANDY, Dec 16 - Admiral Arvo Tamberlin of Freedonia arrived on a four-day visit."
        "\n\nAdmiral Tamberlin called on President Mara Quell on Wednesday.\n\nHe also"
        " called on Prime Minister Dorin Vasko.",
        tmp_path,
        "2022-12-16",
    )
    assert frozenset({"Arvo Tamberlin", "Dorin Vasko"}) in pairs
    assert not any({"Mara Quell", "Dorin Vasko"} <= pair for pair in pairs)


def test_no_guess_pairs_two_met_by_somebody_unread(tmp_path: Path) -> None:
    result = _extract(
        _NOTE + "SOFIA, March 12 - The defence minister of Ruritania is on a two-day visit"
        " to Sylvania.\n\nHe met Defence Minister Atanas Velkov and Prime Minister Dimo"
        " Rusev on Thursday.",
        tmp_path,
        "2026-03-12",
    )
    assert not result.findings.meetings
