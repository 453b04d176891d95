"""What an imported ICEWS record costs in the store (quads per record), and that
the lean mapping still answers every question about it: the named queries, the
projections and where each event comes from. Expected answers are derived from
the sample file itself."""

from __future__ import annotations

import csv
import json
import shutil
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.builder.exports import BuildResult
from kg.graph.projection import Index, countries
from kg.icews.actors import Classifier
from kg.icews.cameo import Cameo
from kg.icews.importer import ImportResult, import_icews
from kg.model.namespaces import COUNTRY, KG

from .conftest import FIXTURES

SAMPLE = FIXTURES / "icews" / "icews14-sample.tsv"
MAX_QUADS_PER_RECORD = 12


@pytest.fixture(scope="module")
def imported(
    seed_build: tuple[Path, BuildResult], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, ImportResult]:
    out = tmp_path_factory.mktemp("records") / "build"
    shutil.copytree(seed_build[0], out)
    return out, import_icews([SAMPLE], out)


def rows() -> list[dict[str, str]]:
    with SAMPLE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_a_record_costs_at_most_twelve_quads(imported: tuple[Path, ImportResult]) -> None:
    out, result = imported
    store = ox.Store.read_only(str(out / "store"))
    events = {
        q.subject for q in store.quads_for_pattern(None, ox.NamedNode(str(KG.fromFile)), None)
    }
    # Every quad about an event record, in any graph (asserted or inferred).
    about = sum(1 for q in store if q.subject in events or q.object in events)
    assert result.report.records == len(rows()) == len(events)
    assert about / len(events) <= MAX_QUADS_PER_RECORD


def test_an_event_is_described_once_not_repeated_by_its_consequences(
    imported: tuple[Path, ImportResult],
) -> None:
    graph = kg.load(imported[0])
    # The TBox consequences of an event (its superclasses, the inverse of its
    # roles) are left out; the joins' vocabulary (kg:participant) is kept.
    kept = graph.query("SELECT (COUNT(*) AS ?n) WHERE { ?e kg:fromFile ?f ; kg:participant ?a }")
    left_out = graph.query(
        "SELECT (COUNT(*) AS ?n) WHERE { ?e kg:fromFile ?f . { ?e a kg:Event }"
        " UNION { ?a kg:participatesIn ?e } }"
    )
    assert int(kept["n"][0]) > 0
    assert int(left_out["n"][0]) == 0


def test_every_event_leads_back_to_its_record(imported: tuple[Path, ImportResult]) -> None:
    """The provenance question: which file, which line, and what it said."""
    cameo = Cameo()
    found = kg.load(imported[0]).query(
        """SELECT ?line ?file ?dataset ?code ?date ?label WHERE {
          ?e kg:fromFile ?f ; kg:sourceLine ?line ; rdfs:label ?label ;
             kg:eventType/skos:notation ?code ; kg:date|kg:signedOn ?date .
          ?f kg:sourceFile ?file ; kg:fromDataset ?dataset }""",
        short_iris=True,
    )
    sample = rows()
    assert len(found) == len(sample)
    for line, file, dataset, code, date, label in found.itertuples(index=False):
        row = sample[int(line) - 2]  # the header is line 1
        assert file == SAMPLE.name
        assert str(dataset).endswith("icews14-sample")
        assert code == cameo.code(row["relation"])
        assert str(date)[:10] == row["date"]
        assert label == f"{row['subject']}: {row['relation']}: {row['object']} ({row['date']})"


def meeting_pairs(out: Path) -> Counter[frozenset[str]]:
    """Meetings of the sample between actors of two different countries: the
    country in the actor's name, or the countries a curated entity it resolved to
    represents."""
    cameo, classifier = Cameo(), Classifier()
    report = json.loads((out / "imports" / "icews14-sample.json").read_text("utf-8"))
    graph = kg.load(out)
    represented: dict[str, set[str]] = {}
    for name, resolved in report["resolved"].items():
        found = graph.query(
            f"SELECT ?c WHERE {{ <{resolved['entity']}> kg:represents|kg:ministryOf ?c }}"
        )
        represented[name] = {str(c).rsplit("/", 1)[-1] for c in found["c"]}
    pairs: Counter[frozenset[str]] = Counter()
    for row in rows():
        if cameo.action(cameo.code(row["relation"])).cls != "Meeting":
            continue
        a, b = (
            {country}
            if (country := classifier.classify(row[k]).country)
            else represented.get(row[k], set())
            for k in ("subject", "object")
        )
        for ca in a:
            for cb in b:
                if ca != cb:
                    pairs[frozenset((ca, cb))] += 1
    return pairs


def test_bilateral_ties_of_the_sample(imported: tuple[Path, ImportResult]) -> None:
    graph = kg.load(imported[0])
    found = graph.query("bilateral-ties")
    labels = {f"{r['subject']}: {r['relation']}: {r['object']} ({r['date']})" for r in rows()}
    icews = found[found["through"].isin(labels) & (found["kind"] == "meeting")]
    names = graph.query(
        "SELECT ?c ?name WHERE { ?c a kg:Country ; rdfs:label ?name }", short_iris=True
    )
    name = dict(zip(names["c"], names["name"], strict=True))
    expected = {
        frozenset(name[f"country:{c}"] for c in pair) for pair in meeting_pairs(imported[0])
    }
    pairs = zip(icews["country_name"], icews["other"], strict=True)
    assert {frozenset(pair) for pair in pairs} == expected


def test_the_countries_projection_counts_the_sample_meetings(
    imported: tuple[Path, ImportResult],
) -> None:
    graph = countries(Index.from_store(imported[0] / "store"))
    for pair, meetings in meeting_pairs(imported[0]).items():
        a, b = (f"{COUNTRY}{code}" for code in sorted(pair))
        assert graph.has_edge(a, b)
        assert graph[a][b]["weight"] >= meetings
    assert str(KG) not in " ".join(graph.nodes)
