"""Imported people resolved against each other (kg.icews.merge): spellings of one
person in one country become one entity, each merge recorded with its rule; one
name in two countries stays two entities. The fixture is invented, in the column
layout of the ICEWS Dataverse files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.builder.exports import BuildResult
from kg.cli import main
from kg.icews import mapping
from kg.icews.merge import SAME_NAME, WORD_ORDER
from kg.icews.reading import read
from kg.model.identity import Resolver
from kg.model.namespaces import KG
from kg.sparql.endpoint import run_named
from kg.sparql.local import LocalStore

from .conftest import FIXTURES

EVENTS = FIXTURES / "icews-merge" / "events.2014.tab"

# The pairs the fixture was written with: (name, the name it joins, rule, country).
ONE_PERSON = {
    ("Kim Jong Un", "Kim Jong-Un", SAME_NAME, "KP"),
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


def test_without_countries_nothing_is_merged(tmp_path: Path) -> None:
    # The named releases give no country: the same spellings stay apart.
    path = tmp_path / "named.tsv"
    path.write_text(
        "Kim Jong-Un\tMake statement\tChina\t2014-01-01\nKim Jong Un\tConsult\tChina\t2014-01-02\n",
        encoding="utf-8",
    )
    _, mapper = mapping.convert([path], "named", Resolver.empty())
    assert not mapper.report.merges.into
    assert mapper.report.merges.kept_apart[0]["not merged"] == {
        "Kim Jong Un": "no country",
        "Kim Jong-Un": "no country",
    }


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
    assert set(report["kept_apart"][0]["names"]) == TWO_PEOPLE
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["imports"]["merge-test"]["merged"] == len(ONE_PERSON)
    store = LocalStore(out / "store")
    rows = run_named(store, "merges", {"dataset": "merge-test"}).values()
    assert {(r[1], r[2]) for r in rows} == {(kept, name) for name, kept, _, _ in ONE_PERSON}
    assert all(r[3].startswith((SAME_NAME, WORD_ORDER)) for r in rows)
    assert not run_named(store, "merges", {"dataset": "other"}).values()
    del store
    st = ox.Store.read_only(str(out / "store"))
    labels = {
        q.object.value
        for q in st.quads_for_pattern(None, ox.NamedNode(str(KG.sourceName)), None)
        if q.subject.value.endswith("/pavlo-klimkin")
    }
    assert labels == {"Pavlo Klimkin", "Pavel Klimkin", "Klimkin Pavlo"}
