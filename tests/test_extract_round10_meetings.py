"""kg extract: meeting participants, round 10, each on a short invented article
(our own words, marked as invented): a person the meeting's sentence names by
proxy (whose envoy, message or government it speaks of) takes no part, and one
person written two ways is never a meeting with himself."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _extract
from .drafts import participants as _participants


def test_the_head_of_state_whose_envoy_came_is_no_participant(tmp_path: Path) -> None:
    result = _extract(
        "(Invented test article for kg extract; not news.)\n\nVALPARAISO, 6 May 2024 -"
        " Chilean Chief of Defence General Tomas Rojas received on Monday the special envoy"
        " of the Peruvian President Lucia Paredes, former Minister Andres Quispe.",
        tmp_path,
        "2024-05-07",
    )
    meetings = _participants(result)
    assert all("Lucia Paredes" not in m for m in meetings)
    # Named only as the sender of the envoy: no person of the draft (the quotes
    # that give evidence still hold her name).
    assert "\tlabel\tLucia Paredes\t" not in result.text


def test_the_senders_of_a_letter_are_no_participants(tmp_path: Path) -> None:
    result = _extract(
        "(Invented test article for kg extract; not news.)\n\nOSLO, 9 May 2024 - Norwegian"
        " Minister of Defence Ingrid Berg received on Thursday a letter from President Erik"
        " Dahl and President Marta Solberg, handed over by Chilean Minister of Defence Tomas"
        " Rojas.",
        tmp_path,
        "2024-05-09",
    )
    meetings = _participants(result)
    assert frozenset({"Ingrid Berg", "Tomas Rojas"}) in meetings
    assert all(not m & {"Erik Dahl", "Marta Solberg"} for m in meetings)


def test_two_spellings_of_one_name_are_no_meeting(tmp_path: Path) -> None:
    result = _extract(
        "(Invented test article for kg extract; not news.)\n\nKATHMANDU, 4 May 2024 -"
        " Nepali Army Chief General Ram Bahadur Thapa met Army Chief General Karim Said"
        " Malik in Kathmandu on Tuesday.\n\nArmy Chief General Karim Saeed Malik held"
        " talks with Army Chief General Karim Said Malik on Tuesday in Kathmandu.",
        tmp_path,
        "2024-05-07",
    )
    meetings = _participants(result)
    assert frozenset({"Ram Bahadur Thapa", "Karim Said Malik"}) in meetings
    assert all(len(m) >= 2 for m in meetings)
    assert all(not {"Karim Said Malik", "Karim Saeed Malik"} <= m for m in meetings)


def test_a_call_on_a_list_is_a_call_on_each(tmp_path: Path) -> None:
    result = _extract(
        "(Invented test article for kg extract; not news.)\n\nKATHMANDU, 6 May 2024 -"
        " Chilean Chief of Defence General Tomas Rojas, on a visit to Nepal, paid a courtesy"
        " call on Nepali Prime Minister Hari Prasad Koirala and Defence Minister Sita"
        " Gurung on Monday.",
        tmp_path,
        "2024-05-07",
    )
    meetings = _participants(result)
    assert frozenset({"Tomas Rojas", "Hari Prasad Koirala"}) in meetings
    assert frozenset({"Tomas Rojas", "Sita Gurung"}) in meetings
    assert frozenset({"Tomas Rojas", "Hari Prasad Koirala", "Sita Gurung"}) not in meetings


def test_a_call_on_officials_listed_with_commas_is_a_call_on_each(tmp_path: Path) -> None:
    result = _extract(
        "(Invented test article for kg extract; not news.)\n\nNEW DELHI, 6 May 2024 -"
        " Chilean Chief of Defence General Tomas Rojas later called on General Arjun Mehta,"
        " Chief of Defence Staff, Admiral Vikram Rao, Chief of Naval Staff, Air Marshal"
        " Ravi Sen, Vice Chief of Air Staff, and the Defence Secretary.",
        tmp_path,
        "2024-05-07",
    )
    meetings = _participants(result)
    for official in ("Arjun Mehta", "Vikram Rao", "Ravi Sen"):
        assert frozenset({"Tomas Rojas", official}) in meetings


def test_a_name_before_government_is_named_in_passing(tmp_path: Path) -> None:
    result = _extract(
        "(Invented test article for kg extract; not news.)\n\nOSLO, 9 May 2024 - Norwegian"
        " Minister of Defence Ingrid Berg met Chilean Minister of Defence Tomas Rojas on"
        " Thursday. The two discussed the ties built under the President Erik Dahl"
        " government.",
        tmp_path,
        "2024-05-09",
    )
    assert frozenset({"Ingrid Berg", "Tomas Rojas"}) in _participants(result)
    assert "Erik Dahl" not in result.text


def test_two_names_alike_but_for_a_middle_word_are_two_persons(tmp_path: Path) -> None:
    result = _extract(
        "(Invented test article for kg extract; not news.)\n\nRIYADH, 6 May 2024 - Saudi"
        " Minister of Defence Faisal bin Salman Al Harbi met Kuwaiti Chief of General Staff"
        " Lieutenant General Faisal bin Sultan Al Harbi in Riyadh on Monday.",
        tmp_path,
        "2024-05-07",
    )
    meetings = _participants(result)
    assert frozenset({"Faisal bin Salman Al Harbi", "Faisal bin Sultan Al Harbi"}) in meetings


def test_those_present_at_the_call_take_part(tmp_path: Path) -> None:
    result = _extract(
        "(Invented test article for kg extract; not news.)\n\nVALPARAISO, 6 May 2024 -"
        " Chilean Chief of Defence General Tomas Rojas received Peruvian Chief of Defence"
        " General Lucia Paredes on Monday.\n\nPresent at the call were Chilean Army"
        " Commander General Andres Quispe and Chilean Navy Commander Admiral Marta Solis.",
        tmp_path,
        "2024-05-07",
    )
    meetings = _participants(result)
    assert frozenset({"Tomas Rojas", "Lucia Paredes", "Andres Quispe", "Marta Solis"}) in meetings
