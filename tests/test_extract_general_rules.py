"""kg extract: general rules found on a third round of real articles (Gulf, Nigerian,
Korean and Philippine outlets), each tested on a short invented article in our own
words: a counterpart of a subject whose post waits for its country, abbreviated
ranks before a full word, lists of names closed by commas, initials that open a
name, a delegation named in the sentence after the reception, a head of state named
after a chain of titles in passing, and signings or meetings put in a past time
that names no day."""

from __future__ import annotations

from pathlib import Path

from kg.extract.dates import vague_past
from kg.extract.evaluation import Reading

from .drafts import draft as _draft
from .drafts import person as _person
from .drafts import read as _read


def _country(reading: Reading, person: str) -> set[str]:
    holdings = reading.subjects("holder", person)
    posts = [reading.one(h, "heldPost") for h in holdings]
    found = {o for p in posts for o in reading.all(p, "postFor")}
    ministries = [m for p in posts for m in reading.all(p, "postIn")]
    return found | {o for m in ministries for o in reading.all(m, "ministryOf")}


def _labels(reading: Reading, entity: str, prop: str) -> frozenset[str]:
    return frozenset(reading.one(p, "label") for p in reading.all(entity, prop))


def _participants(reading: Reading) -> list[set[str]]:
    return [
        {reading.one(p, "label") for p in reading.all(m, "participant")}
        for m in reading.of_class("Meeting")
    ]


def test_a_counterpart_takes_the_post_that_waits_for_its_country(tmp_path: Path) -> None:
    # Park's post has no country in its words (the dateline gives it after reading).
    reading = _read(
        "SEOUL, March 4, 2023 - Defense Minister Park Min-ho met his Chilean counterpart"
        " Tomas Aravena in Seoul on Saturday.",
        tmp_path,
    )
    aravena = _person(reading, "Tomas Aravena")
    assert _country(reading, aravena) == {"country:CL"}
    assert _country(reading, _person(reading, "Park Min-ho")) == {"country:KR"}


def test_an_abbreviated_rank_word_before_a_full_one(tmp_path: Path) -> None:
    reading = _read(
        "MUSCAT, 3 March 2021 - The minister hosted Oman's Chief of General Staff,"
        " Lt. General Salim Nasser Al Hinai, for talks on training.",
        tmp_path,
    )
    hinai = _person(reading, "Salim Nasser Al Hinai")
    assert reading.one(hinai, "hasRank") == "rank:nato-army.lieutenant-general"
    assert _country(reading, hinai) == {"country:OM"}


def test_names_listed_with_comma_closed_posts_attend(tmp_path: Path) -> None:
    reading = _read(
        "ABU DHABI, 3 March 2021 - Omar Khalid Al Nasri, Minister of State for Defence"
        " Affairs, hosted Oman's Chief of General Staff, Lt. General Salim Nasser Al Hinai,"
        " at the ministry on Wednesday.\n\nAlso attending the meeting were Lt. General Yusuf"
        " Ali Al Mazrouei, Chief of Staff of the UAE Armed Forces, Hamdan Saeed Al Ketbi,"
        " Under-Secretary of the Ministry of Defence, and senior staff.",
        tmp_path,
    )
    ketbi = _person(reading, "Hamdan Saeed Al Ketbi")
    assert _country(reading, ketbi) == {"country:AE"}
    assert _participants(reading) == [
        {
            "Omar Khalid Al Nasri",
            "Salim Nasser Al Hinai",
            "Yusuf Ali Al Mazrouei",
            "Hamdan Saeed Al Ketbi",
        }
    ]


def test_a_delegation_named_after_the_reception_meets_the_host(tmp_path: Path) -> None:
    reading = _read(
        "ACCRA, March 3, 2025 - Defence Minister Ama Owusu Mensah received the newly named"
        " service chiefs at the ministry in Accra for an introductory call.\n\nThe delegation,"
        " headed by the Chief of Defence Staff, Lieutenant General Kwesi Boateng, comprised"
        " the Chief of Naval Staff, Rear Admiral Yaw Darko; and the Chief of Air Staff, Air"
        " Vice Marshal KD Asare.\n\nThe chiefs vowed to serve the nation under the"
        " leadership of the Head of State, Commander-in-Chief of the Armed Forces of the"
        " Republic of Ghana, President Kofi Addo.",
        tmp_path,
    )
    # 'KD' opens a name as its initials; the president is named in passing.
    labels = {reading.one(p, "label") for p in reading.of_class("Person")}
    assert labels == {"Ama Owusu Mensah", "Kwesi Boateng", "Yaw Darko", "KD Asare"}
    meetings = reading.of_class("Meeting")
    assert _participants(reading) == [labels]
    assert reading.one(meetings[0], "location") == "place:accra"
    assert reading.one(meetings[0], "date") == "2025-03-03"


