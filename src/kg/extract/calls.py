"""Calls whose doer the sentence does not name (round 20, meetings).

A visit is told call by call, and after the first call the visitor is seldom
named again: 'He also called on <post> B', 'The visiting general also met <post>
C', '<country> Army Chief paid a courtesy call on <post> D'. No person stands
before the meeting phrase, so no meeting was read and the hosts were lost (or,
with a list, paired with each other). Such a call (unread_call) is noted, and
once the article is read it is paired with the article's visitor (pair_calls):
the one person who takes part in more of the meetings read than anybody else,
or, when that is not clear, the guest of the first meeting (named after
'visiting', or its participant who is not its host). A list of hosts ('called
on B, C and D') is one meeting per host when the phrase or the sentence says
the calls were apart ('called on', 'held meetings with', 'separately', 'their
respective offices'), else one meeting with all of them.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Protocol

from .attend import coordinated
from .findings import NATION_LABELS, span_text
from .subjects import unread_doer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Findings, Meeting, Mention, Person


class MeetingRules(Protocol):
    """What of kg.extract.meetings' reader the rules use (no import of it: cycle)."""

    findings: Findings
    met_by_unread: list[Person]
    unread_calls: list[Call]

    def add_meeting(
        self,
        doc: Doc,
        sent: Span,
        participants: list[Person],
        host: Person | None,
        text: str,
        *,
        recent: bool = False,
    ) -> Meeting | None: ...


Call = tuple["Doc", "Span", list["Person"], bool, set[str]]
"""A call noted: its sentence, those called on, whether apart, the doer's countries."""

# Words that may stand between a doer and the meeting phrase ('He also called on').
_BETWEEN = {"also", "then", "later", "separately", "subsequently", "further", "had", "has"}
_BETWEEN |= {"have", "earlier", "additionally", "besides", "likewise", "both"}
# What may not stand right before a meeting phrase used as a verb: a determiner or a
# preposition makes it a noun ('during the meeting with B', 'in talks with B').
_NOT_DOER = {"the", "a", "an", "his", "her", "their", "its", "of", "in", "at", "during"}
_NOT_DOER |= {"after", "before", "following", "for", "with", "to", "and", "or", "by", ","}
_NOT_DOER |= {"on", "from", "this", "that", "which", "who", "whom", "where", "while"}
_NOT_DOER |= {"will", "would", "shall", "may", "could", "can", "not", "is", "be", "was"}
# Words of a sentence that say the hosts sat together with the visitor.
_TOGETHER = {"together", "jointly", "joint", "both"}


def _doer_unnamed(doc: Doc, sent: Span, trigger: Span) -> bool:
    """Whether the meeting phrase is a verb with a subject that names nobody read
    ('He also met', 'The visiting general called on'): some word before it in the
    sentence, and the word right before (past 'also', 'had' ...) no determiner or
    preposition."""
    i = trigger.start - 1
    while i >= sent.start and doc[i].lower_ in _BETWEEN:
        i -= 1
    if i < sent.start:
        return False
    return doc[i].is_alpha and doc[i].lower_ not in _NOT_DOER


def _a_call(doc: Doc, trigger: Span, kind: str) -> bool:
    """A meeting phrase of a call by the one before it: 'met', 'held talks with',
    'called on', 'paid a courtesy call on'; not 'was hosted by', 'co-chaired by A
    and B' nor 'paid a visit to' (a country, most often)."""
    words = {t.lower_ for t in trigger}
    if trigger.end < len(doc):
        words.add(doc[trigger.end].lower_)
    if words & {"by", "was", "were", "between"}:
        return False
    return kind == "meet" or (kind == "visit" and any("call" in w for w in words))


def unread_call(
    reader: MeetingRules, doc: Doc, sent: Span, trigger: Span, after: list[Mention], kind: str
) -> bool:
    """Note a call whose doer the sentence does not name: True when the sentence is
    done with (no meeting of those met with each other)."""
    pronoun = unread_doer(doc, sent, trigger)
    met = [m for m in coordinated(doc, after, forward=True) if m.kind == "person"]
    if pronoun:
        reader.met_by_unread += [p for a in after for p in a.persons]  # round 14
    elif not met or not _a_call(doc, trigger, kind) or not _doer_unnamed(doc, sent, trigger):
        return False
    elif any(a.kind in ("pronoun", "reference") for a in after):
        return False  # 'met B, with whom he discussed ...': 'he' is the doer
    if met:
        apart = not any(t.lower_ in _TOGETHER for t in sent)
        doer = {
            e.ent_id_ for e in doc[sent.start : trigger.start].ents if e.label_ in NATION_LABELS
        }
        call = (doc, sent, [p for m in met for p in m.persons], apart, doer)
        if not _pair(reader, call):
            reader.unread_calls.append(call)
    return True


def _visitor(reader: MeetingRules) -> Person | None:
    """The person who takes part in more meetings read than anybody else; else the
    guest of the first meeting."""
    meetings = reader.findings.meetings
    if not meetings:
        return None
    count = Counter(id(p) for m in meetings for p in m.participants)
    people = {id(p): p for m in meetings for p in m.participants}
    (top, most), *rest = [*count.most_common(2), (0, 0)]
    if most > rest[0][1]:
        return people[top]
    first = meetings[0]
    guests = [p for p in first.participants if p.visiting]
    if not guests and first.host is not None:
        guests = [p for p in first.participants if p is not first.host]
    return guests[0] if len(guests) == 1 else None


def _pair(reader: MeetingRules, call: Call) -> bool:
    """Pair a call with the article's visitor, when there is one: only hosts that no
    meeting read holds (a host met already is no call of the visitor's), and not a
    visitor of another country than the doer's title names ('the Indian general')."""
    visitor = _visitor(reader)
    if visitor is None:
        return False
    doc, sent, hosts, apart, doer = call
    if doer and visitor.country and visitor.country not in doer:
        return True
    met = {i for m in reader.findings.meetings for i in m.ids()}
    hosts = [p for p in hosts if p is not visitor and id(p) not in met]
    groups = [[h] for h in hosts] if apart else [hosts]
    for group in (g for g in groups if g):
        reader.add_meeting(doc, sent, [visitor, *group], None, span_text(sent))
    return True


def pair_calls(reader: MeetingRules) -> None:
    """Pair the calls noted before any visitor was known, once the article is read."""
    for call in reader.unread_calls:
        _pair(reader, call)
