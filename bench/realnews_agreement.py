"""How far two readers of the same articles agree (session 13): score the second,
independent gold readings in ``bench/realnews/second/NNN.json`` against the first
ones in ``bench/realnews/gold/NNN.json`` with the scorer of ``kg extract --eval``.
Usage::

    python bench/realnews_agreement.py [--part PART] [--out FILE]

``--part`` keeps the articles of one part of split.json (``unseen20``, read twice
in session 13; ``unseen82``, in session 29); by default every article read twice.

No article text is needed: both readings are facts only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from kg.extract.evaluation import Reading, combined, report_lines, score  # noqa: E402
from realnews import GOLD, gold_facts, report  # noqa: E402

SECOND = GOLD.parent / "second"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", help="only the articles of this part of split.json")
    parser.add_argument("--out", type=Path, help="also write the report here")
    args = parser.parse_args()
    paths = sorted(SECOND.glob("*.json"))
    if args.part:
        split = json.loads((GOLD.parent / "split.json").read_text(encoding="utf-8"))
        if args.part not in split:
            print(f"no part {args.part!r} in split.json", file=sys.stderr)
            return 2
        paths = [p for p in paths if p.stem in set(split[args.part])]
    runs = []
    for path in paths:
        first = json.loads((GOLD / path.name).read_text(encoding="utf-8"))
        second = json.loads(path.read_text(encoding="utf-8"))
        runs.append(
            (path.stem, score(Reading.of(gold_facts(second)), Reading.of(gold_facts(first))))
        )
    lines = [
        f"{len(runs)} articles read twice ({args.part or 'all'}): the second reading"
        " scored against the first:",
        *report_lines(combined(runs)),
    ]
    report(lines, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
