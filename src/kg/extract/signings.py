"""Round 7 (signings): who signed when the sentence names no signatory, partners
introduced by title after 'with', the words between 'signed' and the title, the
date of a document recalled in the same sentence, and 'the signing of X between A
and B'."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .dates import MONTHS, WEEKDAYS
from .documents import DOCUMENT_WORDS, NTH, kind, title_end
from .findings import (
    NATION_LABELS,
    POSSESSIVE,
    TITLE_LABELS,
    Meeting,
    Mention,
    Person,
    Signed,
    span_text,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words that say those who signed are the two sides of a meeting: 'the ministers
# signed', 'the heads of the defence ministries of the two states signed'.
_PLURAL_SUBJECT = {
    "sides",
    "parties",
    "heads",
    "ministers",
    "chiefs",
    "leaders",
    "delegations",
    "counterparts",
    "officials",
    "both",
}
# Words that may stand between 'signed' and the document: 'signed today in Oslo a
# memorandum', 'signed on Tuesday what is called ...'.
_ADVERBS = {"today", "yesterday", "also", "jointly", "formally", "officially", "here"}
# Words between 'with' and a partner's name: 'with Mexican General B', 'with his
# counterpart B'.
_PARTNER_WORDS = {"the", "his", "her", "their", "its", "counterpart", "colleague"} | POSSESSIVE
# A second signing in the sentence: 'have signed X, signed on 1 May 1988': the date
# after it is the older document's.
_SIGNING_WORDS = {"signed", "inked", "concluded"}
# The last word of a document's name: 'agreement(s)', 'memoranda', 'MoU'.
_DOCUMENT_END = r"^(?:" + "|".join(w.split()[-1] for w in DOCUMENT_WORDS) + r")(?:s|a|ums)?$"


def clause_before(doc: Doc, sent: Span, trigger: Span) -> Span:
    """The words of the trigger's clause before it: back to a comma or semicolon,
    else to the sentence's start."""
    for i in range(trigger.start - 1, sent.start - 1, -1):
        if doc[i].text in (",", ";"):
            return doc[i + 1 : trigger.start]
    return doc[sent.start : trigger.start]


def unnamed_signers(
    doc: Doc, sent: Span, trigger: Span, meetings: list[Meeting], pair: tuple[Person, ...]
) -> list[Person]:
    """'The ministers signed', 'Bangladesh and Qatar signed', 'the heads of the
    defence ministries of the two states signed': nobody named, the two sides of the
    latest meeting sign (else the two persons last named together), when they are not
    of one country, and are of the two countries the sentence names if it names two."""
    words = clause_before(doc, sent, trigger)
    countries = list(dict.fromkeys(t.ent_id_ for t in words if t.ent_type_ in NATION_LABELS))
    plural = len(countries) >= 2 or any(
        t.ent_type_ == "GROUP"
        or t.lower_ in _PLURAL_SUBJECT
        or (t.ent_type_ == "POST" and t.lower_.endswith("s"))
        or (t.lower_ == "and" and _acronym(doc[t.i - 1]) and _acronym(doc[t.i + 1]))
        for t in words
    )
    if not plural or len(countries) == 1:
        return []
    candidates: list[Person] = []
    if meetings:
        joined = {id(p) for p, _ in meetings[-1].joined}
        candidates = [p for p in meetings[-1].participants if id(p) not in joined]
    if len(candidates) != 2:
        candidates = list(pair)
    if len(candidates) != 2:
        return []
    held = [p.apparent_country for p in candidates]
    if countries and set(held) != set(countries):
        return []
    if held[0] == held[1] and held[0] is not None:
        return []  # two of one country: not the two sides
    return candidates


def _acronym(token: Token) -> bool:
    """'CDS and CEMA signed': two posts by their initials."""
    return token.is_alpha and token.is_upper and len(token) > 1 and not token.ent_type_


def title_start(doc: Doc, start: int, end: int) -> int:
    """Where the document's title begins after 'signed': past 'today', 'in Oslo',
    'on Tuesday', 'on 3 May' and 'what is being called'."""
    i = start
    while i < end:
        word = doc[i].lower_
        if word in _ADVERBS:
            i += 1
        elif word in ("in", "at") and i + 1 < end and doc[i + 1].ent_type_ == "PLACE":
            i += 2
            while i < end and doc[i].ent_iob_ == "I":
                i += 1
        elif word == "on" and i + 1 < end and doc[i + 1].ent_type_ != "PLACE":
            j = i + 1
            while j < end and (doc[j].like_num or doc[j].is_title or doc[j].text == ","):
                j += 1
            if j == i + 1:
                break
            i = j
        elif word == "what" and i + 3 < end and doc[i + 1].lower_ == "is":
            j = i + 2
            while j < end and doc[j].lower_ in ("being", "now"):
                j += 1
            if j >= end or doc[j].lower_ not in ("called", "described", "termed"):
                break
            i = j + 1
            if i < end and doc[i].lower_ == "as":
                i += 1
        else:
            break
    return i


