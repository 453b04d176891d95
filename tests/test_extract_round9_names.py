"""Round 9 rules of kg extract (names): one person for the forms of one name in an
article, a generation's suffix kept on the name, weekdays and words that name
nobody left out, names with two particles or a closing patronymic particle. Each
article is invented (marked as such by tests/drafts.py)."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading

from .drafts import draft, names, participants, read


def test_a_weekday_after_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    result = draft(
        "OSLO, 4 June 2025 - Dutch Defence Minister Tomas Verhoek Thursday held talks with"
        " Norwegian Chief of Defence General Ivo Castellan in Oslo.",
        tmp_path,
    )
    assert names(Reading.of(result.facts)) == {"Tomas Verhoek", "Ivo Castellan"}
    assert participants(result) == [frozenset({"Tomas Verhoek", "Ivo Castellan"})]


def test_a_generation_suffix_stays_on_the_name(tmp_path: Path) -> None:
    result = draft(
        "WASHINGTON, 3 March 2025 - Chairman of the Joint Chiefs of Staff Gen. Arlo P."
        " Benning, Jr., met Chief of Defence of Norland General Ivo Castellan at the"
        " Pentagon on Monday. Benning thanked his guest.",
        tmp_path,
    )
    assert frozenset({"Arlo P. Benning Jr.", "Ivo Castellan"}) in participants(result)
    assert "Arlo P. Benning" not in names(Reading.of(result.facts))


def test_a_name_written_surname_first_and_later_in_short_is_one_person(
    tmp_path: Path,
) -> None:
    reading = read(
        "ASTANA, 12 May 2025 - Defence Minister of Norland General Ivo Castellan met"
        " Lieutenant General Petrenko Mikhail Ivanovich, Deputy Minister of Defence of"
        " Kazakhstan, in Astana on Monday.\n\nMikhail Petrenko said that the talks were"
        " useful.",
        tmp_path,
    )
    found = names(reading)
    assert "Petrenko Mikhail Ivanovich" in found
    assert "Mikhail Petrenko" not in found


def test_a_short_form_read_first_becomes_the_full_name(tmp_path: Path) -> None:
    result = draft(
        "Defence Minister Nuno Alves Receives Norland Chief of Defence\n\nLISBON, 2 April"
        " 2025 - Defence Minister Nuno Alves Ferraz received Chief of Defence of Norland"
        " General Ivo Castellan in Lisbon on Tuesday.",
        tmp_path,
    )
    found = names(Reading.of(result.facts))
    assert "Nuno Alves Ferraz" in found
    assert "Nuno Alves" not in found
    assert all(len(p) == 2 for p in participants(result))


def test_two_particles_and_a_closing_patronymic_particle_are_read(tmp_path: Path) -> None:
    reading = read(
        "BRUSSELS, 5 May 2025 - Chief of Defence of Norland General Ivo Castellan met"
        " Lieutenant General Pieter van der Berg, Director General of the Military Staff,"
        " and Lieutenant General Aliyev Rauf Tahir oglu, Chief of the General Staff of"
        " Azerbaijan, in Brussels on Monday.",
        tmp_path,
    )
    found = names(reading)
    assert {"Pieter van der Berg", "Aliyev Rauf"} <= found
    assert "Pieter" not in found


def test_words_that_name_nobody_are_no_persons(tmp_path: Path) -> None:
    reading = read(
        "TALLINN, 6 May 2025 - Chief of Defence of Norland General Ivo Castellan held"
        " discussions with Supreme Allied Commander Europe General Harlan Brooks in"
        " Tallinn on Monday. He later paid a call on the Chairman of the State Great"
        " Khural Batbold Tsend.",
        tmp_path,
    )
    found = names(reading)
    assert "Europe" not in found
    assert not any("Khural" in name for name in found)
    assert "Batbold Tsend" in found


def test_a_chain_of_cambodian_titles_of_honour_is_no_part_of_the_name(tmp_path: Path) -> None:
    result = draft(
        "PHNOM PENH, 4 June 2025 - Cambodian Prime Minister Samdech Akka Moha Sena Padei"
        " Techo Sok Vanna received Dutch Defence Minister Tomas Verhoek in Phnom Penh on"
        " Monday. Verhoek also met Deputy Prime Minister and Minister of National Defence"
        " Samdech Pichey Sena Chan Dara. Samdech Techo Sok Vanna thanked him.",
        tmp_path,
    )
    assert names(Reading.of(result.facts)) == {"Sok Vanna", "Chan Dara", "Tomas Verhoek"}
    assert frozenset({"Tomas Verhoek", "Sok Vanna"}) in participants(result)


def test_a_person_read_by_the_surname_takes_the_full_name_written_once(tmp_path: Path) -> None:
    result = draft(
        "OSLO, 4 June 2025 - US Defense Chief Arlen B. Kerr has visited Norway. General"
        " Kerr met Norwegian Chief of Defence General Ivo Castellan in Oslo on Monday.",
        tmp_path,
    )
    assert names(Reading.of(result.facts)) == {"Arlen B. Kerr", "Ivo Castellan"}
    assert participants(result) == [frozenset({"Arlen B. Kerr", "Ivo Castellan"})]


def test_his_excellency_with_spaced_dotted_letters_is_an_honorific(tmp_path: Path) -> None:
    result = draft(
        "BANGKOK, 4 June 2025 - Chief of Defence Forces General Ivo Castellan met"
        " Australian Ambassador H. E. Mr. Paul Robson in Bangkok on Monday.",
        tmp_path,
    )
    assert participants(result) == [frozenset({"Paul Robson", "Ivo Castellan"})]


def test_a_father_named_in_the_son_s_name_stays_another_person(tmp_path: Path) -> None:
    result = draft(
        "DUBAI, 4 June 2025 - UAE Defence Minister Sheikh Hamdan bin Saeed bin Rashid Al"
        " Qasimi met Norwegian Chief of Defence General Ivo Castellan in Dubai on Monday."
        " On Tuesday General Ivo Castellan met UAE Prime Minister Sheikh Saeed bin Rashid"
        " Al Qasimi.",
        tmp_path,
    )
    assert {"Hamdan bin Saeed bin Rashid Al Qasimi", "Saeed bin Rashid Al Qasimi"} <= names(
        Reading.of(result.facts)
    )
    assert len(participants(result)) == 2


def test_dotted_initials_one_after_another_open_a_name(tmp_path: Path) -> None:
    reading = read(
        "ABUJA, 4 June 2025 - Norwegian Chief of Defence General Ivo Castellan met the"
        " Chief of Defence Staff, Lt. Gen. O. O. Adeyemi, and the Chief of Air Staff, Air"
        " Vice Marshal S. K. Okafor, in Abuja on Monday.",
        tmp_path,
    )
    assert {"O. O. Adeyemi", "S. K. Okafor"} <= names(reading)
