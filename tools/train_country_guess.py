"""Fit data/reference/country_guess_weights.csv, the weights with which kg extract
guesses a country for a person the text gives none (kg.extract.country_guess), and
count data/reference/name_endings.csv (kg.extract.name_endings) and
data/reference/officials.csv (kg.extract.officials), from the real-news gold
readings. Run by hand, never at run time:

    python tools/train_country_guess.py TEXTS_DIR [--part tune42] [--officials-part all]
        [--folds 5] [--write]
    python tools/train_country_guess.py --officials-only [--officials-part known31]
    python tools/train_country_guess.py --endings-only [--endings-part known36]

TEXTS_DIR holds the articles (NNN.txt; third-party text, outside the repository,
see bench/realnews/README.md). Every article of the part is read with no weights,
and each drafted person left without a country whose name the gold reading has is
one example: the candidate countries, their features, and which of them the gold
gives the person. The report compares, by cross-validation over articles (the
name endings counted from the other articles only), the fitted weights with the
weights fitted without the names' endings and with the plain rule "the country
the article names most"; --write then counts and fits on the whole part and
writes the three tables, the officials table from the readings of
--officials-part (all: every reading held, those whose text is gone too). Each
article is read with the officials table of those readings less its fold's, so
that an official listed there is no example, as in a draft, where a listed
official gets no guess. The name endings are counted from the readings of
--endings-part (default: --part), less each fold's in the report: readings need no
texts, so a part larger than the one the weights are fitted on may count them.
--endings-only writes name_endings.csv alone, from those readings, and leaves the
other tables as they are. --officials-only writes officials.csv alone, from the
readings only (no texts needed), and leaves the fitted tables as they are.
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

from kg.extract.country_guess import CountryEvidence, unplaced  # noqa: E402
from kg.extract.evaluation import person_key  # noqa: E402
from kg.extract.events import ArticleReader  # noqa: E402
from kg.extract.gazetteer import load_gazetteer, pipeline  # noqa: E402
from kg.extract.name_endings import NameEndings  # noqa: E402
from kg.extract.officials import Officials  # noqa: E402
from kg.extract.ranker import Features, best, fit, table_text  # noqa: E402
from kg.model.identity import Resolver  # noqa: E402
from kg.model.reference import load as load_reference  # noqa: E402

GOLD = ROOT / "bench" / "realnews" / "gold"
TABLE = ROOT / "data" / "reference" / "country_guess_weights.csv"
ENDINGS = ROOT / "data" / "reference" / "name_endings.csv"
OFFICIALS = ROOT / "data" / "reference" / "officials.csv"


@dataclass
class Example:
    """A person the rules left without a country: its candidates, their features
    but the name's, and which candidates the gold gives."""

    article: str
    name: str
    candidates: list[str]
    features: list[dict[str, float]]
    right: list[int]

    def scored(self, endings: NameEndings) -> list[Features]:
        """The features, with the name's affinity to each candidate."""
        if not endings:
            return list(self.features)
        return [
            {**f, "name_affinity": endings.affinity(self.name, c)}
            for f, c in zip(self.features, self.candidates, strict=True)
        ]


def gold_readings(ids: Sequence[str]) -> list[list[tuple[str, list[str]]]]:
    """Each gold reading's persons with their countries, those the reference
    tables know (Kosovo, XK, is none of ISO 3166's)."""
    known = load_reference(ROOT / "data").countries
    found = []
    for i in ids:
        gold = json.loads((GOLD / f"{i}.json").read_text(encoding="utf-8"))
        found.append(
            [(p["name"], [c for c in p["countries"] if c in known]) for p in gold["persons"]]
        )
    return found


def gold_persons(ids: Sequence[str]) -> list[tuple[str, list[str]]]:
    """The gold readings' persons with their countries, all readings together."""
    return [person for reading in gold_readings(ids) for person in reading]


def examples(texts: Path, ids: Sequence[str], folds: int, known: Sequence[str]) -> list[Example]:
    """The persons the rules leave without a country, each article read with the
    officials table counted from the readings of ``known`` less its fold's, as a
    draft of an article nobody has read sees it."""
    folder = ROOT / "data" / "reference"
    nlp = pipeline(folder)
    resolver = Resolver.empty()
    found: list[Example] = []
    for fold in range(folds):
        held = set(ids[fold::folds])
        others = [i for i in known if i not in held]
        gaz = dataclasses.replace(
            load_gazetteer(folder),
            country_guess_weights={},
            officials=Officials.of(gold_readings(others)),
        )
        for i in ids[fold::folds]:
            gold = json.loads((GOLD / f"{i}.json").read_text(encoding="utf-8"))
            if not gold["published"]:
                continue
            countries = {person_key(resolver, p["name"]): p["countries"] for p in gold["persons"]}
            text = (texts / f"{i}.txt").read_text(encoding="utf-8")
            reader = ArticleReader(gaz, text, gold["published"], nlp)
            findings = reader.read()
            evidence = CountryEvidence(gaz, findings, reader.docs, NameEndings())
            for person in unplaced(gaz, findings, reader.docs):
                wanted = countries.get(person_key(resolver, person.name))
                if wanted is None:
                    continue  # not a person of the gold reading: no example either way
                candidates, features = evidence.scored(person)
                right = [n for n, c in enumerate(candidates) if c in wanted]
                found.append(Example(i, person.name, candidates, features, right))
    return found


