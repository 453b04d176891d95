"""kg extract: round 17 rules for a visitor who calls on several hosts one by one,
each on a short invented article (our own words, invented people; not news)."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft, participants

_LEAD = (
    "(Invented test article for kg extract; not news.)\n\nDUSHANBE, 3 March 2025 --"
    " Defence Minister Karim Dostov of Tajikistan met Chief of General Staff General"
    " Farid Akhtar on Tuesday in Rawalpindi, the military said. "
)


def _met(text: str, tmp_path: Path) -> list[frozenset[str]]:
    return participants(draft(_LEAD + text, tmp_path, date="2025-03-05"))


def test_a_title_after_the_possessive_of_a_country_names_the_visitor(tmp_path: Path) -> None:
    met = _met(
        "Tajikistan's Defence Minister also called on the Chief of Army Staff, General Omar Qadri.",
        tmp_path,
    )
    assert frozenset({"Karim Dostov", "Omar Qadri"}) in met


def test_the_possessive_of_another_country_names_no_visitor(tmp_path: Path) -> None:
    met = _met(
        "Uzbekistan's Defence Minister also called on the Chief of Army Staff, General Omar Qadri.",
        tmp_path,
    )
    assert frozenset({"Karim Dostov", "Omar Qadri"}) not in met


def test_interacted_with_is_a_meeting(tmp_path: Path) -> None:
    met = _met(
        "The minister also interacted with Chief of Army Staff General Omar Qadri.", tmp_path
    )
    assert frozenset({"Karim Dostov", "Omar Qadri"}) in met


def test_held_bilateral_discussions_with_is_a_meeting(tmp_path: Path) -> None:
    met = _met(
        "Dostov first paid a courtesy call on the Minister of Defence, Major General Omar"
        " Qadri, and later held bilateral discussions with his counterpart, General Tariq Baig.",
        tmp_path,
    )
    assert frozenset({"Karim Dostov", "Omar Qadri"}) in met
    assert frozenset({"Karim Dostov", "Tariq Baig"}) in met


def test_a_speaker_who_reports_after_a_meeting_met_the_guest(tmp_path: Path) -> None:
    met = _met(
        "Interior Minister Omar Qadri told reporters after a meeting with the visiting"
        " Tajik minister Karim Dostov on Wednesday that ties were strong.",
        tmp_path,
    )
    assert frozenset({"Karim Dostov", "Omar Qadri"}) in met


def test_a_speaker_whose_verb_does_not_lead_into_the_phrase_met_nobody(tmp_path: Path) -> None:
    met = _met(
        "Interior Minister Omar Qadri said on Friday that the meeting with Karim Dostov"
        " had gone well.",
        tmp_path,
    )
    assert frozenset({"Karim Dostov", "Omar Qadri"}) not in met
