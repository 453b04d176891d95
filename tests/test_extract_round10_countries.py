"""kg extract: round 10 rules for the countries of persons, each on a short
invented article (our own words, invented people; not news): an escort takes the
country of the one accompanied; a person visiting a country is not of it; a later
mention that names the country before the title gives it; an international
mission's post is no country's."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries as _country
from .drafts import person as _person
from .drafts import read as _read


def test_an_escort_is_of_the_country_of_the_one_accompanied(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nBEIRUT, 5 May 2024 - Army"
        " Commander General Karim Haddad on Tuesday received Norwegian Ambassador to"
        " Lebanon, Ola Nygaard, accompanied by the embassy's military attache,"
        " Lieutenant Colonel Sven Dahl. Lebanon and Norway discussed training.",
        tmp_path,
    )
    assert _country(reading, "Sven Dahl") == {"NO"}


def test_a_person_visiting_a_country_is_not_of_it(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nISLAMABAD, May 5, 2024 (APP) -"
        " Chief of the Naval Staff Admiral Tariq Baloch, who is on an official visit to"
        " Kenya, met Defence Cabinet Secretary Grace Wanjiru in Nairobi. Kenya"
        " and Pakistan will hold naval drills, Kenya said. Kenya thanked Pakistan, and"
        " Kenya also looks to Pakistan for training.",
        tmp_path,
    )
    assert _country(reading, "Tariq Baloch") == {"PK"}


def test_a_later_mention_names_the_country_before_the_title(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nMinister of Defence Lars"
        " Ekdahl signs a statement of intent\n\nOn 5 May 2024, Swedish Minister for"
        " Defence Lars Ekdahl and the Secretary of Defense signed a statement of intent in"
        " Washington. Lars Ekdahl met US officials at the Pentagon.",
        tmp_path,
    )
    assert _country(reading, "Lars Ekdahl") == {"SE"}


def test_a_person_first_named_bare_takes_a_later_mentions_post(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nIon Rusu Meets with the US"
        " Ambassador\n\nCHISINAU, May 5, 2024 - Ties between the two states were the"
        " subject today when Minister of Defense Ion Rusu sat down with Ambassador Mark"
        " Tilden of the United States.",
        tmp_path,
    )
    assert _country(reading, "Ion Rusu") == {"MD"}


def test_a_post_of_an_international_mission_is_no_countrys(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nOn 5 May 2024 the Chief of"
        " Defence Forces Gen Moses Kato flew into Mogadishu to see the UPDF contingent.\n\n"
        "In the evening Gen Kato met the AMISOM Force Commander Lt Gen Hassan Duale to go"
        " over the plan. Uganda thanked the troops, and Uganda will send more.",
        tmp_path,
    )
    assert _country(reading, "Hassan Duale") == set()


def test_a_full_word_before_an_abbreviated_one_is_one_rank(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nAMMAN, May 5, 2024 -"
        " Chairman of the Joint Chiefs of Staff, Major Gen. Faris Odeh, discussed"
        " cooperation with the visiting Italian Ambassador Paolo Conti.",
        tmp_path,
    )
    assert reading.one(_person(reading, "Faris Odeh"), "hasRank") == "rank:nato-army.major-general"


def test_a_title_before_a_rank_and_a_name_is_not_the_name_befores(tmp_path: Path) -> None:
    reading = _read(
        "(Invented test article for kg extract; not news.)\n\nTALLINN, 5 May 2024 -"
        " Estonian Chief of Defence Lieutenant General Aro Tamm held talks with British Deputy"
        " Commander General Neil Ashdown, Chief of Staff Admiral Kurt Weber.",
        tmp_path,
    )
    assert reading.one(_person(reading, "Kurt Weber"), "hasRank") == "rank:nato-navy.admiral"
    posts = {reading.one(p, "label") for p in reading.of_class("Post")}
    assert not any("Weber" in label for label in posts)
