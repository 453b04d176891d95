"""A visitor who calls on several hosts one by one (round 17, meetings).

Articles about a visit tell of each call in a sentence of its own, often with
the visitor named by a title: "<country>'s Defence Minister also called on
<post> B". The title clause of guests.titled_host may so open with the
possessive of a country; the country itself is checked there as for "the
<adjective> minister". The phrases of such calls that the table lacked
('interacted with', 'held bilateral discussions with') are rows of
extract_phrases.csv. A speaker who tells of the call ('A said after talks with
B') is the one who met B (speaker_who_met), and so is one who speaks after the
phrase ('During talks with B, A said ...', session 23: unsaid_after)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .dates import WEEKDAYS
from .findings import NATION_LABELS, POSSESSIVE
from .placenames import PLACE_LABELS
from .speakers import unsaid

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .findings import Mention
    from .gazetteer import Gazetteer


def owned_title(token: Token) -> bool:
    """Whether the token is the possessive 's after a country's name ("Tajikistan's
    Defence Minister"): part of a title clause."""
    if token.lower_ not in POSSESSIVE or token.i == 0:
        return False
    return token.doc[token.i - 1].ent_type_ in NATION_LABELS


# What may stand between a speaker's reporting verb and a meeting phrase: 'A told
# reporters after a meeting with B', 'A said at a joint news conference with B'.
_AUDIENCE = {"reporters", "journalists", "media", "press", "newsmen"}
_LEAD_IN = {"after", "following", "at", "during", "in", "a", "an", "the", "his", "her", "their"}
# Where and when the speaker spoke may stand there too: 'A said in Berlin after
# meeting with B', 'A said on Friday after talks with B' (session 31).
_WHEN = frozenset({"on", "today", "yesterday", *WEEKDAYS})


def _place_or_day(token: Token) -> bool:
    """Whether a word names a city or country, or the day, of what was said."""
    return token.ent_type_ in PLACE_LABELS or token.lower_ in _WHEN


def speaker_who_met(
    gaz: Gazetteer, doc: Doc, trigger: Span, named: list[Mention], before: list[Mention]
) -> list[Mention]:
    """The speaker of 'A said after talks with B', 'A told reporters following a
    meeting with B': left out of the meeting as the one who says what the sentence
    tells (speakers.unsaid), A is the one who met B when the reporting verb leads
    straight into the phrase (only an audience such as 'reporters', the words of
    _LEAD_IN and, session 31, a place or a day between). ``named`` are the
    mentions before the phrase before the speakers were left out, ``before``
    those kept."""
    if before or not named or named[-1].kind != "person":
        return before
    speaker = named[-1]
    between = doc[speaker.end : trigger.start]
    if not len(between) or between[0].lower_ not in gaz.reporting:
        return before
    rest = between[1:]
    if not len(rest):
        return before
    if not all(t.lower_ in _AUDIENCE or t.lower_ in _LEAD_IN or _place_or_day(t) for t in rest):
        return before
    return [speaker]


def unsaid_after(gaz: Gazetteer, doc: Doc, trigger: Span, after: list[Mention]) -> list[Mention]:
    """The mentions after a meeting phrase, less the persons who say what the
    sentence tells; but after 'During talks with B,' the one who speaks (A in
    'During talks with B, A said ...') is the one who met B, and stays."""
    opened = trigger[0].lower_ in _LEAD_IN and trigger.end < len(doc)
    if opened and doc[trigger.end].lower_ == "with":
        return after
    return unsaid(gaz, doc, after)
