"""kg extract: session 16's rules, each on a short invented article (our own
words, invented people; not news): the other of an article's two countries for a
person met by one of the other, names listed after a title in the plural, and
demonyms the table lacked."""

from __future__ import annotations

from pathlib import Path

import pytest

from .drafts import countries, names, read, read_given

_RECEIVED = (
    "ACCRA, May 6, 2024 - The Chief of the Defence Staff, Vice Admiral Kofi"
    " Mensah-Boateng, on Monday received Mr Tomas Ruud at the headquarters of the"
    " Ghana Armed Forces.\n\nMr Ruud said his government would fund a peacekeeping"
    " course next year. {tail}"
)


def test_one_met_by_a_ghanaian_in_an_article_of_ghana_and_norway_is_norwegian(
    tmp_path: Path,
) -> None:
    text = _RECEIVED.format(tail="Norway has trained Ghanaian officers since 2010.")
    reading = read(text, tmp_path)
    assert countries(reading, "Tomas Ruud") == {"NO"}
    assert countries(reading, "Kofi Mensah-Boateng") == {"GH"}


def test_with_a_third_country_named_the_visitor_keeps_no_country(tmp_path: Path) -> None:
    # The rules' reading: a country guessed for one the text ties to none is a
    # separate, marked candidate (kg.extract.country_guess, session 19).
    text = _RECEIVED.format(tail="Norway and Denmark have trained Ghanaian officers since 2010.")
    assert countries(read_given(text, tmp_path), "Tomas Ruud") == set()


def test_the_other_country_is_not_given_to_one_visiting_it(tmp_path: Path) -> None:
    # The rules' reading: a country guessed for one the text ties to none is a
    # separate, marked candidate (kg.extract.country_guess, session 19).
    # Ruud meets Ghana's ambassador on a visit to Cuba: Cuba is where he is, not
    # whom he serves.
    text = (
        "HAVANA, May 6, 2024 - Mr Tomas Ruud, on a state visit to Cuba, on Monday"
        " received Ghana's Ambassador Kofi Mensah at his hotel.\n\nMr Ruud praised the"
        " training school. Cuba has trained Ghanaian doctors since 2010."
    )
    reading = read_given(text, tmp_path)
    assert countries(reading, "Tomas Ruud") == set()
    assert countries(reading, "Kofi Mensah") == {"GH"}


def test_staff_of_an_international_body_get_no_other_country(tmp_path: Path) -> None:
    # Met by a Finn in Belgium: a country of the two, but the EU's staff serve none.
    text = (
        "BRUSSELS, 5 May 2024 - In Brussels, the Finnish Chief of Defence, General Arno"
        " Tamm, met the Director General of the European Union Military Staff,"
        " Lieutenant General Piet van der Berg, and discussed training in Belgium."
    )
    assert countries(read(text, tmp_path), "Piet van der Berg") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Defence Ministers Petros Kallis, Nikos Doukas and Yoav Segal discussed the"
        " exercise in Athens on Tuesday.",
        "The talks in Athens on Tuesday were led by their respective Presidents, Petros"
        " Kallis, Nikos Doukas and Yoav Segal, and lasted two hours.",
        "The Presidents, Petros Kallis, Nikos Doukas, and Yoav Segal, met in Athens on Tuesday.",
        "The delegations were headed by Secretaries of State Petros Kallis, Nikos Doukas"
        " and Yoav Segal in Athens on Tuesday.",
    ],
)
def test_each_name_listed_after_a_plural_title_is_a_person(tmp_path: Path, sentence: str) -> None:
    text = f"ATHENS, March 3, 2021 (Invented) - {sentence}"
    assert {"Petros Kallis", "Nikos Doukas", "Yoav Segal"} <= names(read(text, tmp_path))


def test_a_plural_title_after_one_demonym_gives_each_name_its_country(tmp_path: Path) -> None:
    text = (
        "NAIROBI, March 3, 2021 (Invented) - Kenyan Deputy Defence Ministers Amos Kariuki and"
        " Ruth Wanjiru met the visiting delegation on Tuesday."
    )
    reading = read(text, tmp_path)
    assert countries(reading, "Amos Kariuki") == {"KE"}
    assert countries(reading, "Ruth Wanjiru") == {"KE"}


def test_a_plural_word_that_is_no_title_lists_no_persons(tmp_path: Path) -> None:
    # 'Affairs' is no plural of a post: the names after it are read by other rules
    # or not at all, never as holders of a title made of it.
    text = (
        "ATHENS, March 3, 2021 (Invented) - Foreign Affairs Petros Kallis and Nikos"
        " Doukas said nothing."
    )
    assert not {"Petros Kallis", "Nikos Doukas"} <= names(read(text, tmp_path))


