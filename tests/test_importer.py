"""``kg import icews`` into a build, entity resolution, and incremental builds."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.api import build
from kg.builder.exports import BuildResult, nt_lines
from kg.builder.graphs import replace_graph
from kg.builder.manifest import previous_statements, read_manifest
from kg.cli import main
from kg.errors import UsageError
from kg.graph.tables import INDEX_DIR
from kg.icews.actors import Actor
from kg.icews.cameo import Cameo
from kg.icews.importer import ImportResult, import_icews, streamed_bulk_load
from kg.model.identity import Resolver
from kg.model.namespaces import ASSERTED_GRAPH, ID, INFERRED_GRAPH, ONTOLOGY_GRAPH
from kg.model.ontology import canonical_graph, load_graph
from kg.reasoning import Reasoner
from kg.reasoning.closure import RecordFilter, join_vocabulary
from kg.reasoning.engine import Materializer
from kg.reasoning.rules import store_rules

from .conftest import FIXTURES, ROOT

SAMPLE = FIXTURES / "icews" / "icews14-sample.tsv"
UPDATE = FIXTURES / "update"
IMPORTED = "https://w3id.org/kg-state-actors/graph/imported/icews14-sample"
MEETING_ACTIONS = {"Consult", "Make a visit", "Host a visit", "Engage in negotiation"}


@pytest.fixture(scope="module")
def imported(
    seed_build: tuple[Path, BuildResult], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, ImportResult]:
    out = tmp_path_factory.mktemp("icews") / "build"
    shutil.copytree(seed_build[0], out)
    return out, import_icews([SAMPLE], out)


@pytest.fixture
def in_build_copy(
    seed_build: tuple[Path, BuildResult], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A working folder with a writable copy of the seed build at build/."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(seed_build[0], tmp_path / "build")
    return tmp_path


def sample_rows() -> list[dict[str, str]]:
    with SAMPLE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def counted(out: Path) -> int:
    """The quads a build's manifest says its store holds."""
    count: int = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["store_quads"]
    return count


def index_content(path: Path) -> tuple[set[tuple[str, ...]], ...]:
    """A build's index files as sets of rows, node ids replaced by IRIs."""
    import pyarrow.parquet as pq

    folder = path / INDEX_DIR
    nodes = pq.read_table(folder / "nodes.parquet").to_pylist()
    iri = {row["id"]: row["iri"] for row in nodes}
    return (
        {tuple(str(v) for k, v in row.items() if k != "id") for row in nodes},
        {
            (iri[r["src"]], iri[r["dst"]], r["predicate"], r["status"], r["graph"], r["date"])
            for r in pq.read_table(folder / "edges.parquet").to_pylist()
        },
        {
            (iri[r["id"]], r["predicate"], r["value"])
            for r in pq.read_table(folder / "literals.parquet").to_pylist()
        },
    )


def quads(path: Path) -> set[str]:
    """A store's quads, without the ontology's blank nodes (labelled per load)."""
    store = ox.Store.read_only(str(path / "store"))
    return {
        str(q)
        for q in store
        if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)
    }


def test_import_report(imported: tuple[Path, ImportResult]) -> None:
    out, result = imported
    report = result.report
    rows = sample_rows()
    assert report.records == len(rows)
    assert sum(report.events.values()) == len(rows)
    assert report.events["Agreement"] == sum(r["relation"] == "Sign formal agreement" for r in rows)
    assert report.events["Support"] == sum(r["relation"] == "Praise or endorse" for r in rows)
    names = {r["subject"] for r in rows} | {r["object"] for r in rows}
    assert report.actor_count == len(names)
    assert report.unclassified_share == len(report.unclassified) / len(names)
    assert not report.unknown_actions
    assert {n: r.entity for n, r in report.resolved.items()} == {
        "Zakir Hasanov": str(ID["zakir-hasanov"]),
        "Defense / Security Ministry (Azerbaijan)": str(ID["az-ministry-of-defence"]),
    }
    assert report.ambiguous == {}
    saved = json.loads((out / "imports" / "icews14-sample.json").read_text(encoding="utf-8"))
    assert saved["unclassified"] == sorted(report.unclassified)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["imports"]["icews14-sample"]["records"] == len(rows)


