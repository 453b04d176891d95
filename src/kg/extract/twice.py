"""Round 22 (spurious meetings): one meeting drafted twice. A meeting is read
once per event while its sentences are read ('the same persons on the same day are
one meeting', kg.extract.meetings), but a person first read under a short name
('General Tamm met B') and later under the full one ('... A Tamm called on B
today') is two persons until the names are settled (kg.extract.names): the two
meetings then have the same participants and the same day. They are one meeting:
the first read, which takes the other's attendees and, where it has no place or
only the country of the other's city, the other's place."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .findings import Findings, Meeting
    from .gazetteer import Gazetteer


def one_meeting_twice(findings: Findings, gaz: Gazetteer) -> None:
    """Merge each meeting into an earlier one of the same participants and day."""
    kept: list[Meeting] = []
    for meeting in findings.meetings:
        first = next((k for k in kept if k.ids() == meeting.ids() and k.date == meeting.date), None)
        if first is None:
            kept.append(meeting)
            continue
        there = first.ids() | {id(p) for p, _ in first.joined}
        first.joined += [(p, t) for p, t in meeting.joined if id(p) not in there]
        city = meeting.location.startswith("place:")
        its_country = f"country:{gaz.country_of(meeting.location)}"
        if not first.location or (city and first.location == its_country):
            first.location, first.location_words = meeting.location, meeting.location_words
        for signed in findings.signed:
            if signed.meeting is meeting:
                signed.meeting = first
    findings.meetings = kept
