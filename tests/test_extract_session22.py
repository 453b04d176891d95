"""kg extract, session 22: names and days read wrong in the session's real-news
tuning set, each on a short invented article (our own words, invented people;
not news): Spanish particles after 'de', a month after a title, 'Rtd' after a
rank, a service before a rank, a hyphenated given name read after a headline's
surname, a body's words read into a name, and days written the way US forces'
releases write them."""

from __future__ import annotations

from pathlib import Path

from kg.extract.dates import event_date

from .drafts import countries, draft, names, participants, person, places, read

_DATE = "2024-11-03"
_NOTE = "(Invented test article for kg extract; not news.)\n\n"


def test_de_la_inside_a_name_keeps_the_surname(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}SANTIAGO, Nov. 3 - Ruritanian Deputy Defence Minister Mateo de la Fuente"
        " welcomed Freedonian Defence Minister Ivo Krall in Santiago on Friday."
        " Later Minister de la Fuente and his guest visited a naval base."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert "Mateo de la Fuente" in found
    assert "Mateo" not in found


def test_a_month_after_a_title_is_no_person(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}While receiving the credentials of the Ambassador of Freedonia, Mr Ivo"
        " Krall, at the Office of the President November 1, President Dr Alma Varga said"
        " Ruritania valued its friends."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert "November" not in found
    assert {"Ivo Krall", "Alma Varga"} <= found


def test_rtd_after_a_rank_is_no_part_of_the_name(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}STRELSAU, Nov. 3 - Deputy Defence Minister Col Rtd KB Marlow received the"
        " Ambassador of Freedonia, Ivo Krall, at the Ministry of Defence on Friday."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert "KB Marlow" in found
    assert not any("Rtd" in name for name in found)


def test_a_service_before_a_rank_is_no_person(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}MIAMI, Nov. 3 - Ruritanian Prime Minister Alma Varga visited Southern"
        " Command on Friday, where she met with SOUTHCOM Commander Marine Gen. Ivo L."
        " Krall and senior leaders."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert "Marine" not in found
    assert "Ivo L. Krall" in found


def test_a_hyphenated_given_name_completes_a_headline_surname(tmp_path: Path) -> None:
    text = (
        "President Lin stresses ties with Ruritania\n\n"
        f"{_NOTE}STRELSAU, Nov. 3 - President Lin Mei-hua met with Ruritanian Defence"
        " Minister General Karel Vondra at the presidential office on Friday, and the two"
        " discussed training programmes and language courses for officers."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert "Lin Mei-hua" in found
    assert not {"Lin", "Lin Mei"} & found
    assert participants(draft(text, tmp_path, date=_DATE)) == [
        frozenset({"Lin Mei-hua", "Karel Vondra"})
    ]


def test_a_body_read_into_a_name_is_cut_off(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}KAMPALA, Nov. 3 - The meeting was co-chaired by the Inspector General of"
        " Rwanda National Police Anton K. Brel and his Ugandan counterpart Ivo Krall on"
        " Friday."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert "Anton K. Brel" in found
    assert not any("Police" in name for name in found)


def test_a_region_read_as_a_person_is_dropped(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}Mr. Ivo Krall, Eastern Regional Minister of Cote d\u2019Ivoire, made the call"
        " when he led a 40-member delegation to Sunyani in the Bia West District, to meet"
        " with the Western Regional Minister, Mr. Paul Osei."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert not any("Regional" in name for name in found)


def test_a_dotted_month_dates_a_signing_without_on(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}FORT BRAGG, North Carolina, Nov. 3, 2024 -- Maj. Gen. Ivo Krall, the"
        " Ruritanian army's commander, and Maj. Gen. Karel Vondra, head of the Freedonian"
        " delegation, signed an agreement that closed the annual staff talks during a"
        " ceremony Oct. 31 at the army's headquarters here."
    )
    meetings = draft(text, tmp_path, date=_DATE).findings.meetings
    assert [m.date for m in meetings] == ["2024-10-31"]


