"""kg extract, session 26: meetings, names and days read wrong in the session's
real-news tuning set, each on a short invented article (our own words, invented
people; not news)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .drafts import countries, days, draft, names, participants, places, read, signings

_DATE = "2025-03-14"
_NOTE = "(Invented test article for kg extract; not news.)\n\n"


# Who met whom: (text, each drafted meeting's participants).
WHO_MET = [
    # Two persons named together before a verb of talks other than 'discussed'.
    pytest.param(
        (
            f"{_NOTE}RABAT - Moroccan Foreign Minister Karim Alaoui received Gambian Foreign"
            " Minister Fatou Ceesay on Monday.\n\n"
            "Moroccan Defence Minister Omar Bennani and Senegalese General Moussa Diallo on"
            " Tuesday reaffirmed the close ties of their armed forces."
        ),
        [{"Karim Alaoui", "Fatou Ceesay"}, {"Omar Bennani", "Moussa Diallo"}],
        id="pair-reaffirmed",
    ),
    # 'The meetings with A, B and C took place': the last sentence's subject met
    # each of them; the 'he' of the next sentence is still that subject.
    pytest.param(
        (
            f"{_NOTE}ANKARA - Ruritanian Foreign Minister Emre Kaya held separate meetings"
            " with his counterparts from the region in Izmir, the ministry said.\n\n"
            "The meetings with Moldovan Foreign Minister Ana Rusu, Slovak Foreign Minister"
            " Peter Kovac and Maltese Foreign Minister Claire Vella took place on Friday.\n\n"
            "He also met his Latvian counterpart Janis Ozols."
        ),
        [
            {"Emre Kaya", "Ana Rusu"},
            {"Emre Kaya", "Peter Kovac"},
            {"Emre Kaya", "Claire Vella"},
            {"Emre Kaya", "Janis Ozols"},
        ],
        id="the-meetings-with",
    ),
    # A name owned by its country with no title ('Chile's A B') is a person.
    pytest.param(
        (
            f"{_NOTE}SANTIAGO - Chile's Rodrigo Fuentes met Peru's Alicia Quispe in"
            " Valparaiso on Wednesday, the defence ministry said."
        ),
        [{"Rodrigo Fuentes", "Alicia Quispe"}],
        id="country-possessive",
    ),
]


@pytest.mark.parametrize(("text", "met"), WHO_MET)
def test_who_met(text: str, met: list[set[str]], tmp_path: Path) -> None:
    result = draft(text, tmp_path, date=_DATE)
    assert sorted(participants(result), key=sorted) == sorted(
        (frozenset(m) for m in met), key=sorted
    )


def test_a_name_after_a_countrys_possessive_holds_a_post_of_that_country(
    tmp_path: Path,
) -> None:
    text = (
        f"{_NOTE}SANTIAGO - Chile's Rodrigo Fuentes met Peru's Alicia Quispe in"
        " Valparaiso on Wednesday, the defence ministry said."
    )
    reading = read(text, tmp_path, date=_DATE)
    assert countries(reading, "Rodrigo Fuentes") == {"CL"}
    assert countries(reading, "Alicia Quispe") == {"PE"}


def test_no_name_after_a_possessive_where_a_title_or_body_stands(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}LIMA - Peru's Defence Minister Alicia Quispe received Chile's Army"
        " Commander, General Rodrigo Fuentes, on Wednesday, Chile's Joint Staff said."
    )
    assert names(read(text, tmp_path, date=_DATE)) == {"Alicia Quispe", "Rodrigo Fuentes"}


_VISIT = (
    f"{_NOTE}General Dana Brooks, who heads U.S. Southern Command, met with Belizean"
    " President Carlos Ayuso during a visit to Belize Oct. 22-24.\n\n"
)


def test_a_months_abbreviation_after_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    text = _VISIT + "Brooks' meeting with President Ayuso Oct. 23 dealt with coastal security."
    assert names(read(text, tmp_path, date="2024-10-25")) == {"Dana Brooks", "Carlos Ayuso"}


# The visit's span gives the meeting its first day; the meeting told again with a
# day of its own takes that day if it lies in the span, not before it.
@pytest.mark.parametrize(
    ("retold", "day"),
    [
        ("Brooks' meeting with President Ayuso Oct. 23 dealt with coastal security.", "2024-10-23"),
        (
            "Brooks' first meeting with President Ayuso, on Oct. 2, had prepared the visit.",
            "2024-10-22",
        ),
    ],
    ids=["inside-the-span", "before-it"],
)
def test_a_meeting_retold_with_its_day(retold: str, day: str, tmp_path: Path) -> None:
    result = draft(_VISIT + retold, tmp_path, date="2024-10-25")
    assert days(result) == {frozenset({"Dana Brooks", "Carlos Ayuso"}): day}


def test_talks_by_video_link_are_a_call_with_no_place(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}Ruritania's air force chief, General Wei Ming, talked with the Thai air"
        " chief, Air Chief Marshal Somchai Boonma, over a video link on March 12, 2025.\n\n"
        "Pilot training and a joint exercise next year were on the agenda."
    )
    assert places(draft(text, tmp_path, date=_DATE)) == {
        frozenset({"Wei Ming", "Somchai Boonma"}): ""
    }


# Places: (text, each meeting's participants and place).
PLACES = [
    # A call at the host's ministry, filed by an agency of the guest's country from
    # home: the ministry's country, not the dateline's city.
    pytest.param(
        (
            f"{_NOTE}KARACHI, Mar 11 (PNA): Admiral Tariq Hassan, the Pakistani naval chief,"
            " on Tuesday called on Defence Secretary General Ruwan Silva at the Sri Lankan"
            " Ministry of Defence.\n\n"
            "Matters of mutual interest were discussed, said a navy release received here."
        ),
        {frozenset({"Tariq Hassan", "Ruwan Silva"}): "country:LK"},
        id="at-the-hosts-ministry",
    ),
    # A city named only in an envoy's title ('ambassador to Budapest') is no place.
    pytest.param(
        (
            f"{_NOTE}On 3 March, Defence Minister Dr. Gabor Kiss received in his office"
            " Ion Munteanu, Moldova's ambassador to Budapest, on a courtesy call."
        ),
        {frozenset({"Gabor Kiss", "Ion Munteanu"}): "country:HU"},
        id="envoys-seat",
    ),
    # So is the city of a country's mission ('the Ambassador of Ruritania in
    # Bucharest'); 'at the headquarters of the Ministry' is the host's.
    pytest.param(
        (
            f"{_NOTE}Defence Minister Mihai Popa received Selin Arslan, the Ambassador of"
            " Turkey in Bucharest, at the Ministry of National Defence headquarters on"
            " Monday."
        ),
        {frozenset({"Mihai Popa", "Selin Arslan"}): "country:RO"},
        id="missions-city",
    ),
    # But a meeting at a mission in a city ('at the Embassy of Greece in Washington')
    # is in that city.
    pytest.param(
        (
            f"{_NOTE}On December 4, during his working visit to the United States, Armenian"
            " Defence Minister Aram Sargsyan met with Greek Defence Minister Petros Vlachos at"
            " the Embassy of Greece in Washington."
        ),
        {frozenset({"Aram Sargsyan", "Petros Vlachos"}): "place:washington"},
        id="at-a-mission",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), PLACES)
def test_places(text: str, wanted: dict[frozenset[str], str], tmp_path: Path) -> None:
    assert places(draft(text, tmp_path, date=_DATE)) == wanted


# Names: (text, the persons read).
NAMES = [
    # A country right after a title opens no name of three words: it is the
    # title's country ('Israel Katz' stays a name of two).
    pytest.param(
        (
            f"{_NOTE}Armed Forces Commander General Budi Santoso met the Chief of the Defence"
            " Force Australia Neil Harper in Jakarta on Wednesday."
        ),
        {"Budi Santoso", "Neil Harper"},
        id="title-country-before-name",
    ),
    # A unit's words before its commander's name are no part of it.
    pytest.param(
        (
            f"{_NOTE}In Norfolk on May 17, 2024, Minister Hamad Al-Mansouri held talks with the"
            " Commander of the Naval Special Warfare Group Kevin Dorsey."
        ),
        {"Hamad Al-Mansouri", "Kevin Dorsey"},
        id="unit-words",
    ),
    # Nor is a coast guard's name a person.
    pytest.param(
        (
            f"{_NOTE}Admiral Faisal Qureshi called on the Commander Bahrain Coast Guards, Major"
            " General Ali Saleh Al Mannai, on Tuesday."
        ),
        {"Faisal Qureshi", "Ali Saleh Al Mannai"},
        id="coast-guards",
    ),
    # A rank of two words in lower case, as news in translation writes it.
    pytest.param(
        (
            f"{_NOTE}PRISTINA - On a visit to Kosovo, general major Arben Lika of the Albanian"
            " Armed Forces held talks with general major Driton Berisha on Tuesday."
        ),
        {"Arben Lika", "Driton Berisha"},
        id="lower-case-rank",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), NAMES)
def test_names(text: str, wanted: set[str], tmp_path: Path) -> None:
    assert names(read(text, tmp_path, date=_DATE)) == wanted


# A signing told with no time of its own right after a sentence set in an earlier
# year is that year's, recalled; one with its own day is not.
_COMMITTEE = (
    f"{_NOTE}DOHA, Jan 12 - General Emre Yildiz, Chief of the Turkish General Staff, and"
    " Qatari Chief of Staff Lieutenant General Nasser Al Kuwari co-chaired the committee's"
    " session in Doha on Wednesday.\n\n"
    "The committee's fourth session was held in 2019 in Ankara. {signed}"
)


@pytest.mark.parametrize(
    ("signed", "wanted"),
    [
        ("Both countries signed 6 agreements, witnessed by their leaders.", []),
        (
            "On Wednesday both countries signed an agreement on training.",
            [({"Emre Yildiz", "Nasser Al Kuwari"}, "2023-01-11")],
        ),
    ],
    ids=["recalled", "its-own-day"],
)
def test_a_signing_after_a_sentence_of_an_earlier_year(
    signed: str, wanted: list[tuple[set[str], str]], tmp_path: Path
) -> None:
    result = draft(_COMMITTEE.format(signed=signed), tmp_path, date="2023-01-12")
    assert signings(result) == wanted
