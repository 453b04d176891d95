"""bench/bench_extract.py drafts every invented test article and writes its own
section of a benchmarks file (timings are not asserted: the machines are shared)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import bench_extract  # noqa: E402


def test_the_benchmark_drafts_every_article_and_writes_its_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "benchmarks.md"
    out.write_text("# Benchmarks\n\n## Other\n\nkept\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["bench_extract.py", "--out", str(out)])
    assert bench_extract.main() == 0
    text = out.read_text(encoding="utf-8")
    articles = sorted((ROOT / "tests" / "fixtures").glob("extract*/**/*.txt"))
    assert articles
    assert f"{len(articles)} articles" in text and f"{len(articles)} drafted" in text
    assert "## Other\n\nkept" in text and "## Drafting articles (kg extract)" in text
    assert "| spaCy pass alone (baseline) |" in text


def test_an_empty_folder_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["bench_extract.py", str(tmp_path)])
    assert bench_extract.main() == 2