def test_a_dateline_with_a_state_dates_a_weekday_from_its_day() -> None:
    sentence = (
        "FORT BRAGG, North Carolina, Nov. 3, 2024 -- Maj. Gen. Ivo Krall, the Ruritanian"
        " army's commander, met Maj. Gen. Karel Vondra on Friday at the army's"
        " headquarters here."
    )
    assert event_date(sentence, "2024-11-09") == ("2024-11-01", "on Friday")


def test_a_caption_credit_after_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}From left, Ruritanian Defence Minister Karel Vondra and Freedonian Foreign"
        " Minister Ivo Krall Photo: Ministry of Defence\n\nRuritanian Defence Minister Karel"
        " Vondra met Freedonian Foreign Minister Ivo Krall in Strelsau on Friday."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert "Ivo Krall" in found
    assert not any("Photo" in name for name in found)


def test_visiting_before_a_title_is_no_name(tmp_path: Path) -> None:
    text = (
        "Visiting Deputy chief of Staff of British Army Lieutenant General Ivo Krall paid a"
        " courtesy call to Chief of Army Staff General Karel Vondra at Nepal Army"
        f" Headquarters on Friday.\n\n{_NOTE}"
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert {"Ivo Krall", "Karel Vondra"} <= found
    assert not any("Visiting" in name for name in found)


# A letter of credence is presented by hand: no talks held apart.
CREDENCE = (
    "New envoy of Freedonia keen to work with Ruritania\n\n"
    f"{_NOTE}The new Freedonian High Commissioner to Ruritania is keen to work with the"
    " government on trade and defence.\n\n"
    "High Commissioner Ivo Krall presented his Letter of Credence, duly signed by the"
    " Governor-General of Australia, to President Karel Vondra of Fiji this morning.\n\n"
    "President Karel Vondra congratulated High Commissioner Krall on his appointment.\n"
)


def test_a_letter_of_credence_presented_is_a_meeting_guessed(tmp_path: Path) -> None:
    result = draft(CREDENCE, tmp_path, date=_DATE)
    assert participants(result) == [frozenset({"Ivo Krall", "Karel Vondra"})]
    assert all(m.guessed for m in result.findings.meetings)


def test_a_letter_sent_is_talks_held_apart(tmp_path: Path) -> None:
    sent = CREDENCE.replace("presented his Letter of Credence", "sent a letter")
    assert participants(draft(sent, tmp_path, date=_DATE)) == []


# Talks ahead that name neither principal person put no meeting of theirs ahead.
AHEAD_OF_OTHERS = (
    f"{_NOTE}LUSAKA, Nov. 3 -- Freedonian Ambassador to Zambia Ivo Krall handed over"
    " laptops and printers to Etambuyu Vondra, permanent secretary of the Zambian"
    " Ministry of Foreign Affairs, on Friday.\n\n"
    "He noted that Freedonia will continue dialogue and cooperation with developing"
    " countries.\n"
)


def test_talks_ahead_naming_neither_leave_the_last_guess(tmp_path: Path) -> None:
    result = draft(AHEAD_OF_OTHERS, tmp_path, date=_DATE)
    assert participants(result) == [frozenset({"Ivo Krall", "Etambuyu Vondra"})]


def test_talks_ahead_naming_one_of_the_two_keep_the_draft_empty(tmp_path: Path) -> None:
    ahead = AHEAD_OF_OTHERS.replace("He noted that Freedonia", "Krall noted that Freedonia")
    assert participants(draft(ahead, tmp_path, date=_DATE)) == []


def test_he_inside_a_sentence_before_a_name_is_a_surname(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}PHNOM PENH, Nov. 3 (Xinhua) -- Cambodian Prime Minister Sok Vanna met"
        " with He Lianjun, visiting vice chairman of China's Central Military Commission,"
        " here on Friday. He said the two armies were close friends."
    )
    result = draft(text, tmp_path, date=_DATE)
    assert participants(result) == [frozenset({"Sok Vanna", "He Lianjun"})]


def test_a_nickname_in_single_quotes_is_no_part_of_the_name(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}JAKARTA, Nov. 3 - President Budi \u2018Budiwi\u2019 Santoso received"
        " Ruritanian Defence Minister Karel Vondra at the Merdeka Palace on Friday."
    )
    result = draft(text, tmp_path, date=_DATE)
    assert participants(result) == [frozenset({"Budi Santoso", "Karel Vondra"})]


