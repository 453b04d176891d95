"""kg extract: the participants of meetings, round 6 (attend), each on a short
invented article (our own words, marked as invented): lists of attendees ('was
joined by', 'accompanied by', 'were also present', lists split by semicolons or
set in quotation marks), every guest of a list, a list's country shared by its
items, and separate meetings told in one sentence."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading
from kg.extract.extraction import Extraction

from .drafts import draft as _extract


def _participants(result: Extraction) -> list[frozenset[str]]:
    """Each meeting's participants, by label."""
    reading = Reading.of(result.facts)
    return [
        frozenset(reading.one(p, "label") for p in reading.all(m, "participant"))
        for m in reading.of_class("Meeting")
    ]


def _countries(result: Extraction) -> dict[str, str | None]:
    return {p.name: p.country for p in result.findings.persons}


_MET = (
    "VALLETTA, 3 May 2024 - Maltese Minister for Defence Carmela Vella met with Chilean"
    " Minister of Defence Ignacio Rojas in Valletta on Thursday."
)


def test_was_joined_by_a_list_of_ranks_and_posts(tmp_path: Path) -> None:
    result = _extract(
        _MET + "\n\nThe Chilean minister was joined by Military Secretary Brigadier General"
        " Pablo Fuentes, Surgeon General Colonel Marta Soto, and Director of Policy"
        " Andres Vidal.",
        tmp_path,
    )
    assert _participants(result) == [
        frozenset({"Carmela Vella", "Ignacio Rojas", "Pablo Fuentes", "Marta Soto", "Andres Vidal"})
    ]


def test_accompanied_by_before_the_verb_of_the_meeting(tmp_path: Path) -> None:
    result = _extract(
        "VALLETTA, 3 May 2024 - Maltese Minister for Defence Carmela Vella, accompanied by"
        " Chief of Staff Brigadier Joseph Grech, received Chilean Minister of Defence"
        " Ignacio Rojas in Valletta on Thursday.",
        tmp_path,
    )
    assert _participants(result) == [frozenset({"Carmela Vella", "Ignacio Rojas", "Joseph Grech"})]


def test_a_list_split_by_semicolons_with_long_posts(tmp_path: Path) -> None:
    result = _extract(
        _MET + "\n\nThe meeting was attended by Luis Herrera, Chilean Ambassador to the"
        " Republic of Malta; Chief of the Joint Staff of the Armed Forces Lieutenant General"
        " Sergio Pardo, and other officials.",
        tmp_path,
    )
    assert _participants(result) == [
        frozenset({"Carmela Vella", "Ignacio Rojas", "Luis Herrera", "Sergio Pardo"})
    ]


def test_names_set_in_quotation_marks(tmp_path: Path) -> None:
    result = _extract(
        _MET + '\n\nThe talks were attended by Colonel "Luis Herrera" and Brigadier'
        ' General "Sergio Pardo".',
        tmp_path,
    )
    assert _participants(result) == [
        frozenset({"Carmela Vella", "Ignacio Rojas", "Luis Herrera", "Sergio Pardo"})
    ]


def test_also_present_at_the_occasion(tmp_path: Path) -> None:
    result = _extract(
        _MET + "\n\nChilean Defence Attaché Colonel Luis Herrera and Maltese Brigadier"
        " Joseph Grech were also present at the occasion.",
        tmp_path,
    )
    assert _participants(result) == [
        frozenset({"Carmela Vella", "Ignacio Rojas", "Luis Herrera", "Joseph Grech"})
    ]


def test_every_guest_of_a_list_shares_its_country(tmp_path: Path) -> None:
    result = _extract(
        "VALLETTA, 3 May 2024 - Maltese Minister for Defence Carmela Vella hosted Chilean"
        " President Ignacio Rojas, Foreign Minister Ana Ortiz and Defence Minister Pedro"
        " Araya in Valletta on Thursday, the ministry said. Chile and Malta agreed to"
        " deepen their ties. Chile will send cadets to Malta.",
        tmp_path,
    )
    assert _participants(result) == [
        frozenset({"Carmela Vella", "Ignacio Rojas", "Ana Ortiz", "Pedro Araya"})
    ]
    countries = _countries(result)
    assert countries["Ana Ortiz"] == countries["Pedro Araya"] == "CL"


def test_separate_meetings_told_in_one_sentence(tmp_path: Path) -> None:
    result = _extract(
        "VALLETTA, 3 May 2024 - In separate meetings on Thursday, Maltese Minister for"
        " Defence Carmela Vella met with Defence Minister Ignacio Rojas, Army Commander"
        " General Pablo Fuentes and Navy Commander Admiral Marta Soto.",
        tmp_path,
    )
    assert sorted(map(sorted, _participants(result))) == [
        ["Carmela Vella", "Ignacio Rojas"],
        ["Carmela Vella", "Marta Soto"],
        ["Carmela Vella", "Pablo Fuentes"],
    ]


def test_guests_each_of_another_country_meet_the_host_apart(tmp_path: Path) -> None:
    result = _extract(
        "VALLETTA, 3 May 2024 - Maltese Chief of Defence Brigadier Joseph Grech met with"
        " Chilean Chief of Defence General Pablo Fuentes, Peruvian Chief of Staff General"
        " Hugo Marin and Uruguayan Army Commander General Sergio Pardo on Thursday.",
        tmp_path,
    )
    assert sorted(map(sorted, _participants(result))) == [
        ["Hugo Marin", "Joseph Grech"],
        ["Joseph Grech", "Pablo Fuentes"],
        ["Joseph Grech", "Sergio Pardo"],
    ]


def test_held_bilateral_meetings_with_each(tmp_path: Path) -> None:
    result = _extract(
        "VALLETTA, 3 May 2024 - Chilean Minister of Defence Ignacio Rojas on Thursday held"
        " bilateral meetings with Maltese Defence Minister Carmela Vella and Foreign"
        " Minister Joseph Grech in Valletta.",
        tmp_path,
    )
    assert sorted(map(sorted, _participants(result))) == [
        ["Carmela Vella", "Ignacio Rojas"],
        ["Ignacio Rojas", "Joseph Grech"],
    ]
