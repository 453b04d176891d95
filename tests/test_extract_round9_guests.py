"""kg extract: meeting participants, round 9, each on a short invented article (our
own words, marked as invented): a host named only by a title ('The Latvian
minister also met with ...', 'His Excellency met with ...') meets the guests the
sentence names, who do not meet each other."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _extract
from .drafts import participants as _participants

_FAIR = (
    "RIGA, 4 May 2024 - Latvian Minister of Defence Janis Ozols met with Peruvian"
    " Minister of Defence Lucia Paredes in Riga on Tuesday, on the sidelines of a defence fair."
)


def test_a_titled_host_meets_each_guest_of_another_country(tmp_path: Path) -> None:
    # The host's post and country are not told before the title stands for him.
    result = _extract(
        "RIGA, 4 May 2024 - Janis Ozols and his Peruvian counterpart Lucia Paredes met in"
        " Riga on Tuesday, on the sidelines of a defence fair."
        "\n\nThe Latvian minister also met with Kenyan Defence Minister Peter Otieno and"
        " Icelandic Defence Minister Sigrun Olafsdottir.",
        tmp_path,
        "2024-05-07",
    )
    meetings = _participants(result)
    assert frozenset({"Janis Ozols", "Peter Otieno"}) in meetings
    assert frozenset({"Peter Otieno", "Sigrun Olafsdottir"}) not in meetings


def test_an_honorific_stands_for_the_host(tmp_path: Path) -> None:
    result = _extract(
        _FAIR + "\n\nHis Excellency met with Kenyan Defence Minister Peter Otieno, Icelandic"
        " Defence Minister Sigrun Olafsdottir and Chilean Defence Minister Tomas Rojas.",
        tmp_path,
        "2024-05-07",
    )
    meetings = _participants(result)
    for guest in ("Peter Otieno", "Sigrun Olafsdottir", "Tomas Rojas"):
        assert frozenset({"Janis Ozols", guest}) in meetings
    assert frozenset({"Peter Otieno", "Sigrun Olafsdottir", "Tomas Rojas"}) not in meetings


def test_a_title_of_another_country_is_not_the_host(tmp_path: Path) -> None:
    result = _extract(
        _FAIR + "\n\nThe Kenyan minister met with Icelandic Defence Minister Sigrun Olafsdottir"
        " and Chilean Defence Minister Tomas Rojas.",
        tmp_path,
        "2024-05-07",
    )
    meetings = _participants(result)
    assert all(
        "Janis Ozols" not in m or not m & {"Sigrun Olafsdottir", "Tomas Rojas"} for m in meetings
    )


def test_an_audience_and_a_second_verb_share_the_subject(tmp_path: Path) -> None:
    result = _extract(
        "OSLO, 9 May 2024 - Chilean Chief of Defence General Tomas Rojas, on an official"
        " visit to Norway, had an audience with President Erik Dahl and met with Norwegian"
        " Minister of Defence Ingrid Berg on Thursday.",
        tmp_path,
        "2024-05-09",
    )
    meetings = _participants(result)
    assert frozenset({"Tomas Rojas", "Erik Dahl"}) in meetings
    assert frozenset({"Tomas Rojas", "Ingrid Berg"}) in meetings
    assert frozenset({"Erik Dahl", "Ingrid Berg"}) not in meetings


def test_a_title_calls_upon_a_head_of_state(tmp_path: Path) -> None:
    result = _extract(
        _FAIR + "\n\nLater, the minister called upon Prime Minister Andris Kalnins in Riga.",
        tmp_path,
        "2024-05-07",
    )
    assert frozenset({"Janis Ozols", "Andris Kalnins"}) in _participants(result)


def test_a_host_meets_each_official_of_a_list_in_turn(tmp_path: Path) -> None:
    result = _extract(
        "VILNIUS, 14 May 2024 - Chilean Chief of Defence General Tomas Rojas met with"
        " Lithuanian Minister of Defence Rasa Petraitis and Chief of Defence Lieutenant"
        " General Jonas Kairys in Vilnius on Tuesday.",
        tmp_path,
        "2024-05-14",
    )
    meetings = _participants(result)
    assert frozenset({"Tomas Rojas", "Rasa Petraitis"}) in meetings
    assert frozenset({"Tomas Rojas", "Jonas Kairys"}) in meetings
    assert frozenset({"Tomas Rojas", "Rasa Petraitis", "Jonas Kairys"}) not in meetings


def test_a_visit_to_meet_a_list_is_one_meeting(tmp_path: Path) -> None:
    result = _extract(
        "VILNIUS, 14 May 2024 - Chilean Chief of Defence General Tomas Rojas travelled to"
        " Vilnius on Tuesday to meet with Lithuanian Minister of Defence Rasa Petraitis and"
        " Chief of Defence Lieutenant General Jonas Kairys.",
        tmp_path,
        "2024-05-14",
    )
    meetings = _participants(result)
    assert frozenset({"Tomas Rojas", "Rasa Petraitis"}) not in meetings


def test_a_person_past_that_is_no_guest(tmp_path: Path) -> None:
    result = _extract(
        "VILNIUS, 14 May 2024 - Lithuanian Minister of Defence Rasa Petraitis, also deputy"
        " prime minister, said at a meeting with the Chilean delegation on Tuesday that"
        " relations had grown since President Marta Lopez took office.",
        tmp_path,
        "2024-05-14",
    )
    assert frozenset({"Rasa Petraitis", "Marta Lopez"}) not in _participants(result)


def test_as_well_as_lists_a_second_guest(tmp_path: Path) -> None:
    result = _extract(
        _FAIR + "\n\nOzols also met with Kenyan Defence Minister Peter Otieno as well as Icelandic"
        " Defence Minister Sigrun Olafsdottir.",
        tmp_path,
        "2024-05-07",
    )
    meetings = _participants(result)
    assert frozenset({"Janis Ozols", "Peter Otieno"}) in meetings
    assert frozenset({"Janis Ozols", "Sigrun Olafsdottir"}) in meetings


def test_the_delegation_stands_for_the_visitor_at_its_head(tmp_path: Path) -> None:
    result = _extract(
        _FAIR + "\n\nThe Latvian delegation was later received by Kenyan Chief of Defence Forces"
        " General Peter Otieno and Kenyan Army Commander Lieutenant General Amos Kiprop.",
        tmp_path,
        "2024-05-07",
    )
    meetings = _participants(result)
    assert any({"Janis Ozols", "Peter Otieno"} <= m for m in meetings)
    assert frozenset({"Peter Otieno", "Amos Kiprop"}) not in meetings


def test_a_title_naming_its_country_after_it_refers_to_that_countrys_officer(
    tmp_path: Path,
) -> None:
    result = _extract(
        "OSLO, 8 May 2024 - Norwegian Chief of Defence General Lars Holm met with Peruvian"
        " Chief of Defence General Diego Salas in Oslo on Wednesday."
        "\n\nThe Chief of Staff of Peru Armed Forces also met with Norwegian Minister of"
        " Defence Ingrid Berg.",
        tmp_path,
        "2024-05-08",
    )
    meetings = _participants(result)
    assert frozenset({"Diego Salas", "Ingrid Berg"}) in meetings
    assert frozenset({"Lars Holm", "Ingrid Berg"}) not in meetings
