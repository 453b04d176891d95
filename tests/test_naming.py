"""Entity parameters named by label: a whole name is one bound label look-up in
the store, part of a name goes to the build's graph index (``graph/naming.py``),
and a remote endpoint (no index) falls back to the query over every label. The
seed build has an index (``kg build`` writes it)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kg.builder.exports import BuildResult
from kg.cli import main
from kg.errors import AmbiguousEntity, QueryError, UsageError
from kg.graph.naming import index_resolver
from kg.graph.tables import index_state
from kg.sparql.endpoint import Endpoint, resolve_entity, run_named
from kg.sparql.library import DEFAULT_TIMEOUT, EXACT_NAMES, RESOLVE, Result, param_term
from kg.sparql.local import LocalStore

ID = "https://w3id.org/kg-state-actors/id/"
HASANOV = f"{ID}zakir-hasanov"
# A line only the query over every label has.
SCAN = next(line.strip() for line in RESOLVE.splitlines() if "CONTAINS" in line)


@dataclass
class Recording:
    """A real endpoint that keeps the text of every query it is asked."""

    inner: Endpoint
    asked: list[str] = field(default_factory=list)

    @property
    def description(self) -> str:
        return self.inner.description

    def run(self, text: str, timeout: float = DEFAULT_TIMEOUT) -> Result:
        self.asked.append(text)
        return self.inner.run(text, timeout)

    def scanned(self) -> bool:
        return any(SCAN in text for text in self.asked)


@pytest.fixture(scope="module")
def build_dir(seed_build: tuple[Path, BuildResult]) -> Path:
    assert index_state(seed_build[0]) == "current"
    return seed_build[0]


@pytest.fixture
def store(build_dir: Path) -> Recording:
    return Recording(LocalStore(build_dir / "store"))


def test_scan_line_is_in_the_scan_only() -> None:
    assert SCAN not in EXACT_NAMES


@pytest.mark.parametrize("name", ["Zakir Hasanov", "zakir hasanov", "ZAKIR HASANOV"])
def test_a_whole_name_is_one_bound_label_lookup(store: Recording, name: str) -> None:
    assert resolve_entity(store, name).value == HASANOV
    assert not store.scanned()
    assert len(store.asked) == 1


def test_part_of_a_name_goes_to_the_index(store: Recording, build_dir: Path) -> None:
    names = index_resolver(store.inner)
    assert names is not None
    assert resolve_entity(store, "Hasanov", None, DEFAULT_TIMEOUT, names).value == HASANOV
    assert not store.scanned()


def test_without_an_index_part_of_a_name_is_scanned(store: Recording) -> None:
    # A remote endpoint has no index: the same answer from the query over all labels.
    assert resolve_entity(store, "Hasanov").value == HASANOV
    assert store.scanned()


def test_ambiguous_through_the_index_lists_the_same_candidates(store: Recording) -> None:
    names = index_resolver(store.inner)
    with pytest.raises(AmbiguousEntity) as by_index:
        resolve_entity(store, "Andrei", "Person", DEFAULT_TIMEOUT, names)
    with pytest.raises(AmbiguousEntity) as by_scan:
        resolve_entity(store, "Andrei", "Person")
    assert by_index.value.candidates == by_scan.value.candidates
    assert [c[0] for c in by_index.value.candidates] == [
        "id:andrei-kaptilovich",
        "id:andrei-ravkov",
    ]


def test_an_unknown_name_stops_before_the_main_query(store: Recording) -> None:
    names = index_resolver(store.inner)
    with pytest.raises(UsageError, match="no entity of class Agent has the id or name"):
        run_named(store, "meetings", {"person": "Nobody Of That Name"}, DEFAULT_TIMEOUT, names)
    assert not store.scanned()
    assert not any("Who met whom" in text for text in store.asked)  # meetings never ran


def test_cli_names_by_label_and_exits_2_for_unknown_names(
    build_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build = ["--build", str(build_dir), "--format", "csv"]
    assert main(["query", "career", "--param", "person=hasanov", *build]) == 0
    by_label = capsys.readouterr().out
    assert main(["query", "career", "--param", "person=id:zakir-hasanov", *build]) == 0
    assert capsys.readouterr().out == by_label
    assert main(["query", "meetings", "--param", "person=Andrei", *build]) == 2
    assert "'Andrei' matches 2 entities" in capsys.readouterr().err
    assert main(["query", "meetings", "--param", "person=Nobody Of That Name", *build]) == 2
    assert "no entity of class Agent has the id or name" in capsys.readouterr().err


def test_no_index_resolver_without_a_current_index(build_dir: Path, tmp_path: Path) -> None:
    assert index_resolver(LocalStore(build_dir / "store")) is not None
    copy = tmp_path / "build"
    shutil.copytree(build_dir, copy)
    (copy / "manifest.json").write_text("{}\n", encoding="utf-8")  # another store version
    assert index_state(copy) == "stale"
    assert index_resolver(LocalStore(copy / "store")) is None
    assert index_resolver(Recording(LocalStore(copy / "store"))) is None


def test_class_parameters_are_checked_against_the_ontology() -> None:
    assert param_term("class", "class", "kg:Person").value.endswith("#Person")
    with pytest.raises(QueryError, match="did you mean Person"):
        param_term("class", "class", "Persn")
