"""kg extract: round 13 rules for the countries of persons, each on a short
invented article (our own words, invented people; not news): the one participant
of a meeting placed by the text who has no country, when the others are guests
from elsewhere, is of the place's country (the host at home); not one whose title
names a combined or international force; two of one country meeting abroad,
one of whose countries is only the context's guess: that one is the host."""

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


def test_a_guessed_country_shared_with_the_guest_gives_way_to_the_place() -> None:
    # The readings of 'Chief of the Danish Defence General A called on Chief of Army
    # Staff General B in Budapest' where the context gave B the guest's country.
    from kg.extract.at_home import guessed_home
    from kg.extract.findings import Findings, Meeting, Person
    from kg.extract.gazetteer import PostTitle, load_gazetteer

    chief = PostTitle("chief-of-the-army-staff", "Chief of the Army Staff", "", False)
    guest = Person("Jens Holm", "", country="DK")
    host = Person("Tomas Varga", "", country="DK", post=chief, pending_post=chief)
    meeting = Meeting([guest, host], "", "", "country:HU", "in Budapest", "", 0.5)
    findings = Findings(persons=[guest, host], meetings=[meeting])
    reference = Path(__file__).resolve().parents[1] / "data" / "reference"
    guessed_home(load_gazetteer(reference), findings)
    assert (guest.country, host.country) == ("DK", "HU")
