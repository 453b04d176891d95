"""Round 23 rule (places): a meeting placed only by its article's dateline ('DUBAI:
A met B on Tuesday.', or 'STRELSAU -' above it) is placed again by a sentence soon
after it that says where 'the meeting' took place ('The meeting, which took place
in Tokyo, ...'): the dateline is where the report was filed, the sentence where the
meeting was (round 19's rule, held_at.py, for a city the dateline named)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .findings import Meeting
    from .gazetteer import Gazetteer

_AFTER = " ,:.-\u2013\u2014("
"""What may follow a dateline's city: its end, or a comma, colon, dash or bracket."""


def datelined(gaz: Gazetteer, meeting: Meeting) -> bool:
    """Whether the meeting's city is the dateline its place words open with."""
    if not meeting.location.startswith("place:"):
        return False
    city = gaz.reference.places.get(meeting.location.removeprefix("place:"))
    words = meeting.location_words.strip().upper()
    if city is None or not words:
        return False
    for name in (city.label, *city.aliases):
        name = name.upper()
        if words.startswith(name) and (words == name or words[len(name)] in _AFTER):
            return True
    return False
