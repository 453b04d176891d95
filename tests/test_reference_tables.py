"""kg validate checks the shape and the ids of every reference table."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.model.reference_tables import PHRASE_KINDS, TABLES, check_tables

from .conftest import ROOT

REFERENCE = ROOT / "data" / "reference"


@pytest.fixture
def tables(tiny_data: Path) -> Path:
    """The bundled reference tables, copied into the tiny data folder."""
    folder = tiny_data / "reference"
    shutil.copytree(REFERENCE, folder, dirs_exist_ok=True)
    return folder


def test_the_bundled_tables_are_sound() -> None:
    assert check_tables(REFERENCE) == []


def test_every_table_in_the_folder_has_a_shape() -> None:
    assert {p.name for p in REFERENCE.glob("*.csv")} <= set(TABLES)


def test_every_phrase_kind_the_extractor_acts_on_is_allowed() -> None:
    from kg.extract.gazetteer import TRIGGERS

    assert TRIGGERS <= PHRASE_KINDS


def _append(path: Path, line: str) -> int:
    text = path.read_text(encoding="utf-8")
    path.write_text(text + line + "\n", encoding="utf-8")
    return text.count("\n") + 1


def test_a_row_with_too_many_cells_is_reported_at_its_line(
    tables: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = _append(
        tables / "post_titles.csv",
        "Chief of the Army Staff,chief-of-the-army-staff,Chief,x,Chief of the Defence Forces,,",
    )
    assert main(["validate"]) == 1
    err = capsys.readouterr().err
    assert f"data/reference/post_titles.csv:{line}: 7 cells where the table has 5" in err
    assert f"data/reference/post_titles.csv:{line}: 'Chief of the Army Staff'" not in err


def test_a_row_with_too_few_cells_and_a_repeated_key(
    tables: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    short = _append(tables / "post_titles.csv", "Chief of the Army Staff,,")
    again = _append(tables / "demonyms.csv", "azerbaijani,AZ")
    assert main(["validate"]) == 1
    err = capsys.readouterr().err
    assert f"data/reference/post_titles.csv:{short}: 3 cells where the table has 5" in err
    first = 1 + next(
        n
        for n, row in enumerate((tables / "demonyms.csv").read_text("utf-8").splitlines())
        if row.startswith("Azerbaijani,")
    )
    assert f"data/reference/demonyms.csv:{again}: 'azerbaijani' is already a row, at line {first}"
    assert err.endswith("2 problem(s) in 2 file(s); nothing was built or changed.\n")


@pytest.mark.parametrize(
    ("table", "row", "message"),
    [
        ("demonyms.csv", "Atlantean,XX", "country 'XX' is not country"),
        ("ranks.csv", "space-army,major,Major,OF-3,", "system 'space-army' is not rank system"),
        ("ranks.csv", "nato-army,field-marshal,Field Marshal,OF-11,", "'OF-11' is not nato"),
        ("extract_phrases.csv", "shook hands with,handshake,", "kind 'handshake'"),
        ("places.csv", "Atlantis,Atlantis,City,AZ,", "place 'Atlantis' is not slug"),
        ("rank_abbreviations.csv", "Sgt.,Sergeant,", "rank 'Sergeant' is not rank label"),
        ("post_titles.csv", "Envoy,envoy,Envoy,,maybe", "abroad 'maybe' is not yes"),
        ("world_cities.csv", "atlantis,Atlantis,XX,15000", "country 'XX' is not country"),
        ("world_cities.csv", "atlantis,Atlantis,GR,many", "population 'many' is not count"),
        ("country_guess_weights.csv", "charisma,0.5,", "feature 'charisma' is not country"),
        ("country_guess_weights.csv", "dateline,high,", "weight 'high' is not number"),
        ("meeting_place_weights.csv", "charm|city,0.5,", "feature 'charm|city' is not place"),
        ("meeting_place_weights.csv", "near,far,", "weight 'far' is not number"),
        ("name_endings.csv", "sh1,GE,3", "ending 'sh1' is not name ending"),
        ("name_endings.csv", "dze,GE,many", "count 'many' is not count"),
        ("officials.csv", "Ida Brandvold,NO|XX,2", "countries 'NO|XX' is not countries"),
        ("officials.csv", "Ida Brandvold,NO,two", "readings 'two' is not count"),
    ],
)
def test_a_cell_that_refers_to_nothing_is_reported(
    tables: Path, capsys: pytest.CaptureFixture[str], table: str, row: str, message: str
) -> None:
    line = _append(tables / table, row)
    assert main(["validate"]) == 1
    err = capsys.readouterr().err
    assert f"data/reference/{table}:{line}: " in err
    assert message in err


def test_a_wrong_header_is_reported_at_line_1(
    tables: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tables / "places.csv"
    path.write_text(path.read_text("utf-8").replace("place,label,", "place,name,", 1), "utf-8")
    assert main(["validate"]) == 1
    assert "data/reference/places.csv:1: expected the columns place,label,class" in (
        capsys.readouterr().err
    )


def test_a_place_named_like_another_of_its_country_is_reported(
    tables: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: Brasília was two rows (brasilia and brasilia-br), so which one a
    # draft named was chance, and a gold reading could name the other.
    line = _append(tables / "places.csv", "brasilia-br,Brasília,City,BR,")
    assert main(["validate"]) == 1
    err = capsys.readouterr().err
    assert f"data/reference/places.csv:{line}: 'Brasília' also names 'brasilia'" in err
    # The same name in another country is another place.
    tables.joinpath("places.csv").write_text(
        tables.joinpath("places.csv")
        .read_text(encoding="utf-8")
        .replace("brasilia-br,Brasília,City,BR,", "brasilia-pt,Brasília,City,PT,"),
        encoding="utf-8",
    )
    assert main(["validate"]) == 0


def test_a_world_city_with_the_id_of_a_place_is_reported(
    tables: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # One id would name two places: Baku of places.csv and this row.
    line = _append(tables / "world_cities.csv", "baku,Baku,AZ,2300000")
    assert main(["validate"]) == 1
    err = capsys.readouterr().err
    assert f"data/reference/world_cities.csv:{line}: 'baku' is already a place of places.csv" in err
