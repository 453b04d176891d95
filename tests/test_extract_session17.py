"""kg extract: session 17's rules, each on a short invented article (our own
words, invented people; not news): names listed after a plural title, each with
its country ('A of Mozambique and B of Malawi', 'of Poland and Slovakia - A and
B'), a bracket after a listed name, and a dash glued to the words around it."""

from __future__ import annotations

from pathlib import Path

import pytest

from .drafts import countries, draft, names, participants, places, read, read_given


@pytest.mark.parametrize(
    "sentence",
    [
        # Lower case, each name followed by its country.
        "The session was led by the defence ministers Alberto Mondlane of Mozambique"
        " and Peter Banda of Malawi.",
        "Defence Ministers Alberto Mondlane from Mozambique and Peter Banda from Malawi met"
        " in Lilongwe on Tuesday.",
        # The countries first, then as many names.
        "The deputy ministers of defence of Mozambique and Malawi - Alberto Mondlane and"
        " Peter Banda - met in Lilongwe on Tuesday.",
        "The talks of the deputy ministers of defence of Mozambique and Malawi, Alberto"
        " Mondlane and Peter Banda, took place in Lilongwe on Tuesday.",
    ],
)
def test_each_name_of_a_plural_title_holds_the_post_for_its_own_country(
    tmp_path: Path, sentence: str
) -> None:
    text = f"LILONGWE, March 3, 2021 (Invented) - {sentence}"
    reading = read(text, tmp_path)
    assert countries(reading, "Alberto Mondlane") == {"MZ"}
    assert countries(reading, "Peter Banda") == {"MW"}


def test_the_two_ministers_so_listed_met(tmp_path: Path) -> None:
    text = (
        "LILONGWE, March 3, 2021 (Invented) - The talks were chaired by the defence"
        " ministers Alberto Mondlane of Mozambique and Peter Banda of Malawi in Lilongwe"
        " on Tuesday."
    )
    assert frozenset({"Alberto Mondlane", "Peter Banda"}) in participants(draft(text, tmp_path))


def _countries_if_read(text: str, tmp_path: Path, label: str) -> set[str] | None:
    reading = read(text, tmp_path)
    return countries(reading, label) if label in names(reading) else None


def test_countries_and_names_of_unequal_counts_pair_nobody(tmp_path: Path) -> None:
    # Three countries, two names: paired in order, Banda would be Zambia's.
    text = (
        "LILONGWE, March 3, 2021 (Invented) - The deputy ministers of defence of"
        " Mozambique, Zambia and Malawi - Alberto Mondlane and Peter Banda - met on Tuesday."
    )
    assert _countries_if_read(text, tmp_path, "Peter Banda") in (None, set())


def test_a_list_where_only_one_name_has_a_country_is_no_such_list(tmp_path: Path) -> None:
    text = (
        "LILONGWE, March 3, 2021 (Invented) - The defence ministers Alberto Mondlane of"
        " Mozambique and Peter Banda discussed the border on Tuesday."
    )
    assert _countries_if_read(text, tmp_path, "Peter Banda") != {"MZ"}


def test_a_bracket_after_each_listed_name_does_not_end_the_list(tmp_path: Path) -> None:
    text = (
        "OSLO, April 9, 2022 (Invented) - The delegation was headed by Norwegian"
        " Secretaries of State Bjorn Hansen (Foreign Affairs) and Ola Berg (Defence)."
    )
    reading = read(text, tmp_path)
    assert {"Bjorn Hansen", "Ola Berg"} <= names(reading)
    assert countries(reading, "Ola Berg") == {"NO"}


@pytest.mark.parametrize("dash", ["\u2014", "\u2013"])
def test_a_dash_glued_to_the_words_around_it_parts_them(tmp_path: Path, dash: str) -> None:
    text = (
        f"NICOSIA, May 29, 2017 (Invented Radio){dash}Defence Ministers of Armenia and"
        " Cyprus Aram Petrosyan and Nikos Georgiou discussed cooperation on Monday."
    )
    reading = read(text, tmp_path)
    assert countries(reading, "Aram Petrosyan") == {"AM"}
    assert countries(reading, "Nikos Georgiou") == {"CY"}


