"""Reference data the curator does not retype: ISO 3166 countries (pycountry),
rank ladders and places (CSV tables in ``data/reference``)."""

from __future__ import annotations

import contextlib
import csv
import difflib
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from ..errors import DataError
from . import resources
from .namespaces import COUNTRY, KG, PLACE, RANK, RANK_SYSTEM

PREFIXES = ("country", "rank", "place")


@dataclass(frozen=True)
class Country:
    alpha2: str
    alpha3: str
    name: str
    official_name: str | None


# ISO 3166-1 leaves XK to its users; the European Union, the IMF and NATO's
# releases use it for Kosovo, whose officials the news names as state actors
# (session 22: three gold readings).
USER_ASSIGNED_COUNTRIES = {"XK": Country("XK", "XKX", "Kosovo", "Republic of Kosovo")}


@dataclass(frozen=True)
class Rank:
    system: str
    rank: str
    label: str
    nato_code: str
    position: int
    aliases: tuple[str, ...]

    @property
    def key(self) -> str:
        return f"{self.system}.{self.rank}"

    @property
    def nato_level(self) -> int:
        return int(self.nato_code.split("-")[1])


@dataclass(frozen=True)
class Place:
    place: str
    label: str
    cls: str
    country: str
    aliases: tuple[str, ...]


