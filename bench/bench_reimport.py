"""Benchmark: importing an ICEWS file into a build, then importing it again
(replacing the data set), against the first import in the same run.

Stages, each in its own process (so that its peak memory is its own):

- ``kg build`` of the curated data (rules) into a fresh build folder;
- first import: ``kg import icews FILE``;
- re-import: ``kg import icews FILE`` again into the same build (replaces the
  data set); the store must hold as many quads as after the first import;
- index: ``write_index`` alone on the resulting build (one pass over the store),
  the part of every writer's time that reading commands save.

Run: .venv/bin/python bench/bench_reimport.py [FILE ...] [--work DIR]
FILE: ICEWS files (.tsv or .tsv.xz), each its own run (default: the committed
ICEWS 2014 release, data/icews/icews14.tsv.xz). The results replace the
"Re-import at ICEWS scale" section of docs/benchmarks.md only.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from report import machine, ratio, write_section

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = ROOT / "data" / "icews" / "icews14.tsv.xz"
SECTION = "## Re-import at ICEWS scale"
INDEX_STAGE = "write the graph index"


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stage(name: str, build_dir: Path, file: Path, dataset: str) -> dict[str, Any]:
    """One stage in this process; returns what the parent records."""
    started = time.perf_counter()
    if name == "curated":
        from kg.api import build
        from kg.reasoning import Reasoner

        build(ROOT / "data", build_dir, reasoner=Reasoner.RULES)
        return {"seconds": time.perf_counter() - started, "peak_mib": peak_mib()}
    if name == "index":
        from kg.graph.tables import write_index

        tables = write_index(build_dir)
        return {
            "seconds": time.perf_counter() - started,
            "peak_mib": peak_mib(),
            "nodes": len(tables.iris),
            "edges": len(tables.src),
        }
    from kg.icews.importer import import_icews

    result = import_icews([file], build_dir, dataset)
    return {
        "seconds": time.perf_counter() - started,
        "peak_mib": peak_mib(),
        "replaced": result.replaced,
        "records": result.report.records,
        "store_quads": result.store_quads,
        "stages": result.stages,
    }


def run_stage(name: str, build_dir: Path, file: Path, dataset: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, __file__, "--stage", name, "--build", str(build_dir)]
    command += ["--dataset", dataset, str(file)]
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"  {name}: {result['seconds']:.1f} s", file=sys.stderr, flush=True)
    return result


def measure(file: Path, work: Path) -> dict[str, Any]:
    build_dir = work / "build"
    shutil.rmtree(build_dir, ignore_errors=True)
    dataset = "bench"
    print(f"{file.name}:", file=sys.stderr, flush=True)
    runs = {"curated": run_stage("curated", build_dir, file, dataset)}
    for name in ("first", "again"):
        runs[name] = run_stage(name, build_dir, file, dataset)
    runs["index"] = run_stage("index", build_dir, file, dataset)
    shutil.rmtree(build_dir, ignore_errors=True)
    again, first = runs["again"], runs["first"]
    if again["store_quads"] != first["store_quads"] or not again["replaced"]:
        raise SystemExit(f"{file}: the re-import did not give the first import's store")
    return {"file": file.name, **runs}


def report(results: list[dict[str, Any]]) -> str:
    rows = []
    for r in results:
        first, again, index = r["first"], r["again"], r["index"]
        rows.append(
            f"| {r['file']} | {first['records']:,} | {first['store_quads']:,}"
            f" | {first['seconds']:.1f} | {again['seconds']:.1f}"
            f" | {ratio(again['seconds'], first['seconds'])}"
            f" | {first['stages'].get(INDEX_STAGE, 0):.1f}"
            f" / {again['stages'].get(INDEX_STAGE, 0):.1f}"
            f" | {index['seconds']:.1f} | {max(first['peak_mib'], again['peak_mib']):,.0f} MiB |"
        )
    today = datetime.date.today().isoformat()
    return "\n".join(
        [
            f"_Run of {today} (`.venv/bin/python bench/bench_reimport.py`) while other work"
            " shared the machine's cores: compare the ratios, not the seconds._",
            "",
            "Each file is imported into a fresh curated build, then imported again into"
            " the same build (replacing the data set: the build holds it alone, so its"
            " store is written again from the curated graphs, kg.nq, and the data set"
            " imported as the first time). Both leave the same number of quads. The"
            " index columns: the import's own stage that writes the graph index (one pass"
            " over the store), and `write_index` alone on the final build.",
            "",
            f"- Machine: {machine()}",
            "",
            "| file | records | store quads | first import (s) | re-import (s)"
            " | re-import / first | index stage, first / again (s) | index alone (s)"
            " | peak memory |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
            *rows,
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=[DEFAULT_FILE])
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--stage", default=None)
    parser.add_argument("--build", type=Path, default=None)
    parser.add_argument("--dataset", default="bench")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    if args.stage:
        print(json.dumps(stage(args.stage, args.build, args.files[0], args.dataset)))
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-reimport-"))
    results = [measure(f.absolute(), work) for f in args.files]
    (work / "results.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    body = report(results)
    write_section(args.out, SECTION, body)
    print(body)


if __name__ == "__main__":
    main()
