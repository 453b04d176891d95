"""Attendees listed before any meeting was read (round 11, meetings).

'The commandant was accompanied on the visit by A, <post>, and B' or 'Also
present at the ceremony were C and his deputy D' may come before the sentence
that drafts the article's meeting, or in an article whose one meeting is only
guessed at the end (kg.extract.guess). Such a list is kept while no meeting is
drafted; when the reading ends with one meeting only, those listed join it, as
they join the meeting last read anywhere else. With two meetings or more, which
one they attended is unsaid, and they join none."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .meetings import MeetingRules


def join_early(reader: MeetingRules) -> None:
    """Those listed as attendees before any meeting was drafted join the article's
    one meeting."""
    early, reader.early_joins = reader.early_joins, []
    if len(reader.findings.meetings) != 1:
        return
    for doc, trigger, before, after in early:
        reader.join(doc, trigger, before, after)
