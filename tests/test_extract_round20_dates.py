"""kg extract: round 20 rules for dates, each on a short invented article (our own
words, invented people; not news): in a sentence that names two days, a meeting
is dated by the day nearest its participants' names, not by a day of a meeting
to come nor by the first day of the sentence; 'last night' is the day before."""

from __future__ import annotations

from pathlib import Path

from .drafts import days, signings
from .drafts import draft as _draft


def _dates(text: str, tmp_path: Path) -> dict[frozenset[str], str]:
    return days(_draft(text, tmp_path, date="2024-05-08"))


def test_the_day_nearest_the_meeting_not_a_day_to_come(tmp_path: Path) -> None:
    dates = _dates(
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 8, 2024 - With"
        " Chilean President Tomas Aravena due to see King Harald Moen at the palace"
        " today, Norwegian Defence Minister Aarne Virtanen hosted Chilean Defence"
        " Minister Lucia Quispe at the ministry yesterday to discuss training.",
        tmp_path,
    )
    assert dates[frozenset({"Aarne Virtanen", "Lucia Quispe"})] == "2024-05-07"


def test_the_day_of_its_own_clause(tmp_path: Path) -> None:
    dates = _dates(
        "(Invented test article for kg extract; not news.)\n\nAfter the fleet"
        " exercise ended on Monday, Norwegian Defence Minister Aarne Virtanen met"
        " Chilean Defence Minister Lucia Quispe in Oslo on Tuesday.",
        tmp_path,
    )
    assert dates[frozenset({"Aarne Virtanen", "Lucia Quispe"})] == "2024-05-07"


def test_last_night_is_the_day_before(tmp_path: Path) -> None:
    dates = _dates(
        "(Invented test article for kg extract; not news.)\n\nNorwegian Defence"
        " Minister Aarne Virtanen met here last night with Chilean Defence Minister"
        " Lucia Quispe in Oslo, ahead of today's regional defence conference.",
        tmp_path,
    )
    assert dates[frozenset({"Aarne Virtanen", "Lucia Quispe"})] == "2024-05-07"


def test_a_visits_first_day_is_not_the_meetings(tmp_path: Path) -> None:
    dates = _dates(
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 8 - Chilean"
        " Defence Minister Lucia Quispe is in Norway for a working visit today.\n\nAs"
        " part of her visit, which started on May 6 and will end on May 9, Quispe"
        " also called on Norwegian Defence Minister Aarne Virtanen.",
        tmp_path,
    )
    assert dates[frozenset({"Aarne Virtanen", "Lucia Quispe"})] == "2024-05-08"


def test_a_signing_on_a_visit_begun_yesterday(tmp_path: Path) -> None:
    signed = signings(
        _draft(
            "(Invented test article for kg extract; not news.)\n\nOSLO, May 8 -- Norway"
            " and Chile today signed a memorandum on defence cooperation.\n\nNorwegian"
            " Defence Minister Aarne Virtanen and Chilean Defence Minister Lucia Quispe,"
            " who is on a three-day working visit here beginning yesterday, signed the"
            " memorandum at the ministry.",
            tmp_path,
            date="2024-05-08",
        )
    )
    assert signed == [({"Aarne Virtanen", "Lucia Quispe"}, "2024-05-08")]


def test_the_day_after_an_arrivals_day(tmp_path: Path) -> None:
    dates = _dates(
        "(Invented test article for kg extract; not news.)\n\nChilean Defence Minister"
        " Lucia Quispe, who arrived in Oslo on Monday on a four-day visit, called on"
        " Norwegian Defence Minister Aarne Virtanen on Tuesday.",
        tmp_path,
    )
    assert dates[frozenset({"Aarne Virtanen", "Lucia Quispe"})] == "2024-05-07"
