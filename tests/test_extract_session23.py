"""kg extract, session 23: days and places of meetings read wrong in the session's
real-news tuning set, each on a short invented article (our own words, invented
people; not news)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .drafts import draft, participants, person, places, read

_DATE = "2024-11-03"
_NOTE = "(Invented test article for kg extract; not news.)\n\n"


# Days of meetings: (text, the meetings' days in the draft's order).
DAYS = [
    # A meeting with no day of its own during a visit takes the visit's first day,
    # the arrival's, not the article's.
    pytest.param(
        (
            f"{_NOTE}STRELSAU, Nov. 3 - Freedonian President Ivo Krall arrived in Strelsau on"
            " Friday for a two-day state visit to Ruritania.\n\n"
            "Ruritanian President Alma Varga held talks with President Krall at the"
            " presidential palace, where the two discussed trade and border security."
        ),
        ["2024-11-01"],
        id="arrival",
    ),
    # Talks held over a span of days three weeks before the release take its first.
    pytest.param(
        (
            f"{_NOTE}Ruritania and Freedonia hold staff talks\n\n"
            "The air forces of Ruritania and Freedonia held their annual staff talks in"
            " Strelsau from October 14 to 16.\n\n"
            "Major General Alma Varga and Major General Ivo Krall, who led the two"
            " delegations, held talks on training and maintenance."
        ),
        ["2024-10-14"],
        id="span-three-weeks-back",
    ),
]


@pytest.mark.parametrize(("text", "days"), DAYS)
def test_days(text: str, days: list[str], tmp_path: Path) -> None:
    meetings = draft(text, tmp_path, date=_DATE).findings.meetings
    assert [m.date for m in meetings] == days


# Who met: (text, the participants of the one meeting read).
WHO_MET = [
    # 'During talks with B, A said ...': the speaker met B; what he said lies ahead
    # only in his words, and a signing he tells of leaves the talks read.
    pytest.param(
        (
            f"{_NOTE}STRELSAU, Nov. 3 - Freedonian Defence Minister Ivo Krall paid an"
            " official visit to Ruritania this week.\n\n"
            "During talks with Minister Krall after a welcome ceremony in Strelsau on"
            " November 1, Ruritanian Defence Minister Alma Varga said the two sides will"
            " deepen their defence ties and that the plan signed last year had served them"
            " well."
        ),
        {"Ivo Krall", "Alma Varga"},
        id="during-talks-with-said",
    ),
    pytest.param(
        (
            f"{_NOTE}STRELSAU, Nov. 3 - Freedonian Defence Minister Ivo Krall paid an"
            " official visit to Ruritania this week.\n\n"
            "During talks with Minister Krall after a welcome ceremony in Strelsau on"
            " November 1, Ruritanian Defence Minister Alma Varga praised the growing"
            " defence ties between the two countries."
        ),
        {"Ivo Krall", "Alma Varga"},
        id="during-talks-with-praised",
    ),
]


@pytest.mark.parametrize(("text", "met"), WHO_MET)
def test_who_met(text: str, met: set[str], tmp_path: Path) -> None:
    result = draft(text, tmp_path, date=_DATE)
    assert participants(result) == [frozenset(met)]
    assert not any(m.guessed for m in result.findings.meetings)


# Talks ahead in a person's own quoted words put no meeting of the two ahead.
QUOTED_AHEAD = (
    f"{_NOTE}LUSAKA, Nov. 3 -- Freedonian Ambassador to Zambia Ivo Krall gave twenty"
    " computers to Etambuyu Vondra, permanent secretary at the Zambian Ministry of Foreign"
    " Affairs, on Friday.\n\n"
    "\u201cFreedonia will continue its dialogue and cooperation with Zambia,\u201d Krall"
    " told the guests.\n"
)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        pytest.param(QUOTED_AHEAD, {"Ivo Krall", "Etambuyu Vondra"}, id="quoted-ahead"),
        pytest.param(
            QUOTED_AHEAD.replace("\u201cFreedonia", "Krall said Freedonia").replace(
                ",\u201d Krall told the guests", ""
            ),
            None,
            id="told-ahead",
        ),
    ],
)
def test_the_last_guess(text: str, met: set[str] | None, tmp_path: Path) -> None:
    result = draft(text, tmp_path, date=_DATE)
    assert participants(result) == ([frozenset(met)] if met else [])
    assert all(m.guessed for m in result.findings.meetings)


# Talks by telephone or video are drafted as a meeting with no place: (text, the
# meeting's participants, its place, "" for none).
CALLS = [
    pytest.param(
        (
            f"{_NOTE}OSLO, Nov. 3 - Norwegian Defence Minister Alma Varga held a telephone"
            " conversation with Freedonian Defence Minister Ivo Krall on Friday, the"
            " ministry in Oslo said.\n\n"
            "The two discussed the border and a joint exercise planned for the spring."
        ),
        {"Alma Varga", "Ivo Krall"},
        "",
        id="telephone",
    ),
    # A sentence of talks held apart that names neither keeps the guessed meeting,
    # with no place.
    pytest.param(
        (
            f"{_NOTE}SEOUL, Nov. 3 - South Korea's and Freedonia's highest-ranking officers"
            " held phone talks on Friday about the alliance, the joint staff said.\n\n"
            "General Alma Varga, chairman of the South Korean joint chiefs, and General Ivo"
            " Krall, the Freedonian chief of defence, agreed to keep close contact."
        ),
        {"Alma Varga", "Ivo Krall"},
        "",
        id="guessed-call",
    ),
    # A headline of video talks: the talks the article goes on to tell were a call.
    pytest.param(
        (
            "Ruritanian defence minister holds video talks with Freedonian counterpart\n\n"
            f"{_NOTE}OSLO, Nov. 3 -- Norwegian Defence Minister Alma Varga said on Friday that"
            " her country's military was ready to deepen its ties with the Freedonian armed"
            " forces, in talks with Freedonian Defence Minister Ivo Krall.\n\n"
            "Krall said the two militaries would broaden training exchanges and visits."
        ),
        {"Alma Varga", "Ivo Krall"},
        "",
        id="video-headline",
    ),
    # 'Phone' as a given name tells of no call.
    pytest.param(
        (
            f"{_NOTE}OSLO, Nov. 3 - Ruritanian Defence Minister Phone Kyaw met Freedonian"
            " Defence Minister Ivo Krall in Oslo on Friday."
        ),
        {"Phone Kyaw", "Ivo Krall"},
        "place:oslo",
        id="phone-a-name",
    ),
]


@pytest.mark.parametrize(("text", "met", "place"), CALLS)
def test_calls(text: str, met: set[str], place: str, tmp_path: Path) -> None:
    result = draft(text, tmp_path, date=_DATE)
    assert places(result) == {frozenset(met): place}
    (meeting,) = result.findings.meetings
    assert meeting.by_call == (not place)


def test_a_host_receives_a_list_of_guests_of_different_countries_one_by_one(
    tmp_path: Path,
) -> None:
    # 'A received B, <post>; C, <post>; and D, <post>' of three other countries: a
    # meeting with each, as 'A met ...' such a list already was (round 6).
    text = (
        f"{_NOTE}ABU DHABI, Nov. 3 - Emirati Defence Under-Secretary Omar Haddad received"
        " on Friday General Ivo Krall, Chief of Defence of Italy; Karel Vondra, Deputy"
        " Defence Minister of Kazakhstan; and General Alma Varga, Commander of the"
        " Algerian Air Force, on the sidelines of the defence exhibition."
    )
    assert set(participants(draft(text, tmp_path, date=_DATE))) == {
        frozenset({"Omar Haddad", guest}) for guest in ("Ivo Krall", "Karel Vondra", "Alma Varga")
    }


@pytest.mark.parametrize(
    ("visit", "place"),
    [
        pytest.param("Mr Krall is visiting Bulgaria at", "country:BG", id="is-visiting"),
        # 'the visiting <demonym> minister' names the visitor's own country: no visit
        # told, and the guess stands. (A deputy prime minister: a prime minister
        # receives at home, session 28.)
        pytest.param("The visiting Greek minister came at", "country:GR", id="adjective"),
    ],
)
def test_a_visit_told_after_the_meeting_places_it(visit: str, place: str, tmp_path: Path) -> None:
    text = (
        f"{_NOTE}Cooperation between Bulgaria and Greece is key for the region, caretaker"
        " Deputy Prime Minister Alma Varga said during a meeting with Greece's Defence Minister Ivo"
        " Krall on Thursday.\n\n"
        f"{visit} the invitation of his counterpart."
    )
    assert places(draft(text, tmp_path, date=_DATE)) == {
        frozenset({"Alma Varga", "Ivo Krall"}): place
    }


def test_a_visit_places_a_meeting_with_a_host_whose_country_is_read_later(
    tmp_path: Path,
) -> None:
    # The host's country is known only once the visit is read (kg.extract.visit_side):
    # the meeting goes to the one country visited all the same, not the guest's.
    text = (
        f"{_NOTE}Greek Defence Minister Ivo Krall arrived in Bulgaria on Thursday.\n\n"
        "Krall said after his talks with caretaker Prime Minister Alma Varga that the two"
        " countries would train together."
    )
    assert places(draft(text, tmp_path, date=_DATE)) == {
        frozenset({"Alma Varga", "Ivo Krall"}): "country:BG"
    }


def test_an_honorific_inside_a_run_of_capitalised_words_opens_the_name(
    tmp_path: Path,
) -> None:
    # A long title with commas runs on into the name: the honorific starts it.
    text = (
        f"{_NOTE}RABAT, Nov. 3 - The Minister of Foreign Affairs, African Cooperation and"
        " Ruritanian Expatriates Mr. Ivo Krall and the Minister for External Relations,"
        " Trade and Freedonians Abroad Mr. Karel Vondra restated on"
        " Wednesday in Rabat the wish of both governments to work together.\n\n"
        "Mr. Krall and Vondra also signed a memorandum on visas."
    )
    assert {p.name for p in draft(text, tmp_path, date=_DATE).findings.persons} == {
        "Ivo Krall",
        "Karel Vondra",
    }


# Words read into names: (text, names read, words no name read may hold).
NAMES_READ = [
    pytest.param(
        (
            "Ruritanian Chief of General Staff Hands Over Presidency to Freedonian Counterpart"
            f"\n\n{_NOTE}STRELSAU, Nov. 3 - Ruritanian Chief of the General Staff General Alma"
            " Varga met Freedonian Chief of the General Staff General Ivo Krall in Strelsau"
            " on Friday."
        ),
        {"Alma Varga", "Ivo Krall"},
        ("Hands", "Over"),
        id="headline-verb",
    ),
    pytest.param(
        (
            f"{_NOTE}ABU DHABI, Nov. 3 - Emirati Chief of Staff Lt Genl Omar Haddad received"
            " Military Adviser to the Freedonian Minister of Defence Major General Eng. Ivo"
            " Krall on Friday."
        ),
        {"Omar Haddad", "Ivo Krall"},
        ("Genl", "Eng"),
        id="genl-eng",
    ),
    # 'di' inside a surname; a body's noun before a name.
    pytest.param(
        (
            f"{_NOTE}ROME, Nov. 3 - The Freedonian defence minister Ivo Krall met with his"
            " Italian counterpart Marco Rossi di Valdena on Friday, with the Chairman of the"
            " High Council for National Reconciliation Karel Vondra also present."
        ),
        {"Ivo Krall", "Marco Rossi di Valdena", "Karel Vondra"},
        ("Reconciliation",),
        id="di-reconciliation",
    ),
]


@pytest.mark.parametrize(("text", "wanted", "words"), NAMES_READ)
def test_names_read(text: str, wanted: set[str], words: tuple[str, ...], tmp_path: Path) -> None:
    found = {p.name for p in draft(text, tmp_path, date=_DATE).findings.persons}
    assert found == wanted
    assert not any(w in name.split() for name in found for w in words)


def test_genl_is_general(tmp_path: Path) -> None:
    reading = read(str(NAMES_READ[1].values[0]), tmp_path, date=_DATE)
    rank = reading.one(person(reading, "Omar Haddad"), "hasRank")
    assert rank == "rank:nato-army.lieutenant-general"
