"""Round 16 (agreements): the first of two signatories set off by commas, whom the
person rules did not read: 'its minister, B C, and Utopian Defence Minister D E
signed', 'B C, the rector of the X college, and General D E, the head of Y,
signed'. The signing's list of two is the evidence: a bare name between commas,
beside an apposition that opens with a determiner or holds a title, signs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import cosigners
from .findings import TITLE_LABELS, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .people import PersonRules

_DETERMINERS = {"the", "its", "his", "her", "their"}
_APPOSITION = 12  # the most words of an apposition


def _name_words(doc: Doc, start: int, end: int) -> bool:
    """Two to four name-like words ('Kim Jae-won': a hyphen's lower-case tail too)."""
    words = [
        doc[i]
        for i in range(start, end)
        if not (doc[i].text == "-" or (i > start and doc[i - 1].text == "-"))
    ]
    return 2 <= len(words) <= 4 and all(cosigners.name_like(t) for t in words)


def _apposition(doc: Doc, start: int, end: int) -> bool:
    if end <= start or end - start > _APPOSITION:
        return False
    return doc[start].lower_ in _DETERMINERS or any(
        doc[i].ent_type_ in TITLE_LABELS for i in range(start, end)
    )


def _comma_before(doc: Doc, end: int, lo: int) -> int:
    return next((i for i in range(end - 1, lo - 1, -1) if doc[i].text == ","), lo - 1)


def first_conjunct(
    reader: PersonRules, doc: Doc, sent: Span, trigger: Span, before: list[Mention]
) -> list[Mention]:
    """The first of the two conjuncts before the verb when it is ', B C,' after an
    apposition or 'B C, the ...,' and the second conjunct names a person."""
    end = trigger.start - (1 if doc[trigger.start - 1].text == "," else 0)
    ands = [i for i in range(sent.start, end) if doc[i].lower_ == "and"]
    if not ands or ands[-1] - 1 <= sent.start or doc[ands[-1] - 1].text != ",":
        return before
    k = ands[-1] - 1  # the comma before 'and'
    second = [m for m in before if m.kind == "person" and k < m.start < end]
    if len(second) != 1 or any(m.kind == "person" and m.end <= k for m in before):
        return before
    c1 = _comma_before(doc, k, sent.start)
    if c1 < sent.start:
        return before
    found: Mention | None = None
    if _name_words(doc, c1 + 1, k):
        # 'its minister, B C, and ...': the apposition before the first comma.
        c0 = _comma_before(doc, c1, sent.start)
        lo = max(c0 + 1, c1 - _APPOSITION)
        starts = [i for i in range(lo, c1) if doc[i].lower_ in _DETERMINERS] or [lo]
        if _apposition(doc, starts[0], c1):
            found = cosigners.new_mention(reader, doc, sent, starts[0], c1 + 1, k)
    elif _apposition(doc, c1 + 1, k):
        # 'B C, the rector of X, and ...': the name before the apposition.
        c0 = _comma_before(doc, c1, sent.start)
        lo = c0 + 1
        if _name_words(doc, lo, c1) and not cosigners.covered(before, lo, c1):
            found = cosigners.new_mention(reader, doc, sent, c1 + 1, lo, c1)
    if found is None or cosigners.covered(before, found.start, found.end):
        return before
    return sorted([*before, found], key=lambda m: m.start)
