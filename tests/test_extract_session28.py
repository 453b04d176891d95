"""kg extract, session 28: persons, meetings, days and places read wrong in the
session's real-news tuning set, each on a short invented article (our own words,
invented people; not news)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.findings import paragraphs

from .drafts import countries, days, draft, names, participants, places, read

_DATE = "2025-05-20"
_NOTE = "(Invented test article for kg extract; not news.)\n\n"


# Counterparts in the plural before a list of names: (text, each name's country,
# the meetings drafted).
COUNTERPARTS = [
    # The demonyms before 'counterparts' give the countries in the list's order.
    pytest.param(
        (
            f"{_NOTE}HELSINKI - Finnish Defence Minister Aino Lahti met her Swedish and"
            " Norwegian counterparts Erik Lund and Ola Berg in Helsinki on Monday to discuss"
            " air defence."
        ),
        {"Aino Lahti": {"FI"}, "Erik Lund": {"SE"}, "Ola Berg": {"NO"}},
        [{"Aino Lahti", "Erik Lund", "Ola Berg"}],
        id="demonyms-before",
    ),
    # A country after each name, the list after a comma.
    pytest.param(
        (
            f"{_NOTE}Greek Foreign Minister Petros Nikolaou held a trilateral meeting with his"
            " counterparts, Ahmad Rahimi of Jordan and Omar Farid of Egypt, in Athens on"
            " Monday."
        ),
        {"Petros Nikolaou": {"GR"}, "Ahmad Rahimi": {"JO"}, "Omar Farid": {"EG"}},
        [{"Petros Nikolaou", "Ahmad Rahimi", "Omar Farid"}],
        id="country-after-each",
    ),
]


@pytest.mark.parametrize(("text", "wanted", "met"), COUNTERPARTS)
def test_counterparts_in_the_plural(
    text: str, wanted: dict[str, set[str]], met: list[set[str]], tmp_path: Path
) -> None:
    reading = read(text, tmp_path, date=_DATE)
    assert {name: countries(reading, name) for name in wanted} == wanted
    assert participants(draft(text, tmp_path, date=_DATE)) == [frozenset(m) for m in met]


def test_counterparts_with_no_country_meet_the_subject_together(tmp_path: Path) -> None:
    # Each of another country, as counterparts are, yet one meeting: curators read
    # 'met his counterparts B and C' as talks of the three.
    text = (
        f"{_NOTE}Polish Defence Minister Jan Nowak received his counterparts Karl Weber and"
        " Luc Martin in Warsaw on Monday."
    )
    result = draft(text, tmp_path, date=_DATE)
    assert participants(result) == [frozenset({"Jan Nowak", "Karl Weber", "Luc Martin"})]


def test_the_one_meetings_day_from_a_later_sentence_naming_nobody(tmp_path: Path) -> None:
    # As stored pages open: a date marker, then the text; the lede states only the
    # report's day.
    text = (
        f" date 2021-11-19 By Caspian Wire\n\n{_NOTE}"
        "Defence Minister Kamal Aliyev and the newly-appointed Serbian ambassador to"
        " Azerbaijan Petar Jovic have discussed regional security and defence cooperation,"
        " the ministry said on November 18.\n\n"
        "At a meeting held on November 18, both sides spoke about relations between the"
        " two countries."
    )
    found = days(draft(text, tmp_path, date="2021-11-19"))
    assert found == {frozenset({"Kamal Aliyev", "Petar Jovic"}): "2021-11-18"}


def test_a_guessed_meeting_takes_the_city_the_opening_gives_the_talks(tmp_path: Path) -> None:
    # The dateline is where the agency files; the lede says where the session was.
    # No sentence says the two met, so the meeting is a guess.
    text = (
        f"Skip to content\n\n{_NOTE}"
        "Spain and Chile agree to widen defence industry ties\n\n"
        "Diplomacy 17:11 April 08, 2019\n\n"
        "MADRID, April 8 (Agency) -- Spain and Chile agreed to widen their ties in the"
        " defence industry during the fourth session of their joint commission in Santiago"
        " on Monday, according to Madrid's foreign ministry.\n\n"
        "Spain's foreign minister, Lucia Romero, led her country's delegation to the"
        " commission. Chile was represented by Foreign Minister Andres Castillo.\n\n"
        "The two sides expressed hope for closer cooperation in arms production."
    )
    found = places(draft(text, tmp_path, date="2019-04-08"))
    assert found == {frozenset({"Lucia Romero", "Andres Castillo"}): "place:santiago"}


def test_a_dateline_line_under_a_long_headline_is_a_dateline(tmp_path: Path) -> None:
    # Single line breaks, a headline of more than eight words, a time stamp: before,
    # the dateline ran on as the headline's last words, and the meeting was put in
    # the host's country, not in the dateline's city.
    text = (
        "Moldovan defence minister receives Ambassador of Austria on farewell call\n"
        "11:20 | 27.01.2022 Category: Official\n"
        "Chisinau, 27 January /AGENCY/ - Deputy Prime Minister, Defence Minister Ion Rusu has"
        " received Ambassador of Austria Karl Huber on a farewell call.\n"
        "At the close of his posting in Moldova, Ion Rusu thanked Ambassador Karl Huber for"
        f" his service, the ministry said.\n\n{_NOTE.strip()}"
    )
    found = places(draft(text, tmp_path, date="2022-01-27"))
    assert found == {frozenset({"Ion Rusu", "Karl Huber"}): "place:chisinau"}


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("with forty countries.South Korean", "with forty countries. South Korean"),
        ('he said."Turkish forces', 'he said." Turkish forces'),
        ("as News.Az reports", "as News.Az reports"),  # a site's name
        ("Civil.Ge reports", "Civil.Ge reports"),
        ("Maj.Gen Ali Khan", "Maj.Gen Ali Khan"),  # a rank's abbreviation
    ],
)
def test_paragraphs_space_a_run_on_stop(line: str, wanted: str) -> None:
    assert paragraphs(line) == [wanted]


# A meeting with a head of state or government, its place a guess: in the leader's
# country, where leaders receive (the guesses took the visitor's).
LEADERS_AT_HOME = [
    pytest.param(
        (
            f"{_NOTE}Armenian Defence Minister Aram Petrosyan met with Georgian Prime Minister"
            " Levan Kiknadze, the defence ministry's press service reported.\n\n"
            "The two discussed regional security and defence cooperation."
        ),
        "2022-05-04",
        "country:GE",
        id="prime-minister",
    ),
    pytest.param(
        (
            f"{_NOTE}US Secretary of Defense John Carter met with President Luis Moreno of"
            " Panama on Tuesday.\n\n"
            "Carter and Moreno discussed security in the region."
        ),
        "2025-04-09",
        "country:PA",
        id="president-of",
    ),
]


@pytest.mark.parametrize(("text", "date", "place"), LEADERS_AT_HOME)
def test_a_meeting_with_a_leader_is_in_the_leaders_country(
    text: str, date: str, place: str, tmp_path: Path
) -> None:
    assert list(places(draft(text, tmp_path, date=date)).values()) == [place]


def test_a_meeting_with_a_leader_keeps_a_place_its_sentence_gives(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}Georgian Prime Minister Levan Kiknadze met Armenian Defence Minister Aram"
        " Petrosyan in Yerevan on Monday."
    )
    assert list(places(draft(text, tmp_path, date=_DATE)).values()) == ["place:yerevan"]


# Words around a name that are no part of it: (text, the names read).
AROUND_NAMES = [
    # 'CSC': the Conspicuous Service Cross, as Australian releases write it.
    pytest.param(
        f"{_NOTE}Fijian Defence Minister Ratu Josaia Vakaloloma met Senator Karen Lyons CSC,"
        " the Australian Minister for Defence, in Suva on Tuesday.",
        {"Josaia Vakaloloma", "Karen Lyons"},
        id="order-letters",
    ),
    pytest.param(
        f"{_NOTE}US Congressman Mark Dalton met Greek Chief of Defence General Nikos"
        " Varvitsiotis in Athens on Thursday.",
        {"Mark Dalton", "Nikos Varvitsiotis"},
        id="congressman",
    ),
    pytest.param(
        f"{_NOTE}Mawlawi Abdul Rahim Zaheer, the acting defence minister, received Uzbek Defence"
        " Minister Bakhodir Kurbanov in Kabul on Monday.",
        {"Abdul Rahim Zaheer", "Bakhodir Kurbanov"},
        id="mawlawi",
    ),
    # A portfolio's last word: 'Minister for Defence Production'.
    pytest.param(
        f"{_NOTE}Pakistan's Minister for Defence Production Tariq Mahmood Abbasi met Turkish"
        " Deputy Defence Minister Celal Sami Tufekci in Rawalpindi.",
        {"Tariq Mahmood Abbasi", "Celal Sami Tufekci"},
        id="portfolio-word",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), AROUND_NAMES)
def test_words_around_names(text: str, wanted: set[str], tmp_path: Path) -> None:
    assert names(read(text, tmp_path, date=_DATE)) == wanted