def test_whom_zakir_hasanov_met_in_2014_answers_from_icews(
    imported: tuple[Path, ImportResult],
) -> None:
    out, _ = imported
    graph = kg.load(out)
    found = graph.query(
        "meetings", person="zakir-hasanov", **{"from": "2014-01-01", "to": "2014-12-31"}
    )
    expected = {
        (r["date"], r["object"] if r["subject"] == "Zakir Hasanov" else r["subject"])
        for r in sample_rows()
        if "Zakir Hasanov" in (r["subject"], r["object"]) and r["relation"] in MEETING_ACTIONS
    }
    assert len(found) == sum(
        1
        for r in sample_rows()
        if "Zakir Hasanov" in (r["subject"], r["object"]) and r["relation"] in MEETING_ACTIONS
    )
    assert {str(d)[:10] for d in found["date"]} == {d for d, _ in expected}
    assert "Sergey Kuzhugetovich Shoygu" in set(found["counterpart"])
    assert all("/icews/icews14-sample/" in str(m) for m in found["meeting"])


def test_event_types_of_a_country(imported: tuple[Path, ImportResult]) -> None:
    cameo = Cameo()
    expected: Counter[str] = Counter()
    for row in sample_rows():
        names = (row["subject"], row["object"])
        azerbaijani = [
            n for n in names if n in ("Azerbaijan", "Zakir Hasanov") or n.endswith("(Azerbaijan)")
        ]
        if azerbaijani and row["relation"] != "Sign formal agreement":
            expected[cameo.code(row["relation"]) or ""] += 1
    found = kg.load(imported[0]).query("country-event-types", country="country:AZ")
    assert dict(zip(found["code"], found["events"], strict=True)) == dict(expected)
    assert set(found["country_name"]) == {"Azerbaijan"}


def test_event_types_of_every_country_agree_with_each_country(
    imported: tuple[Path, ImportResult],
) -> None:
    graph = kg.load(imported[0])
    by_country: dict[str, set[tuple[str, str, int]]] = {}
    for name, code, label, events in graph.query("event-types").itertuples(index=False):
        by_country.setdefault(name, set()).add((code, label, events))
    assert len(by_country) > 20 and {"Azerbaijan", "Belarus"} <= set(by_country)
    countries = graph.query(
        "SELECT DISTINCT ?c ?name WHERE { ?e kg:involvesCountry ?c . ?c rdfs:label ?name }",
        short_iris=True,
    )
    assert len(countries) == len(by_country)
    for country, name in countries.itertuples(index=False):
        one = graph.query("country-event-types", country=country)
        rows = set(zip(one["code"], one["event_type"], one["events"], strict=True))
        assert rows == by_country[name], name


def test_icews_facts_carry_their_source_line(imported: tuple[Path, ImportResult]) -> None:
    out, _ = imported
    rows = sample_rows()
    store = ox.Store.read_only(str(out / "store"))
    result = store.query(
        """PREFIX kg: <https://w3id.org/kg-state-actors/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?line ?file ?dataset ?code WHERE {{ ?e kg:participant <{}> ;
          kg:sourceLine ?line ; kg:fromFile ?f ; kg:eventType/skos:notation ?code ;
          a kg:Meeting . ?f kg:sourceFile ?file ; kg:fromDataset ?dataset }}""".format(
            ID["zakir-hasanov"]
        ),
        use_default_graph_as_union=True,
    )
    lines = list(result)  # type: ignore[arg-type]
    assert lines
    for line, file, dataset, code in lines:  # type: ignore[misc]
        row = rows[int(line.value) - 2]  # the header is line 1
        assert "Zakir Hasanov" in (row["subject"], row["object"])
        assert file.value == SAMPLE.name
        assert dataset.value.endswith("/dataset/icews14-sample")
        assert code.value.startswith("04")


@pytest.mark.parametrize(
    ("query", "params"),
    [
        ("meetings", {"person": "zakir-hasanov", "from": "2019-01-01"}),
        ("plans", {"party": "country:BY"}),
        ("ranks", {}),
        ("posts", {"country": "country:AZ"}),
        ("appointments", {}),
        ("support", {"supporter": "country:BY"}),
        ("by-source", {"source": "000_ce432b95e0a567d5"}),
        ("entity", {"entity": "andrei-ravkov"}),
    ],
)
def test_seed_questions_keep_their_answers(
    seed_build: tuple[Path, BuildResult],
    imported: tuple[Path, ImportResult],
    query: str,
    params: dict[str, str],
) -> None:
    before = kg.load(seed_build[0]).query(query, **params)
    after = kg.load(imported[0]).query(query, **params)
    assert before.to_dict("records") == after.to_dict("records")
    assert len(before) > 0


