"""Shared by the benchmark scripts: timing best-of-N, a time-capped run in a forked
child, and writing one section of docs/benchmarks.md without touching the others.

Each script owns the sections it writes (a ``## `` heading up to the next ``## ``
heading) and replaces only those, so that running one benchmark never erases the
figures of another.
"""

from __future__ import annotations

import multiprocessing
import os
import platform
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HEAD = "# Benchmarks\n"
"""The start of a new docs/benchmarks.md, when none exists yet."""


def replace_section(text: str, heading: str, body: str) -> str:
    """``text`` with the section under ``heading`` (a ``## `` line, up to the next
    ``## `` line or the end) replaced by ``heading`` and ``body``; the other sections
    and their order are kept. A section not yet there is added at the end."""
    if not heading.startswith("## "):
        raise ValueError(f"not a second-level heading: {heading!r}")
    lines = text.splitlines(keepends=True)
    start = next((i for i, ln in enumerate(lines) if ln.rstrip("\n") == heading), None)
    section = heading + "\n\n" + body.strip("\n") + "\n"
    if start is None:
        before = "".join(lines).rstrip("\n")
        return (before + "\n\n" if before else "") + section
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    after = "".join(lines[end:])
    return "".join(lines[:start]) + section + ("\n" + after if after else "")


def write_section(path: Path, heading: str, body: str) -> None:
    """Replace one section of the file at ``path`` (see ``replace_section``)."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEAD
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(replace_section(text, heading, body), encoding="utf-8")


def machine() -> str:
    return (
        f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()},"
        f" Python {platform.python_version()}"
    )


def timed(func: Callable[..., Any], *args: Any, repeat: int = 1) -> tuple[float, Any]:
    """(best seconds of ``repeat`` runs, the last result)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = func(*args)
        best = min(best, time.perf_counter() - started)
    return best, result


def enough(best: float, runs: int) -> bool:
    """Whether ``runs`` runs with ``best`` seconds are enough: at least three, and
    more for calls of milliseconds (up to 50 runs or about 2 s), since one run of a
    few ms varies by half on a shared machine."""
    return runs >= 3 and (runs >= 50 or best * runs >= 2.0)


def timed_turns(*calls: Callable[[], Any]) -> list[tuple[float, Any]]:
    """(best seconds, result) of each call, run as often as ``enough`` asks. The
    calls take turns, so that all of them see the same moments of a shared machine
    (one after the other they did not)."""
    best = [float("inf")] * len(calls)
    results: list[Any] = [None] * len(calls)
    runs = 0
    while not enough(max(best), runs):
        for i, call in enumerate(calls):
            seconds, results[i] = timed(call)
            best[i] = min(best[i], seconds)
        runs += 1
    return list(zip(best, results, strict=True))


def _child(func: Callable[[], Any], repeat: bool, conn: Any) -> None:
    best, runs = float("inf"), 0
    while True:
        started = time.perf_counter()
        result = func()
        best, runs = min(best, time.perf_counter() - started), runs + 1
        conn.send((best, runs, result))
        if not repeat or enough(best, runs):
            return


def capped(func: Callable[[], Any], cap: float, repeat: bool = True) -> tuple[float, int, Any]:
    """Run ``func`` in a forked child (sharing what this process has loaded) for at
    most ``cap`` seconds in all, as often as ``enough`` asks when ``repeat``:
    (best seconds, runs finished, the last result). When the first run was stopped
    at the cap: (cap, 0, None), so the time is a lower bound."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(func, repeat, send))
    deadline = time.perf_counter() + cap
    child.start()
    send.close()
    outcome: tuple[float, int, Any] = (cap, 0, None)
    try:
        while receive.poll(max(0.0, deadline - time.perf_counter())):
            try:
                outcome = receive.recv()
            except EOFError:  # the child ended: finished, or failed before a run
                child.join()
                if child.exitcode:
                    failed = f"benchmark child failed (exit code {child.exitcode})"
                    raise RuntimeError(failed) from None
                break
            if not repeat or enough(outcome[0], outcome[1]):
                break
        return outcome
    finally:
        if child.is_alive():
            child.kill()
        child.join()


def lower_bound(seconds: float, stopped: bool) -> str:
    """Seconds for a table cell, as a lower bound when the run was stopped."""
    return f"> {seconds:.0f} (stopped)" if stopped else f"{seconds:.2f}"


def ratio(a: float, b: float, stopped: bool = False) -> str:
    """``a / b``; ``stopped`` (``a`` was cut at a cap) makes it a lower bound."""
    if not b:
        return "n/a"
    return ("> " if stopped else "") + f"{a / b:.2f}x"


def faster(baseline_s: float, kg_s: float) -> str:
    """kg against a baseline, as "kg is Nx faster" or, below 1x, "Nx slower"."""
    if kg_s <= baseline_s:
        return f"kg is {ratio(baseline_s, kg_s)} faster"
    return f"kg is {ratio(kg_s, baseline_s)} slower"
