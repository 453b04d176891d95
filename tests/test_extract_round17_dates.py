"""kg extract: the dates of meetings of round 17, on short articles invented for
these tests (our own words, marked as invented; not news, any likeness of a name to a
real person is chance): the date in a dateline's bracket ('CITY (Agency - 22nd July,
2026)') is the day the report was filed, and a weekday after it counts from it; a
dateline without a year ('Bergen, July 21') files the report too."""

from __future__ import annotations

from pathlib import Path

from kg.extract.dates import event_date, filed_date
from kg.extract.evaluation import Reading

from .drafts import read

# 2026-07-22 is a Wednesday.
_WEDNESDAY = "2026-07-22"


def _dates(reading: Reading) -> set[str]:
    return {reading.one(m, "date") for m in reading.of_class("Meeting")}


def test_a_weekday_after_a_bracketed_dateline_counts_from_it(tmp_path: Path) -> None:
    reading = read(
        "OSLO (Nordic Wire / Fjord Press - 22nd July, 2026) Norwegian Defence Minister"
        " Lars Hovland met with Spanish Defence Minister Pablo Fuentes to discuss"
        " training, the ministry said on Monday.\n\nThe two also spoke about exercises.",
        tmp_path,
        _WEDNESDAY,
    )
    assert _dates(reading) == {"2026-07-20"}


def test_the_bracket_cut_by_the_sentence_splitter_still_files_the_report() -> None:
    said = "22nd July, 2026) Minister A received Minister B here on Tuesday."
    assert event_date(said, _WEDNESDAY) == ("2026-07-21", "on Tuesday")
    said = "BERGEN, Norway (July 24, 2026) - A met B on Thursday."
    assert event_date(said, _WEDNESDAY) == ("2026-07-23", "on Thursday")


def test_a_bracketed_dateline_alone_dates_the_event() -> None:
    assert event_date("OSLO (July 20, 2026) A met B.", _WEDNESDAY) == (
        "2026-07-20",
        "July 20, 2026",
    )


def test_a_dateline_without_a_year_files_the_report(tmp_path: Path) -> None:
    reading = read(
        "Bergen, July 21\n\nNorwegian Defence Minister Lars Hovland met with Spanish"
        " Defence Minister Pablo Fuentes to discuss training.\n\nThe two also spoke"
        " about exercises.",
        tmp_path,
        _WEDNESDAY,
    )
    assert _dates(reading) == {"2026-07-21"}


def test_a_december_dateline_published_in_january_is_of_the_year_before() -> None:
    assert filed_date(["Bergen, December 31", "A met B."], "2027-01-01") == "2026-12-31"
