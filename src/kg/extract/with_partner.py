"""Round 16 (agreements): a signing's partner after 'with' whom the person rules
did not read, because only a lower-case title stands before the name ('signed X
with his colleague B C, setting ...', 'with her Utopian counterpart B C on
Monday'). The signing names the partner: the name after those title words signs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import cosigners, names
from .findings import TITLE_LABELS, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .people import PersonRules

_OPENERS = {"his", "her", "their", "its", "the"}
_HEADS = {"counterpart", "colleague"}
_TITLE_SPAN = 6


def unread(
    reader: PersonRules, doc: Doc, sent: Span, trigger: Span, after: list[Mention]
) -> list[Mention]:
    """'with his (Utopian) colleague B C': B C as a person when no mention covers
    the name and it ends the list (a comma, a full stop, 'on', 'at' ...)."""
    withs = [i for i in range(trigger.end, sent.end) if doc[i].lower_ == "with"]
    if not withs:
        return after
    k = withs[0]
    j = k + 1
    if j < sent.end and doc[j].lower_ in _OPENERS:
        j += 1
    while j < sent.end and j - k <= _TITLE_SPAN and doc[j].ent_type_ in TITLE_LABELS:
        j += 1
    if j >= sent.end or doc[j].lower_ not in _HEADS:
        return after
    start = j + 1
    end = names.name_end(doc, start, sent.end, reader.gaz.name_words)
    if end - start < 2 or end - start > 4 or cosigners.covered(after, start, end):
        return after
    if not all(cosigners.name_like(doc[i]) for i in range(start, end)):
        return after
    if end < sent.end and doc[end].lower_ not in cosigners.LIST_ENDS:
        return after
    mention = cosigners.new_mention(reader, doc, sent, k + 1, start, end)
    if mention is None:
        return after
    return sorted([*after, mention], key=lambda m: m.start)
