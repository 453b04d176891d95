"""Named attendees (round 7): the list after 'was attended by', 'was joined by',
'was accompanied by', or before 'were also present', whose names stand among posts
the tables do not hold ('A, commander of the joint operations room, and B',
'C, the agency's principal director D', 'senior officers from the army and
Military Attaché E'). Every name of the list takes part in the meeting, until a
clause of its own begins ('..., who conveyed the greetings of F')."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Mention
    from .gazetteer import Gazetteer

# The most words between two names of a list: a post of a dozen words, a rank
# (also kg.extract.meetings' lists).
LIST_GAP = 16
_SEPARATORS = {",", ";", "and"}


def attending(gaz: Gazetteer, doc: Doc, mentions: list[Mention], *, forward: bool) -> list[Mention]:
    """The persons listed together after a phrase (``forward``) or before it,
    however their posts are written: each step from one name to the next crosses a
    comma, semicolon or 'and', and no word that opens a clause of its own
    (meeting_words.csv, kind 'list-end')."""
    persons = [m for m in mentions if m.kind == "person"]
    if not persons:
        return []
    ordered = persons if forward else list(reversed(persons))
    run = [ordered[0]]
    for mention in ordered[1:]:
        left, right = (run[-1], mention) if forward else (mention, run[-1])
        between = doc[left.end : right.start]
        if (
            len(between) > LIST_GAP
            or not any(t.lower_ in _SEPARATORS for t in between)
            or any(t.text in (".", "!", "?", ":") for t in between)
            or gaz.speaks_of("list-end", between.text)
        ):
            break
        run.append(mention)
    return run if forward else list(reversed(run))
