"""kg extract: regression tests of the review of rounds 22-23, each on a short
invented article (our own words, invented people; not news): each test fails
without the fix it names."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading

from .drafts import draft as _draft

_MARK = "(Invented test article for kg extract; not news.)\n\n"


def _meetings(text: str, tmp_path: Path, date: str) -> dict[frozenset[str], tuple[str, str]]:
    """Each drafted meeting's participants, by label, with its date and place."""
    reading = Reading.of(_draft(_MARK + text, tmp_path, date=date).facts)
    return {
        frozenset(reading.one(p, "label") for p in reading.all(m, "participant")): (
            reading.one(m, "date"),
            reading.one(m, "location"),
        )
        for m in reading.of_class("Meeting")
    }


def _supports(text: str, tmp_path: Path, date: str) -> list[tuple[str, str]]:
    reading = Reading.of(_draft(_MARK + text, tmp_path, date=date).facts)
    return [
        (reading.one(s, "supporter"), reading.one(s, "supportedParty"))
        for s in reading.of_class("Support")
    ]


def test_a_later_day_needs_the_surname_as_a_word_of_its_own(tmp_path: Path) -> None:
    # later_day read a participant as named wherever the surname stood inside a
    # longer word: 'Bergen' named Berg, and the seminar's day dated the meeting.
    text = (
        "Last week, Norwegian Defence Minister Lars Berg visited Chile and met Chilean"
        " Defence Minister Ana Ruiz to discuss naval training.\n\nAt a seminar in Bergen"
        " on May 2, officials of the two navies presented the meeting agenda for cadets."
    )
    met = _meetings(text, tmp_path, "2024-05-06")
    assert met[frozenset({"Lars Berg", "Ana Ruiz"})][0] != "2024-05-02"


def test_a_later_day_still_read_where_the_surname_is_named(tmp_path: Path) -> None:
    text = (
        "Last week, Norwegian Defence Minister Lars Berg visited Chile and met Chilean"
        " Defence Minister Ana Ruiz to discuss naval training.\n\nAt the meeting on May 2,"
        " Berg presented an agenda for cadets."
    )
    met = _meetings(text, tmp_path, "2024-05-06")
    assert met[frozenset({"Lars Berg", "Ana Ruiz"})][0] == "2024-05-02"


def test_support_owned_by_a_countrys_post_is_the_countrys(tmp_path: Path) -> None:
    # backing.owned_elsewhere took any capitalised owner for a body that is no
    # country, so 'the Norwegian Prime Minister's support' drafted no support.
    text = (
        "Norwegian Defence Minister Lars Berg met Chilean Defence Minister Ana Ruiz in"
        " Oslo on Monday.\n\nThe Norwegian Prime Minister's support for Chile in the naval"
        " exercise was also welcomed."
    )
    assert ("country:NO", "country:CL") in _supports(text, tmp_path, "2024-05-06")
