"""'Commander': a naval rank ('Commander A B') and the head of a command ('A,
Commander of the Land Forces'). The tables hold it as both; the ruler gives it
the rank (ties.PRECEDENCE, session 14; before, a hash that shifted with the words
around it and the rows of the tables), and here the words beside it settle it
(round 23): before a name it is the rank ('Commander A B'),
unless a body's word stands before it ('Army Commander A B', 'the Force Commander
Lt Gen A'; a demonym is none: 'Norwegian Commander A B' is the rank); anywhere
else ('Commander of the Land Forces') the post."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import NATION_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .gazetteer import Gazetteer

_WORD = "commander"


def _rank(doc: Doc, i: int) -> bool:
    """Whether 'Commander' at ``i`` is the rank: a plain name word (no entity) after
    it, and no capitalised word of a body's name right before it."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    before = doc[i - 1] if i > 0 else None
    named = after is not None and after.is_title and after.is_alpha and not after.ent_type_
    # A demonym is no body's word: 'Norwegian Commander A B' is the rank.
    compound = (
        before is not None
        and before.is_title
        and not before.is_sent_start
        and before.ent_type_ not in NATION_LABELS
    )
    return named and not compound


def settle_commander(gaz: Gazetteer, doc: Doc) -> None:
    """Give each 'Commander' read alone the label the words beside it tell."""
    from spacy.tokens import Span

    post = gaz.post_titles.get(_WORD)
    if post is None:
        return
    ents = list(doc.ents)
    for k, ent in enumerate(ents):
        if len(ent) != 1 or ent.root.lower_ != _WORD or ent.label_ not in ("POST", "RANK"):
            continue
        label = "RANK" if _rank(doc, ent.start) else "POST"
        if label == ent.label_:
            continue
        span = Span(doc, ent.start, ent.end, label=label)
        span.id_ = str(post) if label == "POST" else _WORD
        ents[k] = span
    doc.ents = ents
