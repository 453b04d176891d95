"""Scoring a draft against a gold reading, counted by hand on small readings."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.evaluation import KINDS, Reading, Score, meets_targets, report_lines, score

from .conftest import ROOT

SEED = ROOT / "data" / "curated" / "000_ce432b95e0a567d5.tsv"


def _by_kind(draft: Reading, gold: Reading) -> dict[str, tuple[int, int, int]]:
    return {s.kind: (s.gold, s.draft, s.matched) for s in score(draft, gold)}


def test_gold_against_itself_is_perfect() -> None:
    gold = Reading.read(SEED)
    scores = score(gold, gold)
    assert all(s.precision == 1.0 and s.recall == 1.0 for s in scores)
    assert _by_kind(gold, gold) == {
        "persons": (3, 3, 3),
        "persons with rank and country": (3, 3, 3),
        "meetings": (1, 1, 1),
        "agreements": (1, 1, 1),
        "appointments": (1, 1, 1),
        "congratulations": (1, 1, 1),
        "supports": (3, 3, 3),
    }


PERSON = [
    ("p1", "a", "Person"),
    ("p1", "label", "Andrey Ravkov"),
    ("p1", "hasRank", "rank:post-soviet-army.lieutenant-general"),
    ("h1", "holder", "p1"),
    ("h1", "heldPost", "post1"),
    ("post1", "postIn", "m1"),
    ("m1", "ministryOf", "country:BY"),
]


def test_ids_do_not_matter_and_spelling_variants_match() -> None:
    gold = Reading.read(SEED)
    draft = Reading.of([(s.replace("1", "x"), p, o.replace("1", "x")) for s, p, o in PERSON])
    scores = {s.kind: s for s in score(draft, gold)}
    ranked = scores["persons with rank and country"]
    assert (ranked.gold, ranked.draft, ranked.matched) == (3, 1, 1)
    assert ranked.precision == 1.0 and round(ranked.recall, 2) == 0.33
    assert ranked.missing == (
        "andrei kaptilovich | rank:post-soviet-army.colonel | country:BY",
        "zakir hasanov | rank:post-soviet-army.colonel-general | country:AZ",
    )


def test_a_wrong_rank_counts_against_precision_and_recall() -> None:
    wrong = [
        (s, p, "rank:nato-army.lieutenant-general" if p == "hasRank" else o) for s, p, o in PERSON
    ]
    scores = {s.kind: s for s in score(Reading.of(wrong), Reading.of(PERSON))}
    assert scores["persons"].matched == 1
    assert scores["persons with rank and country"].matched == 0
    assert scores["persons with rank and country"].extra == (
        "andrei ravkov | rank:nato-army.lieutenant-general | country:BY",
    )
    assert not meets_targets(list(scores.values()))


def test_meetings_need_the_same_participants_date_and_place(tmp_path: Path) -> None:
    meeting = [
        ("m", "a", "Meeting"),
        ("a", "a", "Person"),
        ("a", "label", "Zakir Hasanov"),
        ("b", "a", "Person"),
        ("b", "label", "Andrei Ravkov"),
        ("m", "participant", "a"),
        ("m", "participant", "b"),
        ("m", "date", "2019-10-29"),
        ("m", "location", "place:baku"),
    ]
    elsewhere = [(s, p, "place:minsk" if p == "location" else o) for s, p, o in meeting]
    assert _by_kind(Reading.of(meeting), Reading.of(meeting))["meetings"] == (1, 1, 1)
    assert _by_kind(Reading.of(elsewhere), Reading.of(meeting))["meetings"] == (1, 1, 0)
    assert _by_kind(Reading.of([]), Reading.of(meeting))["meetings"] == (1, 0, 0)


def test_a_fact_type_with_no_gold_and_no_draft_is_not_applicable() -> None:
    """Nothing to find and nothing found is no 1.00: the report says 'n/a'."""
    meeting = [
        ("m", "a", "Meeting"),
        ("a", "a", "Person"),
        ("a", "label", "Zakir Hasanov"),
        ("m", "participant", "a"),
    ]
    gold = Reading.of([*meeting, ("c", "a", "Congratulation"), ("c", "congratulator", "a")])
    scores = score(Reading.of(meeting), gold)
    lines = report_lines(scores)
    rows = {line[:30].strip().rstrip(" *"): line[30:].split() for line in lines[1 : len(KINDS) + 1]}
    assert rows["meetings"] == ["1", "1", "1", "1.00", "1.00"]
    assert rows["congratulations"] == ["1", "0", "0", "n/a", "0.00"]
    empty = {s.kind for s in scores if s.gold == s.draft == 0}
    assert empty == {"agreements", "appointments", "supports"}
    assert all(rows[kind] == ["0", "0", "0", "n/a", "n/a"] for kind in empty)
    assert lines[len(KINDS) + 1] == "  missed congratulations: zakir hasanov | "  # no congratulatee
    assert lines[-1] == (
        "* targets (precision / recall at least: persons with rank and country"
        " 0.90 / 0.85, meetings 0.85 / 0.80, agreements 0.80 / 0.80): met"
    )


def test_a_type_the_gold_leaves_out_has_no_recall() -> None:
    """Draft items of a type with no gold item: precision 0.00, recall 'n/a' (not
    1.00); gold items with no draft item: precision 'n/a', recall 0.00."""
    scores = [
        Score("supports", gold=0, draft=3, matched=0, missing=(), extra=("a", "b", "c")),
        Score("agreements", gold=2, draft=0, matched=0, missing=("a", "b"), extra=()),
    ]
    rows = [line.split()[-5:] for line in report_lines(scores)[1:3]]
    assert rows == [["0", "3", "0", "0.00", "n/a"], ["2", "0", "0", "n/a", "0.00"]]


def test_an_unreadable_gold_file_says_where_and_how_to_fix(tmp_path: Path) -> None:
    from kg.errors import DataError

    gold = tmp_path / "gold.tsv"
    gold.write_text("subject\tpredicate\tobject\tevidence\nx\ty\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        Reading.read(gold)
    assert str(info.value) == (
        f"{gold}:2: expected 4 tab-separated columns (subject, predicate, object, evidence),"
        " found 2\n    fix: separate the columns with single tabs; a quote may not contain a tab"
    )


def test_a_middle_initial_does_not_tell_two_readings_apart() -> None:
    def person(label: str) -> Reading:
        return Reading.of([("p", "a", "Person", "e"), ("p", "label", label, "e")])

    scores = {s.kind: s for s in score(person("Sergei K. Volkov"), person("Sergei Volkov"))}
    assert scores["persons"].matched == 1
    scores = {s.kind: s for s in score(person("Sergei Volkov"), person("Pavel Volkov"))}
    assert scores["persons"].matched == 0


def test_each_starred_type_has_the_issues_own_target() -> None:
    # Meetings at 0.85 / 0.80 meet their target, which a single 0.9 would not.
    def at(kind: str, matched: int, draft: int, gold: int) -> Score:
        return Score(kind, gold, draft, matched, (), ())

    meetings = at("meetings", 17, 20, 21)  # 0.85 / 0.81
    persons = at("persons with rank and country", 18, 20, 21)  # 0.90 / 0.86
    agreements = at("agreements", 4, 5, 5)  # 0.80 / 0.80
    assert meets_targets([meetings, persons, agreements])
    assert not meets_targets([meetings, persons, agreements], target=0.9)
    short = at("persons with rank and country", 17, 20, 20)  # 0.85 / 0.85
    assert not meets_targets([meetings, short, agreements])
