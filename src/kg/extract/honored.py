"""Round 12 (persons): the post of a name opened by an honorific after a long
title ('the Ruritanian Ambassador in Exampleton H.E. A B', 'State Secretary in the
Ministry of Defence of Ruritania H E A B'). The honorific's rule (round 10) read
the person but not the title, so its country was lost: the title before the
honorific, over capitalised words, 'of', 'in', 'to', 'the', places and countries,
gives the post, which then takes the country named in it (not one after 'in' or
'to', where the holder serves) or the context's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import POSSESSIVE
from .gazetteer import TRIGGER_LABELS, PostTitle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .gazetteer import Gazetteer

# Words that join a title's words ('State Secretary in the Ministry of Defence of').
_JOINERS = {"of", "in", "to", "the", "for", "and", "&"} | POSSESSIVE
# How far back a title may start.
_REACH = 12


def title_before(gaz: Gazetteer, doc: Doc, sent: Span, start: int) -> PostTitle | None:
    """The post of the title that runs up to the honorific at ``start``, if one
    does: the nearest post named, with only a title's words between it and the
    honorific (no comma, verb of meeting, rank or other name)."""
    i = start - 1
    while i >= max(sent.start, start - _REACH):
        token = doc[i]
        if token.ent_type_ == "POST" and token.ent_iob_ == "B":
            post = gaz.posts[int(token.ent_id_)]
            return post if post.post else None
        if token.ent_type_ == "RANK" or token.ent_type_ in TRIGGER_LABELS:
            return None
        if token.lower_ == "and" and i + 1 < start and doc[i + 1].ent_type_ != "POST":
            return None  # 'A and the Ambassador H.E. B': 'and' only inside a title
        titled = token.is_title or token.is_upper or token.ent_type_ in ("POST", "COUNTRY")
        if token.lower_ not in _JOINERS and not titled and not token.ent_type_:
            return None
        if token.text in (",", ";", ":", "(", ")"):
            return None
        i -= 1
    return None
