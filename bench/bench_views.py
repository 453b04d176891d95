"""Benchmark: ``kg view`` of every projection, with and without ``--focus``, on a
build holding an import, each against the floor of reading the build's graph index
once, in the same run.

Every command runs as its own process; its CPU seconds (user + system) and peak
memory come from ``getrusage`` of that process alone, so that a shared machine
(other work running) changes the CPU column little, while wall time shows the load.
The focus is the imported person with the most facts (for the countries projection:
the country with the most facts).

Run: .venv/bin/python bench/bench_views.py BUILD
The results go to the "Views at scale" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import tempfile
from pathlib import Path

from bench_analysis import FLOOR, write_section
from process import build_sizes, measure

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Views at scale"


def busiest(build: Path) -> tuple[str, str]:
    """The imported person and the country with the most facts (as ``<iri>``)."""
    sys.path.insert(0, str(ROOT / "src"))
    import numpy as np

    from kg.graph.index import Index

    index = Index.open(build, save=False)
    t = index._edges()
    counts = np.bincount(np.concatenate([t.src, t.dst]), minlength=len(t.iris))
    found = []
    for cls in ("Person", "Country"):
        ranked = np.argsort(-np.where(index.members(cls), counts, -1))
        found.append(f"<{t.iris[int(ranked[0])]}>")
    return found[0], found[1]


def drawn(last: str) -> str:
    """What the view drew, from its ``Wrote ...: SUBTITLE.`` line."""
    subtitle = last.partition(": ")[2].removesuffix(". Open it in a browser; it needs no network.")
    return subtitle.replace("|", "\\|")


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def run(build: Path) -> tuple[list[tuple[str, float, float, float, int, str]], str, str]:
    from kg.graph import PROJECTIONS

    kg = str(ROOT / ".venv" / "bin" / "kg")
    person, country = busiest(build)
    before = load()
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-views-") as tmp:
        view = str(Path(tmp) / "view.html")
        commands = [("floor: read the index once", [sys.executable, "-c", FLOOR, str(build)])]
        for name in PROJECTIONS:
            plain = [kg, "view", "--projection", name, "--build", str(build), "-o", view]
            focus = country if name == "countries" else person
            who = "busiest country" if name == "countries" else "busiest person"
            commands.append((f"kg view --projection {name}", plain))
            commands.append(
                (f"kg view --projection {name} --focus ({who})", [*plain, "--focus", focus])
            )
        for title, command in commands:
            wall, cpu, peak, code, last = measure(command)
            rows.append((title, wall, cpu, peak, code, last))
            print(
                f"{title}: {wall:.1f} s wall, {cpu:.1f} s CPU, {peak:.0f} MiB, exit {code}",
                flush=True,
            )
    return rows, before, load()


def render(
    rows: list[tuple[str, float, float, float, int, str]], build: Path, before: str, after: str
) -> str:
    floor = rows[0][2] or 1.0
    lines = [
        SECTION,
        "",
        f"Measured {datetime.date.today()} on {platform.machine()}, {os.cpu_count()} cores,"
        f" shared with other work (load average {before} before, {after} after: wall times"
        f" carry the load, CPU seconds much less), Python {platform.python_version()};"
        f" {build_sizes(build)}. Each command is its own"
        " process; CPU = user + system seconds of that process; ratio = its CPU seconds"
        " over the floor's (reading the graph index once). Defaults: at most 400 nodes"
        " (the most central; the others summarised by class) and 1,500 ties (the"
        " strongest: a weight threshold chosen automatically), layout time capped.",
        "",
        "| command | wall (s) | CPU (s) | CPU ratio to floor | peak memory (MiB) | exit | drawn |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for title, wall, cpu, peak, code, last in rows:
        shown = drawn(last) if title.startswith("kg view") else ""
        lines.append(
            f"| {title} | {wall:.1f} | {cpu:.1f} | {cpu / floor:.1f} | {peak:.0f} | {code}"
            f" | {shown} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build", type=Path, help="a build folder holding an import")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    rows, before, after = run(args.build)
    write_section(args.out, render(rows, args.build, before, after))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
