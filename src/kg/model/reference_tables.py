"""The shape of every reference table in ``data/reference``: its columns, which
cells must be filled, which column is an id that must be unique, and what the
other columns refer to. ``kg validate`` checks the tables against it and reports
each problem at ``path:line``, since a garbled row would otherwise be read
silently (a row with too many cells loses them, one with too few reads as empty).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from ..errors import Problem
from .ranker_features import COUNTRY_GUESS_FEATURES, PLACE_CHOICE_FEATURES
from .reference import USER_ASSIGNED_COUNTRIES

# What a cell may hold, by the name of its check.
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_NATO = re.compile(r"OF-(?:[1-9]|10)\Z")
_CAMEO = re.compile(r"\d{2,4}\Z")
_ENDING = re.compile(r"(?:[a-z]{3,4}|\*)\Z")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?\Z")

# The kinds of phrase extract_phrases.csv may give (the rules of kg extract act on them).
PHRASE_KINDS = frozenset(
    {
        *("meet", "meet-between", "meet-each", "host", "visit", "sign", "sign-passive", "sign-by"),
        *("congratulate", "appoint", "appointment", "support", "support-mutual", "provide"),
        *("occasion", "join", "joined-by", "group", "pronoun", "counterpart"),
        *("passing", "former", "credit"),
        "sign-for",
        "sign-purpose",
        "signing-of",
        "sign-end",
        "report",
        "region",
    }
)

# The kinds of word name_stopwords.csv may give (how kg extract reads a name with it;
# round 9: 'generation' (Jr), 'time' (a weekday after a name), 'common' (no name)).
NAME_WORD_KINDS = frozenset(
    {
        "honorific",
        "particle",
        "organisation",
        "place",
        "verb",
        "suffix",
        "generation",
        "time",
        "common",
    }
)

# The kinds of word meeting_words.csv may give (kg extract's guessed meeting, round 5;
# 'again': a sentence that tells on of a meeting already told, 'same-day': one set on the
# day told before, round 6; 'list-end': a word that opens a clause of its own inside a
# list of attendees; 'topic': what talks are about, round 7; 'stand-in': a word standing
# for a person named before, 'His Excellency', 'the delegation', round 9; 'proxy': words
# before a name that make it someone's envoy, message or government, not a participant,
# 'proxy-after' such words right after it ('the A government'); 'each': a phrase of kind
# 'visit' that is a call on one person, so a list after it is of separate calls, round 10;
# 'recalled-signing': words before a signing that set it before the story's own day, 'one
# day earlier', 'as a reminder', round 17; 'recalled-person': words that set a sentence
# before the story's time, so its persons are named in passing, round 18; 'unheld-
# signing': words before a signing told as a noun that set it ahead or apart, round 19;
# 'stay-start': the word just before a day that makes it a visit's first day, 'beginning
# yesterday', 'started on May 13', round 20; 'stay-place': a word of a stay, 'during his
# stay in': the city the sentence names is where the visit's meetings were, as for a word
# of kind 'stay', round 22; 'onlooker': a phrase before a signing's signatories after
# which those named before it only watch, 'looks on as', round 22; 'ahead': words right
# before a meeting phrase that put its verb ahead, 'scheduled to', 'is to'; 'habitual':
# words of a meeting phrase's clause that tell of meetings over and over, 'several times',
# round 22; 'visitor': a noun after 'the visiting' that stands for the visitor, 'the
# visiting dignitary', round 23; 'denied': words right before a meeting phrase that say it
# was not held, 'could not meet', 'was unable to meet', session 33; 'reporter': who
# reports after an inverted reporting verb, 'said officials on Thursday', session 35).
MEETING_WORD_KINDS = frozenset(
    {
        "meeting",
        "future",
        "remote",
        "stay",
        "again",
        "same-day",
        "list-end",
        "topic",
        "stand-in",
        "proxy",
        "each",
        "proxy-after",
        "recalled-signing",
        "recalled-person",
        "unheld-signing",
        "stay-start",
        "stay-place",
        "onlooker",
        "ahead",
        "habitual",
        "visitor",
        "in-person",
        "denied",
        "reporter",
    }
)


@dataclass(frozen=True)
class Table:
    """A reference table: ``columns`` in order; ``key`` the columns whose values
    (case-folded) no two rows share; ``required`` the cells that must be filled;
    ``checks`` what a filled cell of a column must be."""

    columns: tuple[str, ...]
    key: tuple[str, ...] = ()
    required: tuple[str, ...] = ()
    checks: dict[str, str] = field(default_factory=dict)


TABLES: dict[str, Table] = {
    "cameo.csv": Table(
        ("code", "label", "aliases"), ("code",), ("code", "label"), {"code": "cameo"}
    ),
    "country_names.csv": Table(
        ("name", "country"), ("name",), ("name", "country"), {"country": "country"}
    ),
    "demonyms.csv": Table(
        ("demonym", "country"), ("demonym",), ("demonym", "country"), {"country": "country"}
    ),
    "extract_phrases.csv": Table(
        ("phrase", "kind", "comment"), ("phrase",), ("phrase", "kind"), {"kind": "phrase-kind"}
    ),
    "force_names.csv": Table(
        ("name", "country", "comment"), ("name",), ("name", "country"), {"country": "country"}
    ),
    "icews_actions.csv": Table(
        ("code", "class", "subject_role", "object_role", "host", "date_property", "comment"),
        ("code",),
        ("class", "subject_role", "object_role", "date_property"),
        {"code": "cameo", "host": "subject-or-object"},
    ),
    "icews_name_rules.csv": Table(
        ("pattern", "class", "comment"), ("pattern",), ("pattern", "class"), {"pattern": "regex"}
    ),
    "icews_sectors.csv": Table(
        ("sector", "class", "ministry_kind"),
        ("sector",),
        ("sector", "class"),
        {"ministry_kind": "ministry-kind"},
    ),
    "international_organizations.csv": Table(("name", "aliases"), ("name",), ("name",)),
    "national_ministries.csv": Table(
        ("ministry", "country", "comment"),
        ("ministry",),
        ("ministry", "country"),
        {"country": "country"},
    ),
    "ministry_kinds.csv": Table(
        ("kind", "label", "keywords"), ("kind",), ("kind", "label", "keywords"), {"kind": "slug"}
    ),
    "multi_holder_posts.csv": Table(
        ("pattern", "comment"), ("pattern",), ("pattern",), {"pattern": "regex"}
    ),
    "side_words.csv": Table(("word", "kind", "comment"), ("word",), ("word", "kind")),
    "royal_styles.csv": Table(
        ("style", "post", "label", "comment"),
        ("style",),
        ("style", "post", "label"),
        {"post": "slug"},
    ),
    "place_words.csv": Table(("word", "kind", "comment"), ("word",), ("word", "kind")),
    "name_endings.csv": Table(
        ("ending", "country", "count"),
        ("ending", "country"),
        ("ending", "country", "count"),
        {"ending": "name-ending", "country": "country", "count": "count"},
    ),
    "officials.csv": Table(
        ("name", "countries", "readings"),
        ("name",),
        ("name", "readings"),
        {"countries": "countries", "readings": "count"},
    ),
    "country_guess_weights.csv": Table(
        ("feature", "weight", "comment"),
        ("feature",),
        ("feature", "weight"),
        {"feature": "country-guess-feature", "weight": "number"},
    ),
    "meeting_place_weights.csv": Table(
        ("feature", "weight", "comment"),
        ("feature",),
        ("feature", "weight"),
        {"feature": "place-choice-feature", "weight": "number"},
    ),
    "capitals.csv": Table(
        ("country", "place", "comment"),
        ("country",),
        ("country", "place"),
        {"country": "country", "place": "slug"},
    ),
    "name_variants.csv": Table(("variant", "canonical", "comment"), ("variant",), ("variant",)),
    "name_stopwords.csv": Table(
        ("word", "kind", "comment"), ("word",), ("word", "kind"), {"kind": "name-word-kind"}
    ),
    "meeting_words.csv": Table(
        ("word", "kind", "comment"), ("word",), ("word", "kind"), {"kind": "meeting-word-kind"}
    ),
    "places.csv": Table(
        ("place", "label", "class", "country", "aliases"),
        ("place",),
        ("place", "label", "class", "country"),
        {"place": "slug", "country": "country"},
    ),
    "world_cities.csv": Table(
        ("place", "label", "country", "population"),
        ("place",),
        ("place", "label", "country", "population"),
        {"place": "slug", "country": "country", "population": "count"},
    ),
    "post_titles.csv": Table(
        ("title", "post", "label", "ministry", "abroad"),
        ("title",),
        ("title",),
        {"post": "slug", "abroad": "yes"},
    ),
    "rank_abbreviations.csv": Table(
        ("abbreviation", "rank", "comment"),
        ("abbreviation",),
        # No rank: a rank no ladder of ranks.csv has ('Sen. Lt. Gen.', Vietnam's
        # Senior Lieutenant General), read as a rank and drafted without one.
        ("abbreviation",),
        {"rank": "rank-label"},
    ),
    "rank_system_use.csv": Table(
        ("country", "army", "navy", "comment"),
        ("country",),
        ("country", "army", "navy"),
        {"country": "country-or-star", "army": "rank-system", "navy": "rank-system"},
    ),
    "rank_systems.csv": Table(
        ("system", "label", "comment"), ("system",), ("system", "label"), {"system": "slug"}
    ),
    "ranks.csv": Table(
        ("system", "rank", "label", "nato_code", "aliases"),
        ("system", "rank"),
        ("system", "rank", "label", "nato_code"),
        {"system": "rank-system", "rank": "slug", "nato_code": "nato"},
    ),
}

_HINTS = {
    "cameo": "write a CAMEO code of 2 to 4 digits, e.g. 042",
    "country": "write an ISO 3166-1 alpha-2 code in upper case, e.g. AZ",
    "country-or-star": "write an ISO 3166-1 alpha-2 code, or * for every other country",
    "countries": "write ISO 3166-1 alpha-2 codes joined by |, e.g. GB|US",
    "phrase-kind": f"use one of {', '.join(sorted(PHRASE_KINDS))}",
    "name-word-kind": f"use one of {', '.join(sorted(NAME_WORD_KINDS))}",
    "meeting-word-kind": f"use one of {', '.join(sorted(MEETING_WORD_KINDS))}",
    "subject-or-object": "write subject, object, or leave the cell empty",
    "regex": "write a Python regular expression",
    "ministry-kind": "use a kind of ministry_kinds.csv",
    "slug": "use lower-case letters, digits and single hyphens, e.g. chief-of-staff",
    "count": "write a whole number of digits, e.g. 33134",
    "name-ending": "write 3 or 4 lower-case letters a-z, or * for all the country's persons",
    "country-guess-feature": "use a feature of kg.extract.country_guess, e.g. most_named",
    "place-choice-feature": "use a feature of kg.extract.place_choice, e.g. current|city",
    "number": "write a decimal number, e.g. -0.75",
    "yes": "write yes or leave the cell empty",
    "rank-label": "write a rank label or alias of ranks.csv, e.g. Lieutenant General",
    "rank-system": "use a system of rank_systems.csv",
    "nato": "write the STANAG 2116 officer grade, OF-1 .. OF-10",
}


def _read(path: Path) -> list[tuple[int, list[str]]]:
    """Every row with the line it starts on; a header row first."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        found = []
        line = 1
        for row in reader:
            found.append((line, row))
            line = reader.line_num + 1
        return found


