"""kg extract, session 25: names, meetings, days and places read wrong in the
session's real-news tuning sets, each on a short invented article (our own words,
invented people; not news)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .drafts import countries, days, draft, names, participants, places, read, signings

_DATE = "2024-11-08"
_NOTE = "(Invented test article for kg extract; not news.)\n\n"


# Names: (text, the persons read).
NAMES = [
    # A caption's tag in capitals after a name is no part of it (the table's row is
    # 'Photo'; kg validate holds 'PHOTO' to be the same row).
    pytest.param(
        (
            f"{_NOTE}Ruritanian President Marko Lazic welcomed the President of Hungary"
            " Ilona Farkas PHOTO/VIDEO\n\n"
            "President Marko Lazic hosted President Ilona Farkas in Belgrade on Tuesday."
        ),
        {"Marko Lazic", "Ilona Farkas"},
        id="caption-tag-in-capitals",
    ),
    # A region is no name ('NATO Liaison Officer in South Caucasus'), and 'ARM' is
    # how the Armenian ministry writes its country before a title.
    pytest.param(
        (
            f"{_NOTE}Press Release\n\n"
            "William Lane, the alliance's Liaison Officer in South Caucasus, came to Yerevan"
            " for two days of talks.\n\n"
            "On May 3, Davit Harutyunyan, ARM First Deputy Defense Minister received William"
            " Lane."
        ),
        {"William Lane", "Davit Harutyunyan"},
        id="region-and-arm",
    ),
    # The US Secretary of Defense's second title (2025) is a post, not a name's word.
    pytest.param(
        (
            f"{_NOTE}SANTO DOMINGO - President Luis Medina met with U.S. Secretary of War"
            " Peter Harlan to strengthen cooperation on Tuesday."
        ),
        {"Luis Medina", "Peter Harlan"},
        id="secretary-of-war",
    ),
    # Sri Lankan officers' decorations after the name are no part of it.
    pytest.param(
        (
            f"{_NOTE}General Sunil Perera WWV RWP RSP VSV USP ndc psc, the Chief of Defence"
            " Staff, was among the guests of Korea's envoy, Ambassador Min-ji Park."
        ),
        {"Sunil Perera", "Min-ji Park"},
        id="decorations",
    ),
    # 'FM' and 'DPM' are titles, and so is 'Special Envoy' (not a name's words).
    pytest.param(
        (
            f"{_NOTE}ADDIS ABABA - DPM and FM Tesfaye Bekele meets with Special Envoy John"
            " Carter\n\n"
            "The two discussed the peace talks."
        ),
        {"Tesfaye Bekele", "John Carter"},
        id="fm-and-special-envoy",
    ),
    # 'LTG.' with its dot is Lieutenant General (and ends no sentence).
    pytest.param(
        (
            f"{_NOTE}MANAMA - Defense Minister Dan Levi held talks on Thursday with the"
            " Minister of Defense Affairs, H.E. LTG. Omar Bin Said Al Nasser."
        ),
        {"Dan Levi", "Omar Bin Said Al Nasser"},
        id="ltg-dotted",
    ),
    # 'Staff Officer' is a title: the head of a delegation named after it is read.
    pytest.param(
        (
            f"{_NOTE}ADEN - Yemen's Defence Minister, Lieutenant General Saleh Nasser, on"
            " Thursday received a military delegation from Egypt led by Staff Officer Ahmed"
            " Samir."
        ),
        {"Saleh Nasser", "Ahmed Samir"},
        id="staff-officer",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), NAMES)
def test_names(text: str, wanted: set[str], tmp_path: Path) -> None:
    assert names(read(text, tmp_path, date=_DATE)) == wanted


# Who met: (text, the participants of each meeting read).
WHO_MET = [
    # 'to NATO' between a post and the name: the envoy is read, and meets the one
    # the credentials were presented to.
    pytest.param(
        (
            f"{_NOTE}Freedonia's Permanent Representative to NATO Karel Novak has presented"
            " his credentials to the organisation's Secretary General, Jens Berg."
        ),
        [{"Karel Novak", "Jens Berg"}],
        id="permanent-representative-to-nato",
    ),
    # A headline in the present tense: 'A presents credentials to B'.
    pytest.param(
        (
            f"{_NOTE}Ambassador Karel Novak presents credentials to President Jens Berg\n\n"
            "The new envoy of Freedonia also met Foreign Minister Ana Vidal on Wednesday."
        ),
        [{"Karel Novak", "Jens Berg"}, {"Karel Novak", "Ana Vidal"}],
        id="presents-credentials",
    ),
    # 'went on to meet' is a meeting that took place.
    pytest.param(
        (
            f"{_NOTE}TOKYO, Nov. 8 - Japanese Defense Minister Kenji Mori met his U.S."
            " counterpart John Hale in Tokyo on Friday.\n\n"
            "After the talks, Hale went on to meet Japanese Prime Minister Hiroshi Sato."
        ),
        [{"Kenji Mori", "John Hale"}, {"John Hale", "Hiroshi Sato"}],
        id="went-on-to-meet",
    ),
    # 'visited with' is American usage for a meeting.
    pytest.param(
        (
            f"{_NOTE}Brigadier General Tom Baker met Colombian General Luis Mora in Bogota on"
            " Monday.\n\n"
            "Later in the trip, Baker visited with General Juan Rivas, the commander of the"
            " Chilean army, in Santiago on Tuesday."
        ),
        [{"Tom Baker", "Luis Mora"}, {"Tom Baker", "Juan Rivas"}],
        id="visited-with",
    ),
    # 'A and B met in Split on Thursday with C': C is met, past where and when,
    # though C's country is not read.
    pytest.param(
        (
            f"{_NOTE}Defence Minister Ivan Horvat and the Chief of the General Staff, Admiral"
            " Josip Kovac, met in Split on Thursday with the Commander of the Ohio National"
            " Guard, Major General Sam Miller, who is visiting Croatia this week."
        ),
        [{"Ivan Horvat", "Josip Kovac", "Sam Miller"}],
        id="met-in-a-city-with",
    ),
    # 'a separate meeting' with one who attended the first meeting is a meeting of
    # its own.
    pytest.param(
        (
            f"{_NOTE}TBILISI - General Carl Weber, who heads U.S. European Command, is in"
            " Tbilisi, where he talked with Prime Minister Irakli Beridze.\n\n"
            "The meeting was attended by Defense Minister Levan Kapanadze and the U.S."
            " Ambassador Kelly Dunn.\n\n"
            "On Friday General Weber had a separate meeting with the Defense Minister, at"
            " which Minister Kapanadze asked for more joint drills."
        ),
        # Those who attended the first meeting are drafted as its participants.
        [
            {"Carl Weber", "Irakli Beridze", "Levan Kapanadze", "Kelly Dunn"},
            {"Carl Weber", "Levan Kapanadze"},
        ],
        id="separate-meeting",
    ),
]


@pytest.mark.parametrize(("text", "met"), WHO_MET)
def test_who_met(text: str, met: list[set[str]], tmp_path: Path) -> None:
    result = draft(text, tmp_path, date=_DATE)
    assert sorted(participants(result), key=sorted) == sorted(
        (frozenset(m) for m in met), key=sorted
    )


def test_a_departments_words_are_no_name(tmp_path: Path) -> None:
    # 'Assistant Secretary for Strategic Assessments and Foreign Affairs, A I B': a
    # name the rules cannot read here (a bare middle initial after a comma) left the
    # department's last words read as a person, met by the one the sentence names.
    text = (
        f"{_NOTE}MANILA - The defence department's Assistant Secretary for Strategic"
        " Assessments and Foreign Affairs, Rosa I Lim, CESO III held talks with"
        " Singapore's Brigadier General Tan Wei Ming on Monday."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert "Tan Wei Ming" in found
    assert not any("Strategic" in name or "Assessments" in name for name in found)


def test_the_king_of_a_country_named_after_a_comma_meets(tmp_path: Path) -> None:
    # 'the King of Bahrain, A B': a royal style tied to a country, so the king is
    # read with his post, and his meeting is one of its own beside the prime
    # minister's.
    text = (
        f"{_NOTE}MANAMA - Defense Minister Dan Levi met the King of Bahrain, Faisal bin Omar"
        " Al Nasser, on Thursday. He also met the Prime Minister, Khalid bin Faisal Al"
        " Nasser."
    )
    result = draft(text, tmp_path, date=_DATE)
    assert sorted(participants(result), key=sorted) == sorted(
        [
            frozenset({"Dan Levi", "Faisal bin Omar Al Nasser"}),
            frozenset({"Dan Levi", "Khalid bin Faisal Al Nasser"}),
        ],
        key=sorted,
    )


# Days: (text, the article's day, each meeting's participants and day).
DAYS = [
    # 'the Ministry informs on Sunday' is the report's day: a visit's span in the
    # same sentence dates the talks, by its first day.
    pytest.param(
        (
            f"{_NOTE}Freedonia's Chief of Defence, General Dan Ionescu, was on a visit to Spain"
            " between June 4-6 at the invitation of his Spanish counterpart, Admiral Luis"
            " Ortega, the ministry informs on Sunday.\n\n"
            "Their talks dealt with air defence and training."
        ),
        "2023-06-11",
        {frozenset({"Dan Ionescu", "Luis Ortega"}): "2023-06-04"},
        id="informs-on-sunday",
    ),
    # A span whose end names its month again: 'from August 27 to August 31'.
    pytest.param(
        (
            f"{_NOTE}Officers of India's National Defence College spent five days in Nepal,"
            " from September 2 to September 6. Air Vice Marshal Ravi Kapoor, who led them,"
            " called on Nepal's Minister of Defence, Hari Thapa, a statement from the Indian"
            " Mission in Kathmandu said."
        ),
        "2023-09-06",
        {frozenset({"Ravi Kapoor", "Hari Thapa"}): "2023-09-02"},
        id="span-month-again",
    ),
    # A relative day spelt out in brackets: 'today (6 Oct 23)'.
    pytest.param(
        (
            f"{_NOTE}07th October 2023 17:04 Hours\n\n"
            "Korea's embassy marked its National Day with a dinner at a Colombo hotel today"
            " (6 Oct 23).\n\n"
            "General Sunil Perera, the Chief of Defence Staff, was among the guests of"
            " Ambassador Min-ji Park."
        ),
        "2023-10-07",
        {frozenset({"Sunil Perera", "Min-ji Park"}): "2023-10-06"},
        id="bracketed-day",
    ),
]


@pytest.mark.parametrize(("text", "date", "wanted"), DAYS)
def test_days(text: str, date: str, wanted: dict[frozenset[str], str], tmp_path: Path) -> None:
    assert days(draft(text, tmp_path, date=date)) == wanted


def test_a_statement_from_an_embassy_in_a_city_places_no_meeting_there(tmp_path: Path) -> None:
    # Kathmandu is where the mission that put the statement out sits; the text says
    # only that the visit was to Nepal.
    text = (
        f"{_NOTE}Officers of India's National Defence College spent five days in Nepal,"
        " from September 2 to September 6. Air Vice Marshal Ravi Kapoor, who led them,"
        " called on Nepal's Minister of Defence, Hari Thapa, a statement from the Indian"
        " Mission in Kathmandu said."
    )
    found = places(draft(text, tmp_path, date="2023-09-06"))
    assert found == {frozenset({"Ravi Kapoor", "Hari Thapa"}): "country:NP"}


def test_a_hostless_meeting_is_not_guessed_into_a_third_country(tmp_path: Path) -> None:
    # Both ministers' countries are read and neither hosts: the country the article
    # names most (Ukraine, a topic) is no place of their talks.
    text = (
        f"{_NOTE}More Canadian troops may come to the eastern flank, Polish Defence Minister"
        " Jan Nowak said after talks with his Canadian counterpart Bill Grant.\n\n"
        "Canadian engineers went to Poland in 2022 to train soldiers from Ukraine. Ukraine"
        " has asked for more such courses, and Ukraine's army has sent more troops."
    )
    assert places(draft(text, tmp_path, date=_DATE)) == {frozenset({"Jan Nowak", "Bill Grant"}): ""}


def test_a_phone_conversation_of_two_is_a_call_read_not_a_guess(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}Washington DC, 8 November 2024 (Invented): Defense Secretary Tom Hale of"
        " the United States and Brazilian Defense Minister Joao Ferreira recently had a"
        " phone conversation about joint training.\n\n"
        "Brazil has bought helicopters this year, and Brazil's navy plans to buy more."
    )
    result = draft(text, tmp_path, date=_DATE)
    assert places(result) == {frozenset({"Tom Hale", "Joao Ferreira"}): ""}
    (line,) = [x for x in result.text.splitlines() if x.startswith("# meeting of")]
    assert "talks held apart" in line and "a guess" not in line


def test_a_signing_of_an_earlier_century_is_recalled(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}MANILA - Captain Sak Boonmee of the Royal Thai Navy paid a courtesy call on"
        " Rear Admiral Jose Santos, the Philippine Navy's Chief of Naval Staff, on"
        " Wednesday.\n\n"
        "The two kingdoms' friendship goes back to March 3, 1950 through the signing of"
        ' a "Treaty of Amity."'
    )
    assert signings(draft(text, tmp_path, date=_DATE)) == []


def test_a_president_named_once_in_passing_is_no_person_of_the_draft(tmp_path: Path) -> None:
    # The president is named only as the one whose decision the visit follows; those
    # who met are drafted.
    text = (
        f"{_NOTE}LIMA, Nov. 8 - Peruvian Defence Minister Carla Rojas met Chilean Defence"
        " Minister Pedro Soto in Lima on Thursday.\n\n"
        "The visit follows the decision of President Arturo Vega to expand military ties"
        " in the region."
    )
    assert names(read(text, tmp_path, date=_DATE)) == {"Carla Rojas", "Pedro Soto"}


def test_the_visiting_ships_country_is_not_the_one_visited(tmp_path: Path) -> None:
    # 'the visiting Bangladesh ship' is Bangladesh's; its commander called on the host,
    # who is not of Bangladesh.
    text = (
        f"{_NOTE}The Commanding Officer of a visiting Bangladesh ship, Commander Rafiq Alam,"
        " on Monday called on Rear Admiral Nimal Perera, the Commander Eastern Naval Area,"
        " at his office in the port.\n\n"
        "The ship will take part in an exercise with the Sri Lanka Navy before it leaves."
    )
    reading = read(text, tmp_path, date=_DATE)
    assert countries(reading, "Nimal Perera") != {"BD"}
    assert countries(reading, "Rafiq Alam") != {"LK"}