@dataclass
class ReferenceData:
    countries: dict[str, Country]
    ranks: dict[str, Rank]
    rank_systems: dict[str, tuple[str, str]]
    places: dict[str, Place]
    multi_holder: tuple[re.Pattern[str], ...] = ()
    """multi_holder_posts.csv: posts that several people hold at once (deputies,
    advisers), so two holders of one are no conflict."""
    cities_path: Path | None = None
    """world_cities.csv, read on first use of ``cities``."""
    _iris: dict[URIRef, str] = field(default_factory=dict)

    @functools.cached_property
    def cities(self) -> dict[str, Place]:
        """world_cities.csv: GeoNames' cities that places.csv lacks (session 18).
        Valid places of curated facts, but no names kg extract looks for in every
        sentence: it reads one only where a meeting's sentence and countries say so
        (kg.extract.world_city). Read when first asked for: most builds name none of
        its 32,000 rows, so validating them costs no start-up."""
        found: dict[str, Place] = {}
        if self.cities_path is None or not self.cities_path.is_file():
            return found
        for line, row in rows(self.cities_path, ["place", "label", "country", "population"]):
            _known_country(row["country"], self.countries, self.cities_path, line)
            if row["place"] not in self.places:
                found[row["place"]] = Place(row["place"], row["label"], "City", row["country"], ())
        return found

    def resolve(self, ref: str) -> tuple[URIRef, URIRef]:
        """``country:AZ`` -> (IRI, class). Raises KeyError with a suggestion."""
        prefix, _, local = ref.partition(":")
        if prefix == "country":
            if local.upper() in self.countries and local == local.upper():
                return COUNTRY[local], KG.Country
            raise KeyError(self._suggest_country(local))
        if prefix == "rank":
            if local in self.ranks:
                return RANK[local], KG.Rank
            raise KeyError(self._suggest_rank(local))
        if prefix == "place":
            place = self.place(local)
            if place is not None:
                return PLACE[local], URIRef(KG[place.cls])
            raise KeyError(self._suggest_place(local))
        raise KeyError(f"use one of the prefixes {', '.join(p + ':' for p in PREFIXES)}")

    def place(self, local: str) -> Place | None:
        """The place of places.csv, else of world_cities.csv, with that id."""
        return self.places.get(local) or self.cities.get(local)

    def ids_for_label(self, text: str) -> list[str]:
        """Reference ids whose name is ``text``, e.g. 'Colonel General' or 'Azerbaijan'."""
        wanted = text.strip().casefold()
        found = [
            f"rank:{r.key}"
            for r in self.ranks.values()
            if wanted in {r.label.casefold(), *(a.casefold() for a in r.aliases)}
        ]
        found += [
            f"place:{p.place}"
            for p in self.places.values()
            if wanted in {p.label.casefold(), *(a.casefold() for a in p.aliases)}
        ]
        with contextlib.suppress(LookupError):
            found.append(f"country:{pycountry.countries.lookup(text.strip()).alpha_2}")
        found += [
            f"country:{c.alpha2}"
            for c in USER_ASSIGNED_COUNTRIES.values()
            if c.name.casefold() == wanted
        ]
        return found

    def _suggest_rank(self, local: str) -> str:
        """Only ranks of the same ladder are suggested: a rank of another ladder, or a
        different rank that happens to share letters, misleads."""
        system, dot, rank = local.partition(".")
        if not dot or system not in self.rank_systems:
            return (
                f"write rank:LADDER.RANK with a ladder of data/reference/rank_systems.csv"
                f" ({', '.join(self.rank_systems)})"
            )
        ladder = {r.rank: r for r in self.ranks.values() if r.system == system}
        names: dict[str, str] = {}
        for r in ladder.values():
            for name in (r.rank, r.label, *r.aliases):
                names[_words(name)] = r.rank
        wanted = _words(rank)
        # The same words in another order ('general-lieutenant') are the same rank.
        found = names.get(wanted) or names.get(" ".join(sorted(wanted.split())))
        if found is None:
            by_order = {" ".join(sorted(k.split())): v for k, v in names.items()}
            found = by_order.get(" ".join(sorted(wanted.split())))
        if found is None:
            close = difflib.get_close_matches(wanted, list(names), n=1, cutoff=0.85)
            found = names[close[0]] if close else None
        if found is not None:
            return f"did you mean rank:{system}.{found}?"
        return (
            f"the {system} ladder has no {rank!r} ({', '.join(ladder)}); if the rank exists,"
            f" add a row to data/reference/ranks.csv in its place on the ladder"
        )

    def _suggest_place(self, local: str) -> str:
        names: dict[str, str] = {}
        for p in self.places.values():
            for name in (p.place, p.label, *p.aliases):
                names[_words(name)] = p.place
        wanted = _words(local)
        close = difflib.get_close_matches(wanted, list(names), n=1, cutoff=0.85)
        if wanted in names or close:
            return f"did you mean place:{names[wanted if wanted in names else close[0]]}?"
        return (
            f"no place {local!r} in data/reference/places.csv; add a row"
            f" `{local},LABEL,City,ISO2,ALIASES` (or, for a meeting whose place the source"
            " does not state, leave the location out)"
        )

    def _suggest_country(self, local: str) -> str:
        if local.upper() in self.countries:
            return f"write the ISO code in upper case: country:{local.upper()}"
        try:
            found = pycountry.countries.lookup(local)
            return f"use the ISO 3166-1 alpha-2 code: country:{found.alpha_2}"
        except LookupError:
            return "use an ISO 3166-1 alpha-2 code, e.g. country:AZ for Azerbaijan"

    def graph(self, used: set[URIRef]) -> Graph:
        """Triples for the used countries and places, and every rank ladder."""
        g = Graph()
        countries = {str(u)[len(COUNTRY) :] for u in used if u.startswith(str(COUNTRY))}
        for place_id in sorted(u[len(PLACE) :] for u in used if u.startswith(str(PLACE))):
            place = self.place(place_id)
            if place is None:
                raise KeyError(self._suggest_place(place_id))
            iri = PLACE[place_id]
            g.add((iri, RDF.type, KG[place.cls]))
            g.add((iri, RDFS.label, Literal(place.label)))
            g.add((iri, KG.locatedIn, COUNTRY[place.country]))
            for alias in place.aliases:
                g.add((iri, SKOS.altLabel, Literal(alias)))
            countries.add(place.country)
        for code in sorted(countries):
            country = self.countries[code]
            iri = COUNTRY[code]
            g.add((iri, RDF.type, KG.Country))
            g.add((iri, RDFS.label, Literal(country.name)))
            g.add((iri, KG.isoAlpha2, Literal(country.alpha2)))
            g.add((iri, KG.isoAlpha3, Literal(country.alpha3)))
            if country.official_name and country.official_name != country.name:
                g.add((iri, SKOS.altLabel, Literal(country.official_name)))
        for system, (label, comment) in self.rank_systems.items():
            g.add((RANK_SYSTEM[system], RDF.type, KG.RankSystem))
            g.add((RANK_SYSTEM[system], RDFS.label, Literal(label)))
            g.add((RANK_SYSTEM[system], RDFS.comment, Literal(comment)))
        previous: dict[str, Rank] = {}
        for rank in self.ranks.values():
            iri = RANK[rank.key]
            g.add((iri, RDF.type, KG.Rank))
            g.add((iri, RDFS.label, Literal(rank.label)))
            g.add((iri, KG.rankSystem, RANK_SYSTEM[rank.system]))
            g.add((iri, KG.natoCode, Literal(rank.nato_code)))
            g.add((iri, KG.natoLevel, Literal(rank.nato_level, datatype=XSD.integer)))
            g.add((iri, KG.ladderPosition, Literal(rank.position, datatype=XSD.integer)))
            for alias in rank.aliases:
                g.add((iri, SKOS.altLabel, Literal(alias)))
            below = previous.get(rank.system)
            if below is not None:
                g.add((iri, KG.directlyAbove, RANK[below.key]))
            previous[rank.system] = rank
        return g


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.casefold()).split())


