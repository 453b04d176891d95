"""kg extract: round 5 rules for the country of a person's post, each on a short
invented article (our own words, invented people): a country's forces named by
their acronym ('the UPDF Joint Chief of Staff'), the commanders of an army, a
royal navy or air force and the Chief of a Defence Force, 'A and his Iraqi
counterpart, B' (the post before A is not B's), and a counterpart's country that
is not the country of the one whose counterpart he is, whatever the dateline."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries as _country
from .drafts import read as _read
from .drafts import read_given


def test_a_forces_acronym_before_a_title_names_its_country(tmp_path: Path) -> None:
    reading = _read(
        "London, 3 May 2024. The talks were attended by the UPDF Joint Chief of Staff,"
        " Maj Gen Opio Kasozi, and by the Commander of the Navy, Rear Admiral Tom Hartley.",
        tmp_path,
    )
    assert _country(reading, "Opio Kasozi") == {"UG"}


def test_an_acronym_is_matched_as_written(tmp_path: Path) -> None:
    reading = _read(
        "Hyderabad, 3 May 2024. Defence Minister Venkat Rao met the visiting Air Chief"
        " Marshal Tomas Berg.",
        tmp_path,
    )
    names = {reading.one(p, "label") for p in reading.of_class("Person")}
    assert "Venkat Rao" in names
    assert _country(reading, "Venkat Rao") == {"IN"}


def test_commanders_of_a_royal_army_navy_and_air_force(tmp_path: Path) -> None:
    reading = _read(
        "Doha, 12 March 2023. The session was attended by Maj Gen Salim bin Rashid al"
        " Harthy, Commander of the Royal Army of Oman, Air Vice Marshal Nasser bin Ali al"
        " Kindi, Commander of the Royal Air Force of Oman, and Rear Admiral Saif bin Hamad"
        " al Rawahi, Commander of the Royal Navy of Oman.",
        tmp_path,
    )
    for name in ("Salim bin Rashid al Harthy", "Nasser bin Ali al Kindi"):
        assert _country(reading, name) == {"OM"}
    assert _country(reading, "Saif bin Hamad al Rawahi") == {"OM"}


def test_the_commander_of_the_army_and_the_chief_of_a_defence_force(tmp_path: Path) -> None:
    reading = _read(
        "Colombo, 2 June 2022. The Commander of the Army, Lieutenant General Ruwan"
        " Perera, received Chief of Defence Force Air Marshal Glen Tavola of Fiji.",
        tmp_path,
    )
    assert _country(reading, "Ruwan Perera") == {"LK"}
    assert _country(reading, "Glen Tavola") == {"FJ"}


def test_the_post_before_a_name_is_not_the_counterparts(tmp_path: Path) -> None:
    reading = _read(
        "Ankara, 8 April 2021. Turkish Defence Minister General Orhan Tekin and his Iraqi"
        " counterpart, Salim al-Kubaisi, signed a memorandum on military training.",
        tmp_path,
    )
    assert _country(reading, "Orhan Tekin") == {"TR"}
    assert _country(reading, "Salim al-Kubaisi") == {"IQ"}


def test_the_subject_of_a_counterpart_is_not_of_the_counterparts_country(
    tmp_path: Path,
) -> None:
    reading = _read(
        "Kathmandu, 21 November 2024. Army Chief General Rohan Mehra held talks with his"
        " Nepalese counterpart General Bikram Thapa here on Thursday.",
        tmp_path,
    )
    assert _country(reading, "Bikram Thapa") == {"NP"}
    # The dateline is the counterpart's country: no guess for the visitor.
    assert _country(reading, "Rohan Mehra") == set()


def test_a_country_before_the_title_of_an_apposition(tmp_path: Path) -> None:
    reading = _read(
        "Chisinau, 5 October 2022. Minister of Defence Ion Rusu met with Daniel K. Brooks,"
        " US Ambassador to our country. Ambassador Daniel K. Brooks thanked the minister.",
        tmp_path,
    )
    assert _country(reading, "Daniel K. Brooks") == {"US"}


def test_a_country_title_between_commas_before_a_rank_is_the_next_persons(
    tmp_path: Path,
) -> None:
    # The rules' reading: a country guessed for one the text ties to none is a
    # separate, marked candidate (kg.extract.country_guess, session 19).
    reading = read_given(
        "Colombo, 5 October 2022. Also present were Group Captain Nimal Silva, US Defence"
        " Attaché, Lieutenant Colonel Mark Daley and others.",
        tmp_path,
    )
    assert _country(reading, "Nimal Silva") == set()
    assert _country(reading, "Mark Daley") == {"US"}


def test_an_ambassador_named_without_country_is_not_of_the_dateline(tmp_path: Path) -> None:
    reading = _read(
        "Accra, 9 May 2023. Defence Minister Kofi Mensah received Ambassador Lena Varga at"
        " the ministry.",
        tmp_path,
    )
    assert _country(reading, "Kofi Mensah") == {"GH"}
    assert _country(reading, "Lena Varga") == set()
