"""Time ``kg extract`` drafting a batch of articles against the floor of its spaCy pass.

Usage::

    python bench/bench_extract.py [FOLDER ...] [--title TITLE]

With no folder it drafts every article the team wrote for the tests
(``tests/fixtures/extract*/``, invented text). A folder of other articles (e.g. the
real-news texts kept outside the repository, see docs/extract.md) gives a section of
its own under ``--title``.

Three timings, taking turns in one run (best of several runs each):

- **load**: building the pipeline and the gazetteer from ``data/reference`` (once
  per process: the first article of a batch pays it);
- **spaCy pass (baseline)**: the same pipeline run over the same texts (tokenizer,
  sentencizer and the EntityRuler with every phrase of the reference tables), with
  no rule after it: the floor of any drafting on this pipeline;
- **kg extract**: ``extract_batch`` on the same articles, writing the drafts (rules,
  dates, places, ids consistent across the batch).

The ratio says what the rules and the draft writer cost on top of reading the text;
the milliseconds per article are what the issue's budget ("well under a second")
speaks of.
"""

from __future__ import annotations

import argparse
import datetime
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kg.extract import extract_batch, pipeline  # noqa: E402
from report import machine, timed_turns, write_section  # noqa: E402

REFERENCE = ROOT / "data" / "reference"
FIXTURES = ROOT / "tests" / "fixtures"
# Articles whose text states no year are dated by this day (the work is the same).
DATE = "2024-01-01"


def articles(folders: list[Path]) -> list[Path]:
    if folders:
        return sorted(p for folder in folders for p in folder.glob("*.txt"))
    return sorted(p for p in FIXTURES.glob("extract*/**/*.txt") if p.name != "README.txt")


def commit() -> str:
    found = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    return found.stdout.strip() or "unknown"


def run(paths: list[Path]) -> dict[str, float]:
    started = time.perf_counter()
    nlp = pipeline(REFERENCE.resolve())
    load = time.perf_counter() - started
    texts = [p.read_text(encoding="utf-8") for p in paths]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)

        def spacy_pass() -> int:
            return sum(len(doc.ents) for doc in nlp.pipe(texts))

        def drafting() -> int:
            batch = extract_batch(paths, out, date=DATE, data_dir=ROOT / "data")
            return len(batch.drafts)

        (floor, _), (kg, drafted) = timed_turns(spacy_pass, drafting)
    return {
        "articles": len(paths),
        "drafted": drafted,
        "words": sum(len(t.split()) for t in texts),
        "load": load,
        "floor": floor,
        "kg": kg,
    }


def render(figures: dict[str, float], source: str) -> str:
    n = int(figures["articles"])
    per_article = figures["kg"] / n * 1000
    return "\n".join(
        [
            f"_Run of {datetime.date.today()} at commit {commit()}: compare the ratio,"
            " not the seconds._",
            "",
            f"Measured with `python bench/bench_extract.py` on {source}:",
            f"{n} articles, {int(figures['words']):,} words, {int(figures['drafted'])} drafted."
            " Each figure is the best of several runs taking turns in one run.",
            "",
            f"- Machine: {machine()}",
            "",
            "| stage | seconds | per article | ratio to the spaCy pass |",
            "| --- | --- | --- | --- |",
            f"| load the pipeline and gazetteer (once) | {figures['load']:.2f} | | |",
            f"| spaCy pass alone (baseline) | {figures['floor']:.3f}"
            f" | {figures['floor'] / n * 1000:.1f} ms | 1.00x |",
            f"| kg extract, one batch | {figures['kg']:.3f} | {per_article:.1f} ms"
            f" | {figures['kg'] / figures['floor']:.2f}x |",
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", type=Path, nargs="*", help="folders of NNN.txt articles")
    parser.add_argument("--title", default="Drafting articles (kg extract)")
    parser.add_argument("--source", default="the team's own invented test articles")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    paths = articles(args.folders)
    if not paths:
        where = ", ".join(str(f) for f in args.folders) or str(FIXTURES)
        print(
            f"bench_extract: no *.txt article in {where}\n"
            "    fix: give folders that hold the articles as NNN.txt",
            file=sys.stderr,
        )
        return 2
    body = render(run(paths), args.source)
    write_section(args.out, f"## {args.title}", body)
    print(body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
