"""Imported people resolved against each other (kg.icews.merge): spellings of one
person become one entity when the spelling alone says so, or a name rule and the
data (one country, or shared counterparts) do; each merge recorded with its rule and
evidence; near misses stay apart. The fixtures are invented, in the column layout
of the ICEWS Dataverse files (with countries) and of the named releases (without)."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.builder.exports import BuildResult
from kg.cli import main
from kg.icews import mapping
from kg.icews.merge import (
    MIN_JACCARD,
    MIN_SHARED_PARTNERS,
    SAME_NAME,
    SAME_SPELLING,
    WORD_ORDER,
    Profile,
    spelling,
    weigh,
)
from kg.icews.reading import read
from kg.model.identity import Resolver
from kg.model.namespaces import KG
from kg.sparql.endpoint import run_named
from kg.sparql.local import LocalStore

from .conftest import FIXTURES

EVENTS = FIXTURES / "icews-merge" / "events.2014.tab"

# The pairs the fixture was written with: (name, the name it joins, rule, country).
ONE_PERSON = {
    ("Kim Jong Un", "Kim Jong-Un", SAME_SPELLING, "KP"),
    ("Pavel Klimkin", "Pavlo Klimkin", SAME_NAME, "UA"),
    ("Klimkin Pavlo", "Pavlo Klimkin", WORD_ORDER, "UA"),
    ("Muhammad ibn Salman", "Mohammed bin Salman", SAME_NAME, "SA"),
    ("Steven Mnuchin", "Steve Mnuchin", SAME_NAME, "US"),
}
TWO_PEOPLE = {"Sergey Ivanov", "Sergei Ivanov"}  # one name, two countries


def mapped() -> mapping.Mapper:
    _, mapper = mapping.convert([EVENTS], "merge-test", Resolver.empty())
    mapper.finish(set())
    return mapper


def actor_of(mapper: mapping.Mapper, name: str) -> str:
    return mapper.actor(name)[0]


def test_the_country_columns_are_read() -> None:
    records = list(read(EVENTS))
    first = records[0]
    assert (first.subject, first.subject_country, first.object_country) == (
        "Kim Jong-Un",
        "North Korea",
        "",
    )
    assert any(r.object_country == "Saudi Arabia" for r in records)


def test_spellings_of_one_person_in_one_country_are_merged() -> None:
    mapper = mapped()
    merges = {(m.name, m.kept, m.rule, m.country) for m in mapper.report.merges.merges}
    assert merges == ONE_PERSON
    for name, kept, _, _ in ONE_PERSON:
        assert actor_of(mapper, name) == actor_of(mapper, kept)


def test_one_name_in_two_countries_and_another_given_name_stay_apart() -> None:
    mapper = mapped()
    assert len({actor_of(mapper, name) for name in TWO_PEOPLE}) == 2
    assert actor_of(mapper, "Kim Jong-Il") != actor_of(mapper, "Kim Jong-Un")
    (apart,) = mapper.report.merges.kept_apart
    assert set(apart["names"]) == TWO_PEOPLE  # type: ignore[arg-type]
    assert not TWO_PEOPLE & set(mapper.report.merges.into)


def test_every_record_of_a_merged_name_names_the_one_entity() -> None:
    mapper = mapped()
    kept = actor_of(mapper, "Pavlo Klimkin")
    names = {"Pavlo Klimkin", "Pavel Klimkin", "Klimkin Pavlo"}
    records = [r for r in read(EVENTS) if r.subject in names or r.object in names]
    events = {f.split(" ", 1)[0] for f in mapper.facts if f.endswith(f" {kept}")}
    events = {e for e in events if "/icews/merge-test/" in e}
    assert len(events) == len(records)
    # The entity keeps each name as written, and a record of each merge.
    for name in names - {"Pavlo Klimkin"}:
        assert f'{kept} <{KG.sourceName}> "{name}"' in mapper.facts


def test_one_spelling_in_two_countries_stays_apart(tmp_path: Path) -> None:
    header = "Event ID\tEvent Date\tSource Name\tSource Country\tEvent Text\tTarget Name\n"
    path = tmp_path / "events.tab"
    path.write_text(
        header + "1\t2014-01-01\tAli Hassan\tIraq\tConsult\tChina\n"
        "2\t2014-01-02\tALI HASSAN\tEgypt\tConsult\tChina\n",
        encoding="utf-8",
    )
    _, mapper = mapping.convert([path], "two", Resolver.empty())
    assert not mapper.report.merges.into
    (apart,) = mapper.report.merges.kept_apart
    assert apart["not merged"] == {"Ali Hassan": "with 'ALI HASSAN': countries EG and IQ"}


@pytest.mark.slow
def test_merges_are_in_the_report_and_the_store(
    seed_build: tuple[Path, BuildResult], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "build"
    shutil.copytree(seed_build[0], out)
    args = ["import", "icews", str(EVENTS), "--dataset", "merge-test", "--build", str(out)]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert f"Spellings of one person merged: {len(ONE_PERSON)} (kg query merges)" in printed
    report = json.loads((out / "imports" / "merge-test.json").read_text(encoding="utf-8"))
    assert {(m["name"], m["into"], m["rule"], m["country"]) for m in report["merges"]} == (
        ONE_PERSON
    )
    assert all(m["evidence"] and "shared_partners" in m for m in report["merges"])
    assert set(report["kept_apart"][0]["names"]) == TWO_PEOPLE
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["imports"]["merge-test"]["merged"] == len(ONE_PERSON)
    store = LocalStore(out / "store")
    rows = run_named(store, "merges", {"dataset": "merge-test"}).values()
    assert {(r[1], r[2]) for r in rows} == {(kept, name) for name, kept, _, _ in ONE_PERSON}
    assert all(r[3].startswith((SAME_SPELLING, SAME_NAME, WORD_ORDER)) for r in rows)
    assert all("evidence: " in r[3] for r in rows)
    assert not run_named(store, "merges", {"dataset": "other"}).values()
    del store
    st = ox.Store.read_only(str(out / "store"))
    labels = {
        q.object.value
        for q in st.quads_for_pattern(None, ox.NamedNode(str(KG.sourceName)), None)
        if q.subject.value.endswith("/pavlo-klimkin")
    }
    assert labels == {"Pavlo Klimkin", "Pavel Klimkin", "Klimkin Pavlo"}


# The named releases give no country: the counterparts decide.
NAMED = FIXTURES / "icews-named-merge" / "named.tsv"
NAMED_ONE_PERSON = {
    ("Kim Jong Un", "Kim Jong-Un", SAME_SPELLING),
    ("Pavel Klimkin", "Pavlo Klimkin", SAME_NAME),
    ("Klimkin Pavlo", "Pavlo Klimkin", WORD_ORDER),
    ("Muhammad ibn Salman", "Mohammed bin Salman", SAME_NAME),
    ("Steven Mnuchin", "Steve Mnuchin", SAME_NAME),
}
NEAR_MISSES = {("Sergey Ivanov", "Sergei Ivanov"), ("Ali Hassan", "Hassan Ali")}


def counterparts(name: str) -> set[str]:
    """The other actors of ``name``'s records in the named fixture, by spelling."""
    out = set()
    for record in read(NAMED):
        if record.subject == name:
            out.add(spelling(record.object))
        if record.object == name:
            out.add(spelling(record.subject))
    return out