def test_te_and_es_are_particles_inside_a_name(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}NUKU'ALOFA, Nov. 3 - The Freedonian delegation, Prime Minister Ivo Krall,"
        " Minister Aroha te Rangi and Defence Minister Necmi e\u015f-\u015eahin, met King"
        " Karel Vondra on Friday."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert {"Aroha te Rangi", "Necmi e\u015f-\u015eahin"} <= found
    assert not {"Aroha", "Necmi"} & found


def test_a_palace_is_no_guest(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}KHARTOUM, Nov. 3 - The Chairman of the council, Lt. Gen. Omar Nabil,"
        " Sunday received at the Republican Palace, the Saudi Ambassador to Sudan, Ali bin"
        " Hassan Qasim."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert {"Omar Nabil", "Ali bin Hassan Qasim"} <= found
    assert not any("Palace" in name for name in found)


def test_a_federal_councillor_is_a_style_before_the_name(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}BERN, Nov. 3 - Admiral Ivo Krall, chairman of the alliance's military"
        " committee, met Federal Councillor Anna Vogel in Bern on Friday."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert "Anna Vogel" in found
    assert not any("Councillor" in name for name in found)


def test_a_later_mention_by_the_nickname_alone_is_the_same_person(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}JAKARTA, Nov. 3 - President Budi \u2018Budiwi\u2019 Santoso received"
        " Ruritanian Defence Minister Karel Vondra at the Merdeka Palace on Friday.\n\n"
        "President Budiwi said that he might visit Ruritania next year.\n"
    )
    result = draft(text, tmp_path, date=_DATE)
    assert "Budiwi" not in names(read(text, tmp_path, date=_DATE))
    assert participants(result) == [frozenset({"Budi Santoso", "Karel Vondra"})]


def test_a_coast_guard_captain_is_on_the_navy_ladder(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}MANILA, Nov. 3 - Philippine Coast Guard spokesperson Captain Ramon Dela"
        " Cruz met the visiting commander of the Freedonian navy, Rear Admiral Ivo Krall,"
        " in Manila on Friday."
    )
    reading = read(text, tmp_path, date=_DATE)
    assert reading.one(person(reading, "Ramon Dela Cruz"), "hasRank") == "rank:nato-navy.captain"


def test_countries_before_a_possessive_go_to_the_names_in_order(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}NICOSIA, Nov. 3 - Cyprus and Lebanon\u2019s Defence Ministers Andreas"
        " Kallis and Samir Haddad signed a military cooperation programme in Nicosia on"
        " Friday."
    )
    reading = read(text, tmp_path, date=_DATE)
    assert countries(reading, "Andreas Kallis") == {"CY"}
    assert countries(reading, "Samir Haddad") == {"LB"}


def test_kosovo_is_a_country(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}SKOPJE, Nov. 3 - Defence Minister Karel Vondra met with Freedonian"
        " Ambassador Ivo Krall and Kosovo Ambassador Ilir Berisha on Friday."
    )
    reading = read(text, tmp_path, date=_DATE)
    assert countries(reading, "Ilir Berisha") == {"XK"}


def test_a_mission_in_a_country_does_not_place_the_talks(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}BRUSSELS, Nov. 3 - Alliance Secretary General Ivo Krall met with President"
        " of Ruritania Karel Vondra at the alliance's headquarters today, praising"
        " Ruritania's contribution to the peacekeeping mission in Mali."
    )
    assert set(places(draft(text, tmp_path, date=_DATE)).values()) == {"place:brussels"}


def test_one_of_two_countries_joined_by_and_is_no_title_holders(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}BUCHAREST, Nov. 3 - The military cooperation between Romania and Slovakia"
        " was on the agenda of the meeting that Defence Minister Ion Popa had in Bucharest"
        " on Friday with the new Ambassador of the Slovak Republic to Romania, Karol Novak."
    )
    reading = read(text, tmp_path, date=_DATE)
    assert countries(reading, "Ion Popa") == {"RO"}
    assert countries(reading, "Karol Novak") == {"SK"}
