"""kg extract: names, round 14, on short invented articles (our own words, marked as
invented): an undotted initial opening a name after a rank or a title ('Admiral R
Karel Vostrik'), and the words at a name's edge that are no part of it."""

from __future__ import annotations

from pathlib import Path

from .drafts import names as _names
from .drafts import read as _read

_NOTE = "(Invented test article for kg extract; not news.)\n\n"


def test_an_undotted_initial_after_a_rank_opens_a_name(tmp_path: Path) -> None:
    reading = _read(
        _NOTE + "Zembla and Ostria discuss ties\n\nOSTRIA CITY, May 4, 2021 -- Zemblan Navy"
        " Chief Admiral R Karel Vostrik met on Tuesday with Ostrian Defence Minister Dora"
        " Plenk.\nVostrik also called on Army Chief Gen B S Tamar.",
        tmp_path,
        "2021-05-04",
    )
    found = _names(reading)
    assert "R Karel Vostrik" in found
    assert "B S Tamar" in found


def test_words_at_a_names_edge_are_no_part_of_it(tmp_path: Path) -> None:
    reading = _read(
        _NOTE + "Zembla and Ostria discuss ties\n\nOSTRIA CITY, May 4, 2021 -- Zemblan Defence"
        " Minister Engineer Karel Vostrik met on Tuesday with Ostrian Vice Admiral Dora Plenk"
        " DCNS and General Tomas Brun COAS.\nVostrik also met Lena Marsh CBE, an adviser.",
        tmp_path,
        "2021-05-04",
    )
    found = _names(reading)
    assert {"Karel Vostrik", "Dora Plenk", "Tomas Brun", "Lena Marsh"} <= found


def test_a_city_that_closes_a_name_is_its_surname(tmp_path: Path) -> None:
    reading = _read(
        _NOTE + "Zembla and Ostria discuss ties\n\nOSTRIA CITY, May 4, 2021 -- The Zemblan"
        " admiral met with Minister of Defence Carla Ruiz Trujillo and Ostrian Army Chief"
        " General Dora Plenk on Tuesday.",
        tmp_path,
        "2021-05-04",
    )
    assert "Carla Ruiz Trujillo" in _names(reading)


def test_a_monarchs_or_chiefs_style_is_no_part_of_a_name(tmp_path: Path) -> None:
    reading = _read(
        _NOTE + "Zembla and Ostria discuss ties\n\nOSTRIA CITY, May 4, 2021 -- Zemblan Defence"
        " Minister Ratu Karel Vostrik met on Tuesday with Ostrian Defence Minister Dora Plenk."
        "\nVostrik also had an audience with His Majesty King Tomas Brun.",
        tmp_path,
        "2021-05-04",
    )
    found = _names(reading)
    assert "Karel Vostrik" in found
    assert not any(n.startswith(("Ratu", "Majesty", "King")) for n in found)


def test_an_heirs_style_opens_a_name_with_particles(tmp_path: Path) -> None:
    reading = _read(
        _NOTE + "Zembla and Ostria discuss ties\n\nOSTRIA CITY, May 4, 2021 -- Crown Prince"
        " Tomas bin Karel bin Abdul, Deputy Premier of Ostria, met Zemblan Defence Minister"
        " Dora Plenk on Tuesday.",
        tmp_path,
        "2021-05-04",
    )
    assert "Tomas bin Karel bin Abdul" in _names(reading)


def test_a_dotted_initial_then_an_undotted_one_open_a_name(tmp_path: Path) -> None:
    reading = _read(
        _NOTE + "Zembla and Ostria discuss ties\n\nOSTRIA CITY, May 4, 2021 -- Zemblan Defence"
        " Minister Karel Vostrik met Ostrian Defence Secretary Dr. S. M Plenk on Tuesday.",
        tmp_path,
        "2021-05-04",
    )
    assert any(n.endswith("M Plenk") for n in _names(reading))
