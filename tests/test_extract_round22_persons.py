"""kg extract: round 22 rules for persons' countries, on short invented articles
(our own words, invented people; not news): a dateline that opens a paragraph
below a page's header lines ('Nairobi, May 11, AGENCY - ...') gives the posts
named without a country the dateline's country, as an early dateline does."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries, names, read, read_given


def test_a_dateline_below_header_lines_gives_the_posts_its_country(tmp_path: Path) -> None:
    reading = read(
        "(Invented test article for kg extract; not news.)\n\nMenu\n\n"
        "Brazilian staff college cadets call on the minister\n\n"
        "Tue, 11 May 2021 Source: XNA\n\n"
        "Nairobi, May 11, XNA - A group of cadets from the Brazilian Army Staff College"
        " on a study tour called on the Minister of Defence, Lt. Gen. Ivo Marenka, and"
        " the Chief of Defence Staff, Major General Tomas Ostrevi, at their offices on"
        " Tuesday.\n\n"
        "The cadets from Brazil will hold a seminar with their Kenyan hosts later in the day.",
        tmp_path,
        date="2021-05-11",
    )
    assert countries(reading, "Ivo Marenka") == {"KE"}
    assert countries(reading, "Tomas Ostrevi") == {"KE"}


def test_a_dateline_written_with_a_short_month_and_an_agency(tmp_path: Path) -> None:
    reading = read(
        "(Invented test article for kg extract; not news.)\n\nID :\n\n40412\n\n"
        "Thu, 03/15/2018\n\n10:47\n\nAuthor :\n\n"
        "Nairobi, Mar.14 (XNA): Kenya Defence Forces Commander Field Marshal Odo Kamau"
        " today received Brazilian Defence Minister Paulo Andrade. The Minister of"
        " Defence Affairs Lieutenant-General Ivo Marenka and the Chief of Staff Lt. Gen."
        " Tomas Ostrevi attended. Brazil and Kenya agreed to hold more talks.",
        tmp_path,
        date="2018-03-14",
    )
    assert countries(reading, "Ivo Marenka") == {"KE"}
    assert countries(reading, "Tomas Ostrevi") == {"KE"}


_RECEIVED = (
    "(Invented test article for kg extract; not news.)\n\nBy XNA\n\n"
    "His Highness Sheikh Ivo bin Marek Al Naha, Crown Prince of Abu Dhabi{}, today"
    " received General Jan K. Ostrov, the Commander of the United States Central"
    " Command.\n\nThe meeting reviewed the friendly relations between the two"
    " countries.\n\nAttending the meeting at Qasr Al Bahr here were Lt. General Omar"
    " Saeed Al Kaabi, Chief of Staff of the Armed Forces, and Major General Khalid"
    " Nasser Al Hajri, Commander of Air Force and Air Defence, as well as members"
    " of the US commander's delegation."
)


def test_attendees_of_a_meeting_abroad_are_not_of_the_country_named_most(
    tmp_path: Path,
) -> None:
    # The rules' reading: a country guessed for one the text ties to none is a
    # separate, marked candidate (kg.extract.country_guess, session 19).
    # The guest's country is named most (twice), the hosts' once: round 14's
    # unmet_home gave it to the hosts' attendees.
    reading = read_given(
        _RECEIVED.format(" and deputy head of the UAE forces"), tmp_path, "2024-05-02"
    )
    assert countries(reading, "Jan K. Ostrov") == {"US"}
    assert countries(reading, "Omar Saeed Al Kaabi") == set()
    assert countries(reading, "Khalid Nasser Al Hajri") == set()


def test_attendees_of_a_meeting_abroad_are_not_of_the_one_country_named(
    tmp_path: Path,
) -> None:
    # The rules' reading: a country guessed for one the text ties to none is a
    # separate, marked candidate (kg.extract.country_guess, session 19).
    # Only the guest's country is named: round 16's one_country_home gave it to all.
    reading = read_given(_RECEIVED.format(""), tmp_path, "2024-05-02")
    assert countries(reading, "Jan K. Ostrov") == {"US"}
    assert countries(reading, "Omar Saeed Al Kaabi") == set()


def test_the_last_of_a_list_of_names_with_posts_ends_at_the_full_stop(tmp_path: Path) -> None:
    found = names(
        read(
            "(Invented test article for kg extract; not news.)\n\nMr Idris, who became"
            " prime minister two weeks ago, introduced two new ministers to his guests:"
            " Datuk Seri Karim Osman Latif, Home Affairs Minister, and Dato' Seri Utama"
            " Haji Rashid Bin Haji Omar, the Minister of Defence.",
            tmp_path,
            date="2024-05-02",
        )
    )
    assert "Rashid Bin Haji Omar" in found


def test_his_highness_shortened_is_no_part_of_the_name(tmp_path: Path) -> None:
    found = names(
        read(
            "(Invented test article for kg extract; not news.)\n\nAttending the meeting"
            " here were H.H. Sheikh Hamdan bin Rashid Al Falasi, National Security"
            " Adviser, Saeed bin Ali Al Kaabi, Deputy Secretary-General of the Supreme"
            " National Security Council, and other officials.",
            tmp_path,
            date="2024-05-02",
        )
    )
    assert "Hamdan bin Rashid Al Falasi" in found


def test_a_state_secretary_for_defence_named_first(tmp_path: Path) -> None:
    reading = read(
        "(Invented test article for kg extract; not news.)\n\nPieter de Wolf, Dutch"
        " State Secretary for Defence arrived in Muscat on Monday on an official visit"
        " to Oman.",
        tmp_path,
        date="2024-05-02",
    )
    assert countries(reading, "Pieter de Wolf") == {"NL"}


def test_in_a_list_that_opens_with_a_name_each_title_follows_its_name(tmp_path: Path) -> None:
    # The rules' reading: a country guessed for one the text ties to none is a
    # separate, marked candidate (kg.extract.country_guess, session 19).
    reading = read_given(
        "(Invented test article for kg extract; not news.)\n\nThe talks were attended by"
        " Sir Ivo Marek, Senior Policy Adviser to the Prime Minister, Tomas Hradek,"
        " British Ambassador to the Kingdom, Dr. Salim bin Nasser Al-Harthi, Head of"
        " the Minister's Private Office and several officials of the Ministry.",
        tmp_path,
        date="2024-05-02",
    )
    assert countries(reading, "Tomas Hradek") == {"GB"}
    assert countries(reading, "Salim bin Nasser Al-Harthi") == set()


def test_an_attache_named_after_his_charge_d_affaires_is_of_the_same_country(
    tmp_path: Path,
) -> None:
    reading = read(
        "(Invented test article for kg extract; not news.)\n\nPolish Defence Minister"
        " Adam Wrobel received British Charge d'Affaires in Poland Mr. Oliver Hartley,"
        " and the newly appointed Defence Attache, Colonel Simon Ashdown.\n\nThe"
        " minister wished Colonel Ashdown success in his new mission in Poland.",
        tmp_path,
        date="2024-05-02",
    )
    assert countries(reading, "Oliver Hartley") == {"GB"}
    assert countries(reading, "Simon Ashdown") == {"GB"}


def test_an_attache_accompanying_an_ambassador_is_of_the_ambassadors_country(
    tmp_path: Path,
) -> None:
    reading = read(
        "(Invented test article for kg extract; not news.)\n\nThe Minister of Defence,"
        " Budi Santoso, received the Canadian Ambassador to Indonesia, Claire Dumont,"
        " and the Japanese Ambassador to Indonesia, Kenji Mori, in Jakarta on Tuesday."
        "\n\nDuring the visit Ambassador Dumont was accompanied by Deputy Chief of Mission"
        " Anne Roy and Defence Attache Colonel Marc Tremblay,"
        " while Ambassador Mori came with his deputy.",
        tmp_path,
        date="2024-05-02",
    )
    assert countries(reading, "Marc Tremblay") == {"CA"}


def test_a_counterpart_from_a_country_named_after_it_is_of_that_country(
    tmp_path: Path,
) -> None:
    reading = read(
        "(Invented test article for kg extract; not news.)\n\nKUALA LUMPUR: The talks"
        " were held between Malaysian Defence Minister Ahmad Razak and his visiting"
        " counterpart from India, Shri Vikram Rao at the Ministry of Defence here today.",
        tmp_path,
        date="2024-05-02",
    )
    assert countries(reading, "Vikram Rao") == {"IN"}


def test_a_joint_secretary_is_a_post(tmp_path: Path) -> None:
    reading = read(
        "(Invented test article for kg extract; not news.)\n\nNew Delhi [India], March 3"
        " : India and Kenya held their fifth defence dialogue in New Delhi on Monday."
        " It was co-chaired by Joint Secretary (Defence Cooperation) Raman Kumar"
        " and Kenya's Principal Secretary for Defence Paul Otieno.",
        tmp_path,
        date="2025-03-04",
    )
    assert countries(reading, "Raman Kumar") == {"IN"}