def test_a_signing_last_week_has_no_day_and_one_last_year_is_recalled(tmp_path: Path) -> None:
    reading = _read(
        "LIMA, March 8, 2024 - Peru and Norway now have a framework for their defence ties."
        " The ministry stated that a memorandum of understanding on naval training was"
        " signed last week by Peruvian Ambassador to Norway Maria Santos and Norwegian"
        " Defence Minister Lars Haugen at a ceremony in Oslo.\n\nLast November, Foreign"
        " Minister Ramon Cruz and Norwegian Foreign Minister Ingrid Dahl signed a joint"
        " declaration on fisheries.",
        tmp_path,
    )
    (signed,) = reading.of_class("Agreement")
    assert {reading.one(p, "label") for p in reading.all(signed, "signatory")} == {
        "Maria Santos",
        "Lars Haugen",
    }
    assert reading.all(signed, "signedOn") == []
    assert reading.one(signed, "label").lower().startswith("memorandum of understanding")
    assert reading.of_class("Meeting") == []


def test_a_meeting_last_week_is_dated_by_the_article(tmp_path: Path) -> None:
    # Round 4 (meets): a meeting reported a week later is still a meeting, dated by
    # the article (with a lower confidence); a recalled one (last year) is not.
    reading = _read(
        "OSLO, 4 April 2022 - Norwegian Defence Minister Erik Haugland met Chilean Defence"
        " Minister Tomas Aravena in Santiago last week.",
        tmp_path,
    )
    (meeting,) = reading.of_class("Meeting")
    assert reading.one(meeting, "date") == "2022-04-04"


def test_vague_past_times() -> None:
    assert vague_past("It was signed last week in Oslo.", "2024-03-08") == "recent"
    assert vague_past("Earlier this month, she flew to Lima.", "2024-03-08") == "recent"
    assert vague_past("Last August, they signed a statement.", "2024-03-08") == "earlier"
    assert vague_past("In April, Peru signed a plan.", "2024-05-08") == "earlier"
    # The article's own month, or a day after the month, names no earlier time.
    assert vague_past("In May, Peru signed a plan.", "2024-05-08") is None
    assert vague_past("They met in March 3 talks.", "2024-05-08") is None
    assert vague_past("They met on Monday.", "2024-05-08") is None


def test_a_weekday_after_a_comma_and_one_document_mentioned_twice(tmp_path: Path) -> None:
    reading = _read(
        "JAKARTA - Chilean Defence Minister Tomas Aravena held talks with the Indonesian"
        " Minister of Defence, Budi Santoso, in Jakarta, Thursday. Both of them then signed"
        ' the Maritime Cooperation Arrangement (MCA).\n\nAravena told reporters: "We'
        ' signed a historic Maritime Cooperation Arrangement that opens a new chapter."',
        tmp_path,
        date="2023-11-17",
    )
    (meeting,) = reading.of_class("Meeting")
    assert reading.one(meeting, "date") == "2023-11-16"  # the Thursday before Friday 17th
    (signed,) = reading.of_class("Agreement")
    assert reading.one(signed, "signedOn") == "2023-11-16"
    assert {reading.one(p, "label") for p in reading.all(signed, "signatory")} == {
        "Tomas Aravena",
        "Budi Santoso",
    }


def test_an_ambassador_in_the_republic_of_a_country_meets_there(tmp_path: Path) -> None:
    reading = _read(
        "Invented test text, 4 April 2022.\n\nDefence Minister Marko Petrovic and Ambassador"
        " of the Republic of Chile in the Republic of Serbia Paula Renard described today's"
        " meeting as useful.",
        tmp_path,
    )
    (meeting,) = reading.of_class("Meeting")
    assert reading.one(meeting, "location") == "country:RS"