def test_a_day_only_the_first_telling_of_a_signing_gives_stays(tmp_path: Path) -> None:
    # 14 June 2022 is a Tuesday: 'last Friday' is 10 June; the second sentence names
    # the signatories and no day, and does not date the signing by the article.
    text = (
        "ACCRA, June 14, 2022 (Invented) - Last Friday, Ghana and Togo signed a border"
        " security agreement.\n\nThe agreement was signed by Ghana's Minister of Defence"
        " Kwame Asante and his Togolese counterpart Koffi Mensah."
    )
    (signed,) = draft(text, tmp_path, date="2022-06-14").findings.signed
    assert {p.name for p in signed.signatories} == {"Kwame Asante", "Koffi Mensah"}
    assert signed.date == "2022-06-10"


@pytest.mark.parametrize(
    ("short", "country"), [("PNG", "PG"), ("DRC", "CD"), ("PRC", "CN"), ("KSA", "SA")]
)
def test_a_country_s_initials_before_a_title_give_its_country(
    tmp_path: Path, short: str, country: str
) -> None:
    text = (
        f"PORT MORESBY, May 18, 2023 (Invented) - {short} Foreign Minister Daniel Kapi"
        " met the visiting Fijian Prime Minister Josefa Vuki on Thursday."
    )
    assert countries(read(text, tmp_path), "Daniel Kapi") == {country}


def test_today_with_its_weekday_in_brackets_is_that_weekday(tmp_path: Path) -> None:
    # 8 October 2020 is a Thursday; the article says its 'today' is the Wednesday.
    text = (
        "DAR ES SALAAM, October 8, 2020 (Invented) - Tanzania's Minister of Defence Juma"
        " Kombo today (Wednesday) met his Malawian counterpart Peter Phiri at the State"
        " House in Dar es Salaam."
    )
    (meeting,) = draft(text, tmp_path, date="2020-10-08").findings.meetings
    assert meeting.date == "2020-10-07"


def test_a_portfolio_word_glued_to_a_listed_name_is_left_out(tmp_path: Path) -> None:
    text = (
        "APIA, November 24, 2006 (Invented) - Present at the talks were Samoa's Minister of"
        " Police, Prisons and Fire Service Tavita Seumanu Leota, and Minister of Finance"
        " Losa Fiame; and New Zealand's Foreign Minister Ian Barker."
    )
    people = names(read(text, tmp_path))
    assert "Tavita Seumanu Leota" in people
    assert not any(n.startswith(("Fire", "Service")) for n in people)


def test_a_trade_before_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    text = (
        "BUENOS AIRES, November 20, 2023 (Invented) - Economist Ana Lucia Ferrer, who is to"
        " become Argentina's foreign minister, met Uruguay's ambassador Carlos Ruiz"
        " in Buenos Aires on Monday."
    )
    assert "Ana Lucia Ferrer" in names(read(text, tmp_path))


_CREDENTIALS = (
    "(Invented test article for kg extract; not news.)\n\nPresident Kwesi Mensah of"
    " Ghana on Friday received the letters of credence of the Nigerian High"
    " Commissioner, Bola Adeyemi.\n\n{tail}"
)


def test_a_city_another_sentence_holds_the_event_in_places_the_meeting(
    tmp_path: Path,
) -> None:
    text = _CREDENTIALS.format(tail="The ceremony was held at the Jubilee House in Accra.")
    assert places(draft(text, tmp_path, date="2017-08-19")) == {
        frozenset({"Kwesi Mensah", "Bola Adeyemi"}): "place:accra"
    }


@pytest.mark.parametrize(
    "tail",
    [
        "The previous session of the commission was held in Accra in 2015.",
        "A ceremony will take place in Accra next month.",
    ],
)
def test_a_city_of_an_event_recalled_or_ahead_places_nothing(tmp_path: Path, tail: str) -> None:
    (place,) = places(draft(_CREDENTIALS.format(tail=tail), tmp_path, date="2017-08-19")).values()
    assert place != "place:accra"


