"""Who 'he' or 'she' is in the next sentence (round 14, meetings).

A sentence's subject is the first person it names, and a later 'He also met X'
pairs that subject with X. When the first person a sentence names stands after
its meeting word ('Kumar, who arrived on Tuesday, called on President A'; 'the
admiral held talks with President A'), that person is the one met, not the one
who went on meeting others: the doer is somebody the sentence did not name as
a person (or named only by a word the reader did not know). Reading the host as
the subject pairs the hosts with each other ('He also called on Prime Minister
B' became a meeting of A and B). Such a sentence leaves no subject, so the
pronoun of the next one stays unread rather than wrong; and a meeting verb
whose doer is such an unread 'he' or 'she' pairs nobody (unread_doer). Nor
does the guessed meeting (kg.extract.guess) pair two persons whom somebody
unread met (both_met_by_unread).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Mention, Person


def next_subject(
    actors: list[Mention], meeting_words: list[Span], current: Person | None, met: list[Person]
) -> Person | None:
    """The person a later pronoun of the text stands for, after this sentence (the
    one met by somebody unread joins ``met``)."""
    first = next((a for a in actors if a.kind in ("person", "reference", "pronoun")), None)
    if first is None or len(first.persons) != 1:
        return current
    if current is not None and any(t.start == t.sent.start for t in meeting_words):
        return current  # 'The meetings with A and B took place': the doer is still current
    if any(t.end <= first.start for t in meeting_words):
        met.append(first.persons[0])
        return None  # the first person named is the one met, not the doer
    return first.persons[0]


def unread_doer(doc: Doc, sent: Span, trigger: Span) -> bool:
    """'He met A and B' where 'he' stands for nobody read: A and B are the ones
    he met, each on his side of the table, so no meeting of A with B."""
    return any(e.label_ == "PRONOUN" and e.end <= trigger.start for e in sent.ents)


def both_met_by_unread(people: list[Person], met: list[Person]) -> bool:
    """Two persons each met by somebody unread ('X called on A. He also called on
    B.'): no meeting of A with B to guess."""
    return len(people) == 2 and all(any(p is q for q in met) for p in people)
