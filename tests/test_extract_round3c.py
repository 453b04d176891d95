"""kg extract: shapes met in round 3 (news-more-c) on real news from Africa, the
Middle East and South Asia, each on a short invented article (our own words,
marked as invented): generic heads with a body's name ('CEO of ... Office of the
Saudi Ministry of Defence X'), a comma and an honorific before the name, 'A
signed for Ghana while B signed for Morocco', courtesy visits, calls still to
come, a city followed by 'Cantonment', and a subject read twice (title and rank)."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading

from .drafts import person as _person
from .drafts import read as _read


def _labels(reading: Reading, entities: list[str]) -> set[str]:
    return {reading.one(e, "label") for e in entities}


def _country(reading: Reading, person: str) -> set[str]:
    """The countries of the posts the person holds (postFor or the ministry's)."""
    found = set()
    for holding in reading.subjects("holder", person):
        post = reading.one(holding, "heldPost")
        found |= set(reading.all(post, "postFor"))
        for ministry in reading.all(post, "postIn"):
            found |= set(reading.all(ministry, "ministryOf"))
    return {c.removeprefix("country:") for c in found}


def test_signed_for_each_side_at_a_ceremony_placed_just_before(tmp_path: Path) -> None:
    reading = _read(
        "Ghana and Morocco have signed a Memorandum of Understanding on military training."
        "\n\nThe signing ceremony took place at the Ministry of Defence in Accra on Tuesday,"
        " 2 March 2021.\n\nThe Permanent Secretary of the Ministry of Defence, Dr Kofi Mensah"
        " Owusu signed for Ghana while the Assistant Minister of Defence of Morocco, Brigadier"
        " General Youssef Amrani Tazi signed for the Moroccan side.",
        tmp_path,
    )
    owusu = _person(reading, "Kofi Mensah Owusu")
    tazi = _person(reading, "Youssef Amrani Tazi")
    # 'while' closes the clause of Ghana: the second signatory is Morocco's.
    assert (_country(reading, owusu), _country(reading, tazi)) == ({"GH"}, {"MA"})
    (memo,) = reading.of_class("Agreement")
    assert set(reading.all(memo, "signatory")) == {owusu, tazi}
    assert reading.one(memo, "signedOn") == "2021-03-02"
    (meeting,) = reading.of_class("Meeting")
    assert reading.one(memo, "signedAt") == meeting
    assert reading.one(meeting, "location") == "place:accra"


def test_a_country_before_the_trigger_is_the_visitors(tmp_path: Path) -> None:
    reading = _read(
        "ACCRA, 3 March 2021: A delegation headed by the Counselor of the US State Department"
        " Mark T. Holloway called on Chief of Army Staff (COAS), Major General Kwame Asante"
        " Boateng, at Army Headquarters, today.\n\nEarlier in the day, Boateng held a meeting"
        " with CEO of Transformation Management Office of Saudi Ministry of Defence Faisal Bin"
        " Ahmed Al-Qahtani in Accra.",
        tmp_path,
    )
    boateng = _person(reading, "Kwame Asante Boateng")
    assert _country(reading, boateng) == {"GH"}  # not the US named before 'called on'
    assert _country(reading, _person(reading, "Mark T. Holloway")) == {"US"}
    assert _country(reading, _person(reading, "Faisal Bin Ahmed Al-Qahtani")) == {"SA"}
    meetings = {
        frozenset(_labels(reading, reading.all(m, "participant")))
        for m in reading.of_class("Meeting")
    }
    assert meetings == {
        frozenset({"Mark T. Holloway", "Kwame Asante Boateng"}),
        frozenset({"Kwame Asante Boateng", "Faisal Bin Ahmed Al-Qahtani"}),
    }


def test_a_courtesy_visit_and_a_call_still_to_come(tmp_path: Path) -> None:
    reading = _read(
        "Visiting Kenyan Chief of Army Staff, General Daniel Otieno Mwita, paid a courtesy"
        " visit to his Ghanaian counterpart, Major General Kwame Asante Boateng, at Army"
        " Headquarters in Accra Cantonment on Monday, 1 March 2021.\n\nHe will also pay a call"
        " on Ghana's President Nana Kofi Mensah on Tuesday.",
        tmp_path,
    )
    assert _labels(reading, reading.of_class("Person")) == {
        "Daniel Otieno Mwita",
        "Kwame Asante Boateng",
    }
    (meeting,) = reading.of_class("Meeting")
    assert reading.one(meeting, "location") == "place:accra"  # 'Accra Cantonment'
    assert _labels(reading, [reading.one(meeting, "host")]) == {"Kwame Asante Boateng"}


def test_a_subject_read_by_title_and_rank_is_one_participant(tmp_path: Path) -> None:
    reading = _read(
        "ACCRA, 3 March 2021 - Chief of Kenya Defence Forces, General Daniel Otieno Mwita"
        " called on Chairman of the Defence Staff Committee (CDSC), Vice Admiral Kwame Asante"
        " Boateng here.",
        tmp_path,
    )
    (meeting,) = reading.of_class("Meeting")
    assert _labels(reading, reading.all(meeting, "participant")) == {
        "Daniel Otieno Mwita",
        "Kwame Asante Boateng",
    }


def test_commonwealth_envoys_and_short_service_chief_titles(tmp_path: Path) -> None:
    reading = _read(
        "ACCRA, 9 June 2021 - British High Commissioner to Ghana Helen Margaret Crossley"
        " called on Army Chief Lieutenant General Kwame Asante Boateng at Burma Camp on"
        " Wednesday. Ghanaian Navy Chief Rear Admiral Esi Adjoa Mensah and the Defence Adviser"
        " of the United Kingdom, Colonel Peter James Whitcombe, attended the meeting.",
        tmp_path,
    )
    envoy = _person(reading, "Helen Margaret Crossley")
    assert _country(reading, envoy) == {"GB"}
    (holding,) = reading.subjects("holder", envoy)
    assert reading.all(reading.one(holding, "heldPost"), "accreditedTo") == ["country:GH"]
    chiefs = {
        label: _country(reading, _person(reading, label))
        for label in ("Kwame Asante Boateng", "Esi Adjoa Mensah", "Peter James Whitcombe")
    }
    assert chiefs == {
        "Kwame Asante Boateng": {"GH"},
        "Esi Adjoa Mensah": {"GH"},
        "Peter James Whitcombe": {"GB"},
    }
    (meeting,) = reading.of_class("Meeting")
    assert len(reading.all(meeting, "participant")) == 4
