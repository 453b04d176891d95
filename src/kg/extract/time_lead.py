"""Round 24 (persons): a bare name after a sentence's opening time phrase and its
comma ('On Monday, A B received a delegation', 'Earlier today, C D met E'). The
rule for a name with no title beside a meeting verb (session 13) read it only at
the sentence's start or after a dateline, so such a lede lost its subject, and
with it the meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .dates import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# The words of an opening time phrase: 'On Monday', 'Earlier this week', 'On 2
# September', 'Late on Tuesday evening'. Numbers are days or years.
_TIME_WORDS = {
    *WEEKDAYS,
    *MONTHS,
    *("on", "in", "this", "last", "earlier", "later", "late", "today", "yesterday"),
    *("morning", "afternoon", "evening", "week", "weekend", "the"),
}
# The most words such a phrase has before its comma.
_LONGEST = 5


def after_time_lead(doc: Doc, sent: Span, start: int) -> bool:
    """Whether the words from the sentence's start up to ``start`` are a time
    phrase and its comma, and nothing else."""
    comma = start - 1
    if comma <= sent.start or doc[comma].text != "," or comma - sent.start > _LONGEST:
        return False
    words = doc[sent.start : comma]
    return any(
        t.lower_ in WEEKDAYS or t.lower_ in MONTHS or t.lower_ in ("today", "yesterday")
        for t in words
    ) and all(t.lower_ in _TIME_WORDS or t.like_num for t in words)
