"""kg extract: the officials the gold readings name, with their posts' countries
(session 20, kg.extract.officials and kg.extract.official_country), on short
invented articles (our own words, invented people; not news) and an officials
table written for each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import DataError
from kg.extract import extract
from kg.extract.evaluation import Reading
from kg.extract.officials import Listed, Officials

from .drafts import INVENTED, countries, data_copy
from .test_extract_country_guess import DELEGATION

# DELEGATION: Wanjiru Kamau's country is in her title; Luis Ortega Vial has none in
# the text (the session 19 guess gives him Chile's, the country of his delegation).


def _drafted(tmp_path: Path, rows: list[str], text: str = DELEGATION) -> tuple[Reading, str]:
    """The reading and the text of a draft of ``text`` (DELEGATION) against a copy of
    the data whose officials.csv holds only ``rows``."""
    data = data_copy(tmp_path)
    (data / "reference" / "officials.csv").write_text(
        "\n".join(["name,countries,readings", *rows]) + "\n", encoding="utf-8"
    )
    article = tmp_path / "delegation.txt"
    article.write_text(text + INVENTED, encoding="utf-8")
    result = extract(article, date="2024-05-15", data_dir=data)
    return Reading.of(result.facts), result.text


def test_a_listed_official_the_text_ties_to_no_country_takes_the_tables(
    tmp_path: Path,
) -> None:
    reading, text = _drafted(tmp_path, ["Luis Ortega Vial,PE,3"])
    assert countries(reading, "Luis Ortega Vial") == {"PE"}  # not the guess, CL
    assert countries(reading, "Wanjiru Kamau") == {"KE"}
    (comment,) = [c for c in text.splitlines() if "Official of Peru" in c and "#" in c]
    assert "officials.csv gives this official (3 gold readings)" in comment
    assert "a guess" not in comment


def test_the_tables_country_goes_before_the_one_the_rules_read(tmp_path: Path) -> None:
    # A middle initial and the case do not tell the table's name from the text's.
    reading, text = _drafted(tmp_path, ["WANJIRU M. KAMAU,UG,2"])
    assert countries(reading, "Wanjiru Kamau") == {"UG"}
    assert countries(reading, "Luis Ortega Vial") == {"CL"}  # the guess, as before
    (comment,) = [c for c in text.splitlines() if "Minister of Defence of Uganda;" in c]
    assert "officials.csv gives this official (2 gold readings)" in comment


def test_a_listed_country_the_rules_read_stays_as_read(tmp_path: Path) -> None:
    reading, text = _drafted(tmp_path, ["Wanjiru Kamau,TZ|KE,2"])
    assert countries(reading, "Wanjiru Kamau") == {"KE"}
    assert "officials.csv" not in text


# Invented: Luis Ortega Vial is named with no title, no delegation and no country.
MET = (
    "Kenya and the peacekeeping school\n\n"
    "NAIROBI, May 14 -- Kenyan Defence Cabinet Secretary Wanjiru Kamau on Tuesday met"
    " Luis Ortega Vial in Nairobi to discuss courses for peacekeepers.\n"
)


# Invented: Luis Ortega Vial is named only in the second paragraph, with no title.
JOINED = (
    "Kenya and Chile talk peacekeeping\n\n"
    "NAIROBI, May 14 -- Kenyan Defence Cabinet Secretary Wanjiru Kamau on Tuesday met"
    " Chilean Army Commander General Marta Quiroga Leon in Nairobi to discuss courses"
    " for peacekeepers.\n\n"
    "Luis Ortega Vial also took part in the talks.\n"
)


def test_staff_of_an_international_body_get_no_guess(tmp_path: Path) -> None:
    reading, _ = _drafted(tmp_path, ["Luis Ortega Vial,,4", "Wanjiru Kamau,,4"], MET)
    assert countries(reading, "Luis Ortega Vial") == set()
    # A country the text gives stays: such staff served their country before.
    assert countries(reading, "Wanjiru Kamau") == {"KE"}


def test_staff_the_text_gives_a_country_keep_it(tmp_path: Path) -> None:
    # Listed, he is read where the text first names him, as the head of a delegation
    # the text calls Chilean (led_by): the text's country stays, as for any staff.
    reading, _ = _drafted(tmp_path, ["Luis Ortega Vial,,4"])
    assert countries(reading, "Luis Ortega Vial") == {"CL"}


def test_a_listed_official_named_without_a_title_is_read(tmp_path: Path) -> None:
    # Session 29: no rank or post introduces him; the table's name makes him a person,
    # of the table's country, who joins the talks.
    reading, text = _drafted(tmp_path, ["Luis Ortega Vial,CL,3"], JOINED)
    assert countries(reading, "Luis Ortega Vial") == {"CL"}
    (meeting,) = reading.of_class("Meeting")
    people = {reading.one(p, "label") for p in reading.all(meeting, "participant")}
    assert people == {"Wanjiru Kamau", "Marta Quiroga Leon", "Luis Ortega Vial"}
    assert "person Luis Ortega Vial: a listed official's name (officials.csv)" in text
    # Unlisted, the same name is no person: no title introduces it.
    unlisted, _ = _drafted(tmp_path / "unlisted", ["Ana Lima Costa,BR,2"], JOINED)
    assert "Luis Ortega Vial" not in {unlisted.one(p, "label") for p in unlisted.of_class("Person")}


def test_the_table_counts_names_the_readings_agree_on() -> None:
    table = Officials.of(
        [
            [("Ana Lima Costa", ["BR"]), ("Kamau", ["KE"]), ("Ida Brandvold", ["NO"])],
            [("Ana LIMA Costa", ["BR"]), ("Ida Brandvold", ["SE"])],
            [("Ana Lima Costa", ["BR", "PT"]), ("Piet de Wit", [])],
            [("Ana Lima Costa", ["BR"])],
        ]
    )
    assert table.rows() == [
        ("Ana Lima Costa", "BR", 4),  # three of four readings: enough
        ("Piet de Wit", "", 1),  # staff of an international body
    ]
    # A one-word name is no key; two readings that disagree tell nothing.
    assert table.get("Kamau") is None and table.get("Ida Brandvold") is None
    assert table.get("ana lima costa") == Listed("Ana Lima Costa", ("BR",), 4)


def test_a_row_the_table_cannot_read_stops_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "officials.csv"
    path.write_text("name,countries,readings\nAna Lima Costa,BR,4\nPiet de Wit,QQ,1\n")
    with pytest.raises(DataError) as caught:
        Officials.load(path, {"BR", "NL"})
    assert caught.value.line == 3 and caught.value.path == str(path)
    assert Officials.load(path.with_name("none.csv")).get("Ana Lima Costa") is None


# Session 22: the host is known only to officials.csv; the guest's country is in
# his title. The place guessed while the host had no country was the guest's.
RECEIVED = (
    "General Tran Van Minh, Minister of National Defence, this morning received Lieutenant"
    " General Ivo Krall, Minister of the Armed Forces of Cuba, and his"
    " delegation. The two ministers then held talks between the delegations.\n"
)


def test_a_host_the_table_gives_a_country_receives_in_it(tmp_path: Path) -> None:
    data = data_copy(tmp_path)
    (data / "reference" / "officials.csv").write_text(
        "name,countries,readings\nTran Van Minh,VN,5\n", encoding="utf-8"
    )
    article = tmp_path / "received.txt"
    article.write_text(RECEIVED + INVENTED, encoding="utf-8")
    result = extract(article, date="2023-06-22", data_dir=data)
    (meeting,) = result.findings.meetings
    assert meeting.location == "country:VN"
