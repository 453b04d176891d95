"""Benchmark: the static site of an ICEWS 2014 build (``kg site``), against two
floors in the same run: reading the store into the graph index (what the site
did before it read the build's index files; the baseline) and reading the index
files with their edges and literals (what the site reads now).

Run: .venv/bin/python bench/bench_site.py BUILD   (a build with ICEWS 2014 imported:
kg build, then kg import icews ../shared/data/icews14-regcn/named_quadruples.tsv)
The results go to the "Static site at ICEWS scale" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Static site at ICEWS scale"
STAGE = """
import json, resource, sys, time
from pathlib import Path
from kg.graph.projection import Index
from kg.site import write_site_of_build
build, out, what = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
started = time.perf_counter()
if what == "store":
    Index.from_store(build / "store")
    result = {}
elif what == "index":
    index = Index.open(build, save=False)
    len(index.edges), len(index.literals)
    result = {"loaded_from": index.loaded_from}
else:
    r = write_site_of_build(build, out)
    result = {"pages": r.pages, "bytes": r.bytes, "entities": r.entities}
    result.update(largest=r.largest[1], largest_bytes=r.largest[0])
result["seconds"] = time.perf_counter() - started
result["cpu"] = time.process_time()
result["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(result))
"""


def stage(build: Path, out: Path, what: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", STAGE, str(build), str(out), what],
        check=True,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def write_section(text: str) -> None:
    path = ROOT / "docs" / "benchmarks.md"
    old = path.read_text(encoding="utf-8")
    start = old.find(SECTION)
    if start < 0:
        path.write_text(old.rstrip("\n") + "\n\n" + text, encoding="utf-8")
        return
    end = old.find("\n## ", start + len(SECTION))
    rest = "\n" + old[end + 1 :] if end >= 0 else ""
    path.write_text(old[:start] + text + rest, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("build", type=Path)
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    baseline = stage(args.build, Path(), "store")
    floor = stage(args.build, Path(), "index")
    with tempfile.TemporaryDirectory() as tmp:
        site = stage(args.build, Path(tmp) / "site", "site")
    f = {k: float(v) for k, v in site.items() if isinstance(v, (int, float))}
    b = {k: float(v) for k, v in baseline.items() if isinstance(v, (int, float))}

    def row(name: str, r: dict[str, object]) -> str:
        n = {k: float(v) for k, v in r.items() if isinstance(v, (int, float))}
        return (
            f"| {name} | {n['seconds']:.1f} | {n['cpu']:.1f} | {n['seconds'] / b['seconds']:.2f}x"
            f" | {n['cpu'] / b['cpu']:.2f}x | {n['peak_mib']:,.0f} MiB |\n"
        )

    text = (
        f"{SECTION}\n\n"
        f"`kg site` on an ICEWS 2014 build ({f['entities']:,.0f} entities with a page), against"
        " the baseline of reading the store into the graph index (how the site read the graph"
        " before it read the build's index files), and the floor of reading the index files"
        f" (loaded from: {floor.get('loaded_from')}). Ratios against the baseline.\n\n"
        f"- Machine: {platform.machine()}, Python {platform.python_version()}\n"
        f"- Date: {datetime.date.today().isoformat()}\n\n"
        "| stage | seconds | CPU seconds | ratio (wall) | ratio (CPU) | peak memory |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: |\n"
        + row("baseline: Index.from_store", baseline)
        + row("floor: Index.open (index files)", floor)
        + row("kg site", site)
        + f"\nLoad average before and after the run: {load_before:.1f}, {os.getloadavg()[0]:.1f}"
        f" on {os.cpu_count()} CPUs (other work shares them): wall seconds grow with the load,"
        " CPU seconds much less.\n"
        + f"\nThe site: {f['pages']:,.0f} pages, {f['bytes'] / 1e6:.0f} MB; the largest file is"
        f" {site['largest']} ({f['largest_bytes'] / 1e3:.0f} kB).\n"
    )
    write_section(text)
    print(text)


if __name__ == "__main__":
    main()
