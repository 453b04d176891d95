"""Session 33 (meetings): 'A called on B, <post>, C, <post> and D, <post>.' then
'At the separately-held meetings, the sides spoke of ...': the sentence
after the one that read a joint meeting says the guests were met one by one, so
the meeting is one with each guest, as when its own sentence says 'separately'
(kg.extract.meetings). One of the next two sentences may say so. So, too, where
the meeting's own sentence speaks of 'bilateral' relations or issues and each
participant is of another country ('A and Foreign Ministers B of Hungary, C of
Greece and D of Norway discussed bilateral relations')."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .findings import span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Findings, Meeting

# The words that say meetings were held apart, in their own sentence
# (kg.extract.meetings) or in a later one.
SEPARATE = {"separate", "separately", "back-to-back"}
# How many sentences after the meeting's may say so ('A called on B, C and D. A also
# toured a plant. At the separately-held meetings, ...').
_NEXT = 2
# Words that set such a sentence ahead: of meetings to come, not of this one.
_AHEAD = {"will", "would", "shall"}


def split_one_by_one(findings: Findings, docs: list[Doc]) -> None:
    """Each meeting of three or more one of whose next sentences says the meetings
    were separate, or whose own speaks of bilateral talks of as many countries,
    becomes one meeting of its first participant (the sentence's subject) with each
    other participant."""
    sentences = [s for doc in docs for s in doc.sents]
    texts = [span_text(s) for s in sentences]
    split: list[Meeting] = []
    for meeting in findings.meetings:
        # The evidence of a long sentence is cut short: its opening finds it.
        own = [k for k, t in enumerate(texts) if t and meeting.evidence[:80] in t]
        apart = bool(own) and (
            _said_apart(sentences[own[-1] + 1 : own[-1] + 1 + _NEXT])
            or _bilateral(sentences[own[-1]], meeting)
        )
        if len(meeting.participants) < 3 or meeting.joined or not apart:
            split.append(meeting)
            continue
        # The subject: the caller of 'A called on B, C and D', the host who received them.
        first = meeting.participants[0]
        split += [
            dataclasses.replace(meeting, participants=[first, guest], joined=[], id="")
            for guest in meeting.participants
            if guest is not first
        ]
    findings.meetings[:] = split


def _said_apart(after: list[Span]) -> bool:
    """Whether one of the sentences says the meetings were separate; not one of
    meetings to come ('will also hold separate talks')."""
    return any(
        any(t.lower_ in SEPARATE for t in sent) and not any(t.lower_ in _AHEAD for t in sent)
        for sent in after
    )


def _bilateral(sent: Span, meeting: Meeting) -> bool:
    """Whether the meeting's sentence speaks of 'bilateral' relations or issues and
    each participant is of a country of their own."""
    countries = [p.country for p in meeting.participants]
    return (
        any(t.lower_ == "bilateral" for t in sent)
        and None not in countries
        and len(set(countries)) == len(countries)
    )