@pytest.mark.parametrize(
    ("adjective", "code"),
    [
        ("Botswanan", "BW"),
        ("Sierra Leonean", "SL"),
        ("Papua New Guinean", "PG"),
        ("South Sudanese", "SS"),
        ("Guyanese", "GY"),
    ],
)
def test_demonyms_the_table_lacked(tmp_path: Path, adjective: str, code: str) -> None:
    text = (
        "LUSAKA, Aug 1, 2024 - Zambian President Moses Banda held talks in Lusaka on"
        f" Friday with his {adjective} counterpart Peter Kgosi."
    )
    assert countries(read(text, tmp_path), "Peter Kgosi") == {code}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The defense ministers of Chile, Jaime Rojas, and Peru, Rafael Soto, agreed on"
            " Tuesday to hold joint drills.",
            {"Jaime Rojas": {"CL"}, "Rafael Soto": {"PE"}},
        ),
        (
            "The presidents of Mexico, Andres Lopez, and Guatemala, Cesar Arevalo, met in"
            " Tapachula on Tuesday.",
            {"Andres Lopez": {"MX"}, "Cesar Arevalo": {"GT"}},
        ),
        (
            "The foreign ministers of Chile, Jaime Rojas, Peru, Rafael Soto, and Bolivia,"
            " Luis Arce, met in Lima on Tuesday.",
            {"Jaime Rojas": {"CL"}, "Rafael Soto": {"PE"}, "Luis Arce": {"BO"}},
        ),
    ],
)
def test_a_plural_title_of_countries_each_with_its_name(
    tmp_path: Path, sentence: str, expected: dict[str, set[str]]
) -> None:
    reading = read(f"LIMA, March 3, 2021 (Invented) - {sentence}", tmp_path)
    assert {name: countries(reading, name) for name in expected} == expected


def test_a_premier_is_a_head_of_government(tmp_path: Path) -> None:
    text = (
        "BEIJING, July 11, 2023 (Invented) - Chinese Premier Li Wen held talks with"
        " visiting Prime Minister Peter Kanu of Sierra Leone in Beijing on Monday."
    )
    reading = read(text, tmp_path)
    assert countries(reading, "Li Wen") == {"CN"}
    assert countries(reading, "Peter Kanu") == {"SL"}


def test_his_excellency_shortened_without_its_last_dot(tmp_path: Path) -> None:
    text = (
        "YAOUNDE, October 14, 2015 (Invented) - The Minister of Defence, Joseph Beti,"
        " received three envoys on Tuesday. H.E Ravi Menon came with the greetings of"
        " his government."
    )
    assert "Ravi Menon" in names(read(text, tmp_path))


def test_presidents_listed_together_are_of_two_countries(tmp_path: Path) -> None:
    # A president is one to a country: the context's guess for the first is not the
    # second's too (it gave both the country of the article's dateline). Session 36:
    # the presidents last met in January (of a meeting still to come, 'will meet
    # next month', both are named in passing now, so neither is drafted).
    text = (
        "BUENOS AIRES, March 18, 2023 (Invented) - Foreign Ministers Pablo Ortiz of"
        " Uruguay and Diego Rossi of Argentina on Friday agreed to arrange a summit"
        " between Alberto Mendez and Luis Varela in April.\n\nA ministry statement says"
        " the foreign ministers agreed that Presidents Alberto Mendez and Luis Varela"
        " last met in January."
    )
    reading = read(text, tmp_path)
    first, second = countries(reading, "Alberto Mendez"), countries(reading, "Luis Varela")
    assert first | second and first != second


def test_two_open_titles_joined_by_and_are_two_persons(tmp_path: Path) -> None:
    # The first title ran on through its holder's name to the second person's
    # ('Minister for Immigration A B and Minister for Finance of Fiji').
    text = (
        "SUVA, March 3, 2021 (Invented) - Prime Minister Sitiveni Rabuka met New Zealand's"
        " Foreign Minister Winston Peters in Suva on Tuesday. The meeting was also attended"
        " by Minister for Immigration Viliame Naupoto and Minister for Finance Esrom Immanuel."
    )
    reading = read(text, tmp_path)
    assert {"Viliame Naupoto", "Esrom Immanuel"} <= names(reading)
    posts = {reading.one(p, "label") for p in reading.of_class("Post")}
    assert not any("Naupoto" in label for label in posts)