def partner(doc: Doc, trigger: Span, after: list[Mention]) -> tuple[int, Mention] | None:
    """The first person after 'with' that a signing names, and where 'with' is:
    'signed X with B', 'with Mexican General B', 'with his Korean counterpart B'."""
    for mention in after:
        k = mention.start - 1
        # 'with al-Abbasi': the particle glued to the surname is part of the name (round 13).
        if k - 1 > trigger.end and doc[k].text == "-" and doc[k - 1].text.islower():
            k -= 2
        while k > trigger.end and (
            doc[k].ent_type_ in TITLE_LABELS
            or doc[k].lower_ in _PARTNER_WORDS
            # 'with his counterpart, <post>, General B' (round 22): a comma or
            # semicolon between two parts of the partner's titles.
            or (doc[k].text in (",", ";") and _titled(doc[k - 1]))
        ):
            k -= 1
        if doc[k].lower_ == "with":
            return k, mention
    return None


def title_bounds(
    doc: Doc, sent: Span, trigger: Span, end: int, partners: list[Mention]
) -> tuple[int, int]:
    """Where the signed document's title starts and ends: between the verb and
    'with B' ('signed a memorandum with B'), or after the partners where 'with B'
    follows the verb ('signed with his Canadian counterpart B an agreement on
    defence cooperation'; session 27)."""
    if partners and end == trigger.end:
        start = title_start(doc, partners[-1].end, sent.end)
        return start, title_end(doc, start, sent.end)
    start = title_start(doc, trigger.end, end)
    return start, title_end(doc, start, end)


def _titled(token: Token) -> bool:
    """A title's word or 'counterpart'/'colleague', ending the words before a comma."""
    return token.ent_type_ in TITLE_LABELS or token.lower_ in ("counterpart", "colleague")


def date_words_end(doc: Doc, sent: Span, trigger: Span) -> int:
    """Where the words that may date this signing end: before a second signing of
    the sentence ('signed the protocol to the agreement, signed on 1 May 1988'),
    which dates another document ('..., signed by A and B' is the same one)."""
    for i in range(trigger.end + 1, sent.end):
        if (
            doc[i].lower_ in _SIGNING_WORDS
            and doc[i - 1].text == ","
            and i + 1 < sent.end
            and doc[i + 1].lower_ in ("on", "in", "back")
        ):
            return i
    return sent.end


def between(doc: Doc, trigger: Span, sent: Span, after: list[Mention]) -> tuple[int, list[Mention]]:
    """'the signing of a memorandum between A and his counterpart B': where the
    title stops ('between') and the persons after it."""
    for i in range(trigger.end, sent.end):
        if doc[i].lower_ == "between":
            return i, [a for a in after if a.start > i and a.kind != "group"]
    return sent.end, []


def told_by_countries(signed: list[Signed]) -> list[Signed]:
    """'Canada and Mexico signed an arrangement.' then 'A signed the arrangement
    with B.': one document, the one whose signatories are named; a document with
    none drops when one of its kind has them, signed the same day (or on a day its
    own sentence does not state: a headline)."""
    return [
        d
        for d in signed
        if d.signatories
        or NTH.search(d.title)
        or not any(
            k.signatories and kind(k.title) == kind(d.title) and (k.date == d.date or not d.dated)
            for k in signed
        )
    ]


def named_before(doc: Doc, sent: Span, trigger: Span) -> str:
    """'the MoU signed with B', 'a memorandum (MoU) signed between X and Y': the
    document just before a participle 'signed', from its article on; '' if none."""
    i = trigger.start - 1
    if i < sent.start:
        return ""
    if not (doc[i].text == ")" or doc[i].is_title or doc[i].is_upper) and not re.search(
        _DOCUMENT_END, doc[i].lower_
    ):
        return ""  # 'the document will be signed': no document just before
    for j in range(i, max(sent.start, i - 12) - 1, -1):
        if doc[j].lower_ in ("the", "a", "an", "this", "that"):
            return span_text(doc[j + 1 : trigger.start])
        if doc[j].text in (",", ";", ":") or doc[j].ent_type_ in ("SIGN", "SIGN-PASSIVE"):
            return ""
    return ""


_DATELINE_ENDS = {"\u2014", "\u2013", "--", ")"}


