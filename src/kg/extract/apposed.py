"""An open title beside the name it introduces (round 7, separate meetings).

'met with the Director General of the Military Staff, Lieutenant General A B',
'called on Chairman Joint Chiefs of Staff Committee General C D': the open
title ('Director', 'Chairman', 'Head', 'Minister' of post_titles.csv with no
post of its own) names the person beside it, not somebody named earlier. Read as
a reference to an earlier person, it took the guest's place in the meeting (or
made the host meet himself). Such a title is dropped from the sentence's
mentions; after a meeting's verb, a name the table does not know that follows
the title ('the head of the Presidential Council, A B') is read as the guest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import POSSESSIVE, Mention, span_text
from .gazetteer import TRIGGER_LABELS
from .names import is_name
from .shapes import NewsShapes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# The small words a title's complement may hold ('Head of Finland's Representation
# to the EU', 'Minister for Police').
_TITLE_WORDS = {"of", "for", "to", "the", "(", ")", "-", "&", "at", "on"} | POSSESSIVE
# The most words between an open title and the name it introduces.
_TITLE_LENGTH = 12
# A meeting's verbs (extract_phrases.csv kinds), after which a title names the guest.
_MEETING_LABELS = {"MEET", "HOST", "VISIT", "MEET-EACH", "MEET-BETWEEN"}
# What may follow a guest's name ('..., A B and C D', '..., A B in Brussels').
_NAME_ENDS = {",", ".", ";", "and", "in", "at", "on", "during", "to", "for"}


class ApposedTitles(NewsShapes):
    """Open titles in apposition to a name are that person, not a reference."""

    def mentions(self, doc: Doc, sent: Span) -> list[Mention]:
        actors = super().mentions(doc, sent)
        trigger = next((e.start for e in sent.ents if e.label_ in _MEETING_LABELS), None)
        # Without a subject before the verb ('the Chief of Defence met with ...', a
        # post the rules do not resolve), the title after it stays as it was read.
        subject = trigger is not None and any(
            a.end <= trigger and a.kind != "group" for a in actors
        )
        kept: list[Mention] = []
        for actor in actors:
            if actor.kind != "reference" or (
                trigger is not None and trigger < actor.start and not subject
            ):
                kept.append(actor)
                continue
            named = [a for a in actors if a.kind == "person"]
            end = self._title_end(doc, sent, actor.end, {a.start for a in named})
            following = next((a for a in named if a.start <= end < a.end), None)
            if following is None and end < sent.end and doc[end].text == ",":
                following = next((a for a in named if a.start <= end + 1 < a.end), None)
            if following is not None:
                continue  # 'the Director General of X, General A B': A B's title
            if trigger is not None and trigger < actor.start:
                guest = self._guest(doc, sent, actor, end)
                if guest is not None:
                    kept.append(guest)
                    continue
            kept.append(actor)
        return kept

    @staticmethod
    def _title_end(doc: Doc, sent: Span, start: int, names: set[int]) -> int:
        """Where an open title's words end ('of the Libyan Presidential Council',
        'Joint Chiefs of Staff Committee'): at a rank, a name or a lower-case word."""
        i = start
        while i < sent.end and i - start < _TITLE_LENGTH and i not in names:
            token = doc[i]
            # 'Director General of ...': a rank's word just after the title is the title's.
            if token.ent_type_ in TRIGGER_LABELS or (token.ent_type_ == "RANK" and i > start):
                break
            acronym = token.text.isupper() and token.text.isalpha()  # 'NATO'
            if token.lower_ in _TITLE_WORDS or token.ent_type_ or is_name(token.text) or acronym:
                i += 1
            else:
                break
        return i

    def _guest(self, doc: Doc, sent: Span, actor: Mention, end: int) -> Mention | None:
        """'met the head of the Presidential Council, A B': A B, the guest."""
        start = end + (end < sent.end and doc[end].text == ",")
        if start >= sent.end or not is_name(doc[start].text) or doc[start].ent_type_:
            return None
        stop = self.name_end(doc, start, sent.end)
        if stop - start < 2 or (stop < sent.end and doc[stop].lower_ not in _NAME_ENDS):
            return None
        if any(doc[i].ent_type_ for i in range(start, stop)):
            return None
        name = span_text(doc[start:stop])
        person = self.person(name, span_text(doc[actor.start : stop]), "open title and name")
        return Mention(start, stop, [person])
