"""Talks held: 'held vice-ministerial defence talks', a form of 'hold' with talks
or a meeting a few words on, where no trigger phrase of the table matches."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# 'will hold talks': not yet held.
NOT_YET = {"will", "to", "would", "shall", "may", "could", "might", "not"}
_HOLD = {"held", "hold", "holds", "holding", "had", "has", "have"}
TALKS = {"talks", "meeting", "meetings", "consultations", "negotiations", "dialogue"}
TALKS |= {"discussions"}


def held_talks(doc: Doc, sent: Span) -> list[Span]:
    """'held vice-ministerial defence talks', 'hold the annual strategic
    dialogue meeting': a form of 'hold' and, a few words on, talks or a meeting."""
    found = []
    for token in sent:
        if token.lower_ not in _HOLD:
            continue
        if token.i > sent.start and doc[token.i - 1].lower_ in NOT_YET:
            continue  # 'will hold talks next week'
        for end in range(token.i + 1, min(token.i + 7, sent.end)):
            word = doc[end]
            if word.lower_ in TALKS:
                found.append(doc[token.i : end + 1])
                break
            stop = word.is_punct and word.text != "-"
            if stop or word.ent_type_ not in ("", "COUNTRY", "DEMONYM") or word.lower_ == "with":
                break
    return found
