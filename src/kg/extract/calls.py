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
from typing import TYPE_CHECKING

from .attend import coordinated
from .findings import span_text
from .subjects import unread_doer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Mention, Person
    from .meetings import MeetingRules

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


def unread_call(
    reader: MeetingRules, doc: Doc, sent: Span, trigger: Span, after: list[Mention], kind: str
) -> bool:
    """Note a call whose doer the sentence does not name: True when the sentence is
    done with (no meeting of those met with each other)."""
    pronoun = unread_doer(doc, sent, trigger)
    met = [m for m in coordinated(doc, after, forward=True) if m.kind == "person"]
    if pronoun:
        reader.met_by_unread += [p for a in after for p in a.persons]  # round 14
    elif not met or kind not in ("meet", "visit") or not _doer_unnamed(doc, sent, trigger):
        return False
    elif any(a.kind in ("pronoun", "reference") for a in after):
        return False  # 'met B, with whom he discussed ...': 'he' is the doer
    if met:
        apart = not any(t.lower_ in _TOGETHER for t in sent)
        reader.unread_calls.append((doc, sent, [p for m in met for p in m.persons], apart))
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


def pair_calls(reader: MeetingRules) -> None:
    """Pair each call noted by unread_call with the article's visitor: only hosts
    that no meeting read holds (a host met already is no call of the visitor's)."""
    if not reader.unread_calls:
        return
    visitor = _visitor(reader)
    if visitor is None:
        return
    for doc, sent, hosts, apart in reader.unread_calls:
        met = {i for m in reader.findings.meetings for i in m.ids()}
        hosts = [p for p in hosts if p is not visitor and id(p) not in met]
        groups = [[h] for h in hosts] if apart else [hosts]
        for group in (g for g in groups if g):
            reader.add_meeting(doc, sent, [visitor, *group], None, span_text(sent))