def test_the_day_of_the_exchange_ceremony_dates_the_documents(tmp_path: Path) -> None:
    # 22 October 2024 is a Tuesday: the ceremony's Monday is the 21st.
    text = (
        "ROME, October 22, 2024 (Invented) - Oman and Italy signed four memoranda of"
        " understanding during the Sultan's stay in Rome.\n\nThe exchange ceremony took place"
        " on Monday at the Villa Borghese, with the Emir and Prime Minister Lucia Bianchi."
    )
    signed = draft(text, tmp_path, date="2024-10-22").findings.signed
    assert signed
    assert {s.date for s in signed} == {"2024-10-21"}


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The pair signed a Statement of Partnership for the years ahead.", "statement"),
        ("The two ministers signed the handover certificate of the equipment.", "certificate"),
        ("The two ministers signed the minutes of the talks.", "minutes"),
    ],
)
def test_documents_session_17_named_and_signed_by_those_who_met(
    tmp_path: Path, sentence: str, title: str
) -> None:
    text = (
        "NUKU'ALOFA, December 6, 2019 (Invented) - Tongan Foreign Minister Sione Tupou met"
        f" New Zealand's Foreign Minister Mark Hale in Nuku'alofa on Friday. {sentence}"
    )
    (signed,) = draft(text, tmp_path, date="2019-12-06").findings.signed
    assert title in signed.title.lower()
    assert {p.name for p in signed.signatories} == {"Sione Tupou", "Mark Hale"}


def test_a_document_after_as_well_as_is_signed_too(tmp_path: Path) -> None:
    text = (
        "NICOSIA, May 29, 2017 (Invented) - Defence Minister Aram Petrosyan of Armenia met"
        " his Cypriot counterpart Nikos Georgiou in Nicosia on Monday. Following the"
        " talks the two sides signed the Action Plan for defence cooperation in 2017, as"
        " well as an agreement on the protection of classified information."
    )
    titles = sorted(s.title for s in draft(text, tmp_path, date="2017-05-29").findings.signed)
    assert len(titles) == 2
    assert titles[1].startswith("Agreement on the protection")


def test_one_in_whose_presence_the_signing_opens_does_not_sign(tmp_path: Path) -> None:
    text = (
        "BELGRADE, April 1, 2025 (Invented) - In the presence of President Marko Ilic,"
        " Hungarian Defence Minister Gabor Szabo and Serbian Defence Minister Milan Petrovic"
        " signed a plan for military cooperation for 2025 in Belgrade on Tuesday."
    )
    (signed,) = draft(text, tmp_path, date="2025-04-01").findings.signed
    assert {p.name for p in signed.signatories} == {"Gabor Szabo", "Milan Petrovic"}


def test_a_title_whose_words_hold_a_comma_still_introduces_its_holder(
    tmp_path: Path,
) -> None:
    text = (
        "BUCHAREST, Feb 26, 2021 (Invented) - Minister of National Defence Ion Popescu on"
        " Friday welcomed the head of the Polish National Security Bureau, Jan Nowak, in"
        " Bucharest.\n\nThe Secretary of State for Defence Policy, Planning and Foreign"
        " Affairs, Elena Ionescu, also attended in the meeting."
    )
    assert participants(draft(text, tmp_path, date="2021-02-26")) == [
        frozenset({"Ion Popescu", "Jan Nowak", "Elena Ionescu"})
    ]


def test_a_given_name_written_alone_later_is_the_person_named_in_full(tmp_path: Path) -> None:
    # Spelt another way later, as Ethiopian news often writes the given name.
    text = (
        "ANKARA, December 28, 2022 (Invented) - Ethiopian Chief of Staff Field Marshal"
        " Birhanu Tadesse held talks with his Turkish counterpart General Ahmet Kaya in"
        " Ankara on Wednesday.\n\nField Marshal Berhanu also visited the war college."
    )
    people = names(read(text, tmp_path, date="2022-12-28"))
    assert "Birhanu Tadesse" in people
    assert "Berhanu" not in people


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "The Sultan of Brunei, Sultan Hashim Jalilul Alam, today granted an audience to"
            " Malaysian Defence Minister Aziz Rahman.",
            "Hashim Jalilul Alam",
            "BN",
        ),
        (
            "The Sultan of Brunei Hashim Jalilul Alam conferred an award on the Malaysian"
            " Defence Minister Aziz Rahman on Monday.",
            "Hashim Jalilul Alam",
            "BN",
        ),
        (
            "Malaysian Defence Minister Aziz Rahman met Qatari Emir Khalid bin Hamad Al"
            " Thani in Doha on Monday.",
            "Khalid bin Hamad Al Thani",
            "QA",
        ),
        (
            "Malaysian Defence Minister Aziz Rahman met Sultan Hashim Jalilul Alam from"
            " Brunei Darussalam on Monday.",
            "Hashim Jalilul Alam",
            "BN",
        ),
    ],
)
def test_a_monarch_after_a_style_tied_to_a_country_is_read(
    tmp_path: Path, sentence: str, name: str, country: str
) -> None:
    text = f"KUALA LUMPUR, July 9, 2024 (Invented) - {sentence}"
    assert countries(read(text, tmp_path, date="2024-07-09"), name) == {country}


