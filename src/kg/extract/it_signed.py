"""Round 16 (agreements): 'It was signed on <day> by A and B' names its document
only by the pronoun; the document is the one the sentence just before names ('This
memorandum is meant to ...', 'X and Y have signed an agreement ...')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .documents import documents
from .findings import span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# The pronouns that may stand for the document before a passive 'was signed'.
_PRONOUNS = {"it", "this", "which"}
_AUX = {"was", "were", "has", "been", "also", "then", "later", "finally"}


def titles_before(doc: Doc, sent: Span, trigger: Span) -> list[tuple[str, str]]:
    """The titles of the sentence before when the passive signing's subject is a
    pronoun ('It was signed by ...'); empty otherwise."""
    if doc[trigger.start].lower_ == "signing":
        return noun_titles(doc, sent, trigger)
    i = trigger.start - 1
    while i >= sent.start and doc[i].lower_ in _AUX:
        i -= 1
    if i < sent.start or doc[i].lower_ not in _PRONOUNS:
        return []
    if i > sent.start and doc[i - 1].is_alpha:
        return []  # '... and it was signed': the clause's own subject is elsewhere
    earlier = [s for s in doc.sents if s.end <= sent.start]
    return documents(span_text(earlier[-1])) if earlier else []


def noun_titles(doc: Doc, sent: Span, trigger: Span) -> list[tuple[str, str]]:
    """Round 25: 'ended with the signing by A and B of the agreement on X' names its
    document after the signatories, from the first 'of' after them to the clause's
    end."""
    of = next((t.i for t in doc[trigger.end : sent.end] if t.lower_ == "of"), None)
    if of is None:
        return []
    end = next((t.i for t in doc[of : sent.end] if t.text in (",", ";")), sent.end)
    return documents(span_text(doc[of + 1 : end]))
