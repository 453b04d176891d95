"""Attendees listed before any meeting was read (round 11, meetings).

'With the commandant on the trip came A, <post>, and B' or 'Also present at
the ceremony were C and his deputy D' may come before the sentence
that drafts the article's meeting, or in an article whose one meeting is only
guessed at the end (kg.extract.guess). Such a list is kept while no meeting is
drafted; when the reading ends with one meeting only, those listed join it, as
they join the meeting last read anywhere else. With two meetings or more, which
one they attended is unsaid, and they join none. Only lists after an attendee
phrase join ('accompanied on the trip by A and B'), not persons who 'took part
in' something before any meeting was read, and only when the sentence names no one
before the phrase but the meeting's own participants ('he was accompanied by C'
of a person who is not at the meeting is another event). Round 22: those who
'accompanied the delegation' (a join phrase that names the visit's delegation,
meeting_words.csv kind stand-in) join it too, wherever they are named. Round 25:
so do those who 'also participated in the discussions' or 'were also at the
meeting': a join phrase whose object is the talks themselves, named with 'the'.
Such a phrase speaks of the article's meeting even where that meeting is drafted
only later (from a noun such as 'audience', or guessed at the end)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .talks import TALKS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .meetings import MeetingRules


def join_early(reader: MeetingRules) -> None:
    """Those listed as attendees before any meeting was drafted join the article's
    one meeting."""
    early, reader.early_joins = reader.early_joins, []
    if len(reader.findings.meetings) != 1:
        return
    meeting = reader.findings.meetings[0]
    taking = [*meeting.participants, *(p for p, _ in meeting.joined)]
    for doc, trigger, before, after in early:
        if trigger.ent_id_ == "join" and (
            reader.gaz.speaks_of("stand-in", trigger.text) or the_talks(doc, trigger)
        ):
            reader.join(doc, trigger, before, after)  # 'A accompanied the delegation'
            continue
        if trigger.ent_id_ != "joined-by":
            continue  # 'A took part in the meetings of the committee': another event
        named = [p for a in before for p in a.persons]
        if any(all(p is not q for q in taking) for p in named):
            continue  # 'B was accompanied by C': B's trip, not this meeting
        reader.join(doc, trigger, before, after)


def the_talks(doc: Doc, trigger: Span) -> bool:
    """Whether a join phrase's object is the talks: 'the meeting', 'the discussions'
    in the phrase or right after it ('also participated in the discussions'), not
    some other event ('took part in the plenary session', 'participated in
    peacekeeping missions')."""
    words = [t.lower_ for t in doc[trigger.start : min(trigger.end + 2, len(doc))]]
    return any(w in TALKS and k > 0 and words[k - 1] == "the" for k, w in enumerate(words))
