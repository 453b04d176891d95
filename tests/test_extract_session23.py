"""kg extract, session 23: days and places of meetings read wrong in the session's
real-news tuning set, each on a short invented article (our own words, invented
people; not news)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .drafts import draft

_DATE = "2024-11-03"
_NOTE = "(Invented test article for kg extract; not news.)\n\n"


# Days of meetings: (text, the meetings' days in the draft's order).
DAYS = [
    # A meeting with no day of its own during a visit takes the visit's first day,
    # the arrival's, not the article's.
    pytest.param(
        (
            f"{_NOTE}STRELSAU, Nov. 3 - Freedonian President Ivo Krall arrived in Strelsau on"
            " Friday for a two-day state visit to Ruritania.\n\n"
            "Ruritanian President Alma Varga held talks with President Krall at the"
            " presidential palace, where the two discussed trade and border security."
        ),
        ["2024-11-01"],
        id="arrival",
    ),
]


@pytest.mark.parametrize(("text", "days"), DAYS)
def test_days(text: str, days: list[str], tmp_path: Path) -> None:
    meetings = draft(text, tmp_path, date=_DATE).findings.meetings
    assert [m.date for m in meetings] == days
