"""Writes a synthetic ICEWS release N times the size of a real one, for timing at scale.

The real releases that the scale targets name (ICEWS18: 468,558 records) are not in
the repository. This stretches the committed ICEWS 2014 sample the way a longer
release grows: copy k (k = 1 .. N-1) moves every date k years on and gives every
named actor that is not a country or a country's sector a new identity (" B",
" C", ... appended), so the number of persons and organisations grows with the
records while the countries stay the same ~200. Only timing uses this; no answer
is checked against it.

Run: .venv/bin/python bench/synth_icews.py 5 /tmp/scale/icews-5x.tsv [--source FILE]
"""

from __future__ import annotations

import argparse
import csv
import lzma
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "icews" / "icews14.tsv.xz"


def country_names() -> set[str]:
    with (ROOT / "data" / "reference" / "country_names.csv").open(encoding="utf-8") as f:
        return {row["name"] for row in csv.DictReader(f)}


def renamed(name: str, copy: int, countries: set[str]) -> str:
    # "Citizen (Sudan)" names a sector of a country: there is one per country.
    if copy == 0 or name in countries or name.endswith(")"):
        return name
    return f"{name} {chr(ord('A') + copy)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("times", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--source", type=Path, default=SAMPLE)
    args = parser.parse_args()
    opener = lzma.open if args.source.suffix == ".xz" else open
    with opener(args.source, "rt", encoding="utf-8") as f:
        header, *rows = [line.rstrip("\n").split("\t") for line in f]
    countries = country_names()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        out.write("\t".join(header) + "\n")
        for copy in range(args.times):
            for subject, relation, obj, date, *rest in rows:
                year = int(date[:4]) + copy
                fields = [
                    renamed(subject, copy, countries),
                    relation,
                    renamed(obj, copy, countries),
                    f"{year}{date[4:]}",
                    *rest,
                ]
                out.write("\t".join(fields) + "\n")


if __name__ == "__main__":
    main()