def check_tables(folder: Path, shown: str | None = None) -> list[Problem]:
    """Every problem of shape and ids in the reference tables of ``folder``;
    ``shown`` is how the folder is written in the messages."""
    prefix = shown if shown is not None else str(folder)
    problems: list[Problem] = []
    parsed: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for name, table in TABLES.items():
        path = folder / name
        where = f"{prefix}/{name}"
        if not path.is_file():
            problems.append(Problem(where, 0, "reference table missing", "restore it"))
            continue
        try:
            rows = _read(path)
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            problems.append(
                Problem(where, 0, f"cannot read the table: {exc}", "save it as UTF-8 CSV")
            )
            continue
        if not rows or tuple(rows[0][1]) != table.columns:
            found = ",".join(rows[0][1]) if rows else "nothing"
            problems.append(
                Problem(
                    where,
                    1,
                    f"expected the columns {','.join(table.columns)}, found {found}",
                    "restore the header row",
                )
            )
            continue
        good: list[tuple[int, dict[str, str]]] = []
        seen: dict[tuple[str, ...], int] = {}
        for line, cells in rows[1:]:
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(table.columns):
                problems.append(
                    Problem(
                        where,
                        line,
                        f"{len(cells)} cells where the table has {len(table.columns)}"
                        f" ({','.join(table.columns)})",
                        "one row per entry; quote a cell that holds a comma",
                    )
                )
                continue
            row = dict(zip(table.columns, (c.strip() for c in cells), strict=True))
            for column in table.required:
                if not row[column]:
                    problems.append(
                        Problem(where, line, f"the {column} cell is empty", f"fill in the {column}")
                    )
            if table.key and all(row[c] for c in table.key):
                key = tuple(row[c].casefold() for c in table.key)
                if key in seen:
                    shown_key = ",".join(row[c] for c in table.key)
                    problems.append(
                        Problem(
                            where,
                            line,
                            f"{shown_key!r} is already a row, at line {seen[key]}",
                            "delete one of the two rows",
                        )
                    )
                seen.setdefault(key, line)
            good.append((line, row))
        parsed[name] = good
    problems += _check_cells(parsed, prefix)
    problems += _places_named_twice(parsed.get("places.csv", []), f"{prefix}/places.csv")
    problems += _capitals_placed(parsed, f"{prefix}/capitals.csv")
    problems += _cities_listed_twice(parsed, f"{prefix}/world_cities.csv")
    return problems


