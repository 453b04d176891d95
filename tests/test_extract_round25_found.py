"""kg extract: round 25 rules for meetings found and agreements, each on a short
invented article (our own words, invented people; not news): 'do' between the
parts of a Portuguese name is a particle, so the name is read whole."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft

# Each article ends with this mark (and drafts.draft adds it once more).
MARK = "\n\n(Invented test article for kg extract; not news.)"


def test_do_inside_a_name_keeps_the_name_whole(tmp_path: Path) -> None:
    text = (
        "Strelsau, 4 May 2025\n\nRuritanian Defence Minister Tomas Edvik met with the"
        " Prime Minister of Mozambique, Paulo Vicente do Amaral, in Strelsau on Sunday."
    )
    findings = draft(text + MARK, tmp_path, date="2025-05-04").findings
    names = {p.name for p in findings.persons}
    assert "Paulo Vicente do Amaral" in names
    met = {frozenset(p.name for p in m.participants) for m in findings.meetings}
    assert frozenset({"Tomas Edvik", "Paulo Vicente do Amaral"}) in met


def _met(text: str, tmp_path: Path, date: str) -> set[frozenset[str]]:
    meetings = draft(text + MARK, tmp_path, date=date).findings.meetings
    return {frozenset(p.name for p in m.participants) for m in meetings}


def test_two_persons_who_discussed_met(tmp_path: Path) -> None:
    text = (
        "Strelsau, 6 May 2025\n\nRuritanian Prime Minister Karl Brenner met with"
        " Freedonian Foreign Minister Anna Berg in Strelsau on Monday.\n\nRuritanian"
        " Defence Minister Tomas Edvik and Freedonian Interior Minister Lena Voss on"
        " Tuesday discussed the shared river border and"
        " the training of border guards."
    )
    assert frozenset({"Tomas Edvik", "Lena Voss"}) in _met(text, tmp_path, "2025-05-06")


def test_a_pair_one_of_whom_met_before_is_no_new_meeting(tmp_path: Path) -> None:
    text = (
        "Strelsau, 6 May 2025\n\nFreedonian Interior Minister Lena Voss met with"
        " Ruritanian Prime Minister Karl Brenner in Strelsau on Tuesday.\n\nA spokesman"
        " said Voss and Ruritanian army chief General Tomas Edvik discussed the training"
        " of border guards."
    )
    assert frozenset({"Tomas Edvik", "Lena Voss"}) not in _met(text, tmp_path, "2025-05-06")


def test_the_second_bare_name_of_a_pair_that_discussed_is_a_person(tmp_path: Path) -> None:
    text = (
        "Strelsau, 6 May 2025\n\nOn Tuesday, Karl Brenner received a Freedonian delegation"
        " led by its defence minister.\n\nKarl Brenner and Piet Hollander discussed the"
        " training of border guards."
    )
    findings = draft(text + MARK, tmp_path, date="2025-05-06").findings
    assert "Piet Hollander" in {p.name for p in findings.persons}
    met = {frozenset(p.name for p in m.participants) for m in findings.meetings}
    assert frozenset({"Karl Brenner", "Piet Hollander"}) in met


def test_the_signing_by_a_and_b_of_an_agreement(tmp_path: Path) -> None:
    text = (
        "Strelsau, 6 May 2025\n\nRuritania and Freedonia have signed an agreement on"
        " their border guards.\n\nThe talks in Strelsau ended with the signing by"
        " Ruritanian Defence Minister Tomas Edvik and Freedonian Defence Minister Lena"
        " Voss of the agreement on the training of border guards."
    )
    signed = draft(text + MARK, tmp_path, date="2025-05-06").findings.signed
    assert any({p.name for p in s.signatories} == {"Tomas Edvik", "Lena Voss"} for s in signed)


def test_the_two_officials_who_met_signed(tmp_path: Path) -> None:
    text = (
        "Strelsau, 6 May 2025\n\nRuritanian Defence Minister Tomas Edvik received"
        " Freedonian Defence Minister Lena Voss in Strelsau on Tuesday.\n\nThe two"
        " officials signed an agreement on the training of border guards."
    )
    signed = draft(text + MARK, tmp_path, date="2025-05-06").findings.signed
    assert any({p.name for p in s.signatories} == {"Tomas Edvik", "Lena Voss"} for s in signed)


def test_first_and_last_name_is_the_full_name_without_the_middle(tmp_path: Path) -> None:
    text = (
        "Strelsau, 6 May 2025\n\nRuritanian President Tomas Karel Edvik has welcomed"
        " Freedonian Defence Minister Lena Voss to Strelsau.\n\nPresident Tomas Edvik met"
        " with Voss at the palace on Tuesday."
    )
    findings = draft(text + MARK, tmp_path, date="2025-05-06").findings
    assert "Tomas Edvik" not in {p.name for p in findings.persons}
    met = {frozenset(p.name for p in m.participants) for m in findings.meetings}
    assert frozenset({"Tomas Karel Edvik", "Lena Voss"}) in met
