"""Round 19 (agreements): a signing told as a noun. 'The talks ended with the
signing of a programme', 'the talks saw the signing of a letter of intent',
'A and B marked the milestone by signing an agreement': the document was signed,
though no verb 'signed' tells it and no two signers are named after 'between'.

It is drafted when nothing before the noun in its sentence sets the signing ahead
or apart (meeting_words.csv kinds ``future`` and ``unheld-signing``: 'will', 'to
discuss', 'ahead of', 'anniversary of', 'the recent signing'; nor after it in its
clause, 'in the coming months'), no year before the article's is written in the
sentence after the noun, and the article has drafted no document before it (so a later 'since the
signing of the memorandum' is not a second one). Those who sign by a gerund of
their own ('A and B ... by signing', 'A joined B in signing') are the persons named
before the noun in its sentence; 'the signing of X' alone names no signatory, and
is drafted only after a meeting was read (the meeting's sides sign, as with
'documents were signed')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .documents import kinds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Mention, Person, ReaderState

_CLAUSE_END = re.compile(r"[,;]")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# The gerund's own subject signs: 'by signing', 'in signing'.
_OWN_GERUND = {"by", "in"}
# A participle of signing after the noun's document: another document's signing.
_OTHER_SIGNED = re.compile(r"(?:\b(?:which|that)\s+(?:was|were|had been)\s*|,\s*)signed\b")


def _own_words(text: str) -> str:
    """The words after the noun that tell of its own document: up to a second
    document's own 'signed' ('the signing of the exchange of letters to amend the
    MoU, which was signed in 1993': that year dates the MoU; round 22)."""
    m = _OTHER_SIGNED.search(text)
    return text[: m.start()] if m and len(kinds(text[: m.start()])) >= 2 else text


def held_signers(
    reader: ReaderState,
    doc: Doc,
    sent: Span,
    trigger: Span,
    near: tuple[list[Mention], ...],
    between: list[Person],
) -> list[Person] | None:
    """The signatories of a signing told as a noun (perhaps none), or None when the
    signing is not told as held here. ``near``: the persons named before and after
    the noun; ``between``: those named after its 'between', who sign when two are."""
    if len({id(p) for p in between}) >= 2:
        return between  # 'the signing of X between A and B' (round 7)
    if reader.findings.signed:
        return None
    told = (
        doc[sent.start : trigger.start].text
        + " "
        + _CLAUSE_END.split(doc[trigger.end : sent.end].text)[0]
    )
    if any(reader.gaz.speaks_of(kind, told) for kind in ("future", "unheld-signing")):
        return None
    if any(
        int(y) < reader.year for y in _YEAR.findall(_own_words(doc[trigger.end : sent.end].text))
    ):
        return None  # 'since the signing of the 2009 memorandum'
    own = doc[trigger.start].lower_ in _OWN_GERUND
    signers = [p for a in near[0] if own and a.kind != "group" for p in a.persons]
    # Nobody signing and no meeting read: a mention in passing ('as reflected in the
    # signing of X'), or countries whose signers the article does not tie to it.
    return signers if signers or reader.findings.meetings else None
