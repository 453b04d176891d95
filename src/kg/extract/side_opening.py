"""A sentence that opens by naming a side (session 31): 'On the Japanese side,
remarks were delivered by Vice-Minister A, with B, Director-General of ...', 'From
the Brazilian side, C and D took part'. Every post it introduces without a country
of its own is that side's, however far from the opening the name stands: the comma
after the opening ends no clause of whose side the persons are on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import NATION_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Span

# The words before the side's demonym, and the word after it.
_OPENINGS = (("on", "the"), ("from", "the"), ("for", "the"))
_SIDE = "side"


def side_country(sent: Span) -> str | None:
    """The country of the side a sentence opens with, else None."""
    words = list(sent[:5])
    if len(words) < 4 or words[3].lower_ != _SIDE:
        return None
    opening = (words[0].lower_, words[1].lower_)
    nation = words[2]
    if opening not in _OPENINGS or nation.ent_type_ not in NATION_LABELS:
        return None
    return nation.ent_id_ or None
