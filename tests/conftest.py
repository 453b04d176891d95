"""Shared fixtures: the tiny hand-made dataset and one build of the seed data.

Lanes (markers, pyproject.toml): `java` runs HermiT, `browser` drives Chromium,
`notebook` runs a notebook, `slow` takes seconds. A run that leaves out `java`
(`make test-fast`) builds with the rules reasoner, which infers exactly what
HermiT infers (tests/test_reason.py); the full run builds as a user does, with
HermiT."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from _pytest.mark.expression import Expression

from kg.api import build
from kg.builder.exports import BuildResult
from kg.reasoning import Reasoner

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TINY = FIXTURES / "tiny"


@pytest.fixture
def tiny_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the tiny dataset at ./data, with the working folder at its parent,
    so messages show the paths a user would see (data/curated/tiny.tsv)."""
    data = tmp_path / "data"
    shutil.copytree(TINY, data, ignore=shutil.ignore_patterns("README.md"))
    monkeypatch.chdir(tmp_path)
    return data


def runs_java(config: pytest.Config) -> bool:
    """Whether this run keeps the tests marked `java` (no -m, or one that selects them)."""
    markexpr = config.getoption("markexpr")
    if not markexpr:
        return True
    return Expression.compile(markexpr).evaluate(lambda name, **_: name == "java")


@pytest.fixture(scope="session")
def reasoner(request: pytest.FixtureRequest) -> Reasoner:
    """The reasoner of the builds the fixtures make: HermiT, as `kg build`, unless
    the run leaves Java out."""
    return Reasoner.HERMIT if runs_java(request.config) else Reasoner.RULES


@pytest.fixture(scope="session")
def seed_build(
    tmp_path_factory: pytest.TempPathFactory, reasoner: Reasoner
) -> tuple[Path, BuildResult]:
    """One real build of the project's bundled data."""
    out = tmp_path_factory.mktemp("seed") / "build"
    result = build(ROOT / "data", out, reasoner=reasoner)
    return out, result


@pytest.fixture(scope="session")
def seed_store(seed_build: tuple[Path, BuildResult]) -> Iterator[ox.Store]:
    store = ox.Store.read_only(str(seed_build[0] / "store"))
    yield store
    del store


@pytest.fixture
def in_build(
    seed_build: tuple[Path, BuildResult], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A working folder whose build/ is the seed build, as after `make build`."""
    (tmp_path / "build").symlink_to(seed_build[0])
    monkeypatch.chdir(tmp_path)
    return tmp_path
