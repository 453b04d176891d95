"""What the sentences around a meeting's own tell of it (round 5, meets2): the day
(and, round 6, the city) an earlier sentence gave the visit, and 'here', the city
the article is filed from."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

from .dates import earlier_date, event_date, signing_date, stay_start
from .findings import span_text
from .span_day import span_day

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Meeting, Signed
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


def year_before(date: str) -> str:
    """The day a year before the date (ISO): an earlier day is one a report recalls."""
    return f"{int(date[:4]) - 1:04d}{date[4:]}"


# A page's stamp of its own day ('By A B Posted : November 17, 2024, 10:04 Updated :
# ...'; session 24).
_STAMP = re.compile(r"\b(?:Posted|Updated|Published|Last updated)\s*(?:on\s*)?:", re.I)
# Where a report was made, between its verb and its day ('confirmed in a statement
# yesterday', session 24).
_MEDIUM = re.compile(
    r"\s+in (?:a|an|its|the|his|her|their) (?:[\w-]+ )?"
    r"(?:statement|release|communiqu\w+|briefing|interview|post)$",
    re.I,
)


def signing_stated(gaz: Gazetteer, text: str, date: str) -> tuple[str, str] | None:
    """The day a signing's sentence states for it (``dates.signing_date``), but not
    the article's own day as that of the report ('India and Uzbekistan inked three
    pacts after the ministers' meeting, the ministry said on Sunday'): the signing
    is then dated as one that names no day, by its meeting (session 27)."""
    stated = signing_date(gaz, text, date)
    if stated and stated[0] == date and reported_day(gaz, text, stated[1]):
        return None
    return stated


def reported_day(gaz: Gazetteer, text: str, words: str) -> bool:
    """Whether the day a sentence states follows a reporting verb ('X received
    Y, the agency reported on Friday', 'officials said Tuesday'), or such a verb
    and its subject after it ('said officials on Thursday', meeting_words.csv kind
    ``reporter``, session 35): the day of the report, not of what it reports
    (round 10, dates)."""
    before = _MEDIUM.sub("", text[: text.find(words)].rstrip())
    lead = [w.strip(",").lower() for w in before.split()]
    if lead and lead[-1] in ("late", "early", "earlier"):
        lead.pop()
    if len(lead) > 1 and gaz.meeting_words.get(lead[-1]) == "reporter":
        lead.pop()
    return bool(lead) and lead[-1] in gaz.reporting


def own_date(gaz: Gazetteer, text: str, date: str) -> tuple[str, str] | None:
    """The day a meeting's sentence states for it: not the day of an arrival it
    tells in passing ('A, who arrived in Tehran on Saturday, met B': the meeting
    is dated as one that names no day, round 7, unless a day after the arrival's
    is stated, round 20); nor a day more than a year before the article's, which
    a news report recalls."""
    stated = event_date(text, date)
    if stated is None or stated[1] not in text:
        return stated
    if stated[0] < year_before(date):
        return None  # '... the agreement signed on December 1, 1988': recalled
    at = text.find(stated[1])
    lead = " ".join(text[:at].split()[-_ARRIVAL_WORDS:])
    if (gaz.speaks_of("stay", lead) and gaz.speaks_of("meeting", text[at:])) or stay_start(
        gaz, lead
    ):
        # 'on a visit beginning yesterday, A and B met' (round 20, dates); 'A, who
        # arrived on Tuesday, called on B on Wednesday': a day after the stay's.
        later = own_date(gaz, text[at + len(stated[1]) :], date)
        return later if later is not None and later[0] <= date else None
    return stated


# The opening paragraphs, and how far before the article's day their day may lie.
_LEAD_PARAGRAPHS = 4
_LEAD_WITHIN = 7
# A line shorter than this is a date line, not a sentence of what happened.
_LEAD_WORDS = 8


def lead_date(gaz: Gazetteer, docs: list[Doc], date: str) -> tuple[str, str] | None:
    """The day the article's opening paragraphs first state for what it reports ('X
    on Monday continued his visit ...'), up to a week before the article's day: the
    day of a meeting told later with no day of its own (round 7). Not a day to come.
    A span of days they give dates it by its first day (round 25), and so does an
    arrival's day, the first of the visit (session 23; before, an arrival's day was
    skipped and such a meeting took the article's day)."""
    if (spanned := span_day(docs, date)) is not None:
        return spanned
    day = datetime.date.fromisoformat(date)
    for doc in docs[:_LEAD_PARAGRAPHS]:
        for sent in doc.sents:
            text = span_text(sent)
            if len(text.split()) < _LEAD_WORDS or _STAMP.search(text):
                continue  # 'Publication date 28.2.2025 13.20': the article's own day
            if gaz.speaks_of("future", text):
                continue
            stated = event_date(text, date)
            if stated is None or reported_day(gaz, text, stated[1]):
                continue
            back = (day - datetime.date.fromisoformat(stated[0])).days
            return stated if 0 <= back <= _LEAD_WITHIN else None
    return None


# How many days before the article's day a signing's day may date its meeting.
_SIGNED_WITHIN = 7
# 'a visit from Thursday till Sunday': the day a span of days starts from.
_SPAN_AFTER = re.compile(r"^\s*(?:till|until|to|through|-|\u2013)\s", re.I)


def _own_day(gaz: Gazetteer, meeting: Meeting) -> bool:
    """Whether a meeting's sentence states its day: not the day of a stay it tells
    ('arrived on Monday', 'a visit from Thursday till Sunday')."""
    words = meeting.date_words
    at = meeting.evidence.find(words) if words else -1
    if at < 0:
        return False
    span = meeting.evidence[at - 5 : at].lower().endswith("from ") and _SPAN_AFTER.match(
        meeting.evidence[at + len(words) :]
    )
    return not span and not gaz.speaks_of("stay", meeting.evidence)


def _within(day: str, date: str) -> bool:
    back = (datetime.date.fromisoformat(date) - datetime.date.fromisoformat(day)).days
    return 0 <= back <= _SIGNED_WITHIN


def meeting_day(signed: Signed, meetings: list[Meeting], date: str) -> None:
    """A document whose signing names no day ('A and B signed an MoU.'), dated by
    the article, is signed on the day a meeting of its signatories states ('A
    received B on June 12', 'visited Seoul for the talks on Tuesday. In a ceremony
    A and B signed ...'), up to a week before the article's: where it was signed
    (round 10, dates). Not where their meetings fall on different days. A signing
    that names no signatory ('India and Uzbekistan inked three pacts after the
    ministers' meeting') is dated so by the article's meetings, all on one stated
    day (session 27)."""
    ids = {id(p) for p in signed.signatories}
    theirs = [
        m
        for m in meetings
        if (not ids or ids <= m.ids() | {id(p) for p, _ in m.joined})
        and m.date_words
        and m.date_words in m.evidence
        and _within(m.date, date)
    ]
    if not ids and len(theirs) < len(meetings):
        return  # a meeting dated by the article only may be the signing's
    if len({m.date for m in theirs}) == 1 and theirs[0].date != signed.date:
        signed.date, signed.dated = theirs[0].date, True
        signed.meeting = signed.meeting or theirs[0]


def reported_then_held(gaz: Gazetteer, meeting: Meeting, docs: list[Doc], date: str) -> None:
    """A meeting whose sentence states only the day of its report ('A received B,
    the agency reported on Friday') takes the day the next sentence states for a
    meeting held ('The meeting took place on Thursday, July
    18.') (round 10, dates)."""
    words, text = meeting.date_words, meeting.evidence
    if not words or words not in text or not reported_day(gaz, text, words):
        return
    sentences = [span_text(s) for d in docs for s in d.sents]
    if text not in sentences[:-1]:
        return
    after = sentences[sentences.index(text) + 1]
    if gaz.speaks_of("meeting", after) and not gaz.speaks_of("future", after):
        stated = own_date(gaz, after, date)
        if stated is not None and not reported_day(gaz, after, stated[1]):
            meeting.date, meeting.date_words = stated


_SIGNING = re.compile(r"\b(?:signing|exchange ceremony)\b", re.I)


def ceremony_day(gaz: Gazetteer, signed: Signed, docs: list[Doc], date: str) -> None:
    """A document whose signing names no day, dated by the article, is signed on the
    day a later sentence states for 'the signing' ('Speaking at the signing ceremony
    on Tuesday, A said ...') or, where documents were exchanged, for 'the exchange
    ceremony' (session 17), up to a week before the article's (round 10, dates)."""
    if signed.dated:
        return
    sentences = [span_text(s) for d in docs for s in d.sents]
    at = next((k for k, text in enumerate(sentences) if text == signed.evidence), None)
    for text in sentences[at + 1 :] if at is not None else []:
        if not _SIGNING.search(text):
            continue
        stated = own_date(gaz, text, date)
        if stated is not None and _within(stated[0], date):
            signed.date, signed.dated = stated[0], True
        return
    if signed.meeting is None and signed.date == date and (lead := lead_date(gaz, docs, date)):
        # Signed at no meeting read, on no day told: on the day the opening gives,
        # a visit's first (session 24), as a meeting with no day of its own is.
        signed.date = lead[0]


def signing_day(gaz: Gazetteer, signed: Signed, meetings: list[Meeting], date: str) -> None:
    """The day a signing states dates the meeting at which it was signed when the
    meeting's own sentence names no day of its own ('A hosted B in London.' then
    'A and B signed a letter of intent on Saturday'): the meeting was dated by the
    article, a day told elsewhere or a stay's (round 10, dates). Only a day up to a
    week before the article's, not a recalled one. A meeting of just the signatories
    told apart from the signing is where it was signed."""
    if not signed.dated:
        meeting_day(signed, meetings, date)
        return
    meeting = signed.meeting or next(
        # 'A and B signed on Sunday ...', then 'The signing took place at their
        # meeting in Singapore': the meeting of just the signatories.
        (
            m
            for m in meetings
            if len(m.ids()) >= 2 and m.ids() == {id(p) for p in signed.signatories}
        ),
        None,
    )
    if meeting is None or not signed.dated or not signed.date or signed.date == meeting.date:
        return
    if _own_day(gaz, meeting):
        return
    if _within(signed.date, date):
        meeting.date, meeting.date_words = signed.date, signed.evidence
        signed.meeting = meeting


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
