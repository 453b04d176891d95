"""The build transaction: lock, recover, remove dead writers' staging folders,
stage and swap, for the full build, the import and the incremental update."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.api import build
from kg.builder.full import build_curated
from kg.builder.transaction import build_lock, staged
from kg.builder.update import update
from kg.errors import BuildLocked
from kg.icews.importer import import_icews
from kg.model.namespaces import ASSERTED_GRAPH, IMPORTED_GRAPHS, KG
from kg.reasoning import Reasoner

from .conftest import FIXTURES, TINY

SAMPLE = FIXTURES / "icews" / "icews14-sample.tsv"
SRC = Path(kg.__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A build of the tiny data, and a copy of it with the ICEWS sample imported."""
    root = tmp_path_factory.mktemp("bases")
    curated = root / "curated" / "build"
    build(TINY, curated, reasoner=Reasoner.RULES)
    imported = root / "imported" / "build"
    shutil.copytree(curated, imported)
    import_icews([SAMPLE], imported)
    return {"curated": curated, "imported": imported}


def copy_of(base: Path, tmp_path: Path) -> Path:
    out = tmp_path / "work" / "build"
    shutil.copytree(base, out)
    return out


def snapshot(out: Path) -> dict[str, str]:
    return {
        str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def leftovers(out: Path) -> list[str]:
    """What lies next to the build besides it: the lock file only, after a writer."""
    return sorted(p.name for p in out.parent.iterdir() if p != out)


def curated_people(out: Path) -> list[str]:
    """The persons of the build's curated graph, read from its store as a reader does."""
    st = ox.Store.read_only(str(out / "store"))
    rows = st.query(f"SELECT ?p WHERE {{ GRAPH <{ASSERTED_GRAPH}> {{ ?p a <{KG.Person}> }} }}")
    people = sorted(row[0].value for row in rows)  # type: ignore[union-attr]
    del st
    return people


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


WRITERS: dict[str, tuple[str, Callable[[Path], object]]] = {
    "build": ("curated", lambda out: build_curated(TINY, out, Reasoner.RULES)),
    "import": ("curated", lambda out: import_icews([SAMPLE], out, "sample")),
    "update": ("imported", lambda out: update(TINY, out)),
}


@pytest.mark.slow
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_every_writer_locks_recovers_and_removes_dead_staging(
    writer: str, bases: dict[str, Path], tmp_path: Path
) -> None:
    base, write = WRITERS[writer]
    out = copy_of(bases[base], tmp_path)
    stale = out.parent / f".build.new-{dead_pid()}"
    (stale / "store").mkdir(parents=True)
    old = out.parent / ".build.old"  # a swap cut after its second rename
    (old / "store").mkdir(parents=True)
    before = snapshot(out)

    with build_lock(out), pytest.raises(BuildLocked):
        write(out)
    assert stale.is_dir() and old.is_dir()
    assert snapshot(out) == before

    write(out)
    assert leftovers(out) == [".build.lock"]
    assert curated_people(out) == curated_people(bases[base])


def test_failure_inside_keeps_previous_build_and_no_staging(
    bases: dict[str, Path], tmp_path: Path
) -> None:
    out = copy_of(bases["curated"], tmp_path)
    before = snapshot(out)
    with pytest.raises(RuntimeError), staged(out) as staging:
        (staging / "kg.nt").write_text("half a build\n", encoding="utf-8")
        raise RuntimeError("the writer failed")
    assert not staging.exists()
    assert leftovers(out) == [".build.lock"]
    assert snapshot(out) == before
    assert curated_people(out) == curated_people(bases["curated"])


def test_success_swaps_the_staging_folder_in(tmp_path: Path) -> None:
    out = tmp_path / "build"
    out.mkdir()
    (out / "old.txt").write_text("old\n", encoding="utf-8")
    with staged(out) as staging:
        assert list(staging.iterdir()) == []
        (staging / "new.txt").write_text("new\n", encoding="utf-8")
    assert [p.name for p in out.iterdir()] == ["new.txt"]
    assert leftovers(out) == [".build.lock"]


def test_only_dead_writers_staging_folders_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "build"
    alive = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        dead = tmp_path / f".build.new-{dead_pid()}"
        mine = tmp_path / f".build.new-{os.getpid()}"  # an earlier writer of this process
        kept = [
            tmp_path / f".build.new-{alive.pid}",  # a live process: not ours to remove
            tmp_path / ".build.new-draft",  # not a writer's name
            tmp_path / f".other.new-{dead.name.rsplit('-', 1)[1]}",  # another output's
        ]
        for folder in [dead, mine, *kept]:
            folder.mkdir()
            (folder / "file").write_text("x\n", encoding="utf-8")
        with staged(out) as staging:
            assert staging == mine
            assert list(staging.iterdir()) == []
            assert not dead.exists()
        assert all((folder / "file").is_file() for folder in kept)
    finally:
        assert alive.stdin is not None
        alive.stdin.close()
        alive.wait()


def kill_when_staging(command: list[str], out: Path, cwd: Path) -> Path:
    """Run ``python -m kg COMMAND`` and kill it (SIGKILL) once its staging folder
    exists; returns the folder."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    log = cwd / "killed.log"
    with log.open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "kg", *command],
            cwd=cwd,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    staging = out.parent / f".{out.name}.new-{proc.pid}"
    deadline = time.monotonic() + 600  # only against a hang; never reached when it works
    try:
        while not staging.exists():
            ended = proc.poll()
            assert ended is None, (
                f"kg {command[0]} ended ({ended}) before it staged: {log.read_text()}"
            )
            assert time.monotonic() < deadline
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return staging


@pytest.mark.slow
def test_killed_build_leaves_staging_that_the_next_build_removes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(TINY, data, ignore=shutil.ignore_patterns("README.md"))
    out = tmp_path / "build"
    build(data, out, reasoner=Reasoner.RULES)
    people = curated_people(out)
    assert people
    before = snapshot(out)

    staging = kill_when_staging(["build", "--data", str(data), "--out", str(out)], out, tmp_path)
    assert staging.is_dir()
    assert snapshot(out) == before
    assert curated_people(out) == people

    build(data, out, reasoner=Reasoner.RULES)
    assert not staging.exists()
    assert [n for n in leftovers(out) if n.startswith(".")] == [".build.lock"]
    assert curated_people(out) == people


@pytest.mark.slow
def test_killed_import_leaves_staging_that_the_next_import_removes(
    bases: dict[str, Path], tmp_path: Path
) -> None:
    out = copy_of(bases["curated"], tmp_path)
    people = curated_people(out)
    before = snapshot(out)

    staging = kill_when_staging(["import", "icews", str(SAMPLE), "--out", str(out)], out, tmp_path)
    assert staging.is_dir()
    assert snapshot(out) == before
    assert curated_people(out) == people

    result = import_icews([SAMPLE], out)
    assert not staging.exists()
    assert leftovers(out) == [".build.lock"]
    assert curated_people(out) == people
    st = ox.Store.read_only(str(out / "store"))
    assert ox.NamedNode(f"{IMPORTED_GRAPHS}{result.dataset}") in set(st.named_graphs())
    del st