def named() -> mapping.Mapper:
    _, mapper = mapping.convert([NAMED], "named-test", Resolver.empty())
    mapper.finish(set())
    return mapper


def test_named_release_spellings_merge_on_shared_counterparts() -> None:
    mapper = named()
    plan = mapper.report.merges
    assert {(m.name, m.kept, m.rule) for m in plan.merges} == NAMED_ONE_PERSON
    for name, kept, _ in NAMED_ONE_PERSON:
        assert actor_of(mapper, name) == actor_of(mapper, kept)
    assert plan.by_rule() == {SAME_SPELLING: 1, SAME_NAME: 3, WORD_ORDER: 1}
    # The evidence recorded is the data's: the counterparts the two names share.
    steven = plan.into["Steven Mnuchin"]
    shared = counterparts("Steven Mnuchin") & counterparts("Steve Mnuchin")
    assert steven.shared == len(shared) >= MIN_SHARED_PARTNERS
    assert f"{len(shared)} shared partners" in steven.evidence
    # The hyphen alone joins the Kim Jong-Un spellings, which share no counterpart.
    kim = plan.into["Kim Jong Un"]
    assert not counterparts("Kim Jong Un") & counterparts("Kim Jong-Un")
    assert kim.evidence == "spelling alone"
    assert f'"{SAME_SPELLING}: ' in " ".join(mapper.facts)


def test_named_release_near_misses_stay_apart_and_are_listed() -> None:
    mapper = named()
    plan = mapper.report.merges
    for one, other in NEAR_MISSES:
        assert actor_of(mapper, one) != actor_of(mapper, other)
        assert not {one, other} & set(plan.into)
        shared = counterparts(one) & counterparts(other)
        assert len(shared) < MIN_SHARED_PARTNERS
        (entry,) = [a for a in plan.kept_apart if one in a["names"]]  # type: ignore[operator]
        (why,) = entry["not merged"].values()  # type: ignore[attr-defined]
        assert f"{len(shared)} shared partner" in why


def test_corroboration_needs_both_thresholds() -> None:
    names: set[str] = set()
    common = {f"p{i}" for i in range(MIN_SHARED_PARTNERS)}
    few = Profile(1, set(list(common)[1:]))
    assert not weigh(Profile(1, set(common)), few, names).joins
    assert weigh(Profile(1, set(common)), Profile(1, set(common)), names).joins
    # Enough shared counterparts, but lost among many others: Jaccard too low.
    crowd = {f"q{i}" for i in range(int(MIN_SHARED_PARTNERS / MIN_JACCARD) + 1)}
    diluted = weigh(Profile(1, common | crowd), Profile(1, set(common)), names)
    assert diluted.shared == MIN_SHARED_PARTNERS and diluted.jaccard < MIN_JACCARD
    assert not diluted.joins
    # One country for both corroborates; disjoint countries veto, whatever is shared.
    iq, eg = Counter({"IQ": 1}), Counter({"EG": 1})
    assert weigh(Profile(1, set(), iq), Profile(1, set(), Counter(iq)), names).joins
    assert not weigh(Profile(1, set(common), iq), Profile(1, set(common), eg), names).joins
    # The names compared are not counterparts of each other.
    pair = {"a", "b"}
    assert not weigh(Profile(1, common | pair), Profile(1, common | pair), common).joins