def dateline_end(doc: Doc, sent: Span) -> int:
    """Where a dateline ends: 'OSLO, May 14 \u2014', 'OSLO (Agency - 14 May 2024)':
    it dates the report, not the signing the sentence tells."""
    first = doc[sent.start]
    window = range(sent.start + 1, min(sent.end, sent.start + 20))
    if first.is_upper and first.is_alpha and len(first) > 1:
        return next((i + 1 for i in window if doc[i].text in _DATELINE_ENDS), sent.start)
    # '01 May 2024) The ministers ...': the end of a dateline's bracket, the
    # sentence split inside it.
    close = next((i for i in window if doc[i].text in ("(", ")")), None)
    return close + 1 if close is not None and doc[close].text == ")" else sent.start


# 'weeks after X signed', 'shortly after X signed': a signing before the news.
_BEFORE_THE_NEWS = {"shortly", "soon", "days", "weeks", "months", "years", "comes", "came"}


def signed_before_the_news(doc: Doc, sent: Span, trigger: Span) -> bool:
    """'The visit comes shortly after X signed an agreement with Y', 'weeks after X
    signed': the signing is recalled to date the news by."""
    for i in range(sent.start + 1, trigger.start):
        if doc[i].lower_ == "after" and doc[i - 1].lower_ in _BEFORE_THE_NEWS:
            return not any(doc[j].text in (",", ";") for j in range(i, trigger.start))
    return False


def nested(run: list[Mention], after: list[Mention]) -> list[Mention]:
    """The persons a listed person's mention runs over ('with General A, Secretary
    of Defense and Admiral B': A's apposition read up to B): listed too."""
    inside = [
        a
        for a in after
        if all(a is not r for r in run) and any(r.start < a.start < r.end for r in run)
    ]
    return [*run, *inside]


# 'signed in March 2015', 'signed on 3 May 2019': the year of the signing.
_SIGNED_IN_YEAR = re.compile(
    r"^(?:(?:in|on|back in)\s+(?:\w+\.?\s+){0,2}?(?:\d{1,2},?\s+)?(\d{4})\b"
    r"|(?:\w+\s+){0,3}?(?:last year|a year ago|years ago)\b)",
    re.I,
)
# The words after the verb up to the clause's end: the document signed and when.
# Not into a relative clause of another document ('an agreement that renews one
# signed in 2014').
_CLAUSE_AFTER = re.compile(
    r"^(?:(?!\b(?:that|which|signed|renews?|replaces?)\b)[^,;.:\u2022]){0,120}"
)
_IN_YEAR = re.compile(r"\bin\s+(?:\w+\s+)?(\d{4})\b", re.I)
# 'In 2013, the two ministries signed ...': a year named before the verb.
_YEAR_BEFORE = re.compile(r"\b(?:in|since|back in)\s+(?:\w+\s+)?(\d{4})\b", re.I)


def signed_in_a_year_before(doc: Doc, sent: Span, trigger: Span, year: int) -> bool:
    """Whether the signing is told as one of an earlier year: right after the verb
    ('the memorandum signed in 2015', '... signed last year'), or before it, every
    year named ('Particularly in 2013, the two ministries signed ...')."""
    past = _SIGNED_IN_YEAR.match(span_text(doc[trigger.end : sent.end]))
    if past and int(past.group(1) or 0) < year:
        return True
    # Session 27: or at the end of the document's title ('Since the two armies signed
    # a training memorandum in 2013, exchanges have grown'), in the clause.
    clause = _CLAUSE_AFTER.match(span_text(doc[trigger.end : sent.end]))
    titled = _IN_YEAR.findall(clause.group(0)) if clause else []
    if titled and all(int(y) < year for y in titled):
        return True
    before = _YEAR_BEFORE.findall(span_text(doc[sent.start : trigger.start]))
    return (bool(before) and all(int(y) < year for y in before)) or _year_told_before(
        doc, sent, year
    )


# A sentence's own time words: a year, a month, a weekday, a day said in words.
_OWN_TIME = re.compile(
    r"\b(?:\d{4}|"
    + "|".join([*MONTHS, *WEEKDAYS])
    + r"|today|yesterday|tomorrow|last|ago|earlier|previously)\b",
    re.I,
)
# Words that tie a signing to the event the article reports ('After the talks, the two
# ministers signed ...').
_TIED = re.compile(r"\b(?:talks|meeting|visit|ceremony|consultations)\b", re.I)


def _year_told_before(doc: Doc, sent: Span, year: int) -> bool:
    """Session 26: a signing told with no time of its own right after a sentence of
    the same paragraph set in an earlier year ('The committee's fourth session was
    held in 2019. Both countries signed six agreements.'): that year's, recalled;
    not one tied to the reported event ('After the talks, ... signed')."""
    if _OWN_TIME.search(sent.text) or _TIED.search(sent.text):
        return False
    earlier = [s for s in doc.sents if s.end <= sent.start]
    years = _YEAR_BEFORE.findall(span_text(earlier[-1])) if earlier else []
    return bool(years) and all(int(y) < year for y in years)
