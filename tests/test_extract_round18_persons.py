"""Round 18 rules (persons): who is drafted. Invented articles, not news."""

from __future__ import annotations

from pathlib import Path

from .drafts import names as _names
from .drafts import read as _read

_HEAD = (
    "(Invented test article for kg extract; not news.)\n\nVALDORA, 4 March 2024 -"
    " Defence Minister Tarin Oskol of Estonia met Lithuanian Defence Minister Rasa"
    " Venclova in Vilnius on Monday."
)


def test_a_person_named_only_in_a_sentence_ahead_is_left_out(tmp_path: Path) -> None:
    reading = _read(
        _HEAD + " Oskol is scheduled to meet President Dovas Kairelis next month.", tmp_path
    )
    assert "Dovas Kairelis" not in _names(reading)
    assert {"Tarin Oskol", "Rasa Venclova"} <= _names(reading)


def test_a_person_named_only_in_a_sentence_back_is_left_out(tmp_path: Path) -> None:
    reading = _read(
        _HEAD + " Prime Minister Aldo Mirsk visited the country last year to open a museum.",
        tmp_path,
    )
    assert "Aldo Mirsk" not in _names(reading)


def test_a_sentence_that_reports_words_keeps_its_speaker(tmp_path: Path) -> None:
    reading = _read(
        _HEAD + " According to Colonel Ivo Lember, the two ministers will meet again in May.",
        tmp_path,
    )
    assert "Ivo Lember" in _names(reading)


def test_a_clause_of_its_own_leaves_the_time_alone(tmp_path: Path) -> None:
    reading = _read(
        _HEAD + " Rear Admiral Peeter Kask was also part of the delegation, which will"
        " leave Vilnius on Friday.",
        tmp_path,
    )
    assert "Peeter Kask" in _names(reading)


def test_a_meeting_of_today_that_runs_on_is_the_storys_own(tmp_path: Path) -> None:
    # Regression (found on the unseen part of round 18): 'Today and tomorrow, A and
    # B will be meeting' is the story's own time, though it says 'will'.
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nMinisters meet in Tartu\n\n"
        "4 March 2024\n\nToday and tomorrow, Latvian Minister of Defence Ilze Varna and"
        " Lithuanian Minister of Defence Rokas Dulbe will be meeting in Tartu to discuss"
        " air defence.",
        tmp_path,
    )
    assert {"Ilze Varna", "Rokas Dulbe"} <= _names(reading)