def _cities_listed_twice(
    parsed: dict[str, list[tuple[int, dict[str, str]]]], where: str
) -> list[Problem]:
    """A city of world_cities.csv whose id is a place of places.csv: one id would
    name two places (session 18)."""
    places = {r["place"] for _, r in parsed.get("places.csv", [])}
    return [
        Problem(
            where,
            line,
            f"{row['place']!r} is already a place of places.csv",
            "delete the row, or give the city its country code after the name (kingston-ca)",
        )
        for line, row in parsed.get("world_cities.csv", [])
        if row["place"] in places
    ]


def _capitals_placed(
    parsed: dict[str, list[tuple[int, dict[str, str]]]], where: str
) -> list[Problem]:
    """A capital that is no row of places.csv in its country: kg extract could not
    place a meeting there (round 10, places)."""
    places = {r["place"]: r["country"] for _, r in parsed.get("places.csv", [])}
    return [
        Problem(
            where,
            line,
            f"{row['place']!r} is no place of {row['country']} in places.csv",
            "add the city to places.csv or correct the row",
        )
        for line, row in parsed.get("capitals.csv", [])
        if row["place"] and places.get(row["place"]) != row["country"]
    ]


def _places_named_twice(rows: list[tuple[int, dict[str, str]]], where: str) -> list[Problem]:
    """A name (label or alias, without accents or case) that two places of one
    country share: which of them an article's 'Brasilia' is would be chance."""
    named: dict[tuple[str, str], tuple[str, int]] = {}
    problems = []
    for line, row in rows:
        for name in {row["label"], *(a for a in row["aliases"].split("|") if a.strip())}:
            folded = unicodedata.normalize("NFKD", name.strip()).encode("ascii", "ignore")
            key = (folded.decode().casefold(), row["country"])
            first = named.setdefault(key, (row["place"], line))
            if first[0] != row["place"]:
                problems.append(
                    Problem(
                        where,
                        line,
                        f"{name!r} also names {first[0]!r} (line {first[1]}) in {row['country']}",
                        "keep one row for the place and put the other spelling in its aliases",
                    )
                )
    return problems


