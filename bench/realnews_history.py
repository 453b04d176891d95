"""How the code of earlier commits reads the same real articles (session 29): does
the rule-writing of past sessions carry over to text none of them was tuned on?
Usage::

    python bench/realnews_history.py TEXTS_DIR --part PART --commits C1,C2,... [--out FILE]

Each commit is checked out in a temporary git worktree; its own ``kg.extract``
drafts every article in a process of its own, and this tree's scorer scores the
drafts against this tree's gold readings, so that only the reading differs. An
article on which the old code stops counts as an empty draft and is counted under
"stopped": older code crashed on inputs later sessions learnt to read.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from kg.extract.evaluation import Reading, Score, combined, score  # noqa: E402
from realnews import GOLD, gold_facts, lacks_meeting  # noqa: E402

KINDS = ("persons with rank and country", "meetings", "agreements")
# Run in the old tree: draft each article with that tree's kg.extract, one JSON
# line each, an error instead of facts where its code stops.
_DRAFTER = """
import json, sys
from pathlib import Path
from kg.extract import extract
texts = Path(sys.argv[1])
for line in sys.stdin:
    i, date = line.split()
    try:
        facts = [list(f) for f in extract(texts / f"{i}.txt", date=date, source_id=f"a{i}").facts]
        print(json.dumps({"id": i, "facts": facts}), flush=True)
    except Exception as exc:
        print(json.dumps({"id": i, "error": f"{type(exc).__name__}: {exc}"[:200]}), flush=True)
"""


def drafts(commit: str, texts: Path, golds: dict[str, dict]) -> dict[str, dict]:
    """Each article's draft by the commit's code, or the error it stopped with."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commit],
            check=True,
            capture_output=True,
        )
        try:
            run = subprocess.run(
                [sys.executable, "-c", _DRAFTER, str(texts.resolve())],
                input="".join(f"{i} {g['published']}\n" for i, g in golds.items()),
                cwd=tree,
                env={**os.environ, "PYTHONPATH": str(tree / "src")},
                capture_output=True,
                text=True,
                check=False,
            )
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                check=False,
                capture_output=True,
            )
    found = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    return {d["id"]: d for d in found}


def row(commit: str, texts: Path, golds: dict[str, dict]) -> list[str]:
    """The commit's cells: P / R (matched of gold) per kind, empty drafts, stops."""
    drafted = drafts(commit, texts, golds)
    runs: list[tuple[str, list[Score]]] = []
    empty = stopped = 0
    for i, gold in golds.items():
        facts = [tuple(f) for f in drafted.get(i, {}).get("facts", [])]
        stopped += "facts" not in drafted.get(i, {})
        runs.append((i, score(Reading.of(facts), Reading.of(gold_facts(gold)))))
        empty += lacks_meeting(gold, facts)
    cells = {s.kind: s for s in combined(runs)}
    return [
        commit,
        *(_cell(cells[kind]) for kind in KINDS),
        str(empty),
        str(stopped),
    ]


def _cell(s: Score) -> str:
    if not s.gold and not s.draft:
        return "n/a"
    return f"{s.precision:.2f} / {s.recall:.2f} ({s.matched} of {s.gold})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", type=Path, help="the folder of NNN.txt articles")
    parser.add_argument("--part", required=True, help="a part of split.json, or ids: 301,302")
    parser.add_argument("--commits", required=True, help="commits to score, comma-separated")
    parser.add_argument("--out", type=Path, help="also write the table here")
    args = parser.parse_args()
    for commit in args.commits.split(","):
        known = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--verify", "--quiet", f"{commit}^{{commit}}"],
            capture_output=True,
            check=False,
        )
        if known.returncode != 0:
            print(f"no commit {commit!r} in {ROOT}", file=sys.stderr)
            return 2
    split = json.loads((GOLD.parent / "split.json").read_text(encoding="utf-8"))
    ids = split[args.part] if args.part in split else args.part.split(",")
    missing = [i for i in ids if not (args.texts / f"{i}.txt").is_file()]
    missing += [f"{i} (gold)" for i in ids if not (GOLD / f"{i}.json").is_file()]
    if missing:
        print(f"no text or gold for {', '.join(missing)} in {args.texts}", file=sys.stderr)
        return 2
    golds = {i: json.loads((GOLD / f"{i}.json").read_text(encoding="utf-8")) for i in ids}
    header = ["commit", *(f"{kind} *" for kind in KINDS), "empty", "stopped"]
    lines = [
        f"{len(ids)} articles ({args.part}), each commit's own code, today's scorer"
        " (P / R, matched of gold):",
        "",
        "| " + " | ".join(header) + " |",
        "|" + " --- |" * len(header),
    ]
    for commit in args.commits.split(","):
        lines.append("| " + " | ".join(row(commit, args.texts, golds)) + " |")
    print("\n".join(lines))
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
