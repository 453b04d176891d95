"""Score ``kg extract`` on a set of real published articles (issue 15).

The articles are third-party text and stay outside the repository; their gold
readings are facts only and live in ``bench/realnews/gold/NNN.json`` (written by
hand before the extractor ran; see ``bench/realnews/README.md``). Usage::

    python bench/realnews.py TEXTS_DIR [--part PART|all|ID,ID] [--out FILE]
        [--held-officials PART] [--held-endings PART]

``TEXTS_DIR`` holds ``NNN.txt``, the article as published (the URLs are in
docs/extract.md). Each article is drafted with its publication date as
``--date`` and scored as ``kg extract --eval`` scores; the counts are summed
over the part (micro-average).

``--held-officials PART`` (session 35) scores a part that officials.csv was
counted from as fresh text sees the table: the articles are split into five
folds, and each fold is drafted with officials.csv counted again from PART's
readings less the fold's own (in a copy of data/reference). Without it, such a
part's persons are scored against a table that lists them already.
``--held-endings PART`` (session 37) does the same for name_endings.csv, counted
from PART's readings less the fold's own; the two may be given together.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "realnews" / "gold"
sys.path.insert(0, str(ROOT / "src"))

from kg.errors import KgError  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.extract.evaluation import Reading, Score, combined, report_lines, score  # noqa: E402
from kg.extract.name_endings import NameEndings  # noqa: E402
from kg.extract.officials import Officials  # noqa: E402


def gold_facts(gold: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The curated facts a gold reading stands for, in the shape ``Reading.of`` reads:
    a person's countries become posts for those countries."""
    facts: list[tuple[str, str, str]] = []
    ids: dict[str, str] = {}

    def person(name: str) -> str:
        if name not in ids:
            ids[name] = f"p{len(ids)}"
            facts.extend([(ids[name], "a", "Person"), (ids[name], "label", name)])
        return ids[name]

    for p in gold["persons"]:
        pid = person(p["name"])
        if p.get("rank"):
            facts.append((pid, "hasRank", p["rank"]))
        for country in p.get("countries", []):
            holding, post = f"{pid}-holds-{country}", f"{pid}-post-{country}"
            facts += [
                (holding, "holder", pid),
                (holding, "heldPost", post),
                (post, "postFor", f"country:{country}"),
            ]
    for n, meeting in enumerate(gold["meetings"]):
        facts.append((f"m{n}", "a", "Meeting"))
        facts += [(f"m{n}", "participant", person(name)) for name in meeting["participants"]]
        facts += [(f"m{n}", "date", meeting["date"])] if meeting.get("date") else []
        facts += [(f"m{n}", "location", meeting["place"])] if meeting.get("place") else []
    for n, agreement in enumerate(gold["agreements"]):
        facts.append((f"a{n}", "a", "Agreement"))
        facts += [(f"a{n}", "signatory", person(name)) for name in agreement["signatories"]]
        facts += [(f"a{n}", "signedOn", agreement["date"])] if agreement.get("date") else []
    return facts


def lacks_meeting(gold: dict[str, Any], facts: Sequence[tuple[str, ...]]) -> bool:
    """Whether the gold has a meeting and the draft's facts none (the target asks
    for no such empty draft)."""
    return bool(gold["meetings"]) and not any(f[1:3] == ("a", "Meeting") for f in facts)


def run(
    texts: Path,
    ids: list[str],
    held_officials: list[str] | None = None,
    held_endings: list[str] | None = None,
) -> tuple[list[Score], list[str]]:
    """Micro-averaged scores, and a line for each article that could not be drafted
    or whose gold has a meeting that its draft lacks. With ``held_officials`` or
    ``held_endings`` (the ids of the readings officials.csv or name_endings.csv is
    counted from), each of five folds of the articles is drafted with that table
    counted again from those readings less the fold's own."""
    runs: list[tuple[str, list[Score]]] = []
    notes: list[str] = []
    if held_officials is None and held_endings is None:
        _draft_all(texts, ids, None, runs, notes)
    else:
        for fold in range(_FOLDS):
            mine = ids[fold::_FOLDS]
            own = set(mine)
            with tempfile.TemporaryDirectory() as tmp:
                data = Path(tmp)
                shutil.copytree(ROOT / "data" / "reference", data / "reference")
                if held_officials is not None:
                    others = [i for i in held_officials if i not in own]
                    _write_officials(data / "reference" / "officials.csv", others)
                if held_endings is not None:
                    others = [i for i in held_endings if i not in own]
                    _write_endings(data / "reference" / "name_endings.csv", others)
                _draft_all(texts, mine, data, runs, notes)
    runs.sort()
    return combined(runs), notes


