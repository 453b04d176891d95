"""kg extract, session 13, on short invented articles (our own words, marked as
invented; not news): a surname of two words used alone is the person named in full
('Vane-Castell' after 'Ilsa Vane-Castell'), and a name with no title before it that
opens a sentence is the subject of a meeting verb past an apposition or a time
phrase ('A, vice chairman of ..., on Tuesday met with B'); two persons named
together who did something during talks met ('A and B reviewed ... during talks'),
and those 'also present during the talks' join the meeting. Each article tells a
second meeting after one the rules read anyway, so the guessed meeting that fills
an otherwise empty draft cannot stand in for the rule."""

from __future__ import annotations

from pathlib import Path

from kg.extract import Extraction

from .drafts import draft

_MARK = "(Invented test article for kg extract; not news.)\n\n"


def _found(result: Extraction) -> set[frozenset[str]]:
    return {frozenset(p.name for p in m.participants) for m in result.findings.meetings}


def test_a_two_word_surname_alone_is_the_person_named_in_full(tmp_path: Path) -> None:
    text = _MARK + (
        "ZENDA, May 9 - Ruritanian President Ilsa Vane-Castell and the commander of the"
        " Freedonian National Guard, General Pell Varga, spoke of close ties in Zenda on"
        " Tuesday.\n\n"
        "Vane-Castell received Varga for talks on training, her office said.\n\n"
        "Defence Minister Osric Delmont also met with General Varga."
    )
    assert _found(draft(text, tmp_path, "2023-05-09")) >= {
        frozenset({"Ilsa Vane-Castell", "Pell Varga"}),
        frozenset({"Osric Delmont", "Pell Varga"}),
    }


def test_a_bare_name_past_its_apposition_and_a_weekday_is_the_subject(tmp_path: Path) -> None:
    text = _MARK + (
        "ZENDA, May 9 (Zenda Wire) -- Ruritanian Defence Minister Osric Delmont met"
        " Freedonian Defence Minister Pell Varga in Zenda on Monday.\n\n"
        "Tomas Brennick, vice chairman of the Ruritanian Central Defence Board, on Tuesday"
        " met with Varga in Zenda.\n\n"
        "The two discussed exchanges of cadets."
    )
    found = _found(draft(text, tmp_path, "2023-05-09"))
    assert frozenset({"Tomas Brennick", "Pell Varga"}) in found


def test_a_bare_name_after_a_dateline_is_the_subject(tmp_path: Path) -> None:
    text = _MARK + (
        "Freedonian Defence Minister Pell Varga arrived in Ruritania on Monday and met"
        " Ruritanian Defence Minister Osric Delmont in Zenda.\n\n"
        "ZENDA, May 9 (Zenda Wire) -- Tomas Brennick on Tuesday received Varga in Zenda."
    )
    found = _found(draft(text, tmp_path, "2023-05-09"))
    assert frozenset({"Tomas Brennick", "Pell Varga"}) in found


def test_a_long_clause_after_a_name_is_no_apposition(tmp_path: Path) -> None:
    text = _MARK + (
        "Ruritanian Defence Minister Osric Delmont met Freedonian Defence Minister Pell"
        " Varga in Zenda on Monday.\n\n"
        "Tomas Brennick, a writer who has followed the ministers' careers for many years"
        " and who often speaks of them at length, met with Varga in Zenda."
    )
    found = _found(draft(text, tmp_path, "2023-05-09"))
    assert frozenset({"Tomas Brennick", "Pell Varga"}) not in found


def test_two_persons_who_acted_during_talks_met(tmp_path: Path) -> None:
    text = _MARK + (
        "Ruritanian Defence Minister Osric Delmont met Freedonian Defence Minister Pell"
        " Varga in Zenda on Monday.\n\n"
        "Ruritanian Navy Commander Admiral Tomas Brennick and Freedonian Navy Commander"
        " Admiral Ivo Stasko reviewed naval exercises during talks in Zenda on Tuesday."
    )
    found = _found(draft(text, tmp_path, "2023-05-09"))
    assert frozenset({"Tomas Brennick", "Ivo Stasko"}) in found


def test_a_meeting_that_opens_the_sentence_is_the_occasion(tmp_path: Path) -> None:
    text = _MARK + (
        "Ruritanian Defence Minister Osric Delmont met Freedonian Defence Minister Pell"
        " Varga in Zenda on Monday.\n\n"
        "During the meeting, Ruritanian Deputy Defence Minister Tomas Brennick and his"
        " Freedonian counterpart Ivo Stasko agreed to exchange cadets."
    )
    found = _found(draft(text, tmp_path, "2023-05-09"))
    assert frozenset({"Tomas Brennick", "Ivo Stasko"}) in found


def test_one_person_speaking_at_a_meeting_meets_no_one_named_after(tmp_path: Path) -> None:
    text = _MARK + (
        "Ruritanian Defence Minister Osric Delmont met Freedonian Defence Minister Pell"
        " Varga in Zenda on Monday.\n\n"
        "Ruritanian Army Chief General Tomas Brennick said during a meeting of the"
        " defence council that General Ivo Stasko would retire in June."
    )
    found = _found(draft(text, tmp_path, "2023-05-09"))
    assert not any("Tomas Brennick" in m and "Ivo Stasko" in m for m in found)


def test_those_present_during_the_meeting_join_it(tmp_path: Path) -> None:
    text = _MARK + (
        "Ruritanian Defence Minister Osric Delmont met Freedonian Defence Minister Pell"
        " Varga in Zenda on Monday.\n\n"
        "Also present during the talks were Ruritanian Army Chief General Tomas Brennick"
        " and Freedonian Ambassador Ivo Stasko."
    )
    result = draft(text, tmp_path, "2023-05-09")
    assert len(result.findings.meetings) == 1
    meeting = result.findings.meetings[0]
    joined = {p.name for p in meeting.participants} | {p.name for p, _ in meeting.joined}
    assert joined == {"Osric Delmont", "Pell Varga", "Tomas Brennick", "Ivo Stasko"}


def test_a_name_that_starts_with_a_country_after_a_title(tmp_path: Path) -> None:
    text = _MARK + (
        "Ruritanian Defence Minister Osric Delmont met Kenyan Defence Minister Chad Kamau"
        " in Nairobi on Monday.\n\n"
        "The two ministers discussed training."
    )
    result = draft(text, tmp_path, "2023-05-09")
    assert frozenset({"Osric Delmont", "Chad Kamau"}) in _found(result)
    kamau = next(p for p in result.findings.persons if p.name == "Chad Kamau")
    assert kamau.country == "KE"


def test_a_country_before_a_force_is_no_name(tmp_path: Path) -> None:
    text = _MARK + (
        "Ruritanian Defence Minister Osric Delmont met the commander of the Kenya Defence"
        " Forces in Nairobi on Monday."
    )
    names = {p.name for p in draft(text, tmp_path, "2023-05-09").findings.persons}
    assert names == {"Osric Delmont"}


def test_a_caption_bracket_and_an_abbreviation_in_the_apposition(tmp_path: Path) -> None:
    text = _MARK + (
        "Ruritanian Defence Minister Osric Delmont met Freedonian Defence Minister Pell"
        " Varga in Zenda on Monday.\n\n"
        "Tomas Brennick (R), vice chairman of Ruritania's Central Defence Board (CDB),"
        " meets with Varga in Zenda on Tuesday."
    )
    found = _found(draft(text, tmp_path, "2023-05-09"))
    assert frozenset({"Tomas Brennick", "Pell Varga"}) in found
