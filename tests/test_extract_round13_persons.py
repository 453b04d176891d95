"""kg extract: round 13 rules for the countries of persons, each on a short
invented article (our own words, invented people; not news): the one participant
of a meeting placed by the text who has no country, when the others are guests
from elsewhere, is of the place's country (the host at home); not one whose title
names a combined or international force."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries as _country
from .drafts import read as _read


def test_the_host_of_a_guest_is_of_the_meeting_place(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024, General"
        " Tomas Varga met with Danish General Jens Holm in Budapest to discuss joint"
        " training of their armies.",
        tmp_path,
    )
    assert _country(reading, "Jens Holm") == {"DK"}
    assert _country(reading, "Tomas Varga") == {"HU"}


def test_not_the_officer_of_a_combined_force(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024, Rear Admiral"
        " Tomas Varga, Combined Maritime Forces, received Danish General Jens Holm in"
        " Budapest to discuss patrols.",
        tmp_path,
    )
    assert _country(reading, "Tomas Varga") == set()
