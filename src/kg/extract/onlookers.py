"""Round 22 (agreements): those who look on at a signing do not sign. A photo
caption or a lede often names the leaders who watch before the ministers who sign:
'President A and his guest B looked on as ministers C and D signed the agreement',
'A witnessed as C and D signed'. The persons named before such a phrase
(meeting_words.csv kind ``onlooker``: 'look on as', 'witnesses as', 'watched as')
are onlookers; only those after it, before the verb, sign."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Mention
    from .gazetteer import Gazetteer


def signers(
    gaz: Gazetteer, doc: Doc, sent: Span, trigger: Span, before: list[Mention]
) -> list[Mention]:
    """The mentions of ``before`` (named before the signing verb) that sign: those
    after the last onlooker phrase between the sentence's start and the verb (a
    mention read across the phrase, 'his counterpart C (left) looks on as D', names
    the one after it)."""
    for i in range(trigger.start - 1, sent.start - 1, -1):
        if gaz.speaks_of("onlooker", doc[i : trigger.start].text):
            end = next(
                k
                for k in range(i + 1, trigger.start + 1)
                if gaz.speaks_of("onlooker", doc[i:k].text)
            )
            return [a for a in before if a.end > end]
    return before