def right_count(
    examples: Sequence[Example], weights: dict[str, float], endings: NameEndings
) -> int:
    """How many examples the weights give a country the gold gives."""
    return sum(
        1
        for e in examples
        if best(e.candidates, e.scored(endings), weights) in {e.candidates[r] for r in e.right}
    )


def write_officials(officials: Officials) -> int:
    """Write officials.csv; the number of officials written."""
    officials.write(OFFICIALS)
    return len(officials.listed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", type=Path, nargs="?")
    parser.add_argument("--part", default="tune42")
    parser.add_argument(
        "--officials-part",
        help="the part whose readings officials.csv is counted from (default: --part);"
        " all: every reading of bench/realnews/gold, those with no text held too",
    )
    parser.add_argument(
        "--endings-part",
        help="the part whose readings name_endings.csv is counted from (default: --part);"
        " the readings need no texts, so a part larger than --part may count them",
    )
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="write the fitted tables")
    parser.add_argument(
        "--officials-only",
        action="store_true",
        help="write officials.csv alone, from the readings (no texts needed)",
    )
    parser.add_argument(
        "--endings-only",
        action="store_true",
        help="write name_endings.csv alone, from the readings (no texts needed)",
    )
    args = parser.parse_args()
    split = json.loads((GOLD.parent / "split.json").read_text(encoding="utf-8"))
    for part in (args.part, args.officials_part, args.endings_part):
        if part and part != "all" and part not in split:
            parser.error(f"no part {part} in {GOLD.parent / 'split.json'}")
    ids = split[args.part]
    known = (
        sorted(p.stem for p in GOLD.glob("*.json"))
        if args.officials_part == "all"
        else split[args.officials_part or args.part]
    )
    named = split[args.endings_part or args.part]
    if args.officials_only:
        count = write_officials(Officials.of(gold_readings(known)))
        print(f"wrote {OFFICIALS} ({count} officials)")
        return 0
    if args.endings_only:
        NameEndings.of(gold_persons(named)).write(ENDINGS)
        print(f"wrote {ENDINGS} (from {len(named)} readings)")
        return 0
    if args.texts is None:
        parser.error("TEXTS_DIR is needed unless --officials-only or --endings-only")
    found = examples(args.texts, ids, args.folds, known)
    with_gold = [e for e in found if e.right]
    print(
        f"{len(found)} persons without a country;"
        f" {len(with_gold)} with a gold country among the candidates"
    )
    articles = sorted({e.article for e in found})
    fitted = unnamed = plain = 0
    for fold in range(args.folds):
        held = {a for n, a in enumerate(articles) if n % args.folds == fold}
        # The name endings are counted from the other articles' gold only.
        endings = NameEndings.of(gold_persons([i for i in named if i not in held]))
        train = [e for e in found if e.article not in held]
        test = [e for e in found if e.article in held]
        weights = fit([(e.scored(endings), e.right) for e in train])
        fitted += right_count(test, weights, endings)
        without = fit([(e.features, e.right) for e in train])
        unnamed += right_count(test, without, NameEndings())
        plain += right_count(test, {"most_named": 1.0}, NameEndings())
    print(
        f"{args.folds}-fold over articles, right of {len(found)}: fitted weights {fitted},"
        f" without the names' endings {unnamed}, the most named country {plain}"
    )
    if args.write:
        officials = Officials.of(gold_readings(known))
        endings = NameEndings.of(gold_persons(named))
        weights = fit([(e.scored(endings), e.right) for e in found])
        note = (
            f"features of kg.extract.country_guess; fitted on {args.part} ({len(ids)} articles,"
            f" {len(found)} persons) by tools/train_country_guess.py"
        )
        TABLE.write_text(table_text(weights, note), encoding="utf-8")
        endings.write(ENDINGS)
        write_officials(officials)
        print(f"wrote {TABLE}, {ENDINGS} and {OFFICIALS} ({len(officials.listed)} officials)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
