"""Benchmark: every named query of the library on one build, with typical
parameters (a curated person, a country by label and by id, an imported person),
each as its own ``kg query`` process.

The wall time is what a user waits; the CPU time (the command and its query
worker together) is the work itself, and is the figure to compare on a machine
that others share. A query stopped at its time limit shows exit 2.

Run: .venv/bin/python bench/bench_queries.py BUILD [--timeout S]
The results go to the "Named queries at scale" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from report import machine, write_section

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Named queries at scale"
CURATED_PERSON = "Zakir Hasanov"
POST = "id:az-minister-of-defence"


def cases(imported_person: str) -> list[tuple[str, dict[str, str]]]:
    """(query, parameters): every named query, the optional parameters as a user
    would give them."""
    return [
        ("appointments", {}),
        ("appointments", {"person": CURATED_PERSON}),
        ("as-of", {"post": POST, "date": "2019-10-29"}),
        ("bilateral-ties", {}),
        ("bilateral-ties", {"country": "China"}),
        ("bilateral-ties", {"country": "country:CN"}),
        ("by-source", {"source": "000_ce432b95e0a567d5"}),
        ("career", {"person": CURATED_PERSON}),
        ("conflicts", {}),
        ("corroboration", {}),
        ("corroboration", {"min": "2"}),
        ("country-event-types", {"country": "Azerbaijan"}),
        ("entities", {}),
        ("entities", {"class": "Person"}),
        ("entities", {"class": "Country"}),
        ("entity", {"entity": CURATED_PERSON}),
        ("entity", {"entity": imported_person}),
        ("event-types", {}),
        ("meetings", {"person": CURATED_PERSON}),
        ("meetings", {"person": imported_person}),
        ("meetings", {"from": "2014-06-01", "to": "2014-06-07"}),
        ("meetings", {}),
        ("plans", {}),
        ("posts", {}),
        ("posts", {"country": "Azerbaijan"}),
        ("provenance", {"subject": CURATED_PERSON, "property": "hasRank"}),
        ("ranks", {}),
        ("successions", {"post": POST}),
        ("support", {}),
        ("support", {"supporter": "China"}),
    ]


def busiest_person(build: Path) -> str:
    """The imported person in the most facts, by label (names resolve by label)."""
    sys.path.insert(0, str(ROOT / "src"))
    import numpy as np

    from kg.graph.index import Index

    index = Index.open(build, save=False)
    t = index._edges()
    counts = np.bincount(np.concatenate([t.src, t.dst]), minlength=len(t.iris))
    person = index.members("Person")
    return t.labels[int(np.argmax(np.where(person, counts, -1)))]


def measure(build: Path, name: str, params: dict[str, str], timeout: int) -> dict[str, object]:
    command = [str(ROOT / ".venv" / "bin" / "kg"), "query", name, "--build", str(build)]
    command += ["--format", "csv", "--timeout", str(timeout)]
    for key, value in params.items():
        command += ["--param", f"{key}={value}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    rows = max(len(done.stdout.splitlines()) - 1, 0) if done.returncode == 0 else 0
    error = done.stderr.strip().splitlines()[0] if done.returncode else ""
    return {"wall": wall, "cpu": cpu, "rows": rows, "exit": done.returncode, "error": error}


def render(
    results: list[tuple[str, dict[str, object]]], build: Path, timeout: int, load: float
) -> str:
    records = sum(
        json.loads(report.read_text(encoding="utf-8")).get("records", 0)
        for report in sorted((build / "imports").glob("*.json"))
    )
    lines = [
        f"Measured {datetime.date.today()} on {machine()}; a build of the curated data "
        f"and {records:,} imported records. Each query is its own `kg query` process "
        f"(time limit {timeout} s); CPU = the command and its query worker together. "
        f"Load average at the start: {load:.1f} (other work on the machine stretches "
        "the wall times, not the CPU times).",
        "",
        "| query and parameters | wall (s) | CPU (s) | rows | exit |",
        "|---|---:|---:|---:|---:|",
    ]
    for case, r in results:
        shown = case.replace("|", "\\|")
        lines.append(f"| {shown} | {r['wall']:.1f} | {r['cpu']:.1f} | {r['rows']} | {r['exit']} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build", type=Path, help="a build folder holding an import")
    parser.add_argument("--timeout", type=int, default=180)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    person = busiest_person(args.build)
    results = []
    for name, params in cases(person):
        case = " ".join([name, *(f"{k}={v}" for k, v in params.items())])
        result = measure(args.build, name, params, args.timeout)
        print(f"{case}: {result}", flush=True)
        results.append((case, result))
    write_section(args.out, SECTION, render(results, args.build, args.timeout, load))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
