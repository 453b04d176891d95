"""Round 10 rules of kg extract (names): a name spelt two ways in one word is one
person, a past-tense headline verb ends a name, a leader whose envoy, orders or
message is spoken of is named in passing, and 'A, his <demonym> counterpart'
introduces A. Each article is invented (marked as such by tests/drafts.py)."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading

from .drafts import draft, names, participants


def test_a_name_spelt_two_ways_in_one_word_is_one_person(tmp_path: Path) -> None:
    result = draft(
        "ISLAMABAD, 6 May 2025 - Chief of Army Staff General Tariq Javed Moranzai met"
        " Norland Chief of Defence General Ivo Castellan at the General Headquarters on"
        " Tuesday. General Tariq Javaid Moranzai said the talks were useful. General Tariq"
        " Javed Moranzai thanked his guest.",
        tmp_path,
    )
    found = names(Reading.of(result.facts))
    assert "Tariq Javed Moranzai" in found
    assert "Tariq Javaid Moranzai" not in found


def test_a_past_tense_headline_verb_is_no_part_of_the_name(tmp_path: Path) -> None:
    result = draft(
        "Norland Defence Minister Tomas Verhoek Visited Estland\n\nTALLINN, 4 June 2025 -"
        " Norland Defence Minister Tomas Verhoek met Estland's Defence Minister Kalle"
        " Saarmets in Tallinn on Wednesday.",
        tmp_path,
    )
    found = names(Reading.of(result.facts))
    assert "Tomas Verhoek" in found
    assert "Tomas Verhoek Visited" not in found


def test_a_leader_whose_directives_are_followed_is_named_in_passing(tmp_path: Path) -> None:
    result = draft(
        "OSLO, 9 July 2025 - Norwegian Chief of Defence General Ivo Castellan met Norland"
        " Chief of Defence General Tomas Verhoek in Oslo on Monday. The two armies will"
        " train together, in line with the directives of President Arno Lindqvist.",
        tmp_path,
    )
    assert "Arno Lindqvist" not in names(Reading.of(result.facts))


def test_a_name_before_his_counterpart_is_the_counterpart(tmp_path: Path) -> None:
    result = draft(
        "OSLO, 5 March 2025 - Norwegian Defence Minister Tomas Verhoek discussed regional"
        " security with Kalle Saarmets, his Estonian counterpart, in Oslo on Wednesday.",
        tmp_path,
    )
    assert "Kalle Saarmets" in names(Reading.of(result.facts))
    assert frozenset({"Tomas Verhoek", "Kalle Saarmets"}) in participants(result)


def test_an_honorific_opens_a_name_after_an_unknown_title(tmp_path: Path) -> None:
    result = draft(
        "DOHA, 8 April 2025 - Norwegian Chief of Defence General Ivo Castellan met the"
        " Coordinator for Strategic Partnerships of Norland H.E. Lena Marsholt in Doha on"
        " Tuesday.",
        tmp_path,
    )
    assert "Lena Marsholt" in names(Reading.of(result.facts))


def test_an_open_head_title_before_a_name_introduces_a_person(tmp_path: Path) -> None:
    result = draft(
        "BEIRUT, 4 May 2025 - Army Commander General Ivo Castellan received in his office"
        " the special envoy of the Norland President, former Minister Abdul Marrak, in"
        " the presence of the Norland ambassador.",
        tmp_path,
    )
    assert "Abdul Marrak" in names(Reading.of(result.facts))
