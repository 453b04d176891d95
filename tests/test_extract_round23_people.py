"""kg extract: round 23 rules for who took part in a meeting, each on a short
invented article (our own words, invented people; not news): 'the visiting admiral'
stands for the visitor read before; a pronoun that reports a quotation ('..., he
said') is the speaker, not a participant; 'paid separate courtesy calls on A and B'
is a meeting with each, and 'the two' after it is nobody's pair; those named after
'including with' join the meeting last read."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft, participants


def _met(text: str, tmp_path: Path) -> list[frozenset[str]]:
    return participants(draft(text, tmp_path, date="2024-05-07"))


def test_the_visiting_rank_stands_for_the_visitor(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nRuritanian Navy chief"
        " Adm. Boris Talvik toured the naval academy in Oslo on Tuesday. Cmdr. Ilse"
        " Varga, the academy's press officer, described the tour. \"The visiting admiral"
        ' was welcomed by the academy head, Rear Adm. Otto Lenz, at the pier," she said.'
    )
    met = _met(text, tmp_path)
    assert frozenset({"Boris Talvik", "Otto Lenz"}) in met
    assert all("Ilse Varga" not in m for m in met)


def test_the_visiting_title_stands_for_the_visitor_of_a_like_post(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nChilean State Secretary"
        " for Defence Karl Brenner met Norwegian Chief of Defence General Ivo Stark in"
        " Oslo on Monday. On Tuesday, Foreign Minister Anna Volk received the visiting"
        " Chilean Secretary of State for Defence in her office."
    )
    assert frozenset({"Karl Brenner", "Anna Volk"}) in _met(text, tmp_path)


def test_a_pronoun_that_reports_is_not_a_participant(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nFreedonian Navy chief"
        " Adm. Boris Talvik met Norwegian Defence Minister Lars Moe in Oslo on Monday."
        " Capt. Milo Dresch, the navy's spokesman, spoke to reporters on Tuesday."
        ' "Our guests were welcomed by Rear Adm. Otto Lenz at the pier," he said.'
    )
    met = _met(text, tmp_path)
    assert frozenset({"Boris Talvik", "Lars Moe"}) in met
    assert all("Milo Dresch" not in m for m in met)


def test_separate_courtesy_calls_are_a_meeting_with_each(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nOSLO - Freedonian"
        " Navy Commander Rear Admiral Pavel Orsk paid a visit to Ruritania on Tuesday."
        " On Wednesday he paid separate courtesy calls on Ruritanian Deputy Defence"
        " Minister Lena Varga and the Chief of the Ruritanian Navy, Vice Admiral Tomas"
        " Hale. The two navy chiefs held talks on joint patrols."
    )
    met = _met(text, tmp_path)
    assert frozenset({"Pavel Orsk", "Lena Varga"}) in met
    assert frozenset({"Pavel Orsk", "Tomas Hale"}) in met
    assert frozenset({"Lena Varga", "Tomas Hale"}) not in met


def test_those_named_after_including_with_join_the_meeting(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nRuritanian Army chief"
        " Lieutenant General Karl Brenner met Freedonian Army chief Major General Anna"
        " Volk in Oslo on Tuesday. The chiefs later held several meetings, including"
        " with Brigadier General Ivo Stark and Colonel Mira Dahl."
    )
    met = _met(text, tmp_path)
    assert frozenset({"Karl Brenner", "Anna Volk", "Ivo Stark", "Mira Dahl"}) in met
