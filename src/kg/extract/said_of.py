"""Round 24 (persons): a person named only inside what somebody else is reported
to say ('General A said, President B attaches great importance to ...', 'Prime
Minister C understands the situation well, D said.') is named in passing: the
gold of kg extract keeps those who speak and those who take part, not those
they speak of. Only a sentence that tells no event (no meeting, visit or
signing phrase) counts, so 'A said B met C' still gives B's meeting; a person
read in an event elsewhere is kept whatever this says (context.settle)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .absent import by_proxy
from .gazetteer import TRIGGER_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Mention
    from .gazetteer import Gazetteer

# The kinds of mention that can be the one who speaks.
_SPEAKERS = ("person", "pronoun")
# What opens the words said right after the verb ('A said, B ...', 'A said that B
# ...'); 'A said this when B called' tells of B outside the words said.
_OPENERS = {",", "that", ":", '"', "\u201c"}
# What closes the words said right before a verb that opens no clause ('..., said A').
_CLOSERS = {",", '"', "\u201d"}


def aside_or_said(
    gaz: Gazetteer, doc: Doc, sent: Span, mention: Mention, actors: list[Mention]
) -> bool:
    """Whether the mention names its person by proxy (absent.by_proxy) or inside
    another's reported words (``in_speech``)."""
    return by_proxy(gaz, doc, sent, mention, actors) or in_speech(gaz, doc, sent, mention, actors)


def in_speech(
    gaz: Gazetteer, doc: Doc, sent: Span, mention: Mention, actors: list[Mention]
) -> bool:
    """Whether another person of the sentence says what it tells and the mention
    stands in what is said: after 'A said,' or 'A said that', or
    before ', said A' / ', A said' at the end of the clause."""
    if any(t.ent_type_ in TRIGGER_LABELS for t in sent):
        return False
    for other in actors:
        same = any(p is q for p in other.persons for q in mention.persons)
        if other.kind not in _SPEAKERS or same:
            continue
        verb_after = other.end < sent.end and doc[other.end].text in gaz.reporting
        opens = other.end + 1 < sent.end and doc[other.end + 1].lower_ in _OPENERS
        if verb_after and opens and mention.start > other.end:
            return True  # 'General A said, President B attaches ...'
        if mention.end > other.start:
            continue
        # '..., A said.' or '..., said A.': the speaker closes the clause.
        end = other.end + 1 if verb_after else other.end
        closes = end >= sent.end or doc[end].text in (".", ",", ";")
        # ', said A' only: in 'A told B.' and 'A, the X chief, told B.' B is the one
        # told and A the speaker, whose apposition the comma closes (review 25).
        verb_before = (
            other.start - 1 > sent.start
            and doc[other.start - 1].text in gaz.reporting
            and doc[other.start - 2].text in _CLOSERS
            and not any(a.end == other.start - 2 for a in actors)
        )
        if closes and (verb_after or verb_before):
            return True
    return False
