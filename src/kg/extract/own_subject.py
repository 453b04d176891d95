"""Round 25 rules (participants): whom 'he' or 'she' stands for when the same
sentence named someone before it.

Until round 25 a pronoun stood for the subject of an earlier sentence (round 14,
kg.extract.subjects). A sentence that names one person and then goes on with a
pronoun ('Later the Freedonian general toured the academy, where he was received
by Colonel B'; 'The Ruritanian minister is in Oslo on a visit, and on Monday he
also met C') speaks of that person: the earlier sentence's subject is often the
host of another meeting, and pairing him with the new host drafted a meeting of
the two hosts.

Only where the sentence names exactly one person (or a title standing for one)
before the pronoun, no phrase of an event stands before that person ('After
meeting A, he ...': A is the one met), and no quotation mark stands before the
pronoun ('"A is a friend," he said' speaks of the speaker).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import TRIGGER_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Mention, Person, ReaderState

_QUOTES = {'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"}


def own_subject(
    doc: Doc, sent: Span, pronoun: Span, actors: list[Mention], state: ReaderState
) -> Person | None:
    """Whom the pronoun stands for: the one person the sentence names before it,
    else the subject of an earlier sentence (round 14)."""
    return _named_before(doc, sent, pronoun, actors) or state.subject


def _named_before(doc: Doc, sent: Span, pronoun: Span, actors: list[Mention]) -> Person | None:
    """The one person the sentence names before its pronoun, if that is who the
    pronoun stands for."""
    named = [a for a in actors if a.end <= pronoun.start and a.kind in ("person", "reference")]
    if len(named) != 1 or len(named[0].persons) != 1:
        return None
    first = named[0]
    if any(t.text in _QUOTES for t in doc[sent.start : pronoun.start]):
        return None
    if any(t.ent_type_ in TRIGGER_LABELS for t in doc[sent.start : first.start]):
        return None
    return first.persons[0]
