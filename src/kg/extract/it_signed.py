"""Round 16 (agreements): 'It was signed on <day> by A and B' names its document
only by the pronoun; the document is the one the sentence just before names ('This
memorandum is meant to ...', 'X and Y have signed an agreement ...'). Session 39:
'The treaty, <an aside>, was signed by A and B' names it before the aside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .documents import document_word, documents, title_end
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
    end: the 'of' right before the first document's noun, past the signatories'
    titles ('Minister of Defence A'; review 25), else the first."""
    ofs = [t.i for t in doc[trigger.end : sent.end] if t.lower_ == "of"]
    noun = next((t.i for t in doc[trigger.end : sent.end] if document_word(t.text)), None)
    before = [i for i in ofs if noun is not None and i < noun]
    of = before[-1] if before else next(iter(ofs), None)
    if of is None:
        return []
    end = next((t.i for t in doc[of : sent.end] if t.text in (",", ";")), sent.end)
    # Up to 'in Strelsau', 'on Monday' and less the full stop, as events.py reads one.
    end = title_end(doc, of + 1, end)
    while end > of + 1 and doc[end - 1].is_punct:
        end -= 1
    return documents(span_text(doc[of + 1 : end]))


def before_aside(doc: Doc, sent: Span, start: int, trigger: Span) -> list[tuple[str, str]]:
    """The titles of a passive signing's subject set off from its verb by an aside
    ('The treaty, the first of its kind, was signed by A and B'; session 39), where
    the clause read for its title (from ``start``) is empty: the nearest words
    between two commas, or before the first, that name a document."""
    if start != trigger.start:
        return []
    commas = [i for i in range(sent.start, start - 1) if doc[i].text == ","]
    # The aside may hold commas of its own ('similar to those signed with A, B and C').
    for k in range(len(commas) - 1, -1, -1):
        first = commas[k - 1] + 1 if k else sent.start
        if titles := documents(span_text(doc[first : commas[k]])):
            return titles
    return []
