"""Round 22 (persons): a dateline under a page's header lines.

A report often opens under lines that are no part of it: a site's menu, an item
number, the day and hour it was posted, 'Source: AGENCY'. Its dateline then
opens the fourth paragraph or a later one ('Exampleton, May 11, AGENCY - ...',
'Exampleton, Mar.14 (AGENCY): ...'), past the first three, where the rules of
round 6 look for one (placenames.opens_report). A city that opens one of the
first ten paragraphs and is followed at once by a comma or a full stop and a day
of a month, written either way round, is that dateline: the country of the
posts the report names without one, as an early dateline's is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .dates import MONTH_PATTERN
from .placenames import dated_dateline, opens_report

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# The paragraphs a dateline may open, header lines included.
_FIRST_PARAGRAPHS = 10
# ', May 11', ', Mar.14', ', Sept. 22', ', 11 May', '. 25 September': the month's
# name or abbreviation as dates.py reads it, whole ('12 marines' names no month).
# Session 31: the city's country may come between ('SANTIAGO, Chile, Oct. 4, 2007').
_DAY = re.compile(
    rf"(?-i:\s*,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
    rf"\s*[,.]\s*(?:{MONTH_PATTERN}\s*\d{{1,2}}\b"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_PATTERN}(?![^\W\d_]))",
    re.I,
)


# ' (VNA) - ', ' (KUNA): ': an agency's name in brackets, then a dash (any of three)
# or a colon (session 35).
_AGENCY = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)\s*[-\u2013\u2014:]")


def dated_below_header(doc: Doc, n: int, e: Span) -> bool:
    """Whether the city ``e``, first in paragraph ``n``, opens a dateline with a day
    ('Exampleton, May 11, AGENCY - ...') or with an agency's name in brackets
    ('Exampleton (AGENCY) - ...', under a teaser and a photo's caption; session 35)
    within the article's first paragraphs."""
    if e.start != 0 or n >= _FIRST_PARAGRAPHS:
        return False
    after = doc.text[e.end_char : e.end_char + 24]
    return _DAY.match(after) is not None or _AGENCY.match(after) is not None


def leads_paragraph(doc: Doc, n: int, e: Span) -> bool:
    """Whether a name comes first in paragraph ``n``: at its start, after the
    agency's name in brackets in one of the first three, or after a date only."""
    return e.start == 0 or (n < 3 and doc[e.start - 1].text == ")") or dated_dateline(doc, e)


def city_dateline(doc: Doc, n: int, e: Span) -> bool:
    """Whether the city ``e`` in paragraph ``n`` is the article's dateline: where
    the report was filed, not necessarily where what it tells took place."""
    return leads_paragraph(doc, n, e) and (opens_report(doc, n, e) or dated_below_header(doc, n, e))


def capitals_dateline(doc: Doc, n: int, e: Span) -> bool:
    """Whether the city opens one of the first paragraphs in capitals, a colon or a
    dash after it ('RAWALPINDI: General A ...' under a page's header lines; session
    33): a dateline with no day."""
    return (
        n < _FIRST_PARAGRAPHS
        and e.start == 0
        and e.text.isupper()
        and e.end < len(doc)
        and doc[e.end].text in (":", "-", "\u2013", "\u2014")
    )
