"""A person's own clause does not date the meeting (round 22, meetings found).

'General A, who was given the command in March, later met B': the time in the
clause set off by commas after a name ('who was given the command in March') is
the person's, not
the meeting's, so it does not make the meeting one recalled from earlier (which
is not drafted). The clause runs from ', who' to the next comma."""

from __future__ import annotations

import re

_WHO = re.compile(r",\s*who\b[^,]*,")


def without_who_clauses(text: str) -> str:
    """The sentence without the clauses ', who ... ,' that tell of a person."""
    return _WHO.sub(",", text)
