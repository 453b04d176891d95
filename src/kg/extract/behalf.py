"""Round 13 (agreements): signatories told side by side, one clause per side.

- 'The agreement was signed on behalf of X by A, and (signed) on behalf of Y by
  B': a passive signing for a side; the person after 'by' signs (the phrase
  'signed on behalf of' hides the passive 'was signed' from the ruler).
- 'A signed the memorandum on behalf of X, whereas/while B represented Y' (or
  'appended his signature', 'signed for Y'): B, the other side's signer, signs
  the document of the same sentence.
- 'The visit ended with the signing of X', 'The ministers ended the meeting by
  signing X': a signing (the ministers: the meeting's two sides).
- 'X and Y signed the memorandum in January 2015.' told in a later year: a
  recalled signing, not drafted.
- 'A signed cooperation agreements with B and C' (of two other countries): one
  agreement between A and each partner.
- 'the parties signed X' read before its meeting was drafted: once the article is
  read, the two sides of that meeting sign X.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .findings import Findings, Meeting, Mention, Person, Signed, span_text
from .signings import clause_before

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


# 'the parties signed', 'both sides inked': the two sides of a meeting sign.
_SIDES_SIGNED = re.compile(
    r"\b(?:the\s+(?:two\s+)?(?:parties|sides|ministers|delegations|counterparts)|"
    r"both\s+(?:sides|parties|ministers))\s+(?:also\s+|then\s+|have\s+|jointly\s+)*"
    r"(?:signed|inked)\b",
    re.IGNORECASE,
)


def _two_sides(meeting: Meeting) -> list[Person]:
    joined = {id(p) for p, _ in meeting.joined}
    sides = [p for p in meeting.participants if id(p) not in joined]
    held = {p.apparent_country for p in sides}
    return sides if len(sides) == 2 and len(held) == 2 and None not in held else []


def sides_sign(findings: Findings) -> None:
    """'The parties then signed a plan', told before the meeting: read before the
    meeting was drafted, the document got no signatory; once the article is read,
    the two sides of its meeting (the one of its day, if only one) sign it."""
    for signed in findings.signed:
        if signed.signatories or not _SIDES_SIGNED.search(signed.evidence):
            continue
        meetings = [signed.meeting] if signed.meeting is not None else findings.meetings
        if len(meetings) > 1:
            meetings = [m for m in meetings if m.date == signed.date]
        sides = _two_sides(meetings[0]) if len(meetings) == 1 and meetings[0] else []
        if sides:
            signed.signatories, signed.meeting = sides, meetings[0]


# Verbs that say a meeting or visit ended with a signing.
_ENDED = {"ended", "concluded", "culminated", "closed", "finished", "wrapped", "capped", "crowned"}


def ended(doc: Doc, sent: Span, trigger: Span) -> bool:
    """'The visit ended with the signing of X', 'The ministers ended the meeting by
    signing X': a verb of ending in the trigger's clause, before it."""
    clause = clause_before(doc, sent, trigger)
    if any(t.ent_id_.startswith("sign") for t in clause):
        return False  # 'The talks concluded with signing of X': read once, as 'concluded'
    return any(t.lower_ in _ENDED for t in clause)


# 'in September 2018', 'in 2015' closing the sentence of a signing.
_YEAR_AT_END = re.compile(r"\bin\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\.?\s+)?(\d{4})\W*$")
# What ends the signing's own clause before such a year.
_CLAUSE_BREAK = re.compile(r"[,;:(]|\b(?:which|who|whose|that|when|where|while|as|after|before)\b")


def recalled_at_end(doc: Doc, sent: Span, trigger: Span, year: int) -> bool:
    """'X and Y signed the memorandum ... in January 2015.' told in a later year:
    the sentence ends on an earlier year, so the signing is recalled."""
    after = span_text(doc[trigger.end : sent.end])
    found = _YEAR_AT_END.search(after)
    if found is None or int(found.group(1)) >= year:
        return False
    # The year must date the signing's own clause: '..., which was first held in
    # 2006.' dates another thing.
    return _CLAUSE_BREAK.search(after[: found.start()]) is None


# A document word in the plural: 'signed cooperation agreements with B and C'.
_PLURAL_DOCUMENT = re.compile(
    r"\b(?:agreements|memoranda|memorandums|mous|accords|protocols|arrangements|pacts|deals)\b",
    re.IGNORECASE,
)


def per_partner(findings: Findings) -> None:
    """'A signed cooperation agreements with B and C' (B and C of two other
    countries): one agreement between A and each partner."""
    split: list[Signed] = []
    for signed in findings.signed:
        if len(signed.signatories) < 3 or not _PLURAL_DOCUMENT.search(signed.title):
            split.append(signed)
            continue
        first, *others = signed.signatories
        held = [p.apparent_country for p in others]
        own = first.apparent_country
        if None in held or len(set(held)) != len(held) or own in held:
            split.append(signed)
            continue
        for other in others:
            meeting = next(
                (
                    m
                    for m in findings.meetings
                    if {id(first), id(other)} <= {id(p) for p in m.participants}
                ),
                None,
            )
            split.append(replace(signed, signatories=[first, other], meeting=meeting))
    findings.signed = split
