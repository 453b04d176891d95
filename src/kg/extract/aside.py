"""Persons named in a sentence about another time (round 18, persons).

A sentence that puts what it tells ahead ('X will call on President A', 'B is
scheduled to meet C') or back ('A visited the country last year', 'B and C have
met several times in recent years') names its persons in passing, unless it
reports what somebody says ('X said ...', where X speaks now). Such a mention
counts as passing; the person is still drafted where any other mention is not
in passing or the person takes part in an event read (context.settle). A clause
of its own (', which will leave on Friday') does not set the sentence's time."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .gazetteer import Gazetteer

# meeting_words.csv kinds whose words set a sentence at another time.
_OTHER_TIMES = ("future", "recalled-person")
# A relative clause between commas or to the end: ', which will leave on Friday'.
_OWN_CLAUSE = re.compile(r",\s*(?:which|who|where|when)\b[^,]*")
# Words that set a thing, not the sentence, at another time ('the forthcoming
# work', 'an upcoming exercise'), or tell of an invitation now ('was invited to
# visit'): they leave the sentence's time alone.
_NOT_THE_TIME = re.compile(r"\b(?:upcoming|forthcoming|invit\w* to)\b", re.I)
# Words that report what somebody says, besides the reporting verbs.
_REPORTED = re.compile(r"\baccording to\b", re.I)


def aside(gaz: Gazetteer, sent: Span) -> bool:
    """Whether the sentence tells of another time than the story's own and
    reports nobody's words: its persons are named in passing."""
    if any(t.text in gaz.reporting for t in sent) or _REPORTED.search(sent.text):
        return False
    text = _NOT_THE_TIME.sub("", _OWN_CLAUSE.sub("", sent.text))
    return any(gaz.speaks_of(kind, text) for kind in _OTHER_TIMES)
