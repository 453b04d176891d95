"""Benchmark: the pass that resolves imported person names against each other
(``kg.icews.merge.plan``), against mapping every record of the same file
(``kg.icews.mapping.convert``, which includes the pass) in the same run; with the
merges each rule makes and a calibration of the corroboration thresholds.

Calibration, on the file itself (no labelled pairs exist for ICEWS):

- split spellings: the records of each person name with at least 5 records are
  shuffled and split 1 to 6, as if a seventh of them spelled the name another way;
  the share of such pairs that the thresholds would join (recall of rule b);
- different people: pairs of person names with the same last word (surname) and
  different first words ('Ram Gopal Yadav', 'Akhilesh Yadav'): the share that the
  thresholds would join, were a name rule to pair them (false positives).

The calibration means nothing on a synthetic file of bench/synth_icews.py (its copies
give every name a suffix letter, which the surname pairs then share): give such a
file with ``--timing-only``.

Run: .venv/bin/python bench/bench_icews_merge.py [FILE ...] [--timing-only FILE ...]
FILE: ICEWS files (default: data/icews/icews14.tsv.xz). The results replace the
"ICEWS merge pass" section of docs/benchmarks.md only; the merges are printed.
"""

from __future__ import annotations

import argparse
import datetime
import random
import sys
from collections import defaultdict
from pathlib import Path

from report import machine, timed, write_section

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kg.icews import mapping  # noqa: E402
from kg.icews.actors import Classifier  # noqa: E402
from kg.icews.merge import Profile, plan, spelling, weigh  # noqa: E402
from kg.icews.reading import Record, read  # noqa: E402
from kg.model.identity import Resolver  # noqa: E402

DEFAULT = ROOT / "data" / "icews" / "icews14.tsv.xz"


def calibrate(records: list[Record], classifier: Classifier, resolver: Resolver) -> str:
    partners: dict[str, list[str]] = defaultdict(list)
    person: dict[str, bool] = {}
    for r in records:
        for name, other in ((r.subject, r.object), (r.object, r.subject)):
            if name not in person:
                person[name] = classifier.classify(name).cls == "Person"
            if person[name]:
                partners[name].append(spelling(other))
    rng = random.Random(1)
    split = joined = 0
    for _, found in sorted(partners.items()):
        if len(found) < 5:
            continue
        found = found[:]
        rng.shuffle(found)
        k = max(1, len(found) // 7)
        split += 1
        joined += weigh(Profile(k, set(found[:k])), Profile(1, set(found[k:])), set()).joins
    surnames: dict[str, list[str]] = defaultdict(list)
    for name in partners:
        tokens = resolver.tokens(name)
        if len(tokens) >= 2:
            surnames[tokens[-1]].append(name)
    pairs = wrong = 0
    for names in surnames.values():
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                if resolver.tokens(a)[0] == resolver.tokens(b)[0]:
                    continue
                pairs += 1
                pa, pb = Profile(1, set(partners[a])), Profile(1, set(partners[b]))
                wrong += weigh(pa, pb, {spelling(a), spelling(b)}).joins
    return (
        f"split spellings joined {joined}/{split} ({100 * joined / max(split, 1):.0f}%),"
        f" different people with one surname joined {wrong}/{pairs}"
        f" ({100 * wrong / max(pairs, 1):.1f}%)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, default=[DEFAULT])
    parser.add_argument("--timing-only", nargs="*", type=Path, default=[])
    args = parser.parse_args()
    classifier, resolver = Classifier(), Resolver.empty()
    rows = []
    for path in [*args.files, *args.timing_only]:
        read_s, records = timed(lambda p=path: list(read(p)))
        plan_s, result = timed(lambda r=records: plan(r, classifier, resolver), repeat=3)
        convert_s, _ = timed(lambda p=path: mapping.convert([p], "bench", Resolver.empty()))
        rules = ", ".join(f"{rule}: {n}" for rule, n in result.by_rule().items()) or "none"
        print(f"{path.name}: {len(records):,} records; merges {len(result.into)} ({rules});")
        print(
            f"  kept apart {len(result.kept_apart)}; plan {plan_s:.2f} s, convert {convert_s:.1f} s"
        )
        for merge in result.merges:
            print(f"  {merge.describe()}")
        for apart in result.kept_apart:
            print(f"  kept apart: {apart['not merged']}")
        calibration = "" if path in args.timing_only else calibrate(records, classifier, resolver)
        print(f"  calibration: {calibration}")
        rows.append(
            f"| {path.name} | {len(records):,} | {read_s:.1f} | {plan_s:.2f} | {convert_s:.1f}"
            f" | {100 * plan_s / convert_s:.1f}% | {len(result.into)} ({rules})"
            f" | {len(result.kept_apart)} | {calibration} |"
        )
    body = (
        f"{datetime.date.today().isoformat()}, {machine()}. `bench/bench_icews_merge.py`:"
        " the merge pass (`kg.icews.merge.plan`, best of 3) against mapping every record of"
        " the same file (`mapping.convert`, which includes the pass; the import adds the"
        " store load and reasoning on top), read time apart.\n\n"
        "| file | records | read s | merge pass s | map s | pass / map | merges (by rule)"
        " | groups kept apart | threshold calibration |\n"
        "|---|---|---|---|---|---|---|---|---|\n" + "\n".join(rows)
    )
    write_section(ROOT / "docs" / "benchmarks.md", "## ICEWS merge pass", body)


if __name__ == "__main__":
    main()
