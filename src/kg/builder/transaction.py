"""The build transaction: every writer of a build folder (``kg build``, ``kg
import``, the incremental update) works in a staging folder next to it, swapped
in only when complete, so a failed or killed writer leaves the last good build.

``staged(out)`` holds the build's lock while it finishes a swap that an
interruption cut between its two renames, removes the staging folders of
writers that died (a writer killed with SIGKILL cannot remove its own: at ICEWS
2014 scale one holds 0.5-2.2 GB), and yields a fresh staging folder.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from ..curation.reading import display_path
from ..errors import BuildLocked
from ..fs import swap


@contextlib.contextmanager
def staged(out: Path) -> Iterator[Path]:
    """Yield an empty staging folder for the build at ``out``; put it in the place
    of ``out`` when the block ends normally, remove it when the block raises.

    Raises ``BuildLocked`` when another writer holds the build."""
    with build_lock(out):
        recover(out)
        remove_stale(out)
        staging = staging_folder(out, os.getpid())
        staging.mkdir()
        try:
            yield staging
            swap(out, staging)
        finally:
            if staging.exists():
                shutil.rmtree(staging)


def staging_folder(out: Path, pid: int) -> Path:
    return out.parent / f".{out.name}.new-{pid}"


@contextlib.contextmanager
def build_lock(out: Path) -> Iterator[None]:
    out.parent.mkdir(parents=True, exist_ok=True)
    lock_path = out.parent / f".{out.name}.lock"
    with lock_path.open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise BuildLocked(
                f"another kg build is writing {display_path(out)}",
                hint="wait for it to finish, or build into another folder with --build DIR",
            ) from exc
        yield


def recover(out: Path) -> None:
    """Finish a swap that an interruption cut between its two renames."""
    old = out.parent / f".{out.name}.old"
    if not out.exists() and old.exists():
        old.rename(out)
    elif old.exists():
        shutil.rmtree(old)


def remove_stale(out: Path) -> list[Path]:
    """Remove the staging folders of ``out`` left by writers that died; returns them.

    Call it holding the lock. A writer makes and removes its staging folder while
    it holds the lock, and the system releases the lock of a process that dies:
    so under the lock every staging folder of ``out`` is a dead writer's. The PID
    in the name is checked all the same: a flock on a network file system may not
    exclude a writer on another machine, and removing the folder of a live writer
    would break it. A dead writer whose PID was reused by then keeps its folder
    until that process ends, which costs disk space only."""
    removed = []
    prefix = staging_folder(out, 0).name[:-1]
    for folder in sorted(out.parent.iterdir()):
        pid = folder.name.removeprefix(prefix)
        if pid == folder.name or not pid.isdigit() or int(pid) == 0 or not folder.is_dir():
            continue
        if int(pid) == os.getpid() or not _alive(int(pid)):
            shutil.rmtree(folder)
            removed.append(folder)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


__all__ = ["build_lock", "recover", "remove_stale", "staged", "swap"]
