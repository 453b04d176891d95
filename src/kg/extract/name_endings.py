"""Which countries' officials have names that end so (session 19).

Names carry their country's language: "-shvili" and "-dze" are Georgian, "-yan"
Armenian, "Nguyen" Vietnamese. ``data/reference/name_endings.csv`` counts, for
each ending of three and four letters of a name's words, how many persons of each
country the real-news gold readings name with it (``tools/train_country_guess.py``
writes it; the ending ``*`` counts each country's persons). ``affinity`` says how
much more often than its share a country's persons have a name's endings: a
feature of kg.extract.country_guess, where the text leaves two sides to choose from.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError
from ..model.reference import rows, write_rows

# Counted for a country's persons; no name ends so.
ALL = "*"
# How many countries a name's endings are spread over when smoothing.
_COUNTRIES = 200


def endings(name: str) -> list[str]:
    """The last three and four letters of each word of the name of three letters or
    more, accents and case dropped."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    found = []
    for word in re.findall(r"[a-z]+", folded):
        if len(word) > 2:
            found.append(word[-3:])
            if len(word) > 3:
                found.append(word[-4:])
    return found


@dataclass
class NameEndings:
    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    """An ending -> its persons by country; ``ALL`` -> each country's persons."""

    @classmethod
    def load(cls, path: Path) -> NameEndings:
        """The counts of name_endings.csv; a count that is no number stops at its line."""
        table = cls()
        if not path.exists():
            return table
        for line, row in rows(path, ["ending", "country", "count"]):
            ending, country, count = (row[c] or "" for c in ("ending", "country", "count"))
            if not (ending and country and count.isascii() and count.isdigit()):
                raise DataError(
                    f"row {ending},{country},{count} is not an ending, a country and a count",
                    path=path,
                    line=line,
                    hint="write an ending, a country code and a whole number of persons,"
                    " e.g. dze,GE,3",
                )
            table.counts[ending][country] += int(count)
        return table

    @classmethod
    def of(cls, persons: Iterable[tuple[str, Iterable[str]]]) -> NameEndings:
        """Counted from persons' names and their countries."""
        table = cls()
        for name, countries in persons:
            for country in countries:
                table.counts[ALL][country] += 1
                for ending in set(endings(name)):
                    table.counts[ending][country] += 1
        return table

    def __bool__(self) -> bool:
        return bool(self.counts.get(ALL))

    def affinity(self, name: str, country: str) -> float:
        """The mean, over the name's endings, of how much likelier the country is
        among the persons with that ending than among all (log odds, smoothed);
        0 for a name with no ending counted."""
        everyone = self.counts.get(ALL, Counter())
        total = sum(everyone.values())
        if not total:
            return 0.0
        prior = math.log((everyone[country] + 1) / (total + _COUNTRIES))
        found = endings(name)
        score = 0.0
        for ending in found:
            with_it = self.counts.get(ending)
            if not with_it:
                continue
            share = (with_it[country] + 0.1) / (sum(with_it.values()) + 0.1 * _COUNTRIES)
            score += math.log(share) - prior
        return score / len(found) if found else 0.0

    def rows(self) -> list[tuple[str, str, int]]:
        """The table's rows, sorted: ending, country, persons."""
        return sorted(
            (ending, country, n)
            for ending, by_country in self.counts.items()
            for country, n in by_country.items()
        )

    def write(self, path: Path) -> None:
        """Write the table to ``path`` as name_endings.csv, in the form the gazetteer
        reads."""
        write_rows(path, ["ending", "country", "count"], self.rows())
