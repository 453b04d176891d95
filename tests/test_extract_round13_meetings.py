"""kg extract: meetings, round 13, on short invented articles (our own words, marked
as invented): the names of an attendee list that no rank or table title introduces
('the Deputy Director of Plans, A B, and C D, Head of Logistics') join the meeting
with the named ones, and 'Those in attendance included' opens such a list."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _extract
from .drafts import participants as _participants

_NOTE = "(Invented test article for kg extract; not news.)\n\n"


def test_names_between_open_posts_in_an_attendee_list(tmp_path: Path) -> None:
    result = _extract(
        _NOTE + "OSLO, March 3 - Norwegian Defence Minister Karl Tamm on Wednesday received"
        " Latvian Defence Minister Janis Ozols in Oslo.\n\nThe meeting was attended by"
        " Lieutenant General Olav Berg, the Director of Defence Planning, Ingrid Dahl, and"
        " Per Lunde, Head of Logistics and Procurement.",
        tmp_path,
        "2021-03-03",
    )
    assert _participants(result) == [
        frozenset({"Karl Tamm", "Janis Ozols", "Olav Berg", "Ingrid Dahl", "Per Lunde"})
    ]


def test_words_of_a_post_are_no_name_in_a_list(tmp_path: Path) -> None:
    result = _extract(
        _NOTE + "OSLO, March 3 - Norwegian Defence Minister Karl Tamm on Wednesday received"
        " Latvian Defence Minister Janis Ozols in Oslo.\n\nThe meeting was attended by"
        " Lieutenant General Olav Berg, the Deputy Commandant, and the Director of Defence"
        " Planning.",
        tmp_path,
        "2021-03-03",
    )
    assert _participants(result) == [frozenset({"Karl Tamm", "Janis Ozols", "Olav Berg"})]


def test_those_in_attendance_included(tmp_path: Path) -> None:
    result = _extract(
        _NOTE + "OSLO, March 3 - Norwegian Defence Minister Karl Tamm on Wednesday received"
        " Latvian Defence Minister Janis Ozols in Oslo.\n\nThose in attendance included the"
        " Chief of Defence, General Olav Berg; and the Chief of the Navy, Rear Admiral Per"
        " Lunde.",
        tmp_path,
        "2021-03-03",
    )
    assert _participants(result) == [
        frozenset({"Karl Tamm", "Janis Ozols", "Olav Berg", "Per Lunde"})
    ]


def test_names_listed_before_also_attended_the_meeting(tmp_path: Path) -> None:
    result = _extract(
        _NOTE + "OSLO, March 3 - Norwegian Defence Minister Karl Tamm on Wednesday received"
        " Latvian Defence Minister Janis Ozols in Oslo.\n\nThe Ambassador of Latvia to"
        " Norway, Ingrid Dahl, and the Head of Plans, Per Lunde, also attended the meeting.",
        tmp_path,
        "2021-03-03",
    )
    assert _participants(result) == [
        frozenset({"Karl Tamm", "Janis Ozols", "Ingrid Dahl", "Per Lunde"})
    ]
