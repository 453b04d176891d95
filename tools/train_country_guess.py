"""Fit data/reference/country_guess_weights.csv, the weights with which kg extract
guesses a country for a person the text gives none (kg.extract.country_guess), from
the real-news gold readings. Run by hand, never at run time:

    python tools/train_country_guess.py TEXTS_DIR [--part tune41] [--folds 5] [--write]

TEXTS_DIR holds the articles (NNN.txt; third-party text, outside the repository,
see bench/realnews/README.md). Every article of the part is read with no weights,
and each drafted person left without a country whose name the gold reading has is
one example: the candidate countries, their features, and which of them the gold
gives the person. The report compares, by cross-validation over articles, the
fitted weights with the plain rule "the country the article names most"; --write
then fits on the whole part and writes the table.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kg.extract.country_guess import CountryEvidence, unplaced  # noqa: E402
from kg.extract.events import ArticleReader  # noqa: E402
from kg.extract.gazetteer import load_gazetteer, pipeline  # noqa: E402
from kg.extract.ranker import Features, best, fit  # noqa: E402
from kg.model.identity import Resolver  # noqa: E402

GOLD = ROOT / "bench" / "realnews" / "gold"
TABLE = ROOT / "data" / "reference" / "country_guess_weights.csv"
Example = tuple[str, list[str], list[Features], list[int]]


def name_key(resolver: Resolver, name: str) -> str:
    """A name as the scorer compares it (kg.extract.evaluation)."""
    tokens = resolver.tokens(name)
    return " ".join([t for t in tokens if len(t) > 1] or tokens)


def examples(texts: Path, ids: Sequence[str]) -> list[Example]:
    folder = ROOT / "data" / "reference"
    gaz = dataclasses.replace(load_gazetteer(folder), country_guess_weights={})
    nlp = pipeline(folder)
    resolver = Resolver.empty()
    found: list[Example] = []
    for i in ids:
        gold = json.loads((GOLD / f"{i}.json").read_text(encoding="utf-8"))
        if not gold["published"]:
            continue
        countries = {name_key(resolver, p["name"]): p["countries"] for p in gold["persons"]}
        text = (texts / f"{i}.txt").read_text(encoding="utf-8")
        reader = ArticleReader(gaz, text, gold["published"], nlp)
        findings = reader.read()
        evidence = CountryEvidence(gaz, findings, reader.docs)
        for person in unplaced(gaz, findings, reader.docs):
            wanted = countries.get(name_key(resolver, person.name))
            if wanted is None:
                continue  # not a person of the gold reading: no example either way
            candidates = evidence.candidates(person)
            features: list[Features] = [evidence.features(person, c) for c in candidates]
            right = [n for n, c in enumerate(candidates) if c in wanted]
            found.append((i, candidates, features, right))
    return found


def right_count(examples: Sequence[Example], weights: dict[str, float]) -> int:
    """How many examples the weights give a country the gold gives."""
    return sum(
        1
        for _, candidates, features, right in examples
        if best(candidates, features, weights) in {candidates[r] for r in right}
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", type=Path)
    parser.add_argument("--part", default="tune41")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="write the fitted table")
    args = parser.parse_args()
    split = json.loads((GOLD.parent / "split.json").read_text(encoding="utf-8"))
    ids = split[args.part]
    found = examples(args.texts, ids)
    with_gold = [e for e in found if e[3]]
    print(
        f"{len(found)} persons without a country;"
        f" {len(with_gold)} with a gold country among the candidates"
    )
    articles = sorted({e[0] for e in found})
    fitted = plain = 0
    for fold in range(args.folds):
        held = {a for n, a in enumerate(articles) if n % args.folds == fold}
        weights = fit([(f, r) for a, _, f, r in found if a not in held])
        test = [e for e in found if e[0] in held]
        fitted += right_count(test, weights)
        plain += right_count(test, {"most_named": 1.0})
    print(
        f"{args.folds}-fold over articles: fitted weights right {fitted},"
        f" most named right {plain}, of {len(found)}"
    )
    if args.write:
        weights = fit([(f, r) for _, _, f, r in found])
        note = (
            f"features of kg.extract.country_guess; fitted on {args.part} ({len(ids)} articles,"
            f" {len(found)} persons) by tools/train_country_guess.py"
        )
        rows = [f"{k},{v}," for k, v in sorted(weights.items())]
        rows[0] += f'"{note}"'
        lines = ["feature,weight,comment", *rows]
        TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
