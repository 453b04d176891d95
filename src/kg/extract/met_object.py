"""Whether the persons named after a meeting phrase are those met: its object
('met his counterpart B'), not a clause of their own ('A and B met in Minsk to
discuss ..., C said'). Moved out of kg.extract.meetings in session 25, which
added the object after where and when: 'A and B met in Split on Monday with
the Commander of the Ruritanian Guard, Major General C': C was left out of the
meeting of A and B."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attend import LIST_WORDS, TITLE_JOINERS
from .dates import WEEKDAYS
from .findings import TITLE_LABELS
from .placenames import PLACE_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .findings import Mention

# Words of where and when that may stand between 'met' and 'with B'.
_WHERE_WHEN = frozenset({"in", "at", "on", "here", "there", "today", "yesterday", ",", "the"})
_WHERE_WHEN |= frozenset({"also", "jointly", "separately", "later", "earlier", *WEEKDAYS})


def met_object(doc: Doc, trigger: Span, after: list[Mention]) -> bool:
    """Whether the phrase's object is a person named right after it, or after
    'with' past words of where and when only."""
    if not after:
        return False
    between = list(doc[trigger.end : after[0].start])
    withs = [k for k, t in enumerate(between) if t.lower_ == "with"]
    if withs:
        lead, between = between[: withs[-1]], between[withs[-1] + 1 :]
        if not all(_where_or_when(t) for t in lead):
            return False
    return all(
        t.lower_ in LIST_WORDS | TITLE_JOINERS | {"a", "visiting"}
        or t.ent_type_ in TITLE_LABELS
        or t.is_title
        for t in between
    )


def _where_or_when(token: Token) -> bool:
    """A word of where and when: a place's name, read or only capitalised after 'in'
    or 'at' ('in Split': not every town is in the tables)."""
    if token.lower_ in _WHERE_WHEN or token.ent_type_ in PLACE_LABELS:
        return True
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    return token.is_title and before in ("in", "at")
