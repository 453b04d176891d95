"""Dates as articles write them, and the periods agreements run for."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

# English month names, whatever the machine's locale, and their abbreviations
# ('Aug.', 'Sept', 'Jan.').
_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
MONTHS = {month: number for number, month in enumerate(_MONTH_NAMES.split(), start=1)}
_ABBREVIATIONS = {month[:3]: n for month, n in MONTHS.items()} | {"sept": 9}
_MONTH = (
    "(" + "|".join(MONTHS) + "|" + "|".join(a for a in _ABBREVIATIONS if a not in MONTHS) + r")\.?"
)
# The month as other modules' patterns read it (a group of its own).
MONTH_PATTERN = _MONTH
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
# A comma may lack its space ('November 17,2023'); a year is four digits not followed by more,
# nor by a letter; an underscore may stand for a dash after it ('July 28, 2024_ A met B').
_YEAR = r",?\s*(\d{4})(?![^\W_])"
_TO = r"(?:-|\u2013|\u2014|to|and)"
# The last day of a range: its number is not captured.
_DAY_END = r"\d{1,2}(?:st|nd|rd|th)?"
_DATES = (
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), "dmy-numeric"),
    # '13/10/2018' (a publication line): read only where the day cannot be the
    # month, since '10/11/2018' is 10 November or October 11 depending on the outlet.
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), "slashed"),
    # '6-7 November 2020', 'November 6-7, 2020' (round 7): a stay of days, dated by
    # its first day.
    # Round 23 (dates): the last day may bear its ordinal too ('from 24th to 28th
    # October, 2022'), so that it is not read as a day of its own.
    (re.compile(rf"\b{_DAY}\s*{_TO}\s*{_DAY_END}\s+{_MONTH},?\s+(\d{{4}})\b", re.I), "dmy"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY}\s*{_TO}\s*{_DAY_END}{_YEAR}", re.I), "mdy"),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})\b", re.I), "dmy"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY}{_YEAR}", re.I), "mdy"),
)
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
_WEEKDAY_BEFORE = (
    # 'on Thursday, July 18', 'on Friday morning (Dec 3)' (round 10, dates): the
    # weekday a stated day follows names that day.
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    rf"(?:\s+{_PART_OF_DAY})?\s*,?\s*\(?\s*)?"
)
_DAY_MONTH = re.compile(
    # 'on 8 May', 'on the morning of November 8' (round 5, meets2)
    rf"\bon\s+{_WEEKDAY_BEFORE}(?:the\s+{_PART_OF_DAY}\s+of\s+)?"
    # 'on 25-27 February': the first day of a range (round 7)
    # ... the range's last day with its ordinal too ('on October 23rd and 24th').
    rf"(?:{_DAY}(?:\s*{_TO}\s*{_DAY_END})?\s+{_MONTH}|{_MONTH}\s+{_DAY}(?:\s*{_TO}\s*{_DAY_END})?)"
    rf"\b(?!\.?,?\s*\d{{4}}|\s*{_TO}\s*\d)",
    re.I,
)
# 'signed at a ceremony Oct. 31 at the base' (US forces' releases write so): a
# month shortened with its dot dates a day without an 'on' before it (session 22).
_DOTTED_MONTH_DAY = re.compile(
    r"(?<![\w.])(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s+(\d{1,2})\b"
    r"(?!,?\s*\d{4}|\s*[-\u2013]\s*\d)"
)
# 'was signed in Warsaw, August 20th, by A and B': a month and day set off by
# commas date a day without an 'on' before them (session 38); not a dateline's
# ('BEIJING, June 5, (Agency) --', the day filed).
_COMMA_MONTH_DAY = re.compile(rf"(?<=,\s){_MONTH}\s+{_DAY}(?=,)(?!,?\s*\d{{4}})(?!,\s*[(\[])", re.I)
# A day in brackets after a relative one, as Sri Lankan and South Asian releases
# write it: 'today (6 Oct 23)', 'last evening (November 25)' (session 25). A year
# of two digits is this century's.
_BRACKETED = re.compile(
    rf"\(\s*(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})(?:,?\s+'?(\d{{2}}))?\s*\)", re.I
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE = re.compile(
    # 'today (Wednesday)': the weekday the article names for its day (session 17).
    # "Wednesday's session marked ..." opens a sentence with a weekday's
    # possessive (session 27).
    r"\b(?:(?:on|last|this|earlier on|late on|early on)\s+|today\s*\(\s*|(?<=[a-z] )|(?<=[a-z], )"
    r"|(?=[A-Z][a-z]+day['\u2019]s\s))("
    + "|".join(w.capitalize() for w in WEEKDAYS)
    + "|"
    + "|".join(WEEKDAYS)
    + r")\b(?!,?\s*\d)"
    # 'met here last night' (round 20, dates): the day before.
    r"|\b(yesterday|today|earlier today|the day before|last night"
    r"|this (?:morning|afternoon|evening)|tonight)\b",
    re.I,
)


DAY_BEFORE = ("yesterday", "the day before", "last night")


def _relative_day(m: re.Match[str], day: datetime.date) -> str:
    """The ISO day a match of ``_RELATIVE`` names, counted back from ``day``: the
    latest such weekday up to it, or the day before, or that day."""
    if m.group(1):
        back = (day.weekday() - WEEKDAYS.index(m.group(1).lower())) % 7
    else:
        back = 1 if m.group(2).lower() in DAY_BEFORE else 0
    return (day - datetime.timedelta(days=back)).isoformat()


def month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or _ABBREVIATIONS[word[:4] if word == "sept" else word[:3]]


_PERIOD = re.compile(
    r"\bfor\s+(?:the\s+(?:period|years)\s+)?(\d{4})(?:\s*(?:-|\u2013|\u2014|to|and)\s*(\d{4}))?\b"
)


# Two days of a month joined by a dash or a word; not the dashes of a date written
# 2024-05-02, whose numbers other digits or a dash adjoin.
_RANGE = re.compile(rf"(?<![\d-])\d{{1,2}}(?:st|nd|rd|th)?\s*{_TO}\s*\d{{1,2}}(?![\d-])", re.I)


def is_range(words: str) -> bool:
    """Whether a date's words span days ('24th to 28th October, 2022', 'June 8-9')."""
    return _RANGE.search(words) is not None


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
            elif order == "slashed":
                first, second, y = int(groups[0]), int(groups[1]), int(groups[2])
                if (first > 12) == (second > 12):
                    fits = _weekday_fits(text[: m.start()], y, first, second)
                    if len(fits) != 1:
                        continue
                    ((d, mo),) = fits
                else:
                    d, mo = (first, second) if first > 12 else (second, first)
            elif order == "dmy":
                y, mo, d = int(groups[2]), month_number(groups[1]), int(groups[0])
            else:
                y, mo, d = int(groups[2]), month_number(groups[0]), int(groups[1])
            if (iso := _iso(y, mo, d)) is not None:
                found.append((m.start(), iso, m.group(0)))
    # The last day of a range ('6-7 November 2020') is not a date of its own.
    spans = [(start, start + len(words)) for start, _, words in found]
    found = [f for f in found if not any(a < f[0] < b for a, b in spans)]
    if year is not None:
        for m in _DAY_MONTH.finditer(text):
            day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            if (iso := _iso(year, month_number(month), int(day))) is not None:
                found.append((m.start(), iso, m.group(0)))
        spans = [(start, start + len(words)) for start, _, words in found]
        found += _month_days(_DOTTED_MONTH_DAY, text, year, spans, after_city=False)
        found += _month_days(_COMMA_MONTH_DAY, text, year, spans, after_city=True)
        found += _bracketed(text, year, spans)
    return sorted(found)


