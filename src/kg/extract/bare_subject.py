"""A name with no title before it that opens a sentence and is the subject of a
meeting verb further on (session 13): 'A, vice chairman of the X commission, on
Tuesday met with B', 'CITY, Oct. 15 (Agency) -- A on Tuesday received B'. Before,
only a name right before the verb ('A met B') was read so, and a wire's most common
lede lost its subject, and with it the meeting."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from .dates import WEEKDAYS
from .signings import dateline_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Words of a time phrase or an auxiliary between a subject and its verb ('on
# Tuesday', 'earlier today', 'has also').
_BETWEEN = {
    *WEEKDAYS,
    *("on", "this", "last", "earlier", "later", "today", "yesterday", "also", "then"),
    *("morning", "afternoon", "evening", "has", "had", "have", "was", "were"),
}
# The words of a photo caption's bracket after a name: 'A (R)', 'B (2nd L)'.
_POSITION = {"r", "l", "c", "left", "right", "center", "centre", "front", "back"}
_POSITION |= {"1st", "2nd", "3rd", "4th", "second", "third"}
# An apposition longer than this is no title of the name before it.
_LONGEST_APPOSITION = 20


def opens_sentence(doc: Doc, sent: Span, start: int) -> bool:
    """Whether a name starting at ``start`` opens its sentence, or the text after
    the sentence's dateline ('BEIJING, Oct. 15 (Xinhua) -- A ...')."""
    return start == sent.start or start == dateline_end(doc, sent)


def verb_after(
    doc: Doc, sent: Span, end: int, acts: Collection[str], title_words: Collection[str]
) -> int | None:
    """Where the mention of a name ending at ``end`` stops (past its apposition,
    whose title is then no reference to another person), where a verb of ``acts``
    follows it past an apposition that gives a title (', vice chairman of the ...
    commission,') and the words of a time phrase ('on Tuesday'); else None."""
    i = stop = end
    if i < sent.end and doc[i].text == "(":
        close = next((k for k in range(i + 1, min(sent.end, i + 5)) if doc[k].text == ")"), None)
        if close is None or not all(t.lower_ in _POSITION for t in doc[i + 1 : close]):
            return None
        i = stop = close + 1  # 'A (R), vice chairman of ..., meets with B'
    if i < sent.end and doc[i].text == ",":
        close = _closing_comma(doc, i + 1, min(sent.end, i + _LONGEST_APPOSITION))
        if close is None:
            return None
        inside = doc[i + 1 : close]
        titled = any(t.ent_type_ == "POST" or t.text in title_words for t in inside)
        if not titled or any(t.ent_type_ in acts for t in inside):
            return None
        stop, i = close, close + 1  # the mention stops before the closing comma
    skipped = 0
    while i < sent.end and doc[i].lower_ in _BETWEEN and skipped < 4:
        i += 1
        skipped += 1
    return stop if i < sent.end and i > end and doc[i].ent_type_ in acts else None


def _closing_comma(doc: Doc, start: int, limit: int) -> int | None:
    """The comma that closes an apposition opened before ``start``, past a bracket
    inside it ('of China's Central Military Commission (CMC),'); None where the
    clause or sentence ends first."""
    depth = 0
    for k in range(start, limit):
        text = doc[k].text
        depth += (text == "(") - (text == ")")
        if depth < 0 or text in (".", ";", ":"):
            return None
        if text == "," and depth == 0:
            return k
    return None
