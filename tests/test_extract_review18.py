"""kg extract: fixes from the review of the rules of rounds 17 and 18, each on a
short invented article or sentence (our own words, invented people; not news)."""

from __future__ import annotations

from pathlib import Path

from kg.extract.findings import Person
from kg.extract.gazetteer import load_gazetteer, pipeline
from kg.extract.ranked_home import title_countries

from .drafts import countries, draft, read

_REFERENCE = Path(__file__).resolve().parents[1] / "data" / "reference"


def _signed(text: str, tmp_path: Path) -> list[tuple[str, set[str]]]:
    result = draft(text, tmp_path, date="2024-03-04")
    return [(s.title, {p.name for p in s.signatories}) for s in result.findings.signed]


def test_a_country_of_several_words_after_at_is_where_the_title_serves() -> None:
    # Each word of 'the United States' follows 'at', not only its first: the title
    # names no country of its holder's own (ranked_home._hosting).
    nlp, gaz = pipeline(_REFERENCE), load_gazetteer(_REFERENCE)
    doc = nlp(
        "(Invented test sentence for kg extract; not news.) Pieter Claes met the"
        " Liaison Officer at the United States Pacific Command, Captain Anton"
        " Virtanen, on Monday."
    )
    assert title_countries(gaz, [doc], Person("Anton Virtanen", "")) == set()


def test_a_lede_of_two_documents_is_not_merged_into_a_third_named_later(
    tmp_path: Path,
) -> None:
    signed = _signed(
        "Two accords\n\n(Invented test article for kg extract; not news.)\n\nOSLO,"
        " March 3 - Norway and Chile on Monday signed a memorandum of understanding"
        " on naval training and a defence industry agreement.\n\nA protocol on cadet"
        " exchanges was signed by Norwegian Defence Minister Kari Lunde and Chilean"
        " Defence Minister Pablo Ortega in Oslo.",
        tmp_path,
    )
    assert len(signed) == 3
    assert ("Protocol on cadet exchanges", {"Kari Lunde", "Pablo Ortega"}) in signed


def test_a_day_earlier_in_a_relative_clause_does_not_recall_the_signing(
    tmp_path: Path,
) -> None:
    signed = _signed(
        "Accord signed in Lima\n\n(Invented test article for kg extract; not news.)"
        "\n\nLIMA, March 3 - Peruvian Defence Minister Rosa Quispe and Brazilian"
        " Defence Minister Marco Teixeira, who arrived in Lima a day earlier, signed"
        " a defence cooperation agreement on Monday.",
        tmp_path,
    )
    assert [people for _, people in signed] == [{"Rosa Quispe", "Marco Teixeira"}]


def test_a_day_earlier_before_the_signing_still_recalls_it(tmp_path: Path) -> None:
    signed = _signed(
        "Talks in Lima\n\n(Invented test article for kg extract; not news.)\n\nLIMA,"
        " March 3 - Peruvian Defence Minister Rosa Quispe met Brazilian Defence"
        " Minister Marco Teixeira on Monday. One day earlier, Quispe and Teixeira,"
        " who lead the talks, signed a defence cooperation agreement.",
        tmp_path,
    )
    assert signed == []


def test_his_visit_after_two_persons_is_not_bound_to_the_first(tmp_path: Path) -> None:
    # 'A met B during her visit to Chile': the host A is not made a visitor of
    # Chile, so A keeps the dateline's country (visit_side.own_visits).
    reading = read(
        "Talks in Santiago\n\n(Invented test article for kg extract; not news.)\n\n"
        "SANTIAGO, March 3 - Defence Minister Pablo Ortega met Norwegian Defence"
        " Minister Kari Lunde on Monday during her visit to Chile.\n\nOrtega said"
        " Chile and Norway would train together.",
        tmp_path,
        date="2024-03-04",
    )
    assert countries(reading, "Pablo Ortega") == {"CL"}
    assert countries(reading, "Kari Lunde") == {"NO"}
