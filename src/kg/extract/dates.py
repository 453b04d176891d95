"""Dates as articles write them, and the periods agreements run for."""

from __future__ import annotations

import re

# English month names, whatever the machine's locale.
_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
MONTHS = {month: number for number, month in enumerate(_MONTH_NAMES.split(), start=1)}
_MONTH = "(" + "|".join(MONTHS) + ")"
_DATES = (
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), "dmy-numeric"),
    (
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})\b", re.I),
        "dmy",
    ),
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), "mdy"),
)
_DAY_MONTH = re.compile(
    rf"\bon\s+(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?)"
    rf"\b(?!,?\s+\d{{4}})",
    re.I,
)
_PERIOD = re.compile(
    r"\bfor\s+(?:the\s+(?:period|years)\s+)?(\d{4})(?:\s*(?:-|\u2013|\u2014|to|and)\s*(\d{4}))?\b"
)


def article_dates(text: str, year: int | None = None) -> list[tuple[int, str, str]]:
    """(offset, ISO date, the words) of every date the text states, in order."""
    found = []
    for pattern, order in _DATES:
        for m in pattern.finditer(text):
            groups = m.groups()
            if order == "ymd":
                y, mo, d = int(groups[0]), int(groups[1]), int(groups[2])
            elif order == "dmy-numeric":
                y, mo, d = int(groups[2]), int(groups[1]), int(groups[0])
            elif order == "dmy":
                y, mo, d = int(groups[2]), MONTHS[groups[1].lower()], int(groups[0])
            else:
                y, mo, d = int(groups[2]), MONTHS[groups[0].lower()], int(groups[1])
            if 1 <= mo <= 12 and 1 <= d <= 31:
                found.append((m.start(), f"{y:04d}-{mo:02d}-{d:02d}", m.group(0)))
    if year is not None:
        for m in _DAY_MONTH.finditer(text):
            day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            mo, d = MONTHS[month.lower()], int(day)
            found.append((m.start(), f"{year:04d}-{mo:02d}-{d:02d}", m.group(0)))
    return sorted(found)


def stated_period(title: str) -> tuple[str, str] | None:
    """The years a title says it runs for ('Plan for 2020'), as first and last day."""
    m = _PERIOD.search(title)
    if not m:
        return None
    first, last = m.group(1), m.group(2) or m.group(1)
    if last < first:
        return None
    return f"{first}-01-01", f"{last}-12-31"