def rows(path: Path, columns: list[str]) -> list[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames != columns:
                raise DataError(
                    f"expected the columns {','.join(columns)}, found {reader.fieldnames}",
                    path=path,
                    line=1,
                    hint="restore the header row",
                )
            return [(reader.line_num, row) for row in reader]
    except OSError as exc:
        raise DataError(f"cannot read reference table: {exc.strerror}", path=path) from exc


def write_rows(path: Path, columns: list[str], table: Iterable[Sequence[object]]) -> None:
    """Write a reference table that ``rows`` reads back: the header, then a row each."""
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(table)


def _aliases(cell: str | None) -> tuple[str, ...]:
    return tuple(a.strip() for a in (cell or "").split("|") if a.strip())


def _known_country(code: str, countries: dict[str, Country], path: Path, line: int) -> None:
    """A place's country must be an ISO code: raises DataError at its line if not."""
    if code not in countries:
        raise DataError(
            f"unknown ISO 3166-1 alpha-2 code {code!r}",
            path=path,
            line=line,
            hint="write the country as a two-letter ISO code, e.g. AZ",
        )


def load(data_dir: Path | None = None) -> ReferenceData:
    folder = resources.reference_dir(data_dir)
    countries = {
        c.alpha_2: Country(
            c.alpha_2,
            c.alpha_3,
            getattr(c, "common_name", None) or c.name,
            getattr(c, "official_name", None),
        )
        for c in pycountry.countries
    } | USER_ASSIGNED_COUNTRIES
    systems_path = folder / "rank_systems.csv"
    systems = {
        row["system"]: (row["label"], row["comment"])
        for _, row in rows(systems_path, ["system", "label", "comment"])
    }
    ranks: dict[str, Rank] = {}
    positions: dict[str, int] = {}
    ranks_path = folder / "ranks.csv"
    for line, row in rows(ranks_path, ["system", "rank", "label", "nato_code", "aliases"]):
        if row["system"] not in systems:
            raise DataError(
                f"unknown rank system {row['system']!r}",
                path=ranks_path,
                line=line,
                hint=f"add it to {systems_path.name} or use one of {', '.join(systems)}",
            )
        code = row["nato_code"]
        if not (code.startswith("OF-") and code[3:].isdigit() and 1 <= int(code[3:]) <= 10):
            raise DataError(
                f"NATO code {code!r} is not OF-1 .. OF-10",
                path=ranks_path,
                line=line,
                hint="write the STANAG 2116 officer grade, e.g. OF-8",
            )
        positions[row["system"]] = positions.get(row["system"], 0) + 1
        rank = Rank(
            row["system"],
            row["rank"],
            row["label"],
            code,
            positions[row["system"]],
            _aliases(row["aliases"]),
        )
        ranks[rank.key] = rank
    places_path = folder / "places.csv"
    places: dict[str, Place] = {}
    for line, row in rows(places_path, ["place", "label", "class", "country", "aliases"]):
        _known_country(row["country"], countries, places_path, line)
        places[row["place"]] = Place(
            row["place"], row["label"], row["class"], row["country"], _aliases(row["aliases"])
        )
    multi_holder = tuple(
        re.compile(row["pattern"], re.I)
        for _, row in rows(folder / "multi_holder_posts.csv", ["pattern", "comment"])
    )
    return ReferenceData(
        countries, ranks, systems, places, multi_holder, folder / "world_cities.csv"
    )
