"""A place a meeting spoke of, not where it was (round 7): 'discussed the crisis in
Yemen', 'the situation in the Sahel region', 'security in the Gulf'. A place right
after 'in' after a word of the topics of talks (meeting_words.csv, kind 'topic')
places no meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .gazetteer import Gazetteer


def spoken_of(gaz: Gazetteer, doc: Doc, ent: Span) -> bool:
    """Whether the place follows '<topic> in (the)': the talks were about it."""
    i = ent.start - 1
    if i > 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "in":
        return False
    return gaz.speaks_of("topic", doc[i - 1].text) and doc[i - 1].text.islower()
