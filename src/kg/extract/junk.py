"""Names that are no person's (round 7): words of a title read as a name ('General
Officers and Senior Officers were also present', 'Minister of Defence, National
Security and Policing X', 'Deputy Defense Minister X'). Such a 'person' takes part
in nothing."""

from __future__ import annotations

from .findings import Findings, Person
from .plural_titles import singular


def title_only(person: Person, title_words: frozenset[str]) -> bool:
    """Whether every word of the name is a word of a post title, in the singular
    too ('Officers', 'National Security', 'Deputy Defense'; 'Secretaries', session
    35)."""
    words = person.name.split()
    return bool(words) and all({w, singular(w)} & title_words for w in words)


def drop_title_persons(findings: Findings, title_words: frozenset[str]) -> None:
    """Leave out the persons whose name is only title words, and their part in the
    events read; a meeting left with fewer than two participants is none."""
    junk = {id(p) for p in findings.persons if title_only(p, title_words)}
    if junk:
        drop_persons(findings, junk)


def drop_unread(findings: Findings) -> None:
    """Session 27: the persons an event still holds that the reading no longer has
    (left out, or read again under a fuller name, after a rule kept them aside)
    take no part in it, so that no draft names a participant it does not write."""
    read = {id(p) for p in findings.persons}
    held = [p for m in findings.meetings for p in (*m.participants, *(q for q, _ in m.joined))]
    held += [p for s in findings.signed for p in s.signatories]
    held += [p for c in findings.congratulations for p in (c.by, c.to)]
    held += [a.person for a in findings.appointments]
    unread = {id(p) for p in held if id(p) not in read}
    if unread:
        drop_persons(findings, unread)


def drop_persons(findings: Findings, junk: set[int]) -> None:
    """Leave out the persons of ``junk`` (their ids) and their part in the events
    read; a meeting left with fewer than two participants is none."""
    findings.persons = [p for p in findings.persons if id(p) not in junk]
    for meeting in findings.meetings:
        meeting.participants = [p for p in meeting.participants if id(p) not in junk]
        meeting.joined = [(p, words) for p, words in meeting.joined if id(p) not in junk]
        if meeting.host is not None and id(meeting.host) in junk:
            meeting.host = None
    findings.meetings = [m for m in findings.meetings if len(m.participants) + len(m.joined) >= 2]
    kept = {id(m) for m in findings.meetings}
    for signed in findings.signed:
        signed.signatories = [p for p in signed.signatories if id(p) not in junk]
        if signed.meeting is not None and id(signed.meeting) not in kept:
            signed.meeting = None
    findings.congratulations = [
        c for c in findings.congratulations if id(c.by) not in junk and id(c.to) not in junk
    ]
    findings.appointments = [a for a in findings.appointments if id(a.person) not in junk]


def replace_person(findings: Findings, old: Person, new: Person) -> None:
    """One person read under two forms of the name (round 9): ``old``'s part in the
    events read becomes ``new``'s, once each; a meeting left with fewer than two
    participants is none."""
    findings.persons = [p for p in findings.persons if p is not old]

    def one(p: Person) -> Person:
        return new if p is old else p

    for person in findings.persons:
        person.listed_among = list({id(q): q for q in map(one, person.listed_among)}.values())
        if person.counterpart_of is old:
            person.counterpart_of = new if person is not new else None
        if person.listed_with is old:
            person.listed_with = new if person is not new else None
    for meeting in findings.meetings:
        meeting.participants = list({id(p): p for p in map(one, meeting.participants)}.values())
        joined = [(one(p), words) for p, words in meeting.joined]
        meeting.joined = [
            (p, w) for p, w in joined if all(p is not q for q in meeting.participants)
        ]
        meeting.host = one(meeting.host) if meeting.host is not None else None
    findings.meetings = [m for m in findings.meetings if len(m.participants) + len(m.joined) >= 2]
    kept = {id(m) for m in findings.meetings}
    for signed in findings.signed:
        signed.signatories = list({id(p): p for p in map(one, signed.signatories)}.values())
        if signed.meeting is not None and id(signed.meeting) not in kept:
            signed.meeting = None
    for congratulation in findings.congratulations:
        congratulation.by, congratulation.to = one(congratulation.by), one(congratulation.to)
    for appointment in findings.appointments:
        appointment.person = one(appointment.person)
