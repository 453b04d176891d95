"""kg extract, session 24: who met and where, read wrong in the session's real-news
tuning set, each on a short invented article (our own words, invented people; not
news)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .drafts import days, draft, names, participants, person, places, read

_DATE = "2024-11-08"
_NOTE = "(Invented test article for kg extract; not news.)\n\n"


# Who met: (text, the participants of each meeting read).
WHO_MET = [
    # 'A and <post>, <rank> B, met with C': the comma closes B's title, so A and B
    # both met C, though no country of either side is read yet.
    pytest.param(
        (
            f"{_NOTE}Minister of Defence Karel Novak and Commander of the Army, Brigadier"
            " General Jan Dvorak, met with the Chief of the Freedonian General Staff,"
            " General Rudolf Elphberg, on Tuesday."
        ),
        [{"Karel Novak", "Jan Dvorak", "Rudolf Elphberg"}],
        id="hosts-apposed",
    ),
    # 'A and B discussed <topic> with C and D': one meeting of the four.
    pytest.param(
        (
            f"{_NOTE}VILNIUS, Nov. 8 - Freedonian Defence Minister Karel Novak and the Chief"
            " of the Freedonian Armed Forces General Jan Dvorak discussed regional security"
            " and training with Lithuanian Defence Minister Aiste Rimkute and Lithuanian"
            " Armed Forces Chief General Jonas Petraitis on Tuesday."
        ),
        [{"Karel Novak", "Jan Dvorak", "Aiste Rimkute", "Jonas Petraitis"}],
        id="discussed-topic-with",
    ),
    # 'A, B and C discussed ...': all three, not the two named last.
    pytest.param(
        (
            f"{_NOTE}TASHKENT, Nov. 8 - Uzbek Foreign Minister Karel Novak, Defence Minister"
            " Jan Dvorak and Commander of the Freedonian Southern Command Rudolf Elphberg"
            " discussed regional security on Tuesday."
        ),
        [{"Karel Novak", "Jan Dvorak", "Rudolf Elphberg"}],
        id="three-discussed",
    ),
]


@pytest.mark.parametrize(("text", "met"), WHO_MET)
def test_who_met(text: str, met: list[set[str]], tmp_path: Path) -> None:
    result = draft(text, tmp_path, date=_DATE)
    assert participants(result) == [frozenset(m) for m in met]


# Places: (text, the participants of the meeting, its place).
PLACES = [
    # A country named with its article: 'In the Netherlands ...' places the meeting
    # there, not in the guest's country.
    pytest.param(
        (
            f"{_NOTE}In the Netherlands at the invitation of Minister Anna de Vries, Japan's"
            " Defence Minister Kenji Mori was received at the Ministry of Defence on 6"
            " November.\n\n"
            "The two ministers discussed maritime security and training."
        ),
        {"Anna de Vries", "Kenji Mori"},
        "country:NL",
        id="in-the-netherlands",
    ),
    # The host's country is read only after the meeting's sentence: the meeting is
    # placed then, in the host's country, not in the one country read so far (the
    # guest's).
    pytest.param(
        (
            f"{_NOTE}General Alma Varga held a meeting on Tuesday with the Commander of the"
            " US Army in Europe, General Ivo Krall, who is paying an official visit.\n\n"
            "General Varga, Chief of the General Staff of North Macedonia, thanked General"
            " Krall for the training the US Army has given."
        ),
        {"Alma Varga", "Ivo Krall"},
        "country:MK",
        id="host-read-later",
    ),
    # A meeting whose place is a guess goes to the one city the article's arrival
    # names ('before his arrival in New Delhi'), not the guest's country.
    pytest.param(
        (
            f"{_NOTE}Minister of Defence of Fiji Ratu Jone Koroi, at the head of a"
            " delegation, met Minister of Defence Arvind Mehra on Monday to discuss"
            " training and maritime security.\n\n"
            "Koroi had toured a naval base in Mumbai that morning, before his arrival in"
            " New Delhi."
        ),
        {"Jone Koroi", "Arvind Mehra"},
        "place:new-delhi",
        id="arrival-city",
    ),
    # A city named after its venue and a comma ('at the presidential villa, Abuja')
    # places the meeting its arrival tells of.
    pytest.param(
        (
            f"{_NOTE}Nigeria's president, Musa Adamu, on Friday received Chad's interim"
            " leader, General Idriss Mahamat.\n\n"
            "Mahamat arrived at the presidential villa, Abuja, shortly before noon and was"
            " greeted by President Adamu outside his office."
        ),
        {"Musa Adamu", "Idriss Mahamat"},
        "place:abuja",
        id="venue-comma-city",
    ),
    # 'the Ambassador of Uruguay stationed in Beijing': where he is posted, not where
    # he presented his credentials.
    pytest.param(
        (
            f"{_NOTE}On November 6, 2024, the Ambassador of Uruguay, Juan Pablo Silva,"
            " presented copies of his credentials to Kyrgyzstan's Deputy Foreign Minister"
            " Aibek Toktogulov.\n\n"
            "The meeting between Deputy Foreign Minister Toktogulov and Ambassador Silva,"
            " who is stationed in Beijing, opened his mission."
        ),
        {"Juan Pablo Silva", "Aibek Toktogulov"},
        "country:KG",
        id="stationed-in",
    ),
    # A home dateline and a visit told as another time: the one called on, at home in
    # the UAE, received the guest there.
    pytest.param(
        (
            f"{_NOTE}NEW DELHI, August 4: Indian Air Force chief Air Chief Marshal Vikram"
            " Rao reached Israel on Tuesday.\n\n"
            "Prior to his visit to Israel, the air chief called on Major General Saeed Al"
            " Mansoori, Commander UAE Air Force and Air Defence, on August 1."
        ),
        {"Vikram Rao", "Saeed Al Mansoori"},
        "country:AE",
        id="called-on-abroad",
    ),
]


@pytest.mark.parametrize(("text", "met", "place"), PLACES)
def test_places(text: str, met: set[str], place: str, tmp_path: Path) -> None:
    result = draft(text, tmp_path, date=_DATE)
    assert places(result) == {frozenset(met): place}


def test_a_function_word_after_a_glued_headline_is_no_name(tmp_path: Path) -> None:
    # The headline runs into the first sentence with no full stop between them.
    text = (
        f"{_NOTE}Freedonian Chief of General Staff meets with Georgian Defence Minister As"
        " part of his official visit to Georgia, Colonel General Ivo Krall, Chief of the"
        " Freedonian General Staff, met with the Minister of Defence of Georgia, Mr. Levan"
        " Beridze, on November 6."
    )
    assert names(read(text, tmp_path, date=_DATE)) == {"Ivo Krall", "Levan Beridze"}


def test_a_meeting_with_no_host_read_is_placed_where_the_guests_next_one_was(
    tmp_path: Path,
) -> None:
    # Neither side of the first meeting is the host, and the prime minister's country
    # is never read: the guest's next meeting, with his Serbian counterpart, says
    # where the visit was, not the guest's own country.
    text = (
        f"{_NOTE}Prime Minister Dragan Petrovic held talks on Thursday with Greek Defence"
        " Minister Nikos Varvakis.\n\n"
        "On Wednesday, Varvakis was received by his Serbian counterpart Milan Jovic."
    )
    found = places(draft(text, tmp_path, date=_DATE))
    assert found[frozenset({"Dragan Petrovic", "Nikos Varvakis"})] == "country:RS"


def test_a_guessed_meeting_with_no_place_still_says_it_is_a_guess(tmp_path: Path) -> None:
    # Two signatories of two countries, no host read and no place named: the draft
    # says both that the meeting is a guess and that its place is missing.
    text = (
        f"{_NOTE}The accord was signed on Monday by Norwegian Defence Minister Aarne"
        " Virtanen and Chilean Defence Minister Lucia Quispe."
    )
    result = draft(text, tmp_path, date=_DATE)
    assert places(result) == {frozenset({"Aarne Virtanen", "Lucia Quispe"}): ""}
    (line,) = [x for x in result.text.splitlines() if x.startswith("# meeting of")]
    assert "a guess: they signed one document" in line
    assert "no place found" in line


# Stored pages open with their own date marker ('date 2024-11-08 ...', glued to the
# first line): the publication day, not the first sentence's; and a statement's day
# is not the day of what it tells. (text, date, each meeting's participants and day).
MARKED = [
    # The meeting of the first sentence takes the visit's first day.
    pytest.param(
        (
            " date 2024-11-06 Navy Chief Admiral Ravi Menon has met Maldivian President"
            " Ahmed Nasir in Male to discuss maritime security.\n\n"
            "Admiral Menon's three-day stay in the Maldives runs from November 5 to 7."
            f"\n\n{_NOTE}"
        ),
        "2024-11-06",
        {frozenset({"Ravi Menon", "Ahmed Nasir"}): "2024-11-05"},
        id="marker-then-span",
    ),
    # The dateline after the marker, a headline and an agency line is still read as
    # one, so the name after it is read.
    pytest.param(
        (
            " date 2024-11-08 Senior officer meets visiting minister\n\n"
            "Xinhua) 10:24, November 8, 2024\n\n"
            "BEIJING, Nov. 7 (Xinhua) -- Li Wenhua, a deputy head of China's Central"
            " Military Commission, on Thursday met with Kazakh Defense Minister Arman Beketov in"
            f" Beijing.\n\n{_NOTE}"
        ),
        "2024-11-08",
        {frozenset({"Li Wenhua", "Arman Beketov"}): "2024-11-07"},
        id="marker-then-dateline",
    ),
    # 'confirmed in a statement yesterday' is the day of the statement, not of the
    # talks, which the text does not date: they take the article's day.
    pytest.param(
        (
            f"{_NOTE}The commander of the Egyptian navy, Omar Fathy, discussed with his"
            " Saudi counterpart, Faisal Al-Harbi, naval training.\n\n"
            "The army spokesman confirmed in a statement yesterday that the talks were held"
            " at the navy's headquarters in Alexandria."
        ),
        "2024-11-08",
        {frozenset({"Omar Fathy", "Faisal Al-Harbi"}): "2024-11-08"},
        id="statement-yesterday",
    ),
]


@pytest.mark.parametrize(("text", "date", "wanted"), MARKED)
def test_a_pages_date_marker(
    text: str, date: str, wanted: dict[frozenset[str], str], tmp_path: Path
) -> None:
    assert days(draft(text, tmp_path, date=date)) == wanted


def test_an_envoy_presenting_credentials_meets_the_one_received_by(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}The Permanent Representative of Estonia to NATO, Juri Kask, presented his"
        " credentials to the Secretary General, Jens Berg, on Tuesday."
    )
    assert participants(draft(text, tmp_path, date=_DATE)) == [
        frozenset({"Juri Kask", "Jens Berg"})
    ]


def test_gral_is_general(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}Brig. Gen. William Parr, commanding general of U.S. Army South, met Gral."
        " Mateo Rincon Vargas, commanding general of the Colombian National Army, on"
        " Tuesday in Bogota."
    )
    reading = read(text, tmp_path, date=_DATE)
    assert "Mateo Rincon Vargas" in names(reading)
    assert reading.one(person(reading, "Mateo Rincon Vargas"), "hasRank") == (
        "rank:nato-army.general"
    )


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        pytest.param(
            (
                f"{_NOTE}TOKYO, Nov. 8 - Vice Commandant Sato Hiroshi of the Japan Coast"
                " Guard and Major General Tran Van Long of Vietnam's coast guard chaired the"
                " two forces' annual meeting in Tokyo on November 6."
            ),
            {"Tran Van Long", "Sato Hiroshi"},
            id="vice-commandant",
        ),
        pytest.param(
            (
                f"{_NOTE}JAKARTA, Nov. 8 - Philippine defence Officer-in-Charge Mario Santos"
                " Jr. and Indonesian Defense Minister Budi Hartono signed a defence cooperation"
                " agreement on November 6."
            ),
            {"Mario Santos Jr.", "Budi Hartono"},
            id="officer-in-charge",
        ),
        pytest.param(
            (
                f"{_NOTE}OTTAWA, Nov. 8 - Canadian Defence Minster Paul Tremblay met his"
                " Mexican counterpart Luis Ortega in Ottawa on November 6."
            ),
            {"Paul Tremblay", "Luis Ortega"},
            id="minster",
        ),
        pytest.param(
            (
                f"{_NOTE}NEW DELHI, Nov. 8 - US Pacific Air Forces commander General Mark"
                " Dalton called on Air Chief Mshl. Arjun Rathore, chief of the Indian Air"
                " Force, on Thursday."
            ),
            {"Mark Dalton", "Arjun Rathore"},
            id="air-chief-mshl",
        ),
        pytest.param(
            (
                f"{_NOTE}Serbian President Milan Petrovic on Thursday received NATO's Supreme"
                " Allied Commander Europe and head of the US European Command General Tom"
                " Hale.\n\n"
                "They met with Defence Minister Ana Kovac at State House Belgrade."
            ),
            {"Milan Petrovic", "Tom Hale", "Ana Kovac"},
            id="allied-house",
        ),
    ],
)
def test_titles_read(text: str, wanted: set[str], tmp_path: Path) -> None:
    assert names(read(text, tmp_path, date=_DATE)) == wanted


def test_a_bylines_posted_day_is_no_day_of_the_events(tmp_path: Path) -> None:
    # The byline's 'Posted : November 17' is the page's day; the talks were on the
    # Saturday the opening tells of.
    text = (
        f"{_NOTE}Seoul and Lima widen defence ties\n\n"
        "By Kim Dae-ho Posted : November 17, 2024, 09:30 Updated : November 17, 2024,"
        " 11:15\n\n"
        "SEOUL, November 17 (AJP) -- The two governments agreed Saturday to build naval"
        " vessels together.\n\n"
        "South Korean President Park Min-jun and Peruvian President Rosa Quispe signed a"
        " joint declaration during their summit in Lima."
    )
    meetings = draft(text, tmp_path, date="2024-11-17").findings.meetings
    assert [(frozenset(p.name for p in m.participants), m.date) for m in meetings] == [
        (frozenset({"Park Min-jun", "Rosa Quispe"}), "2024-11-16")
    ]


def test_eight_documents_signed_are_eight_dated_by_the_visit(tmp_path: Path) -> None:
    # 'Eight memoranda ... were signed' in the headline: eight documents, signed on
    # the first day of the visit the report tells (no day of their own, no meeting).
    text = (
        f"{_NOTE}Eight memoranda of understanding were signed between Burundi and"
        " Tanzania\n\n"
        "BUJUMBURA July 19th (ABP) - The two countries' foreign ministers released a"
        " joint communique at the end of the Tanzanian president's state visit to"
        " Burundi from July 16 to 17, 2021."
    )
    signed = draft(text, tmp_path, date="2021-07-19").findings.signed
    assert [(s.title.rsplit(" (", 1)[-1], s.date) for s in signed] == [
        (f"{k} of 8)", "2021-07-16") for k in range(1, 9)
    ]


def test_a_visit_to_the_country_is_to_the_one_named_before(tmp_path: Path) -> None:
    # 'on his visit to the South American country': Brazil, named just before;
    # the minister met there, not at home.
    text = (
        f"{_NOTE}Sheikh Khalid bin Saif, Minister of Foreign Affairs of the UAE, praised"
        " ties with Brazil on his visit to the South American country.\n\n"
        "Sheikh Khalid met Mauro Costa, his Brazilian counterpart, on Tuesday."
    )
    found = places(draft(text, tmp_path, date=_DATE))
    assert found == {frozenset({"Khalid bin Saif", "Mauro Costa"}): "country:BR"}


def test_those_whose_presence_the_occasion_witnessed_join_the_meeting(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}TOKYO, Nov. 8 - Indian Navy chief Admiral Vikram Rao called on Vice"
        " Minister of Defence Ito Kenji in Tokyo on Wednesday.\n\n"
        "The occasion also witnessed the presence of Mori Takashi, the defence minister,"
        " and Admiral Abe Jun, Chief of Staff of the Maritime Self-Defence Force."
    )
    assert participants(draft(text, tmp_path, date=_DATE)) == [
        frozenset({"Vikram Rao", "Ito Kenji", "Mori Takashi", "Abe Jun"})
    ]


def test_one_warmly_received_by_another_is_the_guest(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}MUSCAT, 6 November 2024\n\nOn his trip, the Kenyan Army Commander General"
        " Peter Wekesa was cordially received by the Commander of the Omani Army, Major"
        " General Salim Al Harthy, at the Army Headquarters."
    )
    (meeting,) = draft(text, tmp_path, date=_DATE).findings.meetings
    assert meeting.host is not None and meeting.host.name == "Salim Al Harthy"


def test_cs_is_kenyas_cabinet_secretary(tmp_path: Path) -> None:
    # 'Foreign Affairs CS A': a title, so A is read before the phrase of talks.
    text = (
        f"{_NOTE}Foreign Affairs CS Peter Kamau holds talks with Chinese Ambassador Zhou"
        " Ping on November 14,2022."
    )
    (meeting,) = draft(text, tmp_path, date="2022-11-14").findings.meetings
    assert {p.name for p in meeting.participants} == {"Peter Kamau", "Zhou Ping"}
    assert not meeting.guessed


def test_the_chairs_of_a_meeting_held_under_their_chairmanship_take_part(
    tmp_path: Path,
) -> None:
    text = (
        f"{_NOTE}MOSCOW, 8th November, 2024 (WAM) -- Saeed Al Hameli, Minister of State,"
        " took part in the ministerial meeting of the strategic dialogue, held today in"
        " Moscow.\n\n"
        "The talks took place under the chairmanship of Ivan Sokolov, Russia's foreign"
        " minister, and Said bin Hamad Al Harthy, Oman's foreign minister."
    )
    assert participants(draft(text, tmp_path, date=_DATE)) == [
        frozenset({"Saeed Al Hameli", "Ivan Sokolov", "Said bin Hamad Al Harthy"})
    ]


def test_new_york_is_new_york_city(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}New York: Foreign Minister Sheikh Khalid bin Saif met several counterparts"
        " in New York on the sidelines of the UN General Assembly.\n\n"
        "Sheikh Khalid met with Peter Novak, Minister of Foreign Affairs of Hungary."
    )
    found = places(draft(text, tmp_path, date=_DATE))
    assert found == {frozenset({"Khalid bin Saif", "Peter Novak"}): "place:new-york-city"}
