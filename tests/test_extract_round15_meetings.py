"""kg extract: attendees, round 15, on short invented articles (our own words, marked
as invented): one official named in a sentence of his own as 'was present' or 'was
(also) in attendance' takes part in the meeting just told."""

from __future__ import annotations

from pathlib import Path

from .drafts import read

_NOTE = "(Invented test article for kg extract; not news.)\n\n"


def _read_meetings(text: str, tmp_path: Path, date: str) -> list[frozenset[str]]:
    """The participants (by label) of each meeting the draft holds."""
    reading = read(_NOTE + text, tmp_path, date)
    return [
        frozenset(reading.one(p, "label") for p in reading.all(m, "participant"))
        for m in reading.of_class("Meeting")
    ]


def test_one_official_who_was_present_joins_the_meeting(tmp_path: Path) -> None:
    meetings = _read_meetings(
        "VALLETTA, May 4 - Maltese Defence Minister Dorin Vasko received Peruvian Chief"
        " of Army Staff General Arvo Tambek at the ministry in Valletta on Tuesday.\n\n"
        "Director of the Minister's Office Major General Piet Langor was present.\n\n"
        "The two sides discussed training.",
        tmp_path,
        "2023-05-04",
    )
    assert frozenset({"Dorin Vasko", "Arvo Tambek", "Piet Langor"}) in meetings


def test_one_official_in_attendance_joins_the_meeting(tmp_path: Path) -> None:
    meetings = _read_meetings(
        "VALLETTA, May 4 - Maltese Defence Minister Dorin Vasko received Peruvian Chief"
        " of Army Staff General Arvo Tambek at the ministry in Valletta on Tuesday.\n\n"
        "Deputy Defence Minister Kalle Mirov was also in attendance.\n\n"
        "The two sides discussed training.",
        tmp_path,
        "2023-05-04",
    )
    assert frozenset({"Dorin Vasko", "Arvo Tambek", "Kalle Mirov"}) in meetings