def test_the_store_is_closed_under_the_rules(imported: tuple[Path, ImportResult]) -> None:
    out, result = imported
    assert result.inferred_added > 0
    store = ox.Store.read_only(str(out / "store"))
    memory = ox.Store()
    memory.bulk_load(store.dump(format=ox.RdfFormat.N_QUADS), ox.RdfFormat.N_QUADS)
    inferred = ox.NamedNode(str(INFERRED_GRAPH))
    before = {str(q.triple) for q in memory.quads_for_pattern(None, None, None, inferred)}
    memory.update(f"CLEAR GRAPH <{INFERRED_GRAPH}>")
    rules = store_rules(load_graph())
    materializer = Materializer(
        memory,
        rules,
        [str(ASSERTED_GRAPH), IMPORTED],
        str(INFERRED_GRAPH),
        stored=RecordFilter(join_vocabulary(rules)),
    )
    materializer.saturate()
    after = {str(q.triple) for q in memory.quads_for_pattern(None, None, None, inferred)}
    assert before == after


@pytest.mark.slow
def test_importing_again_replaces_the_data_set(
    imported: tuple[Path, ImportResult], tmp_path: Path
) -> None:
    out = tmp_path / "build"
    shutil.copytree(imported[0], out)
    again = import_icews([SAMPLE], out)
    assert again.replaced
    assert quads(out) == quads(imported[0])
    assert index_content(out) == index_content(imported[0])
    assert counted(out) == counted(imported[0]) == len(ox.Store.read_only(str(out / "store")))


