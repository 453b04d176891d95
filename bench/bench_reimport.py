"""Benchmark: importing an ICEWS file into a build, then importing it again
(replacing the data set), against the first import in the same run.

Stages, each in its own process (so that its peak memory is its own):

- ``kg build`` of the curated data (rules) into a fresh build folder;
- first import: ``kg import icews FILE``;
- re-import: ``kg import icews FILE`` again into the same build (replaces the
  data set); the store must hold as many quads as after the first import;
- index: the graph index of the resulting build written alone, every graph read
  from the store (as a stale index is rebuilt), then only the inferred graph
  read (the other parts taken from the index as they are);
- update: the incremental ``kg build`` after adding one curated article
  (tests/fixtures/update), which writes the curated and inferred parts again.

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
UPDATE = ROOT / "tests" / "fixtures" / "update"


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_s() -> float:
    """CPU seconds of this process, all threads: on a shared machine, the work
    done, less disturbed by the other processes than the wall-clock time."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def stage(name: str, build_dir: Path, file: Path, dataset: str) -> dict[str, Any]:
    """One stage in this process; returns what the parent records."""
    started = time.perf_counter()
    if name == "curated":
        from kg.api import build
        from kg.reasoning import Reasoner

        build(ROOT / "data", build_dir, reasoner=Reasoner.RULES)
        return {"seconds": time.perf_counter() - started, "peak_mib": peak_mib(), "cpu_s": cpu_s()}
    if name == "update":
        from kg.api import build

        data = build_dir.parent / "data"
        shutil.copytree(ROOT / "data", data, dirs_exist_ok=True)
        for part in ("curated", "sources"):
            shutil.copytree(UPDATE / part, data / part, dirs_exist_ok=True)
        result = build(data, build_dir)
        shutil.rmtree(data)
        assert result.changed is not None, "an incremental update"
        return {"seconds": time.perf_counter() - started, "peak_mib": peak_mib(), "cpu_s": cpu_s()}
    if name in ("index", "index-inferred"):
        from kg.graph.parts import update_index
        from kg.model.namespaces import INFERRED_GRAPH

        if name == "index":  # every graph read from the store
            tables = update_index(build_dir)
        else:  # the inferred graph read again, the other parts as they are
            tables = update_index(build_dir, previous=build_dir, changed={str(INFERRED_GRAPH)})
        return {
            "seconds": time.perf_counter() - started,
            "peak_mib": peak_mib(),
            "cpu_s": cpu_s(),
            "nodes": len(tables.iris),
            "edges": len(tables.src),
        }
    from kg.icews.importer import import_icews

    result = import_icews([file], build_dir, dataset)
    return {
        "seconds": time.perf_counter() - started,
        "peak_mib": peak_mib(),
        "cpu_s": cpu_s(),
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
    print(f"  {name}: {json.dumps(result)}", file=sys.stderr, flush=True)
    return result


def measure(file: Path, work: Path) -> dict[str, Any]:
    build_dir = work / "build"
    shutil.rmtree(build_dir, ignore_errors=True)
    dataset = "bench"
    print(f"{file.name}:", file=sys.stderr, flush=True)
    runs = {"curated": run_stage("curated", build_dir, file, dataset)}
    for name in ("first", "again"):
        runs[name] = run_stage(name, build_dir, file, dataset)
    for name in ("index", "index-inferred", "update"):
        runs[name] = run_stage(name, build_dir, file, dataset)
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
            f" | {first['seconds']:.1f} ({first['cpu_s']:.1f})"
            f" | {again['seconds']:.1f} ({again['cpu_s']:.1f})"
            f" | {ratio(again['seconds'], first['seconds'])}"
            f" ({ratio(again['cpu_s'], first['cpu_s'])})"
            f" | {first['stages'].get(INDEX_STAGE, 0):.1f}"
            f" / {again['stages'].get(INDEX_STAGE, 0):.1f}"
            f" | {index['seconds']:.1f} ({index['cpu_s']:.1f})"
            f" | {r['index-inferred']['seconds']:.1f} ({r['index-inferred']['cpu_s']:.1f})"
            f" | {r['update']['seconds']:.1f} ({r['update']['cpu_s']:.1f})"
            f" | {max(first['peak_mib'], again['peak_mib']):,.0f} MiB |"
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
            " graph index is kept in parts, one per graph of the store: an import reads"
            " again its data set's graph and the inferred graph (its own stage), the"
            " incremental update the curated graphs and the inferred graph; then the"
            " index alone on the final build, every graph read from the store (as a"
            " stale index is rebuilt) and only the inferred graph read (the other parts"
            " taken as they are), and the incremental `kg build` after adding one"
            " curated article (tests/fixtures/update, 23 facts). Seconds are wall-clock,"
            " in brackets the CPU seconds of the stage's process (all its threads): the"
            " work done, less disturbed by the other processes on the machine.",
            "",
            f"- Machine: {machine()}",
            "",
            "| file | records | store quads | first import (s) | re-import (s)"
            " | re-import / first | index stage of the imports, first / again (s)"
            " | index, every graph read (s) | index, the inferred graph read (s)"
            " | `kg build` adding one article (s) | peak memory of the imports |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
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
