"""One command of a benchmark as its own process: its wall time, its CPU seconds
and its peak memory (``wait4``'s, through ``resource.RUSAGE_CHILDREN`` of a small
parent), so that each figure is the command's own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

USAGE = (
    "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]);"
    "u = resource.getrusage(resource.RUSAGE_CHILDREN);"
    "print('USAGE', u.ru_utime + u.ru_stime, u.ru_maxrss); sys.exit(r.returncode)"
)
"""Runs a command and prints its CPU seconds and peak resident memory (KiB) last."""


def measure(command: list[str]) -> tuple[float, float, float, int, str]:
    """Wall seconds, CPU seconds, peak memory in MiB, exit status, last output line."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", USAGE, *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    lines = [ln for ln in done.stdout.splitlines() if ln.strip()]
    cpu, peak = 0.0, 0.0
    if lines and lines[-1].startswith("USAGE"):
        _, cpu_text, peak_text = lines.pop().split()
        cpu, peak = float(cpu_text), int(peak_text) / 1024
    return wall, cpu, peak, done.returncode, (lines[-1] if lines else "")


def build_sizes(build: Path) -> str:
    """What a build holds, as its manifest says: for the text above a table."""
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    imports = manifest.get("imports", {})
    records = sum(int(i.get("records", 0)) for i in imports.values())
    return (
        f"a build of the curated data plus {records:,} imported records"
        f" ({manifest.get('store_quads', 0):,} quads in the store; data sets:"
        f" {', '.join(sorted(imports)) or 'none'})"
    )