@pytest.mark.slow
def test_importing_again_after_an_update_is_a_first_import_into_the_updated_build(
    imported: tuple[Path, ImportResult], tmp_path: Path
) -> None:
    """Re-importing the only data set starts again from the curated graphs (kg.nq):
    after an article was added, that gives what a first import into the updated
    curated build gives."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    shutil.copytree(UPDATE / "curated", data / "curated", dirs_exist_ok=True)
    shutil.copytree(UPDATE / "sources", data / "sources", dirs_exist_ok=True)
    out = tmp_path / "build"
    shutil.copytree(imported[0], out)
    assert build(data, out).changed == (23, 0)
    assert import_icews([SAMPLE], out).replaced
    full = tmp_path / "full"
    build(data, full, reasoner=Reasoner.RULES)
    assert not import_icews([SAMPLE], full).replaced
    assert quads(out) == quads(full)
    assert index_content(out) == index_content(full)


@pytest.mark.slow
def test_importing_one_of_two_data_sets_again_keeps_the_other(
    imported: tuple[Path, ImportResult], tmp_path: Path
) -> None:
    """With another data set in the build, the replaced one's graph is loaded again
    with what stays: the same store as before."""
    out = tmp_path / "build"
    shutil.copytree(imported[0], out)
    half = tmp_path / "half.tsv"
    lines = SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    half.write_text("".join(lines[: 1 + len(lines) // 2]), encoding="utf-8")
    import_icews([half], out, "other")
    both = quads(out)
    assert import_icews([SAMPLE], out).replaced
    assert quads(out) == both


@pytest.mark.slow
def test_a_changed_article_updates_the_store_without_rebuilding(
    imported: tuple[Path, ImportResult], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    shutil.copytree(UPDATE / "curated", data / "curated", dirs_exist_ok=True)
    shutil.copytree(UPDATE / "sources", data / "sources", dirs_exist_ok=True)
    out = tmp_path / "build"
    shutil.copytree(imported[0], out)

    added = build(data, out)
    assert added.changed == (23, 0)
    assert added.imports == ["icews14-sample"]

    full = tmp_path / "full"
    build(data, full, reasoner=Reasoner.RULES)
    import_icews([SAMPLE], full)
    assert quads(out) == quads(full)
    for export in ("kg.nq", "kg.nt", "kg.ttl", "ontology.html", "graph.html"):
        assert (out / export).read_bytes() == (full / export).read_bytes(), export
    assert counted(out) == len(ox.Store.read_only(str(out / "store")))
    talks = kg.load(out).query(
        "meetings", person="aidar-testov", **{"from": "2014-01-01", "to": "2014-12-31"}
    )
    assert list(talks["counterpart"]) == ["Zakir Hasanov"]

    (data / "curated" / "update-test.tsv").unlink()
    removed = build(data, out)
    assert removed.changed == (0, 23)
    assert counted(out) == len(ox.Store.read_only(str(out / "store")))
    assert quads(out) == quads(imported[0]) - {
        q for q in quads(imported[0]) if "/graph/provenance>" in q
    } | {q for q in quads(out) if "/graph/provenance>" in q}


@pytest.mark.parametrize(
    ("label", "name", "expected"),
    [
        ("Andrei Ravkov", "Andrey Ravkov", "ravkov"),
        ("Sergey Lavrov", "Sergey Viktorovich Lavrov", "lavrov"),
        ("Sergei Shoigu", "Sergey Kuzhugetovich Shoygu", "shoigu"),
        ("Zakir Hasanov", "Zakir Gasanov", "hasanov"),
    ],
)
def test_names_match_across_transliterations(label: str, name: str, expected: str) -> None:
    resolver = Resolver.from_rows([(f"urn:x:{expected}", "Person", label, None)])
    found = resolver.resolve(Actor(name, "Person", "personal name"))
    assert found.entity == f"urn:x:{expected}"


def test_ambiguous_names_are_reported_not_merged() -> None:
    resolver = Resolver.from_rows(
        [
            ("urn:x:petrov-1", "Person", "Andrei Petrov", None),
            ("urn:x:petrov-2", "Person", "Andrey Petrov", None),
            ("urn:x:mod-1", "Ministry", "Ministry of Defence of Armenia", "urn:c/AM"),
            ("urn:x:mod-2", "Ministry", "Defence Ministry of Armenia", "urn:c/AM"),
        ]
    )
    person = resolver.resolve(Actor("Andrei Petrov", "Person", "personal name"))
    assert (person.entity, person.candidates) == (None, ("urn:x:petrov-1", "urn:x:petrov-2"))
    ministry = resolver.resolve(
        Actor("Defense / Security Ministry (Armenia)", "Ministry", "t", "AM", "x", "defence")
    )
    assert (ministry.entity, ministry.candidates) == (None, ("urn:x:mod-1", "urn:x:mod-2"))
    other = resolver.resolve(Actor("Ivan Petrov", "Person", "personal name"))
    assert (other.entity, other.candidates) == (None, ())


def test_cli_import(in_build_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample = in_build_copy / "icews14-sample.tsv"
    shutil.copy(SAMPLE, sample)
    assert main(["import", "icews", "icews14-sample.tsv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert re.fullmatch(
        rf"Imported data set 'icews14-sample' in build/ in [0-9.]+ s: {len(sample_rows())}"
        r" records from 1 file\(s\), [0-9,]+ facts; the store now holds [0-9,]+ quads\.",
        out[0],
    )
    assert out[1] == "  Events: Interaction 260, Meeting 45, Agreement 1, Support 1"
    assert out[5] == (
        "    Defense / Security Ministry (Azerbaijan) -> az-ministry-of-defence"
        " (by ministry of defence of AZ)"
    )
    assert out[6] == "    Zakir Hasanov -> zakir-hasanov (by name)"


def test_cli_import_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["import", "icews", "missing.tsv"]) == 2
    assert capsys.readouterr().err == (
        f"kg import: no build at {tmp_path / 'build'}\n"
        "    fix: run `kg build` first; imported data join the curated knowledge graph\n"
    )


@pytest.mark.java
@pytest.mark.slow
def test_full_build_imports_the_recorded_files_again(
    imported: tuple[Path, ImportResult], tmp_path: Path
) -> None:
    out = tmp_path / "build"
    shutil.copytree(imported[0], out)
    result = build(ROOT / "data", out, full=True)
    assert result.imports == ["icews14-sample"]
    assert result.changed is None
    assert quads(out) == quads(imported[0])


def test_an_ontology_change_asks_for_a_full_build(
    imported: tuple[Path, ImportResult], tmp_path: Path
) -> None:
    out = tmp_path / "build"
    shutil.copytree(imported[0], out)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    manifest["ontology_sha256"] = "0" * 64
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(UsageError) as info:
        build(ROOT / "data", out)
    assert str(info.value) == (
        "the ontology changed since this build's data were imported\n"
        "    fix: rebuild everything and import again: kg build --full"
    )


def test_a_missing_icews_file_is_a_usage_error(
    in_build_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "icews", "missing.tsv"]) == 2
    assert capsys.readouterr().err == (
        "kg import: missing.tsv: cannot read the ICEWS file: No such file or directory\n"
        "    fix: check the path; kg import icews takes the data files as arguments\n"
    )


def test_a_streamed_bulk_load_loads_what_is_written(tmp_path: Path) -> None:
    count = 50_000  # more than a pipe's buffer holds
    store = ox.Store()
    with streamed_bulk_load(store, tmp_path / "pipe.nq") as load:
        load.writelines(f"<urn:s{i}> <urn:p> <urn:o> <urn:g> .\n" for i in range(count))
    assert len(store) == count
    assert not (tmp_path / "pipe.nq").exists()


def test_without_named_pipes_the_file_is_written_then_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(os, "mkfifo")
    store = ox.Store()
    with streamed_bulk_load(store, tmp_path / "batch.nq") as load:
        load.writelines(f"<urn:s{i}> <urn:p> <urn:o> <urn:g> .\n" for i in range(1_000))
        assert len(store) == 0
    assert len(store) == 1_000
    assert not (tmp_path / "batch.nq").exists()


def test_a_streamed_bulk_load_reports_what_the_loader_rejects(tmp_path: Path) -> None:
    store = ox.Store()
    with pytest.raises(SyntaxError), streamed_bulk_load(store, tmp_path / "pipe.nq") as load:
        load.write("<urn:s> <urn:p> .\n")
        load.writelines(f"<urn:s{i}> <urn:p> <urn:o> <urn:g> .\n" for i in range(200_000))
    assert not (tmp_path / "pipe.nq").exists()


def test_a_failure_while_writing_ends_the_loader(tmp_path: Path) -> None:
    store = ox.Store()
    with (
        pytest.raises(KeyError),
        streamed_bulk_load(store, tmp_path / "pipe.nq") as load,
    ):
        load.write("<urn:s> <urn:p> <urn:o> <urn:g> .\n")
        raise KeyError("mapping failed")
    assert not (tmp_path / "pipe.nq").exists()


def test_replace_graph_changes_only_the_difference() -> None:
    st = ox.Store()
    a, b, c = (f'<http://e/{x}> <http://e/p> "{x}"@en' for x in "abc")
    graph, other = "http://e/g", "http://e/other"
    for name in (graph, other):
        st.update(f"INSERT DATA {{ GRAPH <{name}> {{ {a} . {b} . }} }}")
    assert replace_graph(st, graph, [f"{b} .", f"{c} .", f"{c} ."]) == 0
    held = {q.object.value for q in st.quads_for_pattern(None, None, None, ox.NamedNode(graph))}
    assert held == {"b", "c"}
    assert len(list(st.quads_for_pattern(None, None, None, ox.NamedNode(other)))) == 2
    assert replace_graph(st, graph, [f"{a} ."], [f"{b} .", f"{c} ."]) == -1
    held = {q.object.value for q in st.quads_for_pattern(None, None, None, ox.NamedNode(graph))}
    assert held == {"a"} and len(st) == 3
    assert replace_graph(st, graph, []) == -1 and len(st) == 2


def test_previous_statements_are_the_graph_in_the_exports(
    seed_build: tuple[Path, BuildResult],
) -> None:
    out = seed_build[0]
    manifest = read_manifest(out)
    found = previous_statements(out, manifest).get(str(ONTOLOGY_GRAPH))
    assert found == nt_lines(canonical_graph())
    older = {**manifest, "kg_version": "0.0.0"}
    assert previous_statements(out, older).get(str(ONTOLOGY_GRAPH)) is None
    wrong_count = {**manifest, "graphs": {str(ONTOLOGY_GRAPH): len(found) + 1}}
    assert previous_statements(out, wrong_count).get(str(ONTOLOGY_GRAPH)) is None
