"""Progress: the library reports stages and counts to the object it is given
(``kg.progress``); the CLI draws bars only on a terminal (``kg.cli.progress``)."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.api import build
from kg.builder.exports import BuildResult
from kg.cli import main
from kg.cli.progress import Bars, terminal_progress
from kg.graph.projection import Index
from kg.graph.tables import IMPORTED, write_index
from kg.graph.views import build_view
from kg.icews import mapping
from kg.icews.importer import import_icews
from kg.model.identity import Resolver
from kg.model.namespaces import ASSERTED_GRAPH, INFERRED_GRAPH, PROVENANCE_GRAPH
from kg.progress import QUIET, Recorder
from kg.reasoning import Reasoner

from .conftest import FIXTURES

SAMPLE = FIXTURES / "icews" / "icews14-sample.tsv"


def records(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.DictReader(handle, delimiter="\t"))


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_advances_of_a_mapping_add_up_to_its_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two files, and a chunk smaller than the sample: whole chunks and the rest.
    monkeypatch.setattr(mapping, "EMIT_EVERY", 100)
    other = tmp_path / "other.tsv"
    shutil.copy(SAMPLE, other)
    recorder = Recorder()
    recorder.stage("map")
    _, mapper = mapping.convert([SAMPLE, other], "test", Resolver.empty(), progress=recorder)
    assert mapper.report.records == 2 * records(SAMPLE)
    assert recorder.done == {"map": 2 * records(SAMPLE)}


def test_an_import_reports_its_stages_and_records(
    seed_build: tuple[Path, BuildResult], tmp_path: Path
) -> None:
    out = tmp_path / "build"
    shutil.copytree(seed_build[0], out)
    recorder = Recorder()
    result = import_icews([SAMPLE], out, progress=recorder)
    assert recorder.names() == [
        "copy the store",
        "map and load records",
        "close under the rules",
        "flush the store",
        "index: read the changed graphs (quads)",
        "index: write the Parquet files",
    ]
    assert recorder.done["map and load records"] == records(SAMPLE) == result.report.records
    store = ox.Store.read_only(str(out / "store"))
    # The import reads again its data set's graph and the inferred graph; the
    # curated parts of the index stay as the build wrote them.
    graphs = [ox.NamedNode(str(INFERRED_GRAPH))]
    graphs += [g for g in store.named_graphs() if g.value.startswith(IMPORTED)]
    quads = sum(len(list(store.quads_for_pattern(None, None, None, g))) for g in graphs)
    assert recorder.done["index: read the changed graphs (quads)"] == quads


def test_a_build_reports_its_stages(tiny_data: Path, tmp_path: Path) -> None:
    recorder = Recorder()
    build(tiny_data, tmp_path / "build", reasoner=Reasoner.RULES, progress=recorder)
    names = recorder.names()
    assert names[0] == "validate the curated files"
    for stage in ("write the exports", "write the store", "view: project (full)", "write the site"):
        assert stage in names
    index_stages = ["index: read the changed graphs (quads)", "index: write the Parquet files"]
    assert names[-2:] == index_stages


def test_the_index_counts_the_quads_it_reads(
    seed_build: tuple[Path, BuildResult], tmp_path: Path
) -> None:
    build_dir = tmp_path / "build"
    shutil.copytree(seed_build[0], build_dir)
    recorder = Recorder()
    tables = write_index(build_dir, progress=recorder)
    store = ox.Store.read_only(str(build_dir / "store"))
    graphs = [ASSERTED_GRAPH, INFERRED_GRAPH, PROVENANCE_GRAPH]
    expected = sum(
        len(list(store.quads_for_pattern(None, None, None, ox.NamedNode(str(g))))) for g in graphs
    )
    assert recorder.done["index: read the store (quads)"] == expected > len(tables.src)


def test_a_view_reports_its_stages(seed_store: ox.Store) -> None:
    recorder = Recorder()
    build_view(Index.from_memory(seed_store), "actors", progress=recorder)
    assert recorder.names()[0] == "view: project (actors)"
    assert recorder.names()[1].startswith("view: rank ")


def test_quiet_is_the_default_and_does_nothing() -> None:
    QUIET.stage("anything", 3)
    QUIET.advance(3)
    with terminal_progress(io.StringIO()) as progress:
        assert progress is QUIET


def test_a_terminal_gets_a_bar_per_stage() -> None:
    terminal = Terminal()
    with terminal_progress(terminal) as progress:
        assert isinstance(progress, Bars)
        progress.stage("map and load records")
        progress.advance(300)
        progress.advance(7)
        assert progress.bar.n == 307
        progress.stage("flush the store")
    assert progress.bar is None  # closed at the end
    shown = terminal.getvalue()
    assert "map and load records" in shown
    assert "flush the store" in shown


def test_the_cli_prints_no_progress_when_output_is_captured(
    seed_build: tuple[Path, BuildResult],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(seed_build[0], tmp_path / "build")
    shutil.copy(SAMPLE, tmp_path / "sample.tsv")
    assert main(["import", "icews", "sample.tsv"]) == 0
    assert main(["view", "--projection", "actors", "-o", "view.html"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert "map and load records" not in captured.out
    assert "\r" not in captured.out


def _stale_copy(seed_build: tuple[Path, BuildResult], tmp_path: Path) -> Path:
    out = tmp_path / "build"
    shutil.copytree(seed_build[0], out)
    shutil.rmtree(out / "index")  # as a build made before the index
    return out


def _curated_quads(build_dir: Path) -> int:
    store = ox.Store.read_only(str(build_dir / "store"))
    graphs = [ASSERTED_GRAPH, INFERRED_GRAPH, PROVENANCE_GRAPH]
    return sum(
        len(list(store.quads_for_pattern(None, None, None, ox.NamedNode(str(g))))) for g in graphs
    )


@pytest.mark.parametrize("save", [True, False])
def test_opening_a_stale_index_reports_the_quads_read_again(
    seed_build: tuple[Path, BuildResult], tmp_path: Path, save: bool
) -> None:
    build_dir = _stale_copy(seed_build, tmp_path)
    recorder = Recorder()
    Index.open(build_dir, save=save, progress=recorder)
    expected = ["index: read the store (quads)"]
    assert recorder.names() == expected + (["index: write the Parquet files"] if save else [])
    assert recorder.done["index: read the store (quads)"] == _curated_quads(build_dir)
    assert (build_dir / "index").exists() == save


def test_a_current_index_reports_nothing(seed_build: tuple[Path, BuildResult]) -> None:
    recorder = Recorder()
    Index.open(seed_build[0], save=False, progress=recorder)
    assert recorder.stages == []


def test_a_site_reports_its_pages(seed_build: tuple[Path, BuildResult], tmp_path: Path) -> None:
    from kg.site import write_site_of_build

    build_dir = _stale_copy(seed_build, tmp_path)
    recorder = Recorder()
    result = write_site_of_build(build_dir, tmp_path / "site", progress=recorder)
    assert recorder.names() == [
        "index: read the store (quads)",
        "site: read the data",
        "site: write the pages",
    ]
    assert recorder.stages[-1][1] == result.entities + result.sources
    assert recorder.done["site: write the pages"] == result.entities + result.sources


def test_a_large_view_reports_its_layout() -> None:
    from kg.graph.tables import meeting_quads
    from kg.graph.views import PHYSICS_LIMIT

    recorder = Recorder()
    people = PHYSICS_LIMIT + 20
    view = build_view(Index.from_quads(meeting_quads(people, (7,))), "actors", progress=recorder)
    assert view.physics is False
    assert f"view: lay out {people} nodes" in recorder.names()


def test_reading_commands_on_a_stale_index_stay_quiet_when_captured(
    seed_build: tuple[Path, BuildResult],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    _stale_copy(seed_build, tmp_path)
    assert main(["analyze", "--projection", "countries"]) == 0
    assert main(["view", "--projection", "full", "-o", "view.html"]) == 0
    assert main(["site", "--build", "build", "-o", "site"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert "index:" not in captured.out and "\r" not in captured.out
