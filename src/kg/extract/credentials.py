"""Session 37 (meetings): envoys presenting their credentials. 'President A received
the credentials of fourteen new ambassadors', then 'The ambassadors are B of X, C of
Y, ...': the rules read the head of state's meeting with the first envoy named and
leave the others, whom the text lists in other shapes (a list after a colon, one
envoy a paragraph). Each presentation is an audience of its own, and curators
write one meeting of the head of state with each envoy (as the gold policy's 'two
persons meeting separately with a third'); so the article's other envoys, the
persons of a post abroad ('Ambassador', 'High Commissioner', post_titles.csv's
abroad column), meet the receiver too, on the day and at the place of the meeting
read."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Findings, Meeting, Person

# The words of a presentation of credentials ('presented his credentials', 'letters
# of credence', 'credential letters').
CREDENTIAL_WORDS = frozenset({"credentials", "credential", "credence"})
# Words of the envoys' introduction where a list's plural title gives them no post
# of their own ('The ambassadors are A from X, B from Y, ...').
ENVOY_WORDS = ("ambassador", "envoy", "high commissioner")


def presentations(findings: Findings, docs: list[Doc]) -> None:
    """In an article that speaks of credentials, a meeting of a receiver with an
    envoy is repeated with each other envoy of the article the receiver has not met
    (one of a post abroad or introduced as an envoy, not of the receiver's country)."""
    if not any(t.lower_ in CREDENTIAL_WORDS for doc in docs for t in doc):
        return
    envoys = [p for p in findings.persons if _envoy(p)]
    added: list[Meeting] = []
    for meeting in list(findings.meetings):
        pair = _receiver_and_envoy(meeting)
        if pair is None:
            continue
        receiver, _ = pair
        met = {
            id(p)
            for m in (*findings.meetings, *added)
            if any(q is receiver for q in m.participants)
            for p in m.participants
        }
        for envoy in envoys:
            if envoy is receiver or id(envoy) in met or envoy.country == receiver.country:
                continue
            added.append(
                dataclasses.replace(meeting, participants=[receiver, envoy], joined=[], id="")
            )
            met.add(id(envoy))
    findings.meetings.extend(added)


def _envoy(person: Person) -> int:
    """How surely the person is an envoy: 2 of a post abroad, 1 introduced in words
    that name envoys (which may also introduce the receiver: 'Envoys presented their
    credentials to President A'), else 0."""
    if person.post is not None and person.post.abroad:
        return 2
    return int(any(word in person.evidence.lower() for word in ENVOY_WORDS))


def _receiver_and_envoy(meeting: Meeting) -> tuple[Person, Person] | None:
    """The receiver and the envoy of a meeting of two, the envoy the surer one."""
    if len(meeting.participants) != 2:
        return None
    first, second = meeting.participants
    if _envoy(first) == _envoy(second):
        return None
    return (second, first) if _envoy(first) > _envoy(second) else (first, second)
