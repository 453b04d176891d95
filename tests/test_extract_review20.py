"""kg extract: fixes from the review of the rules of round 19 and session 13, each on
a short invented article (our own words, invented people; not news)."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries, draft, participants, places, read


def test_yesterdays_talks_point_back_at_the_meeting_told_before(tmp_path: Path) -> None:
    # The tokenizer splits "yesterday's" in two, so held_at never saw the word that
    # points back; with either apostrophe the later sentence now places the meeting.
    for apostrophe in ("\u2019", "'"):
        result = draft(
            "Ministers meet\n\n(Invented test article for kg extract; not news.)\n\n"
            "Norwegian Defence Minister Kari Lunde met her Peruvian counterpart Pablo"
            f" Ortega on Monday.\n\nAfter yesterday{apostrophe}s talks in Lima, Ortega"
            " said the navies would train together.",
            tmp_path,
            date="2024-03-04",
        )
        assert places(result) == {frozenset({"Kari Lunde", "Pablo Ortega"}): "place:lima"}


def test_a_visit_set_before_the_story_makes_no_host(tmp_path: Path) -> None:
    # 'who visited Brazil last year' tells an earlier trip: the person met in Lima is
    # not Brazil's (visit_hosts read every person after a visit and a verb of meeting).
    reading = read(
        "Talks in Lima\n\n(Invented test article for kg extract; not news.)\n\nLIMA,"
        " March 3 - Norwegian Defence Minister Kari Lunde, who visited Brazil last"
        " year, met Army Commander Pablo Ortega on Monday.\n\nThe two discussed naval"
        " training.",
        tmp_path,
        date="2024-03-04",
    )
    assert countries(reading, "Pablo Ortega") == {"PE"}


def test_those_named_after_talks_with_are_not_who_acted(tmp_path: Path) -> None:
    # during_talks reads 'during the talks' as the occasion of what the persons named
    # together did; after 'talks with' they are the ones met, not the ones acting, so
    # no meeting of the two alone is read: since session 23, one of the two with the
    # speaker who met them.
    result = draft(
        "Navies to train\n\n(Invented test article for kg extract; not news.)\n\nLIMA,"
        " March 3 - During the talks with Norwegian Defence Minister Kari Lunde and"
        " Chilean Defence Minister Marco Silva, Peruvian Defence Minister Pablo Ortega"
        " said the navies would train together.",
        tmp_path,
        date="2024-03-04",
    )
    assert participants(result) == [frozenset({"Kari Lunde", "Marco Silva", "Pablo Ortega"})]
