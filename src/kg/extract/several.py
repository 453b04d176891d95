"""A visitor who calls on several hosts one by one (round 17, meetings).

Articles about a visit tell of each call in a sentence of its own, often with
the visitor named by a title: "<country>'s Defence Minister also called on
<post> B". The title clause of guests.titled_host may so open with the
possessive of a country; the country itself is checked there as for "the
<adjective> minister". The phrases of such calls that the table lacked
('interacted with', 'held bilateral discussions with') are rows of
extract_phrases.csv."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import NATION_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Token

_POSSESSIVE = {"'s", "\u2019s"}


def owned_title(token: Token) -> bool:
    """Whether the token is the possessive 's after a country's name ("Tajikistan's
    Defence Minister"): part of a title clause."""
    if token.lower_ not in _POSSESSIVE or token.i == 0:
        return False
    return token.doc[token.i - 1].ent_type_ in NATION_LABELS
