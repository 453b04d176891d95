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

_AFTER = ",:.-\u2013\u2014("
"""What may follow a dateline's city, past spaces: its end, or a comma, colon, dash
or bracket; a word only after a city in capitals ('OSLO Berg met ...'). A sentence
that opens with the city and a word ('Canberra welcomed A, who met B in Canberra')
names the city as a government, and places its meeting itself."""


def datelined(gaz: Gazetteer, meeting: Meeting) -> bool:
    """Whether the meeting's city is the dateline its place words open with."""
    if not meeting.location.startswith("place:"):
        return False
    city = gaz.reference.places.get(meeting.location.removeprefix("place:"))
    written = meeting.location_words.strip()
    words = written.upper()
    if city is None or not words:
        return False
    for name in (city.label, *city.aliases):
        name = name.upper()
        if not words.startswith(name):
            continue
        rest = words[len(name) :].lstrip()
        if not rest or rest[0] in _AFTER or written[: len(name)].isupper():
            return True
    return False
