"""Fit data/reference/meeting_place_weights.csv, the weights with which kg extract
weighs each meeting's place against the other places of the article
(kg.extract.place_choice), from the real-news gold readings. Run by hand, never
at run time:

    python tools/train_meeting_place.py TEXTS_DIR [--part tune50] [--folds 5] [--write]

TEXTS_DIR holds the articles (NNN.txt; third-party text, outside the repository,
see bench/realnews/README.md). Every article of the part is read with no weights
(the rules' places), and each placed meeting whose participants and day a gold
meeting has is one example: the candidate places, their features, and which of
them the gold gives (as the draft writes them: 'country:SG' is Singapore's city).
The report compares, by cross-validation over articles, the fitted weights with
the rules' places; --write then fits on the whole part and writes the table.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kg.extract.evaluation import person_key  # noqa: E402
from kg.extract.events import ArticleReader  # noqa: E402
from kg.extract.gazetteer import load_gazetteer, pipeline  # noqa: E402
from kg.extract.place_choice import candidates, place_evidence  # noqa: E402
from kg.extract.ranker import Features, best, fit, table_text  # noqa: E402
from kg.model.identity import Resolver  # noqa: E402

GOLD = ROOT / "bench" / "realnews" / "gold"
TABLE = ROOT / "data" / "reference" / "meeting_place_weights.csv"


@dataclass
class Example:
    """A drafted meeting with a gold meeting of the same participants and day: its
    candidate places, their features, and which of them the gold gives."""

    article: str
    places: list[str]
    features: list[Features]
    right: list[int]


def examples(texts: Path, ids: Sequence[str]) -> list[Example]:
    folder = ROOT / "data" / "reference"
    nlp = pipeline(folder)
    gaz = dataclasses.replace(load_gazetteer(folder), meeting_place_weights={})
    resolver = Resolver.empty()
    found: list[Example] = []
    for i in ids:
        gold = json.loads((GOLD / f"{i}.json").read_text(encoding="utf-8"))
        if not gold["published"]:
            continue
        wanted: dict[tuple[frozenset[str], str], set[str]] = {}
        for meeting in gold["meetings"]:
            who = frozenset(person_key(resolver, name) for name in meeting["participants"])
            wanted.setdefault((who, meeting["date"]), set()).add(meeting["place"])
        text = (texts / f"{i}.txt").read_text(encoding="utf-8")
        reader = ArticleReader(gaz, text, gold["published"], nlp)
        findings = reader.read()
        evidence = place_evidence(gaz, reader.docs)
        for drafted in findings.meetings:
            who = frozenset(person_key(resolver, p.name) for p in drafted.participants)
            places = wanted.get((who, drafted.date))
            if places is None or not drafted.location:
                continue  # no gold meeting, or one the weighing leaves unplaced
            found_places, features = candidates(gaz, evidence, drafted)
            right = [n for n, p in enumerate(found_places) if gaz.as_place(p) in places]
            found.append(Example(i, found_places, features, right))
    return found


def right_count(found: Sequence[Example], weights: dict[str, float] | None) -> int:
    """How many examples get a place the gold gives: by the weights, or (None) the
    rules' own place, the first candidate."""
    count = 0
    for e in found:
        chosen = best(e.places, e.features, weights) if weights is not None else None
        index = e.places.index(chosen) if chosen is not None else 0
        count += index in e.right
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", type=Path)
    parser.add_argument("--part", default="tune50")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="write the fitted table")
    args = parser.parse_args()
    split = json.loads((GOLD.parent / "split.json").read_text(encoding="utf-8"))
    ids = split[args.part]
    found = examples(args.texts, ids)
    print(
        f"{len(found)} meetings with the participants and day of a gold meeting;"
        f" {sum(bool(e.right) for e in found)} with the gold place among the candidates"
    )
    articles = sorted({e.article for e in found})
    fitted = 0
    for fold in range(args.folds):
        held = {a for n, a in enumerate(articles) if n % args.folds == fold}
        weights = fit([(e.features, e.right) for e in found if e.article not in held])
        fitted += right_count([e for e in found if e.article in held], weights)
    print(
        f"{args.folds}-fold over articles, right of {len(found)}: fitted weights {fitted},"
        f" the rules' places {right_count(found, None)}"
    )
    if args.write:
        weights = fit([(e.features, e.right) for e in found])
        note = (
            f"features of kg.extract.place_choice; fitted on {args.part} ({len(ids)} articles,"
            f" {len(found)} meetings) by tools/train_meeting_place.py"
        )
        TABLE.write_text(table_text(weights, note), encoding="utf-8")
        print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
