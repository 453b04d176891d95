"""A name after a title the tables leave open (round 20): 'the Italian Chief of
Staff, A B, met ...', 'the head of the agency, A B.' The title names no post the
tables know, but the words after it are still a person's name."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from . import names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def holder(start: int, end: int) -> bool:
    """Whether the name at ``start:end`` after an open title is a person's: two
    words or more (one word may be a place or a body the title runs on into)."""
    return end - start >= 2


def lower(doc: Doc, ent: Span, words: Mapping[str, str]) -> bool:
    """Whether a post title written in lower case ('defense Minister', 'the chief
    of staff') is followed right away by a name of two words or more: 'Greek
    defense Minister A B is visiting ...'. A name of one word after a lower-case
    title is left to the rules for references ('the minister Monday')."""
    limit = ent.sent.end
    return ent.label_ == "POST" and names.name_end(doc, ent.end, limit, words) - ent.end >= 2