def _check_cells(parsed: dict[str, list[tuple[int, dict[str, str]]]], prefix: str) -> list[Problem]:
    systems = {r["system"] for _, r in parsed.get("rank_systems.csv", [])}
    kinds = {r["kind"] for _, r in parsed.get("ministry_kinds.csv", [])}
    rank_labels = {
        label.strip().casefold()
        for _, r in parsed.get("ranks.csv", [])
        for label in (r["label"], *r["aliases"].split("|"))
        if label.strip()
    }
    countries = {c.alpha_2 for c in pycountry.countries} | set(USER_ASSIGNED_COUNTRIES)

    def fits(check: str, value: str) -> bool:
        if check == "cameo":
            return bool(_CAMEO.match(value))
        if check == "country":
            return value in countries
        if check == "country-or-star":
            return value == "*" or value in countries
        if check == "countries":
            return all(code in countries for code in value.split("|"))
        if check == "phrase-kind":
            return value in PHRASE_KINDS
        if check == "name-word-kind":
            return value in NAME_WORD_KINDS
        if check == "meeting-word-kind":
            return value in MEETING_WORD_KINDS
        if check == "subject-or-object":
            return value in ("subject", "object")
        if check == "regex":
            try:
                re.compile(value)
            except re.error:
                return False
            return True
        if check == "ministry-kind":
            return value in kinds
        if check == "slug":
            return bool(_SLUG.match(value))
        if check == "name-ending":
            return bool(_ENDING.match(value))
        if check == "country-guess-feature":
            return value in COUNTRY_GUESS_FEATURES
        if check == "place-choice-feature":
            return value in PLACE_CHOICE_FEATURES
        if check == "number":
            return bool(_NUMBER.match(value))
        if check == "count":
            return value.isascii() and value.isdigit()
        if check == "yes":
            return value == "yes"
        if check == "rank-label":
            return value.casefold() in rank_labels
        if check == "rank-system":
            return value in systems
        if check == "nato":
            return bool(_NATO.match(value))
        raise KeyError(check)

    problems = []
    for name, rows in parsed.items():
        table = TABLES[name]
        for line, row in rows:
            for column, check in table.checks.items():
                value = row[column]
                if value and not fits(check, value):
                    problems.append(
                        Problem(
                            f"{prefix}/{name}",
                            line,
                            f"{column} {value!r} is not {check.replace('-', ' ')}",
                            _HINTS[check],
                        )
                    )
    return problems
