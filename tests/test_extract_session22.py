"""kg extract, session 22: names, days, countries and guessed meetings read wrong
in the session's real-news tuning sets, each on a short invented article (our own
words, invented people; not news): words read into names or read as names
(particles, months, 'Rtd', services, bodies, places, styles), nicknames and
surnames, days written the way US forces' releases write them, the last guess of
a meeting, a coast guard's ranks, and whose country a title or a list tells."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.dates import event_date

from .drafts import countries, draft, names, participants, person, places, read

_DATE = "2024-11-03"
_NOTE = "(Invented test article for kg extract; not news.)\n\n"


# Names read from short articles: (text, names read, names not read, words no name
# read may hold).
NAMES_READ = [
    # 'la' after 'de' is a particle: the surname is no given name's end.
    pytest.param(
        (
            f"{_NOTE}SANTIAGO, Nov. 3 - Ruritanian Deputy Defence Minister Mateo de la Fuente"
            " welcomed Freedonian Defence Minister Ivo Krall in Santiago on Friday."
            " Later Minister de la Fuente and his guest visited a naval base."
        ),
        {"Mateo de la Fuente"},
        {"Mateo"},
        (),
        id="de-la",
    ),
    # A month after a title is no name.
    pytest.param(
        (
            f"{_NOTE}While receiving the credentials of the Ambassador of Freedonia, Mr Ivo"
            " Krall, at the Office of the President November 1, President Dr Alma Varga said"
            " Ruritania valued its friends."
        ),
        {"Ivo Krall", "Alma Varga"},
        {"November"},
        (),
        id="month",
    ),
    # 'Rtd' (retired) after a rank.
    pytest.param(
        (
            f"{_NOTE}STRELSAU, Nov. 3 - Deputy Defence Minister Col Rtd KB Marlow received the"
            " Ambassador of Freedonia, Ivo Krall, at the Ministry of Defence on Friday."
        ),
        {"KB Marlow"},
        set(),
        ("Rtd",),
        id="rtd",
    ),
    # A service before a rank.
    pytest.param(
        (
            f"{_NOTE}MIAMI, Nov. 3 - Ruritanian Prime Minister Alma Varga toured Southern"
            " Command on Friday and held talks with SOUTHCOM Commander Marine Gen. Ivo L."
            " Krall and his staff."
        ),
        {"Ivo L. Krall"},
        {"Marine"},
        (),
        id="marine",
    ),
    # A body's words read before a name.
    pytest.param(
        (
            f"{_NOTE}KAMPALA, Nov. 3 - Friday's session was led jointly by Kigali's Inspector"
            " General of Rwanda National Police Anton K. Brel and his Ugandan counterpart Ivo"
            " Krall."
        ),
        {"Anton K. Brel"},
        set(),
        ("Police",),
        id="body",
    ),
    # A region's adjective read as a person.
    pytest.param(
        (
            f"{_NOTE}Mr. Ivo Krall, Eastern Regional Minister of Cote d\u2019Ivoire, said so as he"
            " took a 30-strong team across the border to Sunyani, to confer with the Western"
            " Regional Minister, Mr. Paul Osei."
        ),
        set(),
        set(),
        ("Regional",),
        id="region",
    ),
    # A caption's credit after a name.
    pytest.param(
        (
            f"{_NOTE}From left, Ruritanian Defence Minister Karel Vondra and Freedonian Foreign"
            " Minister Ivo Krall Photo: Ministry of Defence\n\nRuritanian Defence Minister Karel"
            " Vondra met Freedonian Foreign Minister Ivo Krall in Strelsau on Friday."
        ),
        {"Ivo Krall"},
        set(),
        ("Photo",),
        id="photo",
    ),
    # 'Visiting' before a title.
    pytest.param(
        (
            "Visiting Deputy head of staff of British Army Lieutenant General Ivo Krall paid a"
            " courtesy call on Nepal's Army chief General Karel Vondra in Kathmandu on"
            f" Friday.\n\n{_NOTE}"
        ),
        {"Ivo Krall", "Karel Vondra"},
        set(),
        ("Visiting",),
        id="visiting",
    ),
    # Maori 'te' and Arabic 'eş' inside names.
    pytest.param(
        (
            f"{_NOTE}NUKU'ALOFA, Nov. 3 - The Freedonian delegation, Prime Minister Ivo Krall,"
            " Minister Aroha te Rangi and Defence Minister Necmi e\u015f-\u015eahin, met King"
            " Karel Vondra on Friday."
        ),
        {"Aroha te Rangi", "Necmi e\u015f-\u015eahin"},
        {"Aroha", "Necmi"},
        (),
        id="te-es",
    ),
    # A palace after 'received at the'.
    pytest.param(
        (
            f"{_NOTE}KHARTOUM, Nov. 3 - The head of the council, Lt. Gen. Omar Nabil, Sunday"
            " hosted at the Republican Palace, the new Saudi envoy, Ali bin Hassan Qasim."
        ),
        {"Omar Nabil", "Ali bin Hassan Qasim"},
        set(),
        ("Palace",),
        id="palace",
    ),
    # A Swiss minister's style.
    pytest.param(
        (
            f"{_NOTE}BERN, Nov. 3 - Admiral Ivo Krall, chairman of the alliance's military"
            " committee, met Federal Councillor Anna Vogel in Bern on Friday."
        ),
        {"Anna Vogel"},
        set(),
        ("Councillor",),
        id="councillor",
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted", "words"), NAMES_READ)
def test_names_read(
    text: str, wanted: set[str], unwanted: set[str], words: tuple[str, ...], tmp_path: Path
) -> None:
    found = names(read(text, tmp_path, date=_DATE))
    assert wanted <= found
    assert not unwanted & found
    assert not [name for name in found if any(word in name.split() for word in words)]


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


# A letter of credence is presented by hand: no talks held apart.
CREDENCE = (
    "New envoy of Freedonia keen to work with Ruritania\n\n"
    f"{_NOTE}The new Freedonian High Commissioner to Ruritania is keen to work with the"
    " government on trade and defence.\n\n"
    "High Commissioner Ivo Krall presented his Letter of Credence, duly signed by the"
    " Governor-General of Australia, to President Karel Vondra of Fiji this morning.\n\n"
    "President Karel Vondra congratulated High Commissioner Krall on his appointment.\n"
)
# Talks ahead that name neither principal person put no meeting of theirs ahead.
AHEAD_OF_OTHERS = (
    f"{_NOTE}LUSAKA, Nov. 3 -- Freedonian Ambassador to Zambia Ivo Krall gave twenty"
    " computers to Etambuyu Vondra, permanent secretary at the Zambian Ministry of Foreign"
    " Affairs, on Friday.\n\n"
    "He noted that Freedonia will continue dialogue and cooperation with developing"
    " countries.\n"
)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        pytest.param(CREDENCE, {"Ivo Krall", "Karel Vondra"}, id="credence"),
        pytest.param(
            CREDENCE.replace("presented his Letter of Credence", "sent a letter"),
            None,
            id="letter-sent",
        ),
        pytest.param(AHEAD_OF_OTHERS, {"Ivo Krall", "Etambuyu Vondra"}, id="ahead-of-others"),
        pytest.param(
            AHEAD_OF_OTHERS.replace("He noted that Freedonia", "Krall noted that Freedonia"),
            None,
            id="ahead-of-one-of-them",
        ),
    ],
)
def test_the_last_guess(text: str, met: set[str] | None, tmp_path: Path) -> None:
    result = draft(text, tmp_path, date=_DATE)
    assert participants(result) == ([frozenset(met)] if met else [])
    assert all(m.guessed for m in result.findings.meetings)


def test_a_coast_guard_captain_is_on_the_navy_ladder(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}MANILA, Nov. 3 - Philippine Coast Guard spokesperson Captain Ramon Dela"
        " Cruz met the visiting commander of the Freedonian navy, Rear Admiral Ivo Krall,"
        " in Manila on Friday."
    )
    reading = read(text, tmp_path, date=_DATE)
    assert reading.one(person(reading, "Ramon Dela Cruz"), "hasRank") == "rank:nato-navy.captain"


def test_a_mission_in_a_country_does_not_place_the_talks(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}BRUSSELS, Nov. 3 - Alliance Secretary General Ivo Krall met with President"
        " of Ruritania Karel Vondra at the alliance's headquarters today, praising"
        " Ruritania's contribution to the peacekeeping mission in Mali."
    )
    assert set(places(draft(text, tmp_path, date=_DATE)).values()) == {"place:brussels"}


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # 'He' inside a sentence before a name is a surname.
        pytest.param(
            (
                f"{_NOTE}PHNOM PENH, Nov. 3 (Xinhua) -- Cambodian Prime Minister Sok Vanna met"
                " with He Lianjun, a visiting general of China's armed forces, in the capital on"
                " Friday. He said the two armies were close friends."
            ),
            {"Sok Vanna", "He Lianjun"},
            id="he-surname",
        ),
        # A nickname in single quotes is no part of the name,
        pytest.param(
            (
                f"{_NOTE}JAKARTA, Nov. 3 - President Budi \u2018Budiwi\u2019 Santoso received"
                " Ruritanian Defence Minister Karel Vondra at the Merdeka Palace on Friday."
            ),
            {"Budi Santoso", "Karel Vondra"},
            id="nickname-in-quotes",
        ),
        # and a later mention by it alone is the same person.
        pytest.param(
            (
                f"{_NOTE}JAKARTA, Nov. 3 - President Budi \u2018Budiwi\u2019 Santoso received"
                " Ruritanian Defence Minister Karel Vondra at the Merdeka Palace on Friday.\n\n"
                "President Budiwi said that he might visit Ruritania next year.\n"
            ),
            {"Budi Santoso", "Karel Vondra"},
            id="nickname-alone-later",
        ),
    ],
)
def test_who_met(text: str, met: set[str], tmp_path: Path) -> None:
    result = draft(text, tmp_path, date=_DATE)
    assert participants(result) == [frozenset(met)]
    assert names(read(text, tmp_path, date=_DATE)) == met


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        # Countries before a possessive go to the names in order.
        pytest.param(
            (
                f"{_NOTE}NICOSIA, Nov. 3 - Cyprus and Lebanon\u2019s Defence Ministers Andreas"
                " Kallis and Samir Haddad signed a military cooperation programme in Nicosia on"
                " Friday."
            ),
            {"Andreas Kallis": {"CY"}, "Samir Haddad": {"LB"}},
            id="possessive",
        ),
        # Kosovo is a country (XK).
        pytest.param(
            (
                f"{_NOTE}SKOPJE, Nov. 3 - Defence Minister Karel Vondra met with Freedonian"
                " Ambassador Ivo Krall and Kosovo Ambassador Ilir Berisha on Friday."
            ),
            {"Ilir Berisha": {"XK"}},
            id="kosovo",
        ),
        # One of two countries joined by 'and' tells no title holder's.
        pytest.param(
            (
                f"{_NOTE}BUCHAREST, Nov. 3 - Defence ties between Romania and Slovakia were the"
                " subject of the talks that Defence Minister Ion Popa held in Bucharest on Friday"
                " with the newly arrived Slovak envoy, Ambassador Karol Novak."
            ),
            {"Ion Popa": {"RO"}, "Karol Novak": {"SK"}},
            id="one-of-a-pair",
        ),
    ],
)
def test_whose_country(text: str, theirs: dict[str, set[str]], tmp_path: Path) -> None:
    reading = read(text, tmp_path, date=_DATE)
    assert {name: countries(reading, name) for name in theirs} == theirs
