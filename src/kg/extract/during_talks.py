"""Persons who did something 'during talks' (session 13): 'A and B discussed the
ties during a meeting in X', 'During the meeting, A and his Y counterpart B
agreed ...', 'In their meeting, A and B reviewed ...'. The meeting is told only
as the occasion of what the two did; no verb of meeting names them. Read only
where two or more persons are named together as the ones who acted, so 'A said
at a meeting of the council that B ...' stays no meeting of A and B."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attend import coordinated
from .discussed import discussed, discussed_with
from .pairs import distinct
from .talks import TALKS, held_talks

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Meeting, Mention
    from .gazetteer import Gazetteer

# The prepositions that make a meeting the occasion of what is told; 'in' and
# 'at' only before 'their' ('in their meeting'): 'at the meeting' mostly lists
# who attended a meeting read already, and read so it split that meeting.
_OCCASION = {"during", "throughout"}
_OWNED = {"in", "at"}
# Words that may stand between the preposition and the noun: 'during Wednesday's
# inaugural bilateral meeting', 'in their one-on-one talks'.
_WITHIN = 4


def occasion_span(doc: Doc, sent: Span) -> Span | None:
    """The first 'during [the/their/...] meeting/talks' of a sentence, if any."""
    for token in sent:
        owned = token.lower_ in _OWNED and token.i + 1 < sent.end
        if token.lower_ not in _OCCASION and not (owned and doc[token.i + 1].lower_ == "their"):
            continue
        for end in range(token.i + 1, min(token.i + 2 + _WITHIN, sent.end)):
            word = doc[end]
            if word.lower_ in TALKS:
                return doc[token.i : end + 1]
            if word.is_punct and word.text not in ("-", "'s", "\u2019s"):
                break
    return None


def told_part(gaz: Gazetteer, sent: Span) -> str:
    """The sentence up to its first reporting verb: what is said after it ('During
    the talks, A said the two will meet again') tells of a meeting ahead only in
    the speaker's words, not that the talks told are ahead (session 23)."""
    verb = next((t for t in sent if t.text in gaz.reporting), None)
    return sent.doc[sent.start : verb.i].text if verb is not None else sent.text


def _opens_with(doc: Doc, span: Span) -> bool:
    return span.end < len(doc) and doc[span.end].lower_ == "with"


def _with_then_subject(doc: Doc, sent: Span, span: Span, after: list[Mention]) -> bool:
    """Whether 'with' after the meeting names a person, and a person opens the
    clause after the phrase's comma: 'During talks with A in Hanoi, B said'."""
    comma = next((t.i for t in doc[span.end : sent.end] if t.text == ","), None)
    if comma is None:
        return False
    guests = [a for a in after if a.end <= comma]
    subject = next((a for a in after if a.start > comma), None)
    return bool(guests) and subject is not None and subject.start <= comma + 4


def talks_occasion(
    gaz: Gazetteer, doc: Doc, sent: Span, actors: list[Mention]
) -> list[tuple[str, Span]]:
    """A meeting trigger for a sentence that tells what two or more persons named
    together did during a meeting, where the sentence has no verb of meeting."""
    if gaz.speaks_of("future", told_part(gaz, sent)) or gaz.speaks_of("remote", sent.text):
        return []
    span = occasion_span(doc, sent)
    if span is None:
        return []
    named = [a for a in actors if a.kind == "person"]
    before = [a for a in named if a.end <= span.start]
    after = [a for a in named if a.start >= span.end]
    together = coordinated(doc, before, forward=False) if before else []
    if not before and span.end < sent.end and _opens_with(doc, span):
        # 'During the talks with A, B said' (session 23): B met A, B named first
        # after the comma that closes the phrase.
        return [("meet", span)] if _with_then_subject(doc, sent, span, after) else []
    if not before:
        together = coordinated(doc, after, forward=True)
    return (
        [("meet", span)]
        if distinct(together) >= 2 and len(together) == len(before or together)
        else []
    )


def talks_found(
    gaz: Gazetteer,
    doc: Doc,
    sent: Span,
    actors: list[Mention],
    found: list[tuple[str, Span]],
    meetings: list[Meeting],
) -> list[tuple[str, Span]]:
    """The meeting triggers of a sentence where the tables found none of meeting:
    talks held (kg.extract.talks), else, where they found no phrase at all (not
    'were also present during the meeting': those join it), a meeting that is the
    occasion of what two did, else 'A and B discussed' (round 25)."""
    held = [("meet", span) for span in held_talks(doc, sent)]
    if held:
        return held
    if gaz.speaks_of("future", told_part(gaz, sent)) or gaz.speaks_of("remote", sent.text):
        return []
    if found:
        # Another phrase ('signed', 'present'): only 'During talks with B, A said'.
        occasion = talks_occasion(gaz, doc, sent, actors)
        return occasion if occasion and _opens_with(doc, occasion[0][1]) else []
    found = talks_occasion(gaz, doc, sent, actors) or discussed_with(doc, sent, actors)
    return found or discussed(doc, sent, actors, meetings)
