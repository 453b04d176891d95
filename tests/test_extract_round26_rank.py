"""kg extract: round 26 rows for persons' ranks and names, each on a short invented
article (our own words, invented people; not news): 'Lt.' before a full rank word
on the navy's ladder ('Lt. Commander') and the army's ('Lt. Colonel'), the rank
'Field Marshal' spelt with a double l, and a generation's suffix written in
capitals ('JR')."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading

from .drafts import names, person, read

_DATE = "2024-05-07"


def _ranks(reading: Reading, label: str) -> set[str]:
    return set(reading.all(person(reading, label), "hasRank"))


def test_an_abbreviated_lieutenant_before_commander_is_the_navy_rank(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nSTRELSAU, May 7 - Two"
        " Freedonian frigates reached the port of Strelsau on Tuesday. The visit will"
        " bring the two fleets closer, navy spokesperson Lt. Commander Mira Tolk said."
    )
    reading = read(text, tmp_path, date=_DATE)
    assert _ranks(reading, "Mira Tolk") == {"rank:nato-navy.lieutenant-commander"}


def test_an_abbreviated_lieutenant_before_colonel_is_not_a_colonel(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nSTRELSAU, May 7 -"
        " Ruritanian Defence Minister Anna Volk received Lt. Colonel Piet Arnholt of the"
        " Freedonian army in Strelsau on Tuesday."
    )
    reading = read(text, tmp_path, date=_DATE)
    assert _ranks(reading, "Piet Arnholt") == {"rank:nato-army.lieutenant-colonel"}


def test_field_marshal_with_a_double_l_is_the_rank_and_not_the_name(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nSTRELSAU, May 7 - The"
        " Freedonian army chief, Field Marshall Obi Tandu, held talks with Ruritanian"
        " Defence Minister Anna Volk in Strelsau on Tuesday."
    )
    reading = read(text, tmp_path, date=_DATE)
    assert "Field Marshall Obi Tandu" not in names(reading)
    assert _ranks(reading, "Obi Tandu") == {"rank:nato-army.field-marshal"}


def test_a_generation_suffix_in_capitals_stays_on_the_name(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nSTRELSAU, May 7 - The"
        " Ruritanian army chief, General Karl Umber JR, met Freedonian Defence Minister"
        " Lena Voss in Strelsau on Tuesday."
    )
    reading = read(text, tmp_path, date=_DATE)
    assert "Karl Umber JR" in names(reading)
    assert "Karl Umber" not in names(reading)