# A weekday right before a slashed date ('on Saturday 2/12/2017').
_WEEKDAY_BEFORE_SLASHED = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\s*,?\s*$", re.I)


def _weekday_fits(before: str, year: int, first: int, second: int) -> list[tuple[int, int]]:
    """(day, month) of the readings of a slashed date that could be either
    ('2/12/2017': 2 December or February 12) which fall on the weekday written right
    before it ('on Saturday 2/12/2017': 2 December; session 34); none without a weekday."""
    named = _WEEKDAY_BEFORE_SLASHED.search(before)
    if named is None:
        return []
    weekday = WEEKDAYS.index(named.group(1).lower())
    readings = {(first, second), (second, first)}
    return [
        (d, mo)
        for d, mo in sorted(readings)
        if (iso := _iso(year, mo, d)) and datetime.date.fromisoformat(iso).weekday() == weekday
    ]


def _month_days(
    pattern: re.Pattern[str],
    text: str,
    year: int,
    spans: list[tuple[int, int]],
    *,
    after_city: bool,
) -> list[tuple[int, str, str]]:
    """The month-day pairs of the pattern (groups: month, day) outside the dates read
    before; with after_city, not a dateline's either ('BEIJING, June 5, ...': only
    capitals before it on its line, the day the report was filed)."""
    found = []
    for m in pattern.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].rstrip(", ")
        if after_city and line.isupper():
            continue
        if (iso := _iso(year, month_number(m[1]), int(m[2]))) is not None:
            found.append((m.start(), iso, m.group(0)))
    return found


