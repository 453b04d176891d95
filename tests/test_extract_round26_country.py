"""kg extract: round 26 rules for the countries of persons, each on a short
invented article (our own words, invented people; not news): an acronym the
article defines after a national body's name ('the Zambian Coast Guard (ZCG)')
names that body's country wherever the article uses it again, in another
paragraph too; not one whose name names two countries or a body of many, not an
agency's after a dateline's country, and not one after 'in the' (a building,
where the person is); a guest listed after one with a demonym, in a list met in
turn, is of that guest's country."""

from __future__ import annotations

from pathlib import Path

from kg.extract.acronyms import text_acronyms
from kg.extract.gazetteer import pipeline
from kg.model import resources

from .drafts import INVENTED, countries, read


def _countries(text: str, tmp_path: Path, label: str, date: str = "2025-03-12") -> set[str]:
    # drafts.draft marks the article "(Invented test article for kg extract; not news.)".
    return countries(read(text, tmp_path, date=date), label)


def test_an_acronym_the_article_defines_names_its_country(tmp_path: Path) -> None:
    # Datelined in Malawi, whose minister hosts: without the acronym's country the
    # context would give Mwale Malawi, or nothing.
    text = (
        "Lilongwe, March 12 - Malawi's Minister of Defence Grace Banda on Tuesday"
        " hosted officers of the Zambian Coast Guard (ZCG) for talks on lake patrols."
        "\n\nThe ZCG's Director of Operations, Commodore Peter Mwale, told reporters"
        " that the two services would share radio codes."
    )
    assert _countries(text, tmp_path, "Peter Mwale") == {"ZM"}


def _acronym_types(text: str, acronym: str) -> list[str]:
    """The entity type of each use of the acronym in the article's last paragraph."""
    nlp = pipeline(resources.reference_dir(None).resolve())
    docs = [nlp(part) for part in (text + INVENTED).split("\n\n")]
    text_acronyms(docs)
    return [t.ent_type_ for t in docs[-2] if t.text == acronym]


def test_an_acronym_of_a_body_of_two_countries_names_none() -> None:
    # The commission is Malawi's and Zambia's: its acronym names neither.
    text = (
        "Lilongwe, March 12 - Malawi's Minister of Defence Grace Banda on Tuesday"
        " opened a session of the Malawi Zambia Joint Commission (MZJC) on lake patrols."
        "\n\nThe MZJC Executive Secretary, Colonel Peter Mwale, told reporters that the"
        " two services would share radio codes."
    )
    assert _acronym_types(text, "MZJC") == [""]


def test_an_acronym_of_a_body_of_many_countries_names_none() -> None:
    # A demonym of a language in a body of many countries names no country's body.
    text = (
        "Lisbon, March 12 - Ministers met on Tuesday at the Community of Portuguese"
        " Speaking Countries (CPSC) to plan a naval exercise.\n\nThe CPSC Executive"
        " Secretary, Colonel Rui Lobo, said the exercise would be held in May."
    )
    assert _acronym_types(text, "CPSC") == [""]


def test_an_agency_after_a_datelines_country_names_none() -> None:
    # '(ZNA)' after the dateline's country is the agency that filed the report, no
    # Zambian body: its later uses are no demonym. (The context gives the
    # correspondent below Zambia from the dateline anyway, so the acronym's entity
    # is what is checked.)
    text = (
        "LUSAKA, Zambia (ZNA) - Malawi's Minister of Defence Grace Banda on Tuesday met"
        " Zambian army chief General Joseph Tembo in Lusaka.\n\nThe ZNA Bureau Chief"
        " Captain Peter Mwale reported on the talks."
    )
    assert _acronym_types(text, "ZNA") == [""]


def test_an_acronym_after_in_the_is_a_place_not_a_title(tmp_path: Path) -> None:
    # 'in the ZCG headquarters' says where the American officer was, not whose.
    text = (
        "Lusaka, March 12 - The Zambian Coast Guard (ZCG) on Tuesday hosted a visiting"
        " American officer.\n\nDuring his stay in the ZCG headquarters, General Robert"
        " Hale, US Army, toured the boat yards."
    )
    assert "ZM" not in _countries(text, tmp_path, "Robert Hale")


def test_a_guest_listed_after_one_with_a_demonym_shares_its_country(tmp_path: Path) -> None:
    # Salas's title names no country; the article names Bolivia most besides the
    # visitor's, which the context alone would give him.
    text = (
        "Miami, March 12 - General Ann Cole of the US Army toured Peru and Bolivia this"
        " week.\n\nOn Monday, Cole met with Peruvian Minister of Defence Luis Prado and"
        " Joint Command Chief Admiral Jorge Salas to discuss river patrols.\n\nIn Bolivia"
        " she met with Defence Minister Eva Rojas. Bolivia and the US plan joint drills;"
        " Bolivia will host them."
    )
    assert _countries(text, tmp_path, "Jorge Salas") == {"PE"}
