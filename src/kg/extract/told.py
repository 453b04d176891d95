"""What the sentences around a meeting's own tell of it (round 5, meets2): the day
(and, round 6, the city) an earlier sentence gave the visit, and 'here', the city
the article is filed from."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .dates import earlier_date, event_date
from .findings import span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .gazetteer import Gazetteer

_QUOTES = ('"', "\u201c", "\u201d")


def told_date(
    gaz: Gazetteer, docs: list[Doc], doc: Doc, sent: Span, date: str
) -> tuple[str, str] | None:
    """The day of a meeting whose sentence names none, from the nearest earlier
    sentence of its paragraph that speaks of a meeting held and states a day ('On
    8 May the dialogue was held in Oslo. A, B and C attended.'); for a sentence that
    opens its paragraph, from the paragraph before ('A met B on Tuesday.' then 'The
    meeting took place alongside ...'). Not from a sentence about an arrival
    ('arrived on Monday for a two-day visit'): that dates the stay's start."""
    if gaz.speaks_of("same-day", sent.text):
        # 'A arrived on Saturday. Later in the day, the two held talks' (round 6):
        # the nearest day stated in its paragraph or the one before.
        k = next(i for i, d in enumerate(docs) if d is doc)
        before = list(docs[k - 1].sents) if k > 0 else []
        own = [s for s in doc.sents if s.end <= sent.start]
        return earlier_date([span_text(s) for s in before + own], date)
    return earlier_date([span_text(s) for s in told_sentences(gaz, docs, doc, sent)], date)


# How many words before a day an arrival's word makes it the arrival's day.
_ARRIVAL_WORDS = 6


def _year_before(date: str) -> str:
    return f"{int(date[:4]) - 1:04d}{date[4:]}"


def own_date(gaz: Gazetteer, text: str, date: str) -> tuple[str, str] | None:
    """The day a meeting's sentence states for it: not the day of an arrival it
    tells in passing ('A, who arrived in Tehran on Saturday, met B': the meeting
    is dated as one that names no day; round 7); nor a day more than a year before
    the article's, which a news report recalls."""
    stated = event_date(text, date)
    if stated is None or stated[1] not in text:
        return stated
    if stated[0] < _year_before(date):
        return None  # '... the agreement signed on December 1, 1988': recalled
    at = text.find(stated[1])
    lead = " ".join(text[:at].split()[-_ARRIVAL_WORDS:])
    if gaz.speaks_of("stay", lead) and gaz.speaks_of("meeting", text[at:]):
        return None
    return stated


# The opening paragraphs, and how far before the article's day their day may lie.
_LEAD_PARAGRAPHS = 4
_LEAD_WITHIN = 7
# A line shorter than this is a date line, not a sentence of what happened.
_LEAD_WORDS = 8


def lead_date(gaz: Gazetteer, docs: list[Doc], date: str) -> tuple[str, str] | None:
    """The day the article's opening paragraphs first state for what it reports ('X
    on Monday continued his visit ...'), up to a week before the article's day: the
    day of a meeting told later with no day of its own (round 7). Not a day to come
    nor an arrival's."""
    day = datetime.date.fromisoformat(date)
    for doc in docs[:_LEAD_PARAGRAPHS]:
        for sent in doc.sents:
            text = span_text(sent)
            if len(text.split()) < _LEAD_WORDS:
                continue  # 'Publication date 28.2.2025 13.20': the article's own day
            if gaz.speaks_of("future", text) or gaz.speaks_of("stay", text):
                continue
            stated = event_date(text, date)
            if stated is None:
                continue
            back = (day - datetime.date.fromisoformat(stated[0])).days
            return stated if 0 <= back <= _LEAD_WITHIN else None
    return None


def _earlier(docs: list[Doc], doc: Doc, sent: Span) -> list[Span]:
    earlier = [s for s in doc.sents if s.end <= sent.start]
    k = next(i for i, d in enumerate(docs) if d is doc)
    return earlier if earlier or k == 0 else list(docs[k - 1].sents)


def told_sentences(gaz: Gazetteer, docs: list[Doc], doc: Doc, sent: Span) -> list[Span]:
    """The earlier sentences of the meeting's paragraph (of the paragraph before,
    for one that opens its paragraph) that speak of a meeting held, not of one to
    come nor of an arrival."""
    return [
        s
        for s in _earlier(docs, doc, sent)
        if gaz.speaks_of("meeting", s.text)
        and not gaz.speaks_of("future", s.text)
        and not gaz.speaks_of("stay", s.text)
    ]


def said_here(doc: Doc, sent: Span) -> bool:
    """Whether the sentence says 'here' outside a quotation ('A met B here on
    Tuesday'): where the article is filed."""
    quotes = 0
    for token in doc[sent.start : sent.end]:
        quotes += sum(token.text.count(q) for q in _QUOTES)
        if token.lower_ == "here" and quotes % 2 == 0:
            return True
    return False
