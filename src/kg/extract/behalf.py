"""Round 13 (agreements): signatories told side by side, one clause per side.

- 'The agreement was signed on behalf of X by A, and (signed) on behalf of Y by
  B': a passive signing for a side; the person after 'by' signs (the phrase
  'signed on behalf of' hides the passive 'was signed' from the ruler).
- 'A signed the memorandum on behalf of X, whereas/while B represented Y' (or
  'appended his signature', 'signed for Y'): B, the other side's signer, signs
  the document of the same sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import Mention, Person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_PASSIVE = {"was", "were", "been", "being", "is", "are"}
# Words that open the other side's clause.
_CONTRAST = {"whereas", "while", "whilst"}
# Words of that clause that say its subject signed (for the other side).
_SIGNED_FOR = {"represented", "appended", "signed", "countersigned", "behalf", "inked"}
_CLAUSE_ENDS = {";", "whereas", "while", "whilst"}


def _passive_for(doc: Doc, sent: Span, at: int) -> bool:
    """Whether the sign-for phrase at ``at`` is passive: 'was signed on behalf of',
    or '..., and signed on behalf of' after such a phrase in the sentence."""
    before = doc[at - 1].lower_ if at > sent.start else ""
    if before in _PASSIVE:
        return True
    if before == "and" or (before == "," and at - 1 > sent.start):
        head = doc[sent.start : at]
        return any(
            t.lower_ == "signed" and t.i > sent.start and doc[t.i - 1].lower_ in _PASSIVE
            for t in head
        )
    return False


def passive_signers(doc: Doc, sent: Span, trigger: Span, after: list[Mention]) -> list[Person]:
    """'(was) signed on behalf of X by A': A (empty if the phrase is passive but
    names nobody after "by", and when the phrase is active)."""
    if not _passive_for(doc, sent, trigger.start):
        return []
    by = next(
        (t.i for t in doc[trigger.end : sent.end] if t.lower_ == "by"),
        None,
    )
    if by is None:
        return []
    # The clause ends at ', and' or a contrast word.
    stop = sent.end
    for t in doc[by + 1 : sent.end]:
        nxt = doc[t.i + 1].lower_ if t.i + 1 < sent.end else ""
        if t.lower_ in _CLAUSE_ENDS or (t.text == "," and nxt in ("and", "while", "whereas")):
            stop = t.i
            break
    first = next((m for m in after if by < m.start < stop and m.kind == "person"), None)
    return list(first.persons) if first is not None else []


def is_passive(doc: Doc, sent: Span, trigger: Span) -> bool:
    return _passive_for(doc, sent, trigger.start)


def other_side(doc: Doc, sent: Span, actors: list[Mention]) -> list[Person]:
    """'..., whereas General B, Permanent Secretary, represented the Government of Y':
    B (the first person of a contrast clause that tells a signing for a side)."""
    for t in sent:
        if t.lower_ not in _CONTRAST or t.i == sent.start:
            continue
        end = next((u.i for u in doc[t.i + 1 : sent.end] if u.lower_ in _CLAUSE_ENDS), sent.end)
        clause = doc[t.i + 1 : end]
        if not any(u.lower_ in _SIGNED_FOR for u in clause):
            continue
        first = next((m for m in actors if t.i < m.start < end), None)
        if first is not None and first.kind == "person":
            return list(first.persons)
    return []
