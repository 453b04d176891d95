"""kg extract: round 13 rules for agreements, each on a short invented article
(our own words, invented people; not news): signatories told one clause per side
('was signed on behalf of X by A, and on behalf of Y by B'; 'A signed the
memorandum on behalf of X, whereas B represented Y')."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _draft

_NOTE = "(Invented test article for kg extract; not news.)\n\n"


def _signatories(text: str, tmp_path: Path) -> list[set[str]]:
    result = _draft(_NOTE + text, tmp_path, date="2024-05-06")
    return [{p.name for p in s.signatories} for s in result.findings.signed]


def test_a_passive_signing_for_each_side(tmp_path: Path) -> None:
    signed = _signatories(
        "Finland and Estonia agree on training\n\nThe agreement was signed on behalf of"
        " the Government of Finland by Finnish Minister of Defence Aarne Virtanen, and"
        " signed on behalf of the Government of Estonia by Estonian Minister of Defence"
        " Karl Tamm.",
        tmp_path,
    )
    assert {"Aarne Virtanen", "Karl Tamm"} in signed


def test_the_other_side_represented_after_whereas(tmp_path: Path) -> None:
    signed = _signatories(
        "Finland and Estonia agree on training\n\nAmbassador Aarne Virtanen signed the"
        " memorandum on behalf of the Government of Finland, whereas General Karl Tamm,"
        " the defence ministry's senior civil servant, represented the Estonian side.",
        tmp_path,
    )
    assert {"Aarne Virtanen", "Karl Tamm"} in signed


def test_a_contrast_clause_that_signs_nothing_adds_nobody(tmp_path: Path) -> None:
    signed = _signatories(
        "Finnish Minister of Defence Aarne Virtanen signed a memorandum with Estonia on"
        " Monday, while General Karl Tamm watched the parade in Tallinn.",
        tmp_path,
    )
    assert all("Karl Tamm" not in s for s in signed)


def test_the_parties_sign_a_meeting_told_after_the_signing(tmp_path: Path) -> None:
    signed = _signatories(
        "Finland and Estonia plan training\n\nAt the end of the talks, the parties signed"
        " the cooperation plan for 2024 between the defence ministries of Finland and"
        " Estonia.\n\nOn Monday, Finnish Minister of Defence Aarne Virtanen met his"
        " Estonian counterpart Karl Tamm in Helsinki.",
        tmp_path,
    )
    assert {"Aarne Virtanen", "Karl Tamm"} in signed


def test_the_ministers_ended_the_meeting_by_signing(tmp_path: Path) -> None:
    signed = _signatories(
        "Finnish Minister of Defence Aarne Virtanen met his Estonian counterpart Karl Tamm"
        " in Helsinki on Monday.\n\nThe two of them closed their talks by signing a"
        " 2024 cooperation plan for the Finnish and Estonian defence ministries.",
        tmp_path,
    )
    assert {"Aarne Virtanen", "Karl Tamm"} in signed


def test_a_visit_ended_with_the_signing_of_a_plan(tmp_path: Path) -> None:
    result = _draft(
        _NOTE + "Finnish Minister of Defence Aarne Virtanen met his Estonian counterpart"
        " Karl Tamm in Helsinki on Monday.\n\nThe visit ended with the signing of the"
        " cooperation plan for 2025 between the defence ministries of Finland and Estonia.",
        tmp_path,
        date="2024-05-06",
    )
    assert len(result.findings.signed) == 1


def test_a_signing_hoped_for_is_no_signing(tmp_path: Path) -> None:
    result = _draft(
        _NOTE + "Finnish Minister of Defence Aarne Virtanen met his Estonian counterpart"
        " Karl Tamm in Helsinki on Monday, as the two countries seek closer ties by signing"
        " a defence agreement in the coming months.",
        tmp_path,
        date="2024-05-06",
    )
    assert result.findings.signed == []


def test_a_signing_that_ends_on_an_earlier_year_is_recalled(tmp_path: Path) -> None:
    result = _draft(
        _NOTE + "Finnish Minister of Defence Aarne Virtanen met his Estonian counterpart"
        " Karl Tamm in Helsinki on Monday.\n\nFinland and Estonia signed the memorandum on"
        " defence cooperation in January 2019.",
        tmp_path,
        date="2024-05-06",
    )
    assert result.findings.signed == []


def test_a_signing_that_ends_on_this_year_is_drafted(tmp_path: Path) -> None:
    result = _draft(
        _NOTE + "Finland and Estonia signed the memorandum on defence cooperation in May 2024.",
        tmp_path,
        date="2024-05-06",
    )
    assert len(result.findings.signed) == 1


def test_an_earlier_year_in_another_clause_leaves_the_signing(tmp_path: Path) -> None:
    # Regression (unseen14): the year of a relative clause at the sentence's end
    # made a signing of this week 'recalled'.
    signed = _signatories(
        "The accord was signed by Finnish Minister of Defence Aarne Virtanen and his"
        " Estonian counterpart Karl Tamm after their yearly talks in Helsinki on Monday,"
        " part of a dialogue which was first held in 2009.",
        tmp_path,
    )
    assert signed == [{"Aarne Virtanen", "Karl Tamm"}]


def test_agreements_with_two_guests_are_one_per_guest(tmp_path: Path) -> None:
    signed = _signatories(
        "Finnish Minister of Defence Aarne Virtanen met Iraqi Minister of Defence Omar"
        " al-Rashidi and Somali Minister of Defence Abdi Warsame in Helsinki on Monday.\n\n"
        "During the meetings, Virtanen signed cooperation agreements with al-Rashidi and"
        " Warsame.",
        tmp_path,
    )
    assert {"Aarne Virtanen", "Omar al-Rashidi"} in signed
    assert {"Aarne Virtanen", "Abdi Warsame"} in signed
