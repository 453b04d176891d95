"""A signing recalled beside the story (round 17): 'One day earlier, X and Y signed
six deals', 'As a reminder, during the visit earlier this week, A and B signed the
agreement'. The words before the signing verb set it on a day before the story's
(meeting_words.csv's kind ``recalled-signing``): it is not drafted. Words in a
relative clause of their own ('B, who arrived a day earlier, signed') tell of the
clause's subject, not of the signing's day."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .gazetteer import Gazetteer

# A relative clause, to its comma or the signing verb: ', who arrived a day earlier,'.
_OWN_CLAUSE = re.compile(r"\b(?:who|which|whose)\b[^,]*", re.I)


def recalled_signing(gaz: Gazetteer, doc: Doc, sent: Span, trigger: Span) -> bool:
    """Whether the sentence's words before the signing verb, less its relative
    clauses, hold a phrase of kind ``recalled-signing``."""
    lead = _OWN_CLAUSE.sub("", doc[sent.start : trigger.start].text)
    return gaz.speaks_of("recalled-signing", lead)