def _bracketed(text: str, year: int, spans: list[tuple[int, int]]) -> list[tuple[int, str, str]]:
    """The days written in brackets ('(6 Oct 23)') that no other pattern read."""
    found = []
    for m in _BRACKETED.finditer(text):
        if any(a <= m.start() + 1 < b for a, b in spans):
            continue
        day, month = (m[1], m[2]) if m[1] else (m[4], m[3])
        written = 2000 + int(m[5]) if m[5] else year
        if written in (year, year - 1) and (iso := _iso(written, month_number(month), int(day))):
            found.append((m.start(), iso, m.group(0)))
    return found


def _iso(year: int, month: int, day: int) -> str | None:
    """The ISO date of a day that exists; None for one that does not ('30 February',
    '31 June'), which no rule may then take for a meeting's day."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


_YEARLESS = re.compile(
    # 'Mar.14' (round 23, dates): an abbreviation's point may stand for the space.
    rf"\b(?:{_MONTH}(?:\s+|(?<=\.)){_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH})\b(?!\.?,?\s*\d{{4}})",
    re.I,
)


def yearless_date(text: str) -> tuple[int, str] | None:
    """(offset, words) of the first day the text names without a year ('BAKU,
    January 29.'): the article's year must then be given."""
    m = _YEARLESS.search(text)
    return (m.start(), m.group(0)) if m else None


# A dateline at the start of a sentence: a city, maybe a weekday, a date, maybe the
# agency in brackets, then a dash or colon.
_INLINE_DATELINE = re.compile(
    # 'FORT SAM HOUSTON, Texas, Nov. 3, 2011 --': a state after the place (session 22).
    r"^\s*[A-Z][\w'\u2019.\- ]{1,40}?,\s*(?:[A-Z][\w.\- ]{1,30}?,\s*)?(?:[A-Z][a-z]+day,?\s*)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s*\d{4})"
    r"\s*(?:\([^)]{1,40}\)\s*)?[-\u2013\u2014:]\s*"
    # 'MINSK (Agency / Agency - 02nd August, 2023) A met B ... on Tuesday', 'LIMA,
    # Peru (Sept. 14, 2023) -' (round 17, dates): the date in the dateline's bracket
    # is the day filed, so that a weekday after it counts from it and does not lose
    # to it; also where the sentence splitter cut the bracket ('02nd August, 2023)
    # A met B').
    r"|^\s*(?:[A-Z][\w'\u2019.\- ]{1,40}?(?:,\s*[A-Z][\w.\- ]{1,30}?)?[,\s]*\("
    r"(?:[^()]{0,60}?[-\u2013\u2014,]\s*)?)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s*\d{4})"
    r"\s*\)\s*(?:[-\u2013\u2014:]\s*)?"
)


# 'Manama, Mar.14 (BNA): A received B today', 'SEOUL, Aug. 2 (Yonhap) -- ', 'Accra,
# May 11, GNA - ' (round 23, dates): a dateline run into the lede that gives its
# day without a year, maybe with the agency after it, then a dash or colon.
_YEARLESS_DATELINE = re.compile(
    r"^\s*[A-Z][\w'\u2019.\- ]{1,40}?,\s*(?:[A-Z][a-z]+day,?\s*)?"
    rf"(?:{_MONTH}(?:\s+|(?<=\.)){_DAY}|{_DAY}\s+{_MONTH})(?!,?\s*\d)"
    r"\s*(?:,\s*[A-Z]{2,8}\s*|\([^)]{1,40}\)\s*)?(?:[-\u2013\u2014:]\s*)+",
    re.I,
)
# How many days before the article's day a yearless dateline's day may lie.
_DATELINE_BACK = 7


def _dateline(sentence: str, date: str) -> tuple[int, str, str] | None:
    """(where the rest begins, ISO date, words) of the dateline a sentence starts
    with, from which its 'today' and 'on Tuesday' count: one with its year, or one
    without, in the article's year, up to a week before the article's day or the
    day after it (round 23, dates)."""
    filed = _INLINE_DATELINE.match(sentence)
    if filed:
        on = article_dates(filed.group(0))
        return (filed.end(), on[0][1], on[0][2]) if on else None
    filed = _YEARLESS_DATELINE.match(sentence)
    if filed is None:
        return None
    base = datetime.date.fromisoformat(date)
    for _, iso, words in _yearless_line(filed.group(0), base):
        back = (base - datetime.date.fromisoformat(iso)).days
        if -_FILED_AHEAD <= back <= _DATELINE_BACK:
            return filed.end(), iso, words
    return None


def event_date(sentence: str, article_date: str) -> tuple[str, str] | None:
    """(ISO date, the words) of the day a sentence says an event happened: a date
    it states ('on 29 June', with the article's year), else a day named relative to
    the article's date ('on Monday': the latest Monday up to that date;
    'yesterday'). None when it names no day."""
    filed = _dateline(sentence, article_date)
    if filed:
        # 'WASHINGTON, June 12, 2013 - A hosted B yesterday' (round 7): the
        # dateline's day is the day filed, from which the rest counts.
        rest = event_date(sentence[filed[0] :], filed[1])
        if rest or _YEARLESS_DATELINE.match(sentence):
            return rest  # a yearless dateline's day alone dates no event
        return filed[1], filed[2]
    stated = article_dates(sentence, int(article_date[:4]))
    if stated:
        return stated[0][1], stated[0][2]
    m = _RELATIVE.search(sentence)
    if not m:
        return None
    day = datetime.date.fromisoformat(article_date)
    return _relative_day(m, day), m.group(0)


# What lies between a relative day and the date that spells it out ('on Wednesday,
# December 14', 'yesterday, the 12th of March').
_APPOSED = re.compile(r",?\s*(?:the\s+)?")


def sentence_days(text: str, date: str) -> list[tuple[int, str, str]]:
    """(offset, ISO date, words) of every day the sentence names: dates it states
    and days named relative to the article's (or its dateline's) day (round 20,
    dates). A relative day the date after it spells out is that date alone."""
    base, start = date, 0
    filed = _dateline(text, date)
    if filed:
        start, base = filed[0], filed[1]
    rest = text[start:]
    found = [(start + k, iso, words) for k, iso, words in article_dates(rest, int(base[:4]))]
    day = datetime.date.fromisoformat(base)
    for m in _RELATIVE.finditer(rest):
        if any(_APPOSED.fullmatch(text, start + m.end(), k) for k, _, _ in found):
            continue  # 'on Wednesday, December 14', 'yesterday, the 12th of March': one day
        found.append((start + m.start(), _relative_day(m, day), m.group(0)))
    return sorted(found)


def earlier_date(sentences: list[str], article_date: str) -> tuple[str, str] | None:
    """The day the nearest of the earlier sentences of a paragraph states, if any: a
    visit dated once ('X arrived in Oslo on Monday.') and told on in the sentences
    after it (round 5, meets2)."""
    for sentence in reversed(sentences):
        stated = event_date(sentence, article_date)
        if stated is not None:
            return stated
    return None


# A fortnight (a week until round 23): a header's day this far before the
# publication date is the day filed, since a release may be reposted days later.
_FILED_WITHIN = 14
# A date line a day after the publication date is the day filed where the report
# was written, a time zone ahead of the outlet's (round 10, dates).
_FILED_AHEAD = 1


def filed_date(paragraphs: list[str], published: str) -> str | None:
    """The day a dateline or a line of its own among the first paragraphs states
    ('30 November 2021', 'WASHINGTON, June 12, 2013 -'), when up to a fortnight
    before the publication date (a week until round 23): the day the report was
    filed, from which its 'yesterday' and 'on Tuesday' count and on which its
    undated meetings fall (round 6). A line of just a date may lie a day after the
    publication date (round 10)."""
    day = datetime.date.fromisoformat(published)
    for text in paragraphs[:4]:
        if len(text.split()) > 12:
            continue
        for _, iso, words in article_dates(text) or _yearless_line(text, day):
            try:
                back = (day - datetime.date.fromisoformat(iso)).days
            except ValueError:
                continue
            # A day ahead only on a line of just the date ('30 September 2009',
            # maybe with its weekday), not a stamp ('Distributed on 10/23/2024').
            alone = len(text.split()) <= len(words.split()) + 1
            if 0 < back <= _FILED_WITHIN or (back == -_FILED_AHEAD and alone):
                return iso
    return None


def _yearless_line(text: str, published: datetime.date) -> list[tuple[int, str, str]]:
    """'Colombo, December 15' (round 17, dates): a dateline's day without a year, in
    the year of the publication date (the year before for a December line published
    in January)."""
    m = _YEARLESS.search(text)
    if m is None:
        return []
    month = month_number(m.group(1) or m.group(4))
    day = int(m.group(2) or m.group(3))
    year = published.year - (month == 12 and published.month == 1)
    try:
        return [(m.start(), datetime.date(year, month, day).isoformat(), m.group(0))]
    except ValueError:
        return []


def stated_period(title: str) -> tuple[str, str] | None:
    """The years a title says it runs for ('Plan for 2020'), as first and last day."""
    m = _PERIOD.search(title)
    if not m:
        return None
    first, last = m.group(1), m.group(2) or m.group(1)
    if last < first:
        return None
    return f"{first}-01-01", f"{last}-12-31"


# Past times that name no day: a recent one ('last week', 'earlier this month'),
# or an earlier one, which recalls an event before the one reported ('last August',
# 'in March', 'last month').
_RECENT = re.compile(
    r"\b(?:last|the previous|the past|this past)\s+week\b|\bearlier this (?:week|month)\b", re.I
)
_EARLIER = re.compile(
    rf"\b(?:last\s+(?:month|year|{'|'.join(MONTHS)})|(?:in|since)\s+(?:early\s+|late\s+)?"
    rf"({'|'.join(MONTHS)}))\b(?!\s*\d)",
    re.I,
)


def vague_past(sentence: str, article_date: str) -> str | None:
    """'recent' or 'earlier' when a sentence puts its event in a past time that
    names no day; None otherwise. A month named after 'in' is earlier only when it
    is not the article's own month."""
    if _RECENT.search(sentence):
        return "recent"
    for m in _EARLIER.finditer(sentence):
        if m.group(1) is None or month_number(m.group(1)) != int(article_date[5:7]):
            return "earlier"
    return None


# How many words before a day a visit's word makes a stay's start of it.
STAY_WORDS = 6


def stay_start(gaz: Gazetteer, before: str) -> bool:
    """Whether the words before a day make it the first day of a visit ('on a
    three-day visit beginning yesterday', 'his visit, which started on May 13'):
    not the day of a meeting or signing the sentence tells (round 20, dates;
    meeting_words.csv, kind stay-start)."""
    words = before.split()
    return (
        bool(words)
        and gaz.speaks_of("stay-start", words[-1])
        and gaz.speaks_of("meeting", " ".join(words[-STAY_WORDS:]))
    )


def signing_date(gaz: Gazetteer, text: str, date: str) -> tuple[str, str] | None:
    """The day a signing's sentence states (``event_date``), unless it is only the
    first day of a visit (``stay_start``): the signing is then dated as one that
    names no day."""
    stated = event_date(text, date)
    if stated is not None and stay_start(gaz, text[: max(text.find(stated[1]), 0)]):
        return None
    return stated