def test_a_second_spelling_and_meetings_placed_by_the_host(tmp_path: Path) -> None:
    # 'Alvares' is 'Alvarez' spelt again; no sentence says where: the host's country.
    reading = _read(
        "Defence Minister Zoran Ilic hosted on Tuesday the Chilean Deputy Defence Minister"
        " Ramon Alvarez. Ilic spoke of training in the Serbian army.\n\nLater Alvares held"
        " meetings with Chief of the General Staff of the Serbian Armed Forces Milan Jovic"
        " and Adviser to the Minister of Defence Ana Kostic.",
        tmp_path,
        date="2024-02-27",
    )
    meetings = {
        (_labels(reading, m, "participant"), reading.one(m, "location"))
        for m in reading.of_class("Meeting")
    }
    assert meetings == {
        (frozenset({"Zoran Ilic", "Ramon Alvarez"}), "country:RS"),
        (frozenset({"Ramon Alvarez", "Milan Jovic"}), "country:RS"),
        (frozenset({"Ramon Alvarez", "Ana Kostic"}), "country:RS"),
    }


def test_a_signing_in_an_earlier_year_named_before_the_verb_is_recalled(tmp_path: Path) -> None:
    reading = _read(
        "HANOI, 5 May 2021 - Vietnamese Defence Minister General Tran Van Minh held talks"
        " with his Chilean counterpart Tomas Aravena in Hanoi. Back in 2016, the two defence"
        " ministries signed a memorandum on training. After the talks, the two ministers"
        " signed an agreement on peacekeeping.",
        tmp_path,
    )
    (signed,) = reading.of_class("Agreement")
    assert reading.one(signed, "label").lower().startswith("agreement on peacekeeping")
    assert reading.all(signed, "signedOn") == ["2021-05-05"]


def test_a_demonym_before_another_persons_name_is_not_the_next_posts(tmp_path: Path) -> None:
    reading = _read(
        "Moldovan Defence Minister Ion Rusu and Pentagon chief Daniel Ward have signed a"
        " memorandum on cyber defence on 3 March 2021, the ministry said.",
        tmp_path,
    )
    assert _country(reading, _person(reading, "Ion Rusu")) == {"country:MD"}
    # 'Pentagon chief' is a post of the Department of Defense: the United States.
    assert _country(reading, _person(reading, "Daniel Ward")) == {"country:US"}
    (signed,) = reading.of_class("Agreement")
    assert len(reading.all(signed, "signatory")) == 2


def test_a_signing_told_twice_is_one_document(tmp_path: Path) -> None:
    reading = _read(
        "KIEV, 2 June 2023 - Chilean Defence Minister Tomas Aravena and Peruvian Defence"
        " Minister Rosa Quispe have signed a memorandum of understanding on mountain rescue,"
        ' the ministry said.\n\n"A memorandum of understanding on joint rescue in the Andes'
        " was signed between the rescue services of Chile and Peru ... The document, signed"
        " by Defence Minister Tomas Aravena and Defence Minister Rosa Quispe, sets out the"
        ' duties of the parties," the ministry said.',
        tmp_path,
    )
    (signed,) = reading.of_class("Agreement")
    assert _labels(reading, signed, "signatory") == {"Tomas Aravena", "Rosa Quispe"}


def test_documents_counted_are_one_signing_and_counted_again_are_the_same(
    tmp_path: Path,
) -> None:
    """Session 34: 'signed three agreements' drafts the first as the signing and the
    other two as comments for a curator to name (the gold readings mostly hold one
    agreement for such a signing); the count told again is the same signing."""
    result = _draft(
        "Defence Ministers of Chile and Peru Tomas Aravena and Rosa Quispe signed three"
        " agreements during a meeting in Lima on 2 June 2023.\n\nFollowing the meeting, three"
        " agreements were signed: on training, on rescue and on border patrols.",
        tmp_path,
    )
    reading = Reading.of(result.facts)
    (signed,) = reading.of_class("Agreement")
    assert _labels(reading, signed, "signatory") == {"Tomas Aravena", "Rosa Quispe"}
    assert "during" not in reading.one(signed, "label")
    spare = [
        line for line in result.text.splitlines() if line.startswith("# ") and "\tlabel\t" in line
    ]
    assert [line.split("\t")[2].rsplit("(", 1)[1] for line in spare] == ["2 of 3)", "3 of 3)"]
    (meeting,) = reading.of_class("Meeting")
    assert reading.one(meeting, "location") == "place:lima"
