"""kg extract: round 19, empty drafts, on short invented articles (our own words,
marked as invented; not news): where the person rules read one participant of a
meeting held, the other is read from the meeting's sentence even when a region's or a
programme's name stands in the same sentence ('Eastmark Province', 'Leadership
Program'), and even when the sentence holds few lower-case words but ends in a full
stop (prose, not a headline); three or four capitals open a name as its initials
('Lieutenant General KRDP Aravinda')."""

from __future__ import annotations

from pathlib import Path

import spacy

from kg.extract import Extraction, titles

from .drafts import draft

_MARK = "(Invented test article for kg extract; not news.)\n\n"


def _found(result: Extraction) -> list[frozenset[str]]:
    return [frozenset(p.name for p in m.participants) for m in result.findings.meetings]


def test_a_province_named_beside_the_unread_name(tmp_path: Path) -> None:
    text = _MARK + (
        "Osric Delmont, vice chairman of Ruritania's Central Defence Board, on Monday met"
        " with Freedonian Deputy Prime Minister and Minister of National Defence Pell Varga"
        " in Zenda, the capital of Ruritania's Eastmark Province.\n\n"
        "The two discussed training and exchanges."
    )
    assert _found(draft(text, tmp_path, "2023-05-09")) == [
        frozenset({"Osric Delmont", "Pell Varga"})
    ]


def test_a_programme_named_beside_the_unread_name(tmp_path: Path) -> None:
    text = _MARK + (
        "Osric Delmont, deputy chief of the Ruritanian General Staff, met in Zenda on"
        " Thursday with a delegation of the Freedonian Defence College Leadership Program,"
        " headed by Pell Varga, a retired admiral.\n\nThey discussed training and exchanges."
    )
    assert _found(draft(text, tmp_path, "2023-05-09")) == [
        frozenset({"Osric Delmont", "Pell Varga"})
    ]


def test_a_sentence_of_titles_that_ends_in_a_full_stop_is_no_headline(tmp_path: Path) -> None:
    text = _MARK + (
        "ZENDA, 9 May 2023 - Today, on 9 May, the Minister of Defence of Ruritania, Osric"
        " Delmont met Freedonian Deputy Assistant Secretary of Defence for Europe, Eurasia,"
        " Pell K. Varga in Zenda.\n\nTalks covered training."
    )
    assert _found(draft(text, tmp_path, "2023-05-09")) == [
        frozenset({"Osric Delmont", "Pell K. Varga"})
    ]


def test_a_headline_of_titles_still_names_no_other(tmp_path: Path) -> None:
    text = _MARK + (
        "Defence Minister Osric Delmont Meets Freedonian Envoy Pell Varga\n\n"
        "ZENDA, 9 May 2023 - The Minister of Defence of Ruritania, Osric Delmont, received"
        " the Freedonian envoy on Tuesday in Zenda for talks on training."
    )
    result = draft(text, tmp_path, "2023-05-09")
    assert all("Pell Varga" not in names for names in _found(result))


def test_three_or_four_capitals_open_a_name_as_initials(tmp_path: Path) -> None:
    text = _MARK + (
        "ZENDA, 9 May 2023 - Lieutenant General KRDP Aravinda, Commander of the Freedonian"
        " Army, called on the Ruritanian Chief of Army Staff, General Osric Delmont, at the"
        " Army Headquarters in Zenda on Tuesday.\n\nThe two discussed training and"
        " exchanges.\n\nThe COAS General Delmont thanked the guest."
    )
    result = draft(text, tmp_path, "2023-05-09")
    assert {p.name for p in result.findings.persons} == {"KRDP Aravinda", "Osric Delmont"}
    assert _found(result) == [frozenset({"KRDP Aravinda", "Osric Delmont"})]


def test_capitals_that_end_a_title_open_no_name() -> None:
    nlp = spacy.blank("en")
    assert titles.run_initials(nlp("Lieutenant General KRDP Aravinda"), 2)
    assert not titles.run_initials(nlp("Inspector General of FAF Osric Delmont"), 3)
    assert not titles.run_initials(nlp("the KRDP"), 1)
