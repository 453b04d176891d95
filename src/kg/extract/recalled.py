"""A signing recalled beside the story (round 17): 'One day earlier, X and Y signed
six deals', 'As a reminder, during the visit earlier this week, A and B signed the
agreement'. The words before the signing verb set it on a day before the story's
(meeting_words.csv's kind ``recalled-signing``): it is not drafted."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .gazetteer import Gazetteer


def recalled_signing(gaz: Gazetteer, doc: Doc, sent: Span, trigger: Span) -> bool:
    """Whether the sentence's words before the signing verb hold a phrase of kind
    ``recalled-signing``."""
    return gaz.speaks_of("recalled-signing", doc[sent.start : trigger.start].text)
