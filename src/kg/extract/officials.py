"""Officials the real-news gold readings name, with their posts' countries (session 20).

Heads of state, ministers and chiefs of staff recur from article to article. Of the
persons of session 19's five fresh sets, 312 of 664 had been named in an earlier
gold reading, and for 308 of them the earlier reading gave the country the new one
does. One article's text, read alone, often ties such an official to the other
side ("A visited Tonga and met B": which of them is Tonga's?) or to none.

``data/reference/officials.csv`` lists the officials of the gold readings by name,
with the countries the readings give their posts (none for staff of an
international body) and how many readings name them; ``tools/train_country_guess.py``
writes it from the readings held (a tuning part, or all of them), never from a set
a claim is scored on after. A person of an article whose name the table lists
takes the table's country, with a comment that says so; the rules' own reading
gives way to it, as a curator's knowledge of the official does. Only names of two
words or more are listed, and only those the readings agree on.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError
from ..model.identity import Resolver
from ..model.reference import rows, write_rows
from .evaluation import person_key

# The share of a name's readings that must give the same countries for it to be listed.
AGREEMENT = 2 / 3


@dataclass(frozen=True)
class Listed:
    """What the table says of one name."""

    name: str
    countries: tuple[str, ...]
    readings: int


class Officials:
    """officials.csv, by the key two readings compare names by (a middle initial or
    an accent does not tell two names apart)."""

    def __init__(self, listed: Iterable[Listed] = ()) -> None:
        self._resolver: Resolver | None = None
        self._by_surname: dict[str, list[tuple[list[str], Listed]]] | None = None
        self.listed: dict[str, Listed] = {}
        for entry in listed:
            self.listed[self.key(entry.name)] = entry

    def __bool__(self) -> bool:
        return bool(self.listed)

    def key(self, name: str) -> str:
        if self._resolver is None:
            self._resolver = Resolver.empty()
        return person_key(self._resolver, name)

    def get(self, name: str) -> Listed | None:
        if not self.listed:
            return None
        return self.listed.get(self.key(name))

    def with_surname(self, word: str) -> list[tuple[list[str], Listed]]:
        """The listed officials whose name's key ends with the word, with their
        keys' words."""
        if self._by_surname is None:
            self._by_surname = defaultdict(list)
            for key, entry in self.listed.items():
                self._by_surname[key.split()[-1]].append((key.split(), entry))
        return self._by_surname.get(word, [])

    @classmethod
    def of(cls, readings: Iterable[Sequence[tuple[str, Sequence[str]]]]) -> Officials:
        """The table counted from gold readings, each a list of (name, countries):
        names of two words or more that the readings agree on."""
        table = cls()
        spellings: dict[str, Counter[str]] = defaultdict(Counter)
        countries: dict[str, Counter[tuple[str, ...]]] = defaultdict(Counter)
        for persons in readings:
            seen = set()
            for name, given in persons:
                key = table.key(name)
                if len(key.split()) < 2 or key in seen:
                    continue
                seen.add(key)
                spellings[key][name] += 1
                countries[key][tuple(sorted(set(given)))] += 1
        for key, counted in countries.items():
            total = sum(counted.values())
            (agreed, n), *_ = sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))
            if n / total < AGREEMENT:
                continue  # readings that disagree: no knowledge to draw on
            (name, _), *_ = sorted(spellings[key].items(), key=lambda kv: (-kv[1], kv[0]))
            table.listed[key] = Listed(name, agreed, total)
        return table

    def rows(self) -> list[tuple[str, str, int]]:
        """The table's rows, sorted by name: name, countries joined by '|', readings."""
        return sorted((e.name, "|".join(e.countries), e.readings) for e in self.listed.values())

    def write(self, path: Path) -> None:
        """Write the table to ``path`` as officials.csv, in the form ``load`` reads."""
        write_rows(path, ["name", "countries", "readings"], self.rows())

    @classmethod
    def load(cls, path: Path, countries: Iterable[str] | None = None) -> Officials:
        """officials.csv; a row with no name, a country no table knows or a count
        that is no whole number stops at its line."""
        if not path.exists():
            return cls()
        known = set(countries) if countries is not None else None
        found = []
        for line, row in rows(path, ["name", "countries", "readings"]):
            name, given, readings = (row[c] or "" for c in ("name", "countries", "readings"))
            codes = tuple(c for c in given.split("|") if c)
            unknown = [c for c in codes if known is not None and c not in known]
            if not name.strip() or unknown or not (readings.isascii() and readings.isdigit()):
                raise DataError(
                    f"row {name},{given},{readings} is not a name, its countries and a count",
                    path=path,
                    line=line,
                    hint="write a name, country codes joined by | (none for staff of an"
                    " international body) and a whole number, e.g. Ng Eng Hen,SG,3",
                )
            found.append(Listed(name.strip(), codes, int(readings)))
        return cls(found)
