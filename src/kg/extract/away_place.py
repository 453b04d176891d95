"""Round 19 rules (place): a meeting guessed in a visitor's own country goes to the
other side's when the text says the visitor was away there. 'Ruritanian General A
visited Freedonia. ... General A met Defence Minister B of Freedonia.': the guess
took A's country (the first participant's); the meeting was in B's, the country A
was visiting."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .findings import Findings


def place_away(findings: Findings) -> None:
    """Each meeting guessed in the home country of a participant the text says was
    visiting another participant's country (and nowhere else) goes to that country;
    not when the text says another of them was visiting the first country (two
    visits, told at other times)."""
    for meeting in findings.meetings:
        # Only a guess in a country: a city, even a dateline's, was read.
        if meeting.placed_surely or not meeting.location.startswith("country:"):
            continue
        home = meeting.location.removeprefix("country:")
        people = meeting.participants
        if any(home in p.away for p in people):
            # Another participant was visiting the country it is placed in.
            continue
        for visitor in people:
            if visitor.country != home or len(visitor.away) != 1:
                continue
            (visited,) = visitor.away
            if visited != home and any(p.country == visited for p in people):
                meeting.location = f"country:{visited}"
                break
