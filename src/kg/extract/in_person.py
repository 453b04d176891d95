"""Round 18 (empty drafts): a signing whose sentence says the signatories were
together, though it names no city the tables know: 'signed by A and B at a
ceremony', 'signed on the sidelines of the forum', 'signed during his trip',
'signed at the Military Academy in Magelang'. Its signatories met (the
meeting's place is then the one the rules guess: the dateline's city, a country
of the visit). The words are place_words.csv's kind ``in-person``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .gazetteer import Gazetteer


def in_person(gaz: Gazetteer, sent: Span) -> bool:
    """Whether the sentence has a word of kind ``in-person`` (place_words.csv): a
    ceremony, the sidelines of an event, a trip, a venue ('at the ... Academy',
    'at the ... Palace'). The word is read anywhere in the sentence, not only
    after 'at': a signing sentence that names a venue is told of the venue."""
    return any(gaz.place_words.get(t.lower_) == "in-person" for t in sent)
