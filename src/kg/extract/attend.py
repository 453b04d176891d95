"""Lists of persons.

``coordinated``: the names listed together beside a phrase of meeting ('met A, B
and C'), with only their posts, ranks and countries between them.

``attending``, the named attendees (round 7): the list after 'was attended by',
'was joined by', 'was accompanied by', or before 'were also present', whose names
stand among posts the tables do not hold ('A, commander of the joint operations
room, and B', 'C, the agency's principal director D', 'senior officers from the
army and Military Attaché E'). Every name of the list takes part in the meeting,
until a clause of its own begins ('..., who conveyed the greetings of F')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import POSSESSIVE, TITLE_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .findings import Mention
    from .gazetteer import Gazetteer

# The most words between two names of a list: a post of a dozen words, a rank.
LIST_GAP = 16
_SEPARATORS = {",", ";", "and"}
# Words that join the names of a list: 'A, B and C', 'A as well as his deputy B'.
LIST_WORDS = {",", "and", "as", "well", "the", "his", "her", "their", "(", ")", "-"}
LIST_WORDS |= {"of", "to", "for"}  # inside posts: 'Adviser to the Minister of Defence'
# 'A, Chief of Staff; B, Ambassador', 'the Minister "A"' (round 6, attend).
LIST_WORDS |= {";", '"', "\u201c", "\u201d"}
# 'A, and the newly appointed Defence Attaché, Colonel B': B is new to the post
# (round 22, meetings found).
LIST_WORDS |= {"new", "newly", "appointed", "incoming"}
# A post written in lower case before a name of the list ('..., and deputy commander
# of the Ruritanian Army Maj. Gen. C'; session 31).
LIST_WORDS |= {"deputy", "vice", "commander", "chief", "head", "minister", "director"}
# Small words inside a title between two names ('A and Adviser to the Minister of
# Defence B').
TITLE_JOINERS = {"to", "of", "for", "on", "in"} | POSSESSIVE
# Words that open a relative clause inside a list ('<post>, who also serves as
# <post>, B').
_RELATIVE = {"who", "which"}
# Nouns of meetings that meeting_words.csv leaves out, since they speak of one only
# beside 'including with' ('held a series of engagements, including with A').
_ENGAGEMENTS = {"engagement", "engagements"}


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
        if run_over(doc, left, right):
            run.append(mention)
            continue
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


def coordinated(doc: Doc, mentions: list[Mention], *, forward: bool) -> list[Mention]:
    """The run of mentions listed together ('A, B and C'): from the first one
    after a phrase onwards, or from the last one before it backwards."""
    if not mentions:
        return []
    ordered = mentions if forward else list(reversed(mentions))
    run = [ordered[0]]
    for mention in ordered[1:]:
        left, right = (run[-1], mention) if forward else (mention, run[-1])
        if run_over(doc, left, right):
            run.append(mention)
            continue
        apposed = any(t.text == "," for t in doc[right.start : right.end])
        between = _no_relative(list(doc[left.end : right.start]), apposed)
        if len(between) > LIST_GAP or any(
            t.lower_ not in LIST_WORDS | TITLE_JOINERS
            and t.ent_type_ not in TITLE_LABELS
            and not t.is_title
            for t in between
        ):
            break
        if not any(t.lower_ in (",", ";", "and", "well") for t in between):
            if left.kind != "reference":
                break
            # 'B, Peruvian Chief of Staff General C': 'Chief' read as a reference
            # to someone is only the start of C's title (round 6, attend).
            if forward:
                run[-1] = mention
            continue
        run.append(mention)
    return run if forward else list(reversed(run))


def run_over(doc: Doc, left: Mention, right: Mention) -> bool:
    """Whether the first of two names' mentions runs on into the second, over an
    'and': 'A, Minister of Defence and Major-General B, <post>' reads A's post up to
    B's name (round 25, participants). The two are a list all the same: B's
    mention starts inside A's, after the 'and'."""
    if not left.start < right.start < left.end:
        return False
    return any(t.lower_ == "and" for t in doc[left.start : right.start])


def _no_relative(between: list[Token], apposed: bool) -> list[Token]:
    """The words between two names of a list less a relative clause that a comma
    closes before the second name, or that runs into the second mention where that
    mention is a post and its name set off by a comma ('A and <post>, who also
    serves as <post>, B'; round 22, spurious meetings: B was left out of the
    meeting). 'B, who conveyed the greetings of President C' keeps its clause."""
    for k, token in enumerate(between[1:], start=1):
        if token.lower_ in _RELATIVE and between[k - 1].text == ",":
            close = next((j for j in range(k + 1, len(between)) if between[j].text == ","), None)
            if close is not None:
                return between[:k] + between[close + 1 :]
            return between[:k] if apposed else between
    return between


def included_unmet(gaz: Gazetteer, doc: Doc, trigger: Span) -> bool:
    """Whether 'including with A' follows no word of a meeting in its sentence
    ('Norway has expanded its exercises, including with A'): the phrase then lists
    partners of something else, not those at the meeting last read ('The chiefs
    held several meetings, including with A', round 23; 'a series of engagements,
    including with A' as well)."""
    if trigger[0].lower_ != "including":
        return False
    told = doc[trigger.sent.start : trigger.start]
    met = gaz.speaks_of("meeting", told.text) or any(t.lower_ in _ENGAGEMENTS for t in told)
    return not met
