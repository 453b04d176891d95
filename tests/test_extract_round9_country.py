"""kg extract: round 9 rules for the countries of persons, each on a short
invented article (our own words, invented people): a person the text gives a
country but no post ('his Togolese counterpart B') holds a post of that country;
a captain of the navy ('Navy Capt. B', a captain serving as defence attaché) is
on the navy's ladder, not the army's."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading

from .drafts import countries as _country
from .drafts import person as _person
from .drafts import read as _read


def _rank(reading: Reading, label: str) -> str:
    return reading.one(_person(reading, label), "hasRank")


def test_a_counterpart_named_with_a_country_only_holds_a_post_of_it(tmp_path: Path) -> None:
    reading = _read(
        "Ankara, 5 May 2024. Oskar Brandt and his Togolese counterpart Amelie Kossi met"
        " in Istanbul on Monday and signed a training agreement. Brandt also met his"
        " Iraqi counterpart Samir Dawood at the fair.",
        tmp_path,
    )
    assert _country(reading, "Amelie Kossi") == {"TG"}
    assert _country(reading, "Samir Dawood") == {"IQ"}


def test_a_navy_captain_is_on_the_navys_ladder(tmp_path: Path) -> None:
    reading = _read(
        "Washington, 5 May 2024. Joint Staff Spokesperson Navy Capt. Dale Orton gave the"
        " readout on Monday.\n\nCaptain Rhys Keller, Defence Adviser for the High"
        " Commission of Australia in Colombo, called on the Army commander. Captain Tom"
        " Hale of the Fourth Infantry Battalion joined them.",
        tmp_path,
    )
    assert _rank(reading, "Dale Orton") == "rank:nato-navy.captain"
    # A captain who is a defence adviser abroad is a navy captain (OF-5).
    assert _rank(reading, "Rhys Keller") == "rank:nato-navy.captain"
    assert _rank(reading, "Tom Hale") == "rank:nato-army.captain"


def test_a_counterpart_met_without_a_meeting_read_is_the_other_side(tmp_path: Path) -> None:
    reading = _read(
        "Defense Minister Kenta Morino, right, and his Australian counterpart, Liam Caddick\n\n"
        "SINGAPORE - Defense Minister Kenta Morino and his Australian counterpart, Liam"
        " Caddick, signed on Sunday a memorandum on joint research.\n\nMorino said that"
        " Japan wants closer ties with Australia. Caddick said Japan is a partner for"
        " Australia, and Japan and Australia will hold talks again.",
        tmp_path,
        "2024-05-05",
    )
    assert _country(reading, "Liam Caddick") == {"AU"}
    # Not the dateline's Singapore: the country the article names most besides the
    # counterpart's.
    assert _country(reading, "Kenta Morino") == {"JP"}


def test_the_country_of_a_same_post_holder_met_is_not_the_persons(tmp_path: Path) -> None:
    reading = _read(
        "Ulaanbaatar [Mongolia], May 5 (ANI): Defence Minister Arun Mehta on Tuesday held"
        " talks with Mongolian Defence Minister Bat Erdene in Ulaanbaatar.\n\nBefore the"
        " talks with the Mongolian Defence minister, Arun Mehta inspected a guard of"
        " honour. India and Mongolia share a partnership, India said.",
        tmp_path,
        "2024-05-05",
    )
    assert _country(reading, "Bat Erdene") == {"MN"}
    assert _country(reading, "Arun Mehta") == {"IN"}


def test_a_city_after_in_is_no_dateline_for_a_national_ministrys_post(tmp_path: Path) -> None:
    reading = _read(
        "Readout of Secretary Carl Brandt's meeting with UK Defence Secretary Tom Ashby\n\n"
        "Secretary of Defense Carl Brandt met with his counterpart from the United"
        " Kingdom, UK Defence Secretary Tom Ashby, yesterday in London. The two discussed"
        " defence trade and NATO.",
        tmp_path,
        "2024-05-05",
    )
    assert _country(reading, "Tom Ashby") == {"GB"}
    # The Department of Defense is one country's; London is only where they met.
    assert _country(reading, "Carl Brandt") == {"US"}


def test_the_members_of_a_group_named_with_a_country_are_of_it(tmp_path: Path) -> None:
    reading = _read(
        "Nairobi, 5 May 2024. The Chief of Defence Forces, General Samuel Otieno, held a"
        " meeting with General Rudolf Hauser, Chief of the Austrian Armed Forces, in"
        " Nairobi.\n\nThe meeting was attended by senior KDF officers, including Lt Gen"
        " Omar Juma, Commander of Land Forces; Maj Gen Peter Kibet, Chief of Joint Staff;"
        " and Brig Gen Anne Wairimu.",
        tmp_path,
    )
    assert _country(reading, "Omar Juma") == {"KE"}
    assert _country(reading, "Peter Kibet") == {"KE"}
    assert _country(reading, "Anne Wairimu") == {"KE"}


def test_the_country_a_person_signs_on_behalf_of_is_the_persons(tmp_path: Path) -> None:
    reading = _read(
        "Bangkok, 5 March 2024. A defence memorandum between Peru and Thailand was put"
        " in writing today.\n\nAmbassador Luis Paredes signed it on behalf of the Government"
        " of Peru, while General Somchai Rattana, Permanent Secretary of Defence,"
        " represented the Government of Thailand at the table.",
        tmp_path,
    )
    assert _country(reading, "Luis Paredes") == {"PE"}
    assert _country(reading, "Somchai Rattana") == {"TH"}


def test_more_demonyms_and_spellings_name_countries(tmp_path: Path) -> None:
    reading = _read(
        "HÀ NỘI — Defence Minister Tran Van Minh held talks with his Lao counterpart"
        " Somphone Vongsa on May 6 during the latter's visit to Việt Nam. The Chief of the"
        " Hellenic National Defence General Staff General Nikos Petrou also attended.",
        tmp_path,
        "2024-05-07",
    )
    assert _country(reading, "Somphone Vongsa") == {"LA"}
    assert _country(reading, "Nikos Petrou") == {"GR"}


def test_two_persons_and_two_countries_named_in_one_order(tmp_path: Path) -> None:
    reading = _read(
        "Doha, 5 May 2024. Lt. Gen. Rashed Karim, Principal Staff Officer, Armed Forces"
        " Division and Lt. Gen. Hamad Saleh, Chief of Staff of the Qatari forces put their"
        " names to the memorandum for Bangladesh and Qatar respectively in a short ceremony.",
        tmp_path,
    )
    assert _country(reading, "Hamad Saleh") == {"QA"}
    assert _country(reading, "Rashed Karim") == {"BD"}


def test_two_holders_of_one_post_and_two_countries_in_one_order(tmp_path: Path) -> None:
    reading = _read(
        "SINGAPORE - Singapore and Japan will deepen defence cooperation, Prime Minister"
        " Tan Wei Ming and Prime Minister Hiroshi Sato said on Saturday (June 11).",
        tmp_path,
        "2024-06-11",
    )
    assert _country(reading, "Tan Wei Ming") == {"SG"}
    # Not the country of the one listed before him: the text gives him his own.
    assert _country(reading, "Hiroshi Sato") == {"JP"}