def test_a_style_that_is_a_given_name_stays_part_of_the_name(tmp_path: Path) -> None:
    text = (
        "ASTANA, June 3, 2024 (Invented) - Kazakh Deputy Defence Minister Lieutenant General"
        " Sultan Kamalov met the visiting Turkish Chief of General Staff in Astana."
    )
    assert "Sultan Kamalov" in names(read(text, tmp_path, date="2024-06-03"))


def test_a_city_closing_a_name_after_a_rank_and_one_given_name_is_the_surname(
    tmp_path: Path,
) -> None:
    text = (
        "CANBERRA, February 2, 2011 (Invented) - The Chief of Defence Force, Air Chief"
        " Marshal Angus Houston, has been honoured by the President of Timor-Leste, Jose"
        " Belo, in Dili."
    )
    assert "Angus Houston" in names(read(text, tmp_path, date="2011-02-02"))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "PRESIDENT of the Republic of Botswana, Duma Kgosi has arrived in Zambia for a"
            " state visit.",
            "Duma Kgosi",
        ),
        (
            "Minister of Defence Affairs Doctor Khalid Bin Saad Al-Thani received him.",
            "Khalid Bin Saad Al-Thani",
        ),
        ("President Advocate Kabo Molefe received him at State House.", "Kabo Molefe"),
        (
            "He also met Vietnam's Ambassador to the Philippines, Dr. Tran Thai Minh, at the"
            " embassy.",
            "Tran Thai Minh",
        ),
        (
            "The talks were attended by Cabinet Secretaries Wanjiru Kamau and Otieno Ouma.",
            "Otieno Ouma",
        ),
    ],
)
def test_names_session_17_read_whole(tmp_path: Path, sentence: str, name: str) -> None:
    # 'Duma' (a parliament's name) is a given name too; 'Doctor' and 'Advocate' are
    # styles; 'Thai' inside a Vietnamese name is no country's word; Kenya's ministers
    # are Cabinet Secretaries.
    text = f"LUSAKA, August 1, 2025 (Invented) - {sentence}"
    people = names(read(text, tmp_path, date="2025-08-01"))
    assert name in people


def test_police_commissioners_are_read_with_their_countries(tmp_path: Path) -> None:
    text = (
        "PORT VILA, August 22, 2024 (Invented) - During a handover in Port Vila on Tuesday,"
        " Australian Federal Police Commissioner Reece Carter presented Vanuatu's Police"
        " Commissioner Robson Tari with new police vehicles."
    )
    reading = read(text, tmp_path, date="2024-08-22")
    assert {"Reece Carter", "Robson Tari"} <= names(reading)
    assert countries(reading, "Robson Tari") == {"VU"}


def test_a_force_s_word_before_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    text = (
        "NUKU'ALOFA, February 14, 2017 (Invented) - The Deputy Commissioner of the Tonga"
        " Police Sione Fifita met the visiting Fijian Police Commissioner Brigadier General"
        " Sitiveni Naivalu on Tuesday."
    )
    people = names(read(text, tmp_path, date="2017-02-14"))
    assert "Sione Fifita" in people
    assert not any(n.startswith("Police") for n in people)


def test_a_title_after_a_name_ends_before_and_an_honorific(tmp_path: Path) -> None:
    # The rules' reading: a country guessed for one the text ties to none is a
    # separate, marked candidate (kg.extract.country_guess, session 19).
    text = (
        "KINGSTON, September 28, 2024 (Invented) - The meeting allowed Senator the"
        " Honourable Kamina Brown, Minister of Tourism and Culture and the Honourable"
        " Marie Roy, Minister of Foreign Affairs of Canada, to review trade."
    )
    reading = read_given(text, tmp_path, date="2024-09-28")
    assert "Marie Roy" in names(reading)
    assert countries(reading, "Marie Roy") == {"CA"}
    assert countries(reading, "Kamina Brown") != {"CA"}
