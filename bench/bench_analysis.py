"""Benchmark: the reading commands at ICEWS scale, each against the floor of reading
the build's graph index once (``build/index``, Parquet), in the same run.

Every command runs as its own process (``kg ...``), so that its wall time and its
peak memory (``wait4``'s maximum resident set) are its own. The floor is a process
that reads the node and edge tables of the index and does nothing else; a ratio of
1 means the command costs no more than reading what it needs.

Run: .venv/bin/python bench/bench_analysis.py BUILD   (a build holding an import)
  or .venv/bin/python bench/bench_analysis.py --icews FILE   (builds one in /tmp and
     removes it after: the committed sample, data/icews/icews14.tsv.xz as `make bench`
     does, or a full release)
The results go to the "Relationship analysis at scale" section of docs/benchmarks.md,
or to the section --title names (`make bench`: "Relationship analysis, ICEWS 2014").
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from process import build_sizes, measure

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Relationship analysis at scale"
FLOOR = (
    "from pathlib import Path; import sys;"
    "from kg.graph.tables import Tables, INDEX_DIR;"
    "f = Path(sys.argv[1]) / INDEX_DIR; t = Tables.read_nodes(f); t.read_edges(f)"
)
PROJECT = (
    "import sys, kg; g = kg.load(sys.argv[1]);"
    "p = g.project('countries'); print(p.number_of_nodes(), p.number_of_edges())"
)


def pick_actors(build: Path) -> tuple[str, str]:
    """Two imported persons with the most facts (their ids, so the names resolve)."""
    sys.path.insert(0, str(ROOT / "src"))
    import numpy as np

    from kg.graph.index import Index

    index = Index.open(build, save=False)
    t = index._edges()
    counts = np.bincount(np.concatenate([t.src, t.dst]), minlength=len(t.iris))
    person = index.members("Person")
    ranked = np.argsort(-np.where(person, counts, -1))
    first, second = (t.iris[i] for i in ranked[:2])
    return f"<{first}>", f"<{second}>"


def run(build: Path) -> list[tuple[str, float, float, int, str]]:
    kg = [str(ROOT / ".venv" / "bin" / "kg")]
    b = ["--build", str(build)]
    a, z = pick_actors(build)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        view = str(Path(tmp) / "view.html")
        commands = [
            ("floor: read the index once", [sys.executable, "-c", FLOOR, str(build)]),
            ("kg analyze --projection actors", [*kg, "analyze", "--projection", "actors", *b]),
            (
                "kg analyze --projection countries",
                [*kg, "analyze", "--projection", "countries", *b],
            ),
            ("kg path (two busiest persons)", [*kg, "path", a, z, *b]),
            ("kg path (unknown id)", [*kg, "path", "id:icews/actor/nobody-at-all", a, *b]),
            ("kg neighbors (busiest person)", [*kg, "neighbors", a, *b]),
            (
                "kg view --projection countries",
                [*kg, "view", "--projection", "countries", "-o", view, *b],
            ),
            (
                "kg view --projection actors --focus (busiest person)",
                [*kg, "view", "--projection", "actors", "--focus", a, "-o", view, *b],
            ),
            ("kg query bilateral-ties", [*kg, "query", "bilateral-ties", "--format", "csv", *b]),
            (
                "kg query entities class=Person",
                [*kg, "query", "entities", "-p", "class=Person", "--format", "csv", *b],
            ),
            ("kg.load().project('countries')", [sys.executable, "-c", PROJECT, str(build)]),
        ]
        rows = []
        for name, command in commands:
            wall, _, peak, code, last = measure(command)
            last = last[:90]
            rows.append((name, wall, peak, code, last))
            print(f"{name}: {wall:.1f} s, {peak:.0f} MiB, exit {code}", flush=True)
    return rows


def render(
    rows: list[tuple[str, float, float, int, str]], build: Path, title: str = SECTION
) -> str:
    floor = rows[0][1] or 1.0
    lines = [
        title,
        "",
        f"Measured {datetime.date.today()} on {platform.machine()}, {os.cpu_count()} cores"
        f" (shared: other work ran at the same time), Python {platform.python_version()};"
        f" {build_sizes(build)}. Each command is its own process;"
        " ratio = its wall time over the floor's (reading the graph index once).",
        "",
        "| command | wall (s) | ratio to floor | peak memory (MiB) | exit | last line of output |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for name, wall, peak, code, last in rows:
        shown = last.replace("|", "\\|")
        lines.append(
            f"| {name} | {wall:.1f} | {wall / floor:.1f} | {peak:.0f} | {code} | {shown} |"
        )
    return "\n".join(lines) + "\n"


def write_section(path: Path, section: str) -> None:
    """Replace this benchmark's section of the file (the others stay as they are)."""
    title = section.splitlines()[0]
    text = path.read_text(encoding="utf-8") if path.is_file() else "# Benchmarks\n"
    parts = text.split("\n## ")
    kept = [parts[0].rstrip()] + [
        "## " + p.rstrip() for p in parts[1:] if ("## " + p).splitlines()[0] != title
    ]
    path.write_text("\n\n".join([*kept, section.rstrip()]) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build", nargs="?", type=Path, help="a build folder holding an import")
    parser.add_argument("--icews", type=Path, help="build one in /tmp with this ICEWS file")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument(
        "--title",
        default=SECTION.removeprefix("## "),
        help="the section of --out to write (make bench: the ICEWS 2014 one, so that"
        " a run at another scale keeps its own)",
    )
    args = parser.parse_args()
    build = args.build
    made = None
    if build is None:
        icews = args.icews or ROOT / "tests" / "fixtures" / "icews" / "icews14-sample.tsv"
        made = Path(tempfile.mkdtemp(prefix="kg-bench-analysis-"))
        build = made / "build"
        kg = str(ROOT / ".venv" / "bin" / "kg")
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        subprocess.run(
            [kg, "build", "--reasoner", "rules", "--build", str(build)], check=True, env=env
        )
        subprocess.run(
            [kg, "import", "icews", str(icews), "--build", str(build)], check=True, env=env
        )
    try:
        rows = run(build)
        write_section(args.out, render(rows, build, "## " + args.title))
    finally:
        if made is not None:
            shutil.rmtree(made)  # a build of a full release takes gigabytes
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
