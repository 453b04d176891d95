"""Reading ICEWS files: the named temporal-knowledge-graph releases and the
Dataverse releases (whose country columns, where present, say the country of
each actor: ``kg.icews.merge`` needs it to join spellings of one person)."""

from __future__ import annotations

import gzip
import lzma
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ..curation.reading import display_path
from ..errors import Problem, UsageError, ValidationFailed

RAW_COLUMNS = ("Source Name", "Event Text", "Target Name", "Event Date")
"""The columns kg reads from the ICEWS Dataverse release files."""
COUNTRY_COLUMNS = ("Source Country", "Target Country")
"""Read where a Dataverse file has them: the country of each actor."""
NAMED_COLUMNS = ("subject", "relation", "object", "date")
"""The columns of the named temporal-knowledge-graph releases (ICEWS14, 05-15, 18)."""

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Record:
    line: int
    subject: str
    relation: str
    object: str
    date: str
    subject_country: str = ""
    object_country: str = ""


COMPRESSED = (".gz", ".xz")
"""Compressed files are read as they are (``icews14.tsv.xz``)."""


def _open(path: Path) -> TextIO:
    suffix = path.suffix.casefold()
    if suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8", newline="")
    if suffix == ".xz":
        return lzma.open(path, "rt", encoding="utf-8", newline="")
    return path.open(encoding="utf-8", newline="")


def file_stem(path: Path) -> str:
    """The file's name without its extensions (``icews14.tsv.xz``: ``icews14``)."""
    name = path.name
    if path.suffix.casefold() in COMPRESSED:
        name = name[: -len(path.suffix)]
    return Path(name).stem


def read(path: Path) -> Iterator[Record]:
    """Records of an ICEWS file: the named releases (``subject relation object date
    [split]``, with or without a header) or a Dataverse release (``Event ID`` ...).
    Raises ValidationFailed listing every malformed line."""
    problems: list[Problem] = []
    shown = display_path(path)
    try:
        handle = _open(path)
    except OSError as exc:
        raise UsageError(
            f"cannot read the ICEWS file: {exc.strerror}",
            path=path,
            hint="check the path; kg import icews takes the data files as arguments",
        ) from exc
    with handle:
        first = handle.readline().rstrip("\r\n").split("\t")
        columns: tuple[int, ...] = (0, 1, 2, 3)
        lineno = 1
        records: list[Record] = []
        countries: tuple[int, ...] = ()
        if all(c in first for c in RAW_COLUMNS):
            columns = tuple(first.index(c) for c in RAW_COLUMNS)
            countries = tuple(first.index(c) if c in first else -1 for c in COUNTRY_COLUMNS)
        elif [c.strip().casefold() for c in first[:4]] == list(NAMED_COLUMNS):
            pass
        else:
            handle.seek(0)
            lineno = 0
        width = max(columns) + 1
        for raw in handle:
            lineno += 1
            text = raw.rstrip("\r\n")
            if not text.strip():
                continue
            cells = text.split("\t")
            if len(cells) < width:
                problems.append(
                    Problem(
                        shown,
                        lineno,
                        f"expected at least {width} tab-separated columns, found {len(cells)}",
                        "each line is: subject, relation, object, date (YYYY-MM-DD)"
                        " separated by tabs",
                    )
                )
                continue
            subject, relation, obj, date = (cells[i].strip() for i in columns)
            if not _DATE.match(date):
                problems.append(
                    Problem(
                        shown,
                        lineno,
                        f"date {date!r} is not YYYY-MM-DD",
                        "write the event date as YYYY-MM-DD, e.g. 2014-05-12",
                    )
                )
                continue
            if not (subject and relation and obj):
                problems.append(
                    Problem(
                        shown,
                        lineno,
                        "empty subject, relation or object",
                        "every record names two actors and an action",
                    )
                )
                continue
            where = [cells[i].strip() if 0 <= i < len(cells) else "" for i in countries]
            records.append(Record(lineno, subject, relation, obj, date, *where))
            if len(problems) > 50:
                break
    if problems:
        raise ValidationFailed(problems)
    yield from records


__all__ = [
    "COMPRESSED",
    "COUNTRY_COLUMNS",
    "NAMED_COLUMNS",
    "RAW_COLUMNS",
    "Record",
    "file_stem",
    "read",
]
