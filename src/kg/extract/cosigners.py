"""Round 11 (signings): a signatory named in the signing's own list of two whom
the person rules did not read, because a title they do not take stands before the
name ('A and his Ruritanian colleague B C signed', 'Ruritanian defence minister
B C and ... signed', 'signed by A and Secretary B C at ...'). The list of the
signing is the evidence: a name there, after a title word, signs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import names, onlookers
from .findings import TITLE_LABELS, Mention, span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .people import PersonRules

# Lower-case words of a title that is not an entity: 'his Ruritanian colleague'.
_TITLE_WORDS = {"counterpart", "colleague", "his", "her", "their", "the"}
# Where a passive signing's list of signatories may stop after a name.
LIST_ENDS = {",", ".", ";", "at", "in", "on", "during", "after", "before", "with", "\u2014"}
_LONGEST_NAME = 5
_TITLE_SPAN = 10


def name_like(token: Token) -> bool:
    if token.ent_type_:
        return False
    return token.is_title or bool(names.DOTTED_INITIAL.match(token.text)) or token.text == "-"


def _run_before(doc: Doc, end: int, limit: int) -> int:
    """Where a run of name-like words that ends at ``end`` starts (``end`` if none)."""
    j = end
    while j > limit and end - j < _LONGEST_NAME and name_like(doc[j - 1]):
        j -= 1
    while j < end and doc[j].text == "-":
        j += 1
    return j


def _titled(doc: Doc, start: int, end: int) -> bool:
    """Whether the words before a name hold a title: an entity of a title, or
    'counterpart', 'colleague'."""
    return any(
        doc[i].ent_type_ in TITLE_LABELS or doc[i].lower_ in ("counterpart", "colleague")
        for i in range(max(start, end - _TITLE_SPAN), end)
    )


def covered(mentions: list[Mention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def new_mention(
    reader: PersonRules, doc: Doc, sent: Span, left: int, start: int, end: int
) -> Mention | None:
    """The person named at ``start:end`` after the title at ``left:start``."""
    # 'Defence and Veteran Affairs B C': the name starts after the body's words.
    start = next(
        (
            s
            for s in range(start, end - 1)
            if names.name_end(doc, s, end, reader.gaz.name_words) == end
        ),
        end,
    )
    if end - start < 2:
        return None
    name = span_text(doc[start:end])
    cues = reader.cues(doc, left, start)
    person = reader.find(name)
    if person is None:
        person = reader.person(
            name,
            span_text(doc[left:end]),
            "a signatory named in the signing's list after a title",
            post=cues.get("post"),
            country=cues.get("country"),
            nearby=reader.nearby(doc, sent, left),
        )
    return Mention(start, end, [person])


def active(
    reader: PersonRules, doc: Doc, sent: Span, trigger: Span, before: list[Mention]
) -> list[Mention]:
    """'A and his Ruritanian colleague B C signed', 'Ruritanian defence minister B
    C and Utopian defence minister D E signed': the names of the two conjuncts just
    before the verb that no mention covers."""
    before = onlookers.signers(reader.gaz, doc, sent, trigger, before)  # round 22
    end = trigger.start
    if end > sent.start and doc[end - 1].text == ",":
        end -= 1  # '..., Ministry of Defence of X, B C, signed'
    ands = [i for i in range(sent.start, end) if doc[i].lower_ == "and"]
    if not ands:
        return before
    k = ands[-1]
    found: list[Mention] = []
    start = _run_before(doc, end, k + 1)
    persons = [m for m in before if m.kind == "person"]
    if start < end and not covered(before, start, end):
        named_first = any(m.end <= k and k - m.end < _TITLE_SPAN for m in persons)
        if named_first or _titled(doc, k + 1, start):
            mention = new_mention(reader, doc, sent, k + 1, start, end)
            found += [mention] if mention is not None else []
    first = _run_before(doc, k, sent.start)
    if found and first < k and not covered(before, first, k) and _titled(doc, sent.start, first):
        left = max(sent.start, first - _TITLE_SPAN)
        mention = new_mention(reader, doc, sent, left, first, k)
        found += [mention] if mention is not None else []
    return sorted([*before, *found], key=lambda m: m.start) if found else before


def passive(
    reader: PersonRules, doc: Doc, sent: Span, trigger: Span, after: list[Mention], stop: int
) -> list[Mention]:
    """'signed by A and Secretary B C at ...', 'signed by Utopia's minister of
    defence D E and his Ruritanian counterpart A': the conjunct of the list after
    'by' that no mention covers."""
    listed = [m for m in after if m.start < stop]
    persons = [m for m in listed if m.kind == "person"]
    if len(persons) != 1:
        return after
    one = persons[0]
    found: list[Mention] = []
    if one.end < stop and doc[one.end].lower_ == "and":
        # 'A and Secretary B C': the name after the title words.
        k = one.end
        j = k + 1
        while j < stop and j - k <= _TITLE_SPAN and not name_like(doc[j]):
            j += 1
        while j < stop and j - k <= _TITLE_SPAN and doc[j].ent_type_ in TITLE_LABELS:
            j += 1
        if j < stop and name_like(doc[j]):
            # 'Secretary B C': a title word the entities do not hold may open it.
            ends = [(names.name_end(doc, s, stop, reader.gaz.name_words), s) for s in (j, j + 1)]
            end, j = next(((e, s) for e, s in ends if e > s + 1), (j, j))
            closed = end > j and (end >= sent.end or doc[end].lower_ in LIST_ENDS)
            if closed and not covered(after, j, end):
                mention = new_mention(reader, doc, sent, k + 1, j, end)
                found += [mention] if mention is not None else []
    else:
        # 'D E and his Ruritanian counterpart A': the name before 'and'.
        window = range(max(trigger.end, one.start - _TITLE_SPAN // 2), one.start)
        k = max((i for i in window if doc[i].lower_ == "and"), default=-1)
        first = _run_before(doc, k, trigger.end) if k > 0 else k
        if first < k and _titled(doc, trigger.end, first) and not covered(after, first, k):
            mention = new_mention(reader, doc, sent, trigger.end, first, k)
            found += [mention] if mention is not None else []
    return sorted([*after, *found], key=lambda m: m.start) if found else after


# Words that open a clause of its own after a passive signing's signatories.
_CLAUSE_OPENERS = {"during", "after", "before", "following"}


_RELATIVES = {"which", "who", "whom", "whose"}


def aside_of(sent: Span, trigger: Span, after: list[Mention] | None = None) -> int:
    """Where a passive signing's signatories stop: 'signed by A, accompanied by B',
    'in the presence of B': B does not sign (round 7); 'inked by A and B during the
    former's courtesy call to President C': nor does C (session 32)."""
    aside = [e.start for e in sent.ents if e.ent_id_ == "joined-by" and e.start >= trigger.end]
    persons = [m for m in after or [] if m.kind == "person"]
    if persons:
        doc = sent.doc
        aside += [i for i in range(persons[0].end, sent.end) if doc[i].lower_ in _CLAUSE_OPENERS]
        # 'was signed at the summit which was hosted by A': A hosted, and the
        # signatories are not named (session 39).
        lead = range(trigger.end, persons[0].start)
        aside += [i for i in lead if doc[i].lower_ in _RELATIVES]
    return min(aside, default=sent.end)


def witnessed(doc: Doc, sent: Span, before: list[Mention]) -> list[Mention]:
    """The persons named before a signing less those of a clause that opens 'In the
    presence of' ('In the presence of A, B and C signed ...': A witnessed; session
    17), which ends at its comma."""
    kept = []
    for mention in before:
        lead = doc[sent.start : mention.start]
        presence = max((t.i for t in lead if t.lower_ == "presence"), default=None)
        if presence is not None and not any(t.text == "," for t in doc[presence : mention.start]):
            continue
        kept.append(mention)
    return kept
