"""kg extract: session 18's rules, each on a short invented article (our own
words, invented people; not news). Names: a hyphen or a particle inside the other
name of a meeting's sentence, a name before a possessive, portfolio words and
parliaments' titles before a name, an ambassador's 'Amb', a title-case headline's
small words and nouns, 'S. Korea'. Places: a city of world_cities.csv that places.csv
lacks. Posts: words of the story before a rank. Events: a signing retold with its
day, a signing drafted as a guessed meeting (tests/test_extract_round18_empty.py)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.extract.evaluation import Reading

from .conftest import ROOT
from .drafts import (
    draft,
    names,
    participants,
    person,
    places,
    signings,
    valid_draft,
)


def _met(text: str, tmp_path: Path, date: str = "2024-03-08") -> list[frozenset[str]]:
    """The participants of each meeting the draft of an invented article holds."""
    return participants(draft(text, tmp_path, date=date))


@pytest.mark.parametrize(
    ("written", "read_as"),
    [
        ("Jean-Marie Dupuis", "Jean-Marie Dupuis"),  # a hyphenated given name
        ("Hans-Peter Ostrowski", "Hans-Peter Ostrowski"),
        ("Pierre Varga-Bodnar", "Pierre Varga-Bodnar"),  # a hyphenated surname
        # Particles inside the name, one glued to its surname by a hyphen.
        ("Mohamed Ould Abdel Aziz", "Mohamed Ould Abdel Aziz"),
        ("Omar al-Bashir", "Omar al-Bashir"),
        ("Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani"),
    ],
)
def test_a_hyphen_or_a_particle_between_name_words_stays_in_the_other_name(
    written: str, read_as: str, tmp_path: Path
) -> None:
    # 'envoy' is no post title of the tables: the envoy is read only as the other
    # name of the meeting's sentence.
    text = (
        "(Invented test article for kg extract; not news.)\n\nPARIS, March 4 -- French"
        f" envoy {written} met Hungarian Defence Minister Kristof Szalay in Budapest on"
        " Monday.\n"
    )
    result = draft(text, tmp_path, date="2024-03-05")
    assert participants(result) == [frozenset({"Kristof Szalay", read_as})]


def test_a_spaced_dash_still_ends_the_other_name(tmp_path: Path) -> None:
    # A dash with spaces around it is punctuation, not part of a name.
    text = (
        "(Invented test article for kg extract; not news.)\n\nPARIS, March 4 -- French"
        " envoy Jean Dupuis - Marie Laval met Hungarian Defence Minister Kristof Szalay"
        " in Budapest on Monday.\n"
    )
    result = draft(text, tmp_path, date="2024-03-05")
    labels = {name for met in participants(result) for name in met}
    assert not any("-" in name for name in labels)


def _place_of_meeting(text: str, tmp_path: Path) -> str | None:
    result = draft(text, tmp_path, date="2024-03-06")
    (place,) = places(result).values()
    return place


def test_a_city_the_tables_lack_places_a_meeting_of_its_country(tmp_path: Path) -> None:
    # Chimoio is no row of places.csv; world_cities.csv has it, in Mozambique.
    place = _place_of_meeting(
        "Mozambican Defence Minister Alberto Mondlane met Zimbabwean"
        " Defence Minister Tendai Moyo in Chimoio on Tuesday.",
        tmp_path,
    )
    assert place == "place:chimoio"


@pytest.mark.parametrize(
    ("officials", "city"),
    [
        # Kingston is Jamaica's capital and a city of Canada: the meeting's country
        # tells which.
        ("Jamaican Defence Minister Alicia Brown met Jamaican Army chief Major"
         " General Roy Campbell", "place:kingston"),
        ("Canadian Defence Minister Louise Tremblay met Canadian Army commander"
         " Lieutenant General Marc Gagnon", "place:kingston-ca"),
    ],
)  # fmt: skip
def test_one_name_of_many_cities_is_told_apart_by_the_meetings_country(
    officials: str, city: str, tmp_path: Path
) -> None:
    place = _place_of_meeting(f"{officials} in Kingston on Tuesday to discuss training.", tmp_path)
    assert place == city


def test_a_city_of_another_country_is_no_place_of_the_meeting(tmp_path: Path) -> None:
    # Tata is a town of Hungary (and of Morocco), not of Mozambique or Zimbabwe.
    place = _place_of_meeting(
        "Mozambican Defence Minister Alberto Mondlane met Zimbabwean"
        " Defence Minister Tendai Moyo in Tata on Tuesday.",
        tmp_path,
    )
    assert place != "place:tata" and place != "place:tata-ma"


def test_the_draft_with_a_world_city_validates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "Mozambican Defence Minister Alberto Mondlane met Zimbabwean"
        " Defence Minister Tendai Moyo in Chimoio on Tuesday."
    )
    drafted = valid_draft(tmp_path, monkeypatch, capsys, text, "2024-03-06")
    assert "\tlocation\tplace:chimoio\t" in drafted


def test_no_month_or_weekday_names_a_world_city() -> None:
    # 'met in March': March is a town of England, but no place kg extract reads.
    with (ROOT / "data" / "reference" / "world_cities.csv").open(encoding="utf-8") as handle:
        labels = {row["label"].casefold() for row in csv.DictReader(handle)}
    assert not labels & {"march", "may", "august", "monday", "sunday"}
    assert {"chimoio", "koh kong", "honolulu"} <= labels


@pytest.mark.parametrize(
    "title",
    [
        # A ministry the tables lack: its last word stands right before the name.
        "Peruvian Minister of Justice",
        "Peruvian Minister for Agriculture and Waterways",
        "Chief Justice",
        "Peruvian Minister of Energy",
        # A parliament's titles.
        "Opposition Leader",
        "the Leader of the Opposition",
        "the Speaker of the Congress",
    ],
)
def test_the_words_of_a_title_the_tables_lack_are_no_part_of_the_name(
    title: str, tmp_path: Path
) -> None:
    met = _met(
        f"Chilean President Aarne Virtanen met {title} Lucio Quispe in Lima on Monday.",
        tmp_path,
        "2024-03-05",
    )
    assert met == [frozenset({"Aarne Virtanen", "Lucio Quispe"})]


@pytest.mark.parametrize(
    ("opening", "holder", "country"),
    [
        ("During the visit to the Mozambican Navy Rear Admiral Lucio Mondlane received"
         " Indian Navy Captain Ravi Sharma", "Lucio Mondlane", "Mozambique"),
        ("This came after calls of the Indian fleet commander Rear Admiral"
         " Ravi Sharma on Mozambican Defence Minister Lucio Mondlane", "Ravi Sharma", "India"),
    ],
)  # fmt: skip
def test_words_of_the_story_before_a_rank_are_no_title(
    opening: str, holder: str, country: str, tmp_path: Path
) -> None:
    # The words before the rank tell the country, not the post: 'Official of X'.
    reading = Reading.of(
        draft(f"MAPUTO, March 4 -- {opening} in Maputo on Monday.", tmp_path, "2024-03-05").facts
    )
    posts = {
        str(reading.one(p, "label"))
        for h in reading.subjects("holder", person(reading, holder))
        for p in reading.all(h, "heldPost")
    }
    assert posts == {f"Official of {country}"}


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # Its small words end a name.
        ("Mondlane Receives President Kofi Mensah Of Ghana At State House\n\nNigerian"
         " President Lucio Mondlane has received President Kofi Mensah of Ghana in Abuja on"
         " Thursday, at his residence.", {"Lucio Mondlane", "Kofi Mensah"}),
        # Its noun before a name is no part of it.
        ("Chilean Defense Minister Meets US Official Anna Lindqvist\n\nChile's Defense"
         " Minister, Rosa Quispe, has met with US Assistant Secretary of State Anna"
         " Lindqvist in Washington on Tuesday.", {"Rosa Quispe", "Anna Lindqvist"}),
    ],
)  # fmt: skip
def test_a_title_case_headline_reads_the_names_of_the_text(
    text: str, met: set[str], tmp_path: Path
) -> None:
    assert _met(text, tmp_path) == [frozenset(met)]


def test_a_name_owning_what_follows_is_no_other_participant(tmp_path: Path) -> None:
    met = _met(
        "Ruritania: first meeting of the two chiefs of staff\n\nThe Ruritanian Chief of"
        " General Staff, Aarne Virtanen, met Saturday in Orlan with the chief of staff of"
        " Lucio Mondlane\u2019s forces, who now acts in his place, Kofi Mensah for the"
        " first time.",
        tmp_path,
        "2024-03-09",
    )
    assert met == [frozenset({"Aarne Virtanen", "Kofi Mensah"})]


def test_a_signing_retold_with_its_day_dates_the_document(tmp_path: Path) -> None:
    # The second telling names no signatory and no two countries: it still dates the
    # document the first telling read, before the third names who signed.
    result = draft(
        "Peru and Bolivia have signed a memorandum of understanding on border security,"
        " the Peruvian foreign ministry announced on Saturday.\n\nAccording to the"
        " ministry, the agreement was signed in La Paz on Friday when a joint commission"
        " closed.\n\nThe ministry added that the agreement was signed by Peru's Defence"
        " Minister Lucio Quispe and his Bolivian counterpart, Rosa Mamani.",
        tmp_path,
        date="2024-03-09",
    )
    assert signings(result) == [({"Lucio Quispe", "Rosa Mamani"}, "2024-03-08")]


@pytest.mark.parametrize("style", ["Amb", "Amb."])
def test_an_ambassadors_style_is_no_part_of_the_name(style: str, tmp_path: Path) -> None:
    met = _met(
        "Rwandan Foreign Minister Aarne Virtanen held talks with his Burundian counterpart"
        f" {style} Albert Mensah in Kigali on Tuesday.",
        tmp_path,
        "2024-03-08",
    )
    assert met == [frozenset({"Aarne Virtanen", "Albert Mensah"})]


def test_a_countrys_short_name_with_an_initial_is_no_person(tmp_path: Path) -> None:
    reading = Reading.of(
        draft(
            "S. Korea's naval head holds talks with American fleet chief\n\nSEOUL, Nov. 9 --"
            " The head of South Korea's navy, Admiral Lee Min-ho, talked on Wednesday with"
            " the American fleet chief, Vice Admiral Karl Johnson, in Seoul.",
            tmp_path,
            date="2022-11-09",
        ).facts
    )
    assert names(reading) == {"Lee Min-ho", "Karl Johnson"}


def test_a_wrong_row_of_world_cities_stops_the_draft_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The table is read when a meeting first asks for a city: its problems still
    # come as path:line with a fix, and no draft is written.
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    table = data / "reference" / "world_cities.csv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    place, label, _, population = lines[2].rstrip("\n").split(",")
    lines[2] = f"{place},{label},XX,{population}\n"
    table.write_text("".join(lines), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "ferrol.txt"
    article.write_text(
        "Spanish Defence Minister Ana Lopez met Chilean Defence Minister Luis Perez in"
        " Ferrol on Monday.\n\n(Invented test article for kg extract; not news.)\n",
        encoding="utf-8",
    )
    out = tmp_path / "ferrol.tsv"
    code = main(["extract", str(article), "--date", "2024-03-05", "--data", "data", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "data/reference/world_cities.csv:3: unknown ISO 3166-1 alpha-2 code 'XX'" in err
    assert "Traceback" not in err and not out.exists()
