"""What an ICEWS actor name denotes: a country, a sector of a country (a
ministry when ``icews_sectors.csv`` says so), an international organization, a
person, or a plain agent; decided by the reference tables, never by guess."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pycountry

from ..model import resources
from ..model.identity import normalise
from ..model.reference import rows

_BRACKETS = re.compile(r"^(?P<sector>.*?)\s*\((?P<inner>[^()]*(?:\([^()]*\))?)\)$")


def _table(name: str, columns: list[str]) -> list[dict[str, str]]:
    return [row for _, row in rows(resources.reference_dir() / name, columns)]


@dataclass(frozen=True)
class Actor:
    """How an ICEWS actor name is modelled."""

    name: str
    cls: str
    rule: str
    country: str | None = None
    sector: str | None = None
    ministry_kind: str | None = None


_PERSON_TOKEN = re.compile(r"^[^\W\d_][\w'\u2019.-]*$")
_PARTICLES = {
    "al", "al-", "bin", "bint", "ibn", "de", "da", "das", "do", "dos", "del", "della", "di",
    "van", "von", "der", "den", "le", "la", "el", "ould", "abu", "abd", "y", "e", "ben",
}  # fmt: skip


class Classifier:
    """Classifies ICEWS actor names from the reference tables, never by guess: a
    name no table or rule covers is a plain kg:Agent, counted in the report."""

    def __init__(self) -> None:
        self.countries: dict[str, str] = {}
        for country in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(country, attr, None)
                if value:
                    self.countries[normalise(value)] = country.alpha_2
        for row in _table("country_names.csv", ["name", "country"]):
            self.countries[normalise(row["name"])] = row["country"]
        self.sectors = {
            normalise(row["sector"]): (row["class"], row["ministry_kind"] or None)
            for row in _table("icews_sectors.csv", ["sector", "class", "ministry_kind"])
        }
        self.organizations: dict[str, str] = {}
        for row in _table("international_organizations.csv", ["name", "aliases"]):
            for name in [row["name"], *(a for a in row["aliases"].split("|") if a)]:
                self.organizations[normalise(name)] = row["name"]
        self.name_rules = [
            (re.compile(row["pattern"]), row["class"], row["comment"])
            for row in _table("icews_name_rules.csv", ["pattern", "class", "comment"])
        ]

    def country(self, name: str) -> str | None:
        return self.countries.get(normalise(name))

    def classify(self, name: str) -> Actor:
        country = self.country(name)
        if country:
            return Actor(name, "Country", "country name", country)
        match = _BRACKETS.match(name)
        if match:
            sector, inner = match["sector"], match["inner"]
            country = self.country(inner)
            cls, kind = self.sectors.get(normalise(sector), ("SectorActor", None))
            if country is None:
                # 'Military (Taliban)', 'Citizen (Africa)': a sector of something
                # that is not a country; kept as a sector actor without one.
                return Actor(name, "SectorActor", "sector of a non-country", None, sector)
            rule = "icews_sectors.csv" if cls == "Ministry" else "sector (country)"
            return Actor(name, cls, rule, country, sector, kind)
        if normalise(name) in self.organizations:
            return Actor(name, "InternationalOrganization", "international_organizations.csv")
        for pattern, cls, _ in self.name_rules:
            if pattern.search(name):
                return Actor(name, cls, f"icews_name_rules.csv: {pattern.pattern[:30]}")
        if self._person_shaped(name):
            return Actor(name, "Person", "personal name")
        return Actor(name, "Agent", "unclassified")

    @staticmethod
    def _person_shaped(name: str) -> bool:
        tokens = name.split()
        if not 2 <= len(tokens) <= 6 or any(ch.isdigit() for ch in name):
            return False
        named = [t for t in tokens if t.casefold() not in _PARTICLES]
        return len(named) >= 2 and all(_PERSON_TOKEN.match(t) and t[0].isupper() for t in named)


__all__ = ["Actor", "Classifier"]