_FOLDS = 5


def _draft_all(
    texts: Path,
    ids: list[str],
    data: Path | None,
    runs: list[tuple[str, list[Score]]],
    notes: list[str],
) -> None:
    for i in ids:
        gold = json.loads((GOLD / f"{i}.json").read_text(encoding="utf-8"))
        facts: list[tuple[str, str, str, str]] = []
        try:
            facts = extract(
                texts / f"{i}.txt", date=gold["published"], source_id=f"a{i}", data_dir=data
            ).facts
        except KgError as exc:
            notes.append(f"{i}: not drafted: {exc}")
        runs.append((i, score(Reading.of(facts), Reading.of(gold_facts(gold)))))
        if lacks_meeting(gold, facts):
            notes.append(f"{i}: the gold has a meeting, the draft none")


def _persons(ids: list[str]) -> list[list[tuple[str, list[str]]]]:
    """Each gold reading's persons with their countries."""
    readings = []
    for i in ids:
        gold = json.loads((GOLD / f"{i}.json").read_text(encoding="utf-8"))
        readings.append([(p["name"], p["countries"]) for p in gold["persons"]])
    return readings


def _write_officials(path: Path, ids: list[str]) -> None:
    """officials.csv counted from the gold readings of ``ids``, as
    tools/train_country_guess.py writes it."""
    Officials.of(_persons(ids)).write(path)


def _write_endings(path: Path, ids: list[str]) -> None:
    """name_endings.csv counted from the gold readings of ``ids``, as
    tools/train_country_guess.py writes it."""
    NameEndings.of(person for reading in _persons(ids) for person in reading).write(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", type=Path, help="the folder of NNN.txt articles")
    parser.add_argument(
        "--part",
        default="all",
        help="a part of split.json (dev, tune, all9, unseen9 ...), all, or ids: 301,302",
    )
    parser.add_argument("--out", type=Path, help="also write the report here")
    parser.add_argument(
        "--held-officials",
        metavar="PART",
        help="draft each fifth of the articles with officials.csv counted from PART's"
        " readings less its own (as fresh text sees the table)",
    )
    parser.add_argument(
        "--held-endings",
        metavar="PART",
        help="draft each fifth of the articles with name_endings.csv counted from PART's"
        " readings less its own",
    )
    args = parser.parse_args()
    split = json.loads((GOLD.parent / "split.json").read_text(encoding="utf-8"))
    if args.part in split:
        ids = split[args.part]
    elif args.part == "all":
        ids = sorted(p.stem for p in GOLD.glob("*.json"))
    else:
        ids = args.part.split(",")
    missing = [i for i in ids if not (args.texts / f"{i}.txt").is_file()]
    if missing:
        print(f"no text for {', '.join(missing)} in {args.texts}", file=sys.stderr)
        return 2
    held: dict[str, list[str] | None] = {}
    for option, part in (("officials", args.held_officials), ("endings", args.held_endings)):
        if part and part not in split:
            print(f"no part {part} in split.json", file=sys.stderr)
            return 2
        held[option] = split[part] if part else None
    scores, notes = run(args.texts, ids, held["officials"], held["endings"])
    how = "".join(
        f", {table} less each fifth's readings of {part}"
        for table, part in (
            ("officials.csv", args.held_officials),
            ("name_endings.csv", args.held_endings),
        )
        if part
    )
    title = f"{len(ids)} articles ({args.part}{how}), micro-averaged:"
    lines = [title, *report_lines(scores), *notes]
    report(lines, args.out)
    return 0


def report(lines: list[str], out: Path | None) -> None:
    """Print a report, and write it to ``out`` too when one is given."""
    print("\n".join(lines))
    if out:
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
