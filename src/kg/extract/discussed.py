"""'A and B discussed the ties' (round 25): two persons named together as the
subject of 'discussed', in a sentence with no verb of meeting, met, as 'A and B
held talks' says. Not 'A said he discussed ...' (one person), nor a pair of one
country, nor a pair of whom either already met somebody else in the article: 'A
met B and C. The embassy said A and C discussed ...' retells that meeting.

Also the second of two bare names that open a sentence before such a verb ('A B
and C D discussed', 'A B and C D met'): a person, as the first one is; round 4's
rule read only a name that opens the sentence itself.

Session 24: 'A discussed <topic> with B' is a meeting as 'A discussed with B' is
(``discussed_with``).

Session 26: the pair may also have 'reaffirmed', 'reviewed', 'exchanged' (views),
'explored', 'expressed', 'stressed', 'emphasized' or 'underscored' something
together, as the reports of talks write; not 'agreed', which a statement or a
call may tell as well (a guessed meeting, kg.extract.guess, stays the reading)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .attend import coordinated
from .dates import WEEKDAYS
from .names import is_name
from .pairs import distinct
from .time_lead import after_time_lead

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Span, Token

    from .findings import Meeting, Mention

_VERBS = {"discussed", "reaffirmed", "reviewed", "exchanged", "explored", "expressed"}
_VERBS |= {"stressed", "emphasized", "emphasised", "underscored"}
# Words that may stand between the pair and the verb: 'A and B on Thursday also
# discussed', 'A and B "discussed ...', 'A and B have discussed'.
_BETWEEN = {"also", "on", "today", "yesterday", "have", "had", "jointly", '"', "\u201c"}


def _gap(tokens: list[Token]) -> bool:
    return len(tokens) <= 3 and all(t.lower_ in _BETWEEN or t.lower_ in WEEKDAYS for t in tokens)


# Session 27: 'A and his counterpart, B, declared at a meeting in Helsinki',
# 'In their meeting, A and B shared the view': any verb of the pair, where the
# sentence itself names the meeting they held.
_AT_MEETING = re.compile(
    r"\b(?:at|during|in) (?:a|the|their|this|that) (?:[\w-]+ ){0,2}(?:meeting|talks)\b", re.I
)


def _past_form(token: Token) -> bool:
    """A lower-case past form ('declared', 'shared'): no tagger runs, so the pair's
    verb where the sentence names their meeting ('at a meeting', 'in their meeting')."""
    return token.is_lower and token.is_alpha and token.lower_.endswith("ed")


def discussed(
    doc: Doc, sent: Span, actors: list[Mention], meetings: list[Meeting]
) -> list[tuple[str, Span]]:
    """A meeting trigger on 'discussed' whose subject is two persons or more named
    together ('A and B', 'A and his counterpart B', 'A, B and C'; session 24) not
    known to be of one country (any country may be unread), none met before."""
    at_meeting = _AT_MEETING.search(sent.text) is not None
    for token in sent:
        listed = token.lower_ in _VERBS
        past = at_meeting and _past_form(token)
        if not listed and not past:
            continue
        before = [a for a in actors if a.end <= token.i and a.kind == "person"]
        if not before:
            continue
        gap = list(doc[before[-1].end : token.i])
        if not (listed and _gap(gap)) and not (past and _gap([t for t in gap if t.text != ","])):
            continue
        run = coordinated(doc, before, forward=False)
        if len(run) < 2 or distinct(run) != len(run):
            continue  # 'A, B and C discussed': all three (session 24)
        if not any(t.lower_ == "and" for t in doc[run[-2].end : run[-1].start]):
            continue
        people = [p for m in run for p in m.persons]
        countries = {p.apparent_country for p in people}
        if len(countries) == 1 and None not in countries:
            continue  # two of one country: no meeting of two sides
        met = {id(p) for m in meetings if len(m.participants) >= 2 for p in m.participants}
        if any(id(p) in met for p in people):
            continue  # the pair's meeting was told already, with others
        return [("meet", doc[token.i : token.i + 1])]
    return []


def paired_subject(
    doc: Doc, sent: Span, start: int, after: list[Token], acts: Collection[str]
) -> bool:
    """Whether the name at ``start`` is the second of 'A B and C D' that opens the
    sentence (a time phrase may come first), right before a verb of meeting or
    'discussed'."""
    if not after or not (after[0].ent_type_ in acts or after[0].lower_ in _VERBS):
        return False
    if start - 1 <= sent.start or doc[start - 1].lower_ != "and":
        return False
    for begin in range(sent.start, start - 1):
        if begin == sent.start or after_time_lead(doc, sent, begin):
            words = list(doc[begin : start - 1])
            if 2 <= len(words) <= 4 and all(is_name(t.text) and not t.ent_type_ for t in words):
                return True
    return False


# How many words of a topic may stand between 'discussed' and 'with' ('discussed
# regional security and defence industry with B').
_TOPIC = 8
# Lowercase words of a title between 'with' and the name ('with his counterpart B').
_TITLE_GLUE = frozenset({"his", "her", "their", "the", "of"})
# Words that open a clause of the topic's own ('discussed how to work with B').
_CLAUSE = frozenset({"how", "to", "that", "which", "who", "when", "where"})


def discussed_with(doc: Doc, sent: Span, actors: list[Mention]) -> list[tuple[str, Span]]:
    """Session 24: 'A discussed <topic> with B' ('A and C discussed security issues
    with B and D'), a person before the verb and one right after 'with': a meeting
    trigger running from the verb to 'with', as 'discussed with' is. Not where the
    topic's words run into a name or a clause ('discussed the ties with Brazil',
    'discussed how to work with B')."""
    for token in sent:
        if token.lower_ not in _VERBS:
            continue
        if not any(a.end <= token.i and a.kind == "person" for a in actors):
            continue
        for k in range(token.i + 1, min(token.i + 2 + _TOPIC, sent.end)):
            word = doc[k]
            if word.lower_ == "with":
                nxt = next((a for a in actors if a.start > k), None)
                if k > token.i + 1 and nxt is not None and _titled_gap(doc[k + 1 : nxt.start]):
                    return [("meet", doc[token.i : k + 1])]
                break
            if (word.is_punct and word.text != "-") or word.ent_type_ not in ("", "DEMONYM"):
                break
            if word.lower_ in _CLAUSE:
                break
    return []


def _titled_gap(tokens: Span) -> bool:
    """Whether only a title's words stand between 'with' and the person ('with
    Lithuanian Defence Minister B', 'with his counterpart B')."""
    return len(tokens) <= 8 and all(
        t.ent_type_ or t.is_title or t.lower_ in _TITLE_GLUE for t in tokens
    )
