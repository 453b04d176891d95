"""Persons named in a sentence about another time (round 18, persons).

A sentence that puts what it tells ahead ('X will call on President A', 'B is
scheduled to meet C') or back ('A visited the country last year', 'B and C have
met several times in recent years') names its persons in passing, unless it
reports what somebody says ('X said ...', where X speaks now); only a sentence
about a meeting, visit or call counts ('A will command the centre' tells of A's
post, not of a meeting elsewhere). The person is still drafted where any other
mention is not in passing or the person takes part in an event read
(context.settle). A clause
of its own (', which will leave on Friday') does not set the sentence's time, and
a sentence that names the story's own day ('Today and tomorrow, A and B will be
meeting') is of the story's time."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .unheld import ahead_verb

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .gazetteer import Gazetteer

# meeting_words.csv kinds whose words set a sentence at another time.
_OTHER_TIMES = ("future", "recalled-person")
# A relative clause whose own verb is ahead, to a comma or the end: ', which
# will leave on Friday', 'talks that will deepen ties'.
_OWN_CLAUSE = re.compile(r"\b(?:which|who|that)\s+(?:will|would|shall)\b[^,]*")
# Words that set a thing, not the sentence, at another time ('the forthcoming
# work', 'an upcoming exercise'), or tell of an invitation now ('was invited to
# visit', 'agreed to meet again'): they leave the sentence's time alone.
_NOT_THE_TIME = re.compile(r"\b(?:upcoming|forthcoming|invit\w* to|to meet|to visit)\b", re.I)
# Meeting words besides meeting_words.csv's kind 'meeting', which holds the
# forms of the past ('met', 'visited'): the forms a sentence ahead uses.
_MEET = re.compile(r"\b(?:meet|call on|summit)\b", re.I)
# The story's own day: 'Today and tomorrow, A and B will be meeting' is now.
_TODAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.I)
# Words that report what somebody says, besides the reporting verbs.
_REPORTED = re.compile(r"\baccording to\b", re.I)


def aside(gaz: Gazetteer, sent: Span) -> bool:
    """Whether the sentence tells of another time than the story's own and
    reports nobody's words: its persons are named in passing."""
    if any(t.text in gaz.reporting for t in sent) or _REPORTED.search(sent.text):
        return False
    told = _OWN_CLAUSE.sub("", sent.text)
    if _TODAY.search(told):
        return False
    meets = gaz.speaks_of("meeting", told) or _MEET.search(told) is not None
    text = _NOT_THE_TIME.sub("", told)
    ahead = ahead_verb(gaz, told)  # round 22: 'is also scheduled to meet B'
    return meets and (ahead or any(gaz.speaks_of(kind, text) for kind in _OTHER_TIMES))
