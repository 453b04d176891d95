"""Round 22 (persons): a list whose items are a name, then its title.

'The meeting was attended by A B, Chief Adviser to the Prime Minister, C D,
Ruritanian Ambassador to Freedonia, E F, Head of the Minister's Office, and ...':
each title follows the name it belongs to. Read as 'TITLE, NAME' (a post, a
comma and the name after it: people.mentions), each title went to the next
name, and a country in it ('Ruritanian Ambassador') to the wrong person. A post
between two names is the name's before it when the list opens with a name, not a
title (the first item up to its comma holds no post of the tables), and the name
after it is followed by a comma and a title of its own. A list that opens with a
title ('Chief of Staff, A B, Intelligence Chief, C D, ...', round 21) is left as
it was read."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from . import names
from .findings import NATION_LABELS
from .gazetteer import TRIGGER_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Lower-case words inside a title or between the items of a list.
_INSIDE = {",", "and", "of", "the", "to", "for", "at", "in", "on", "&", "-", "'s", "\u2019s"}


def titles_follow_names(
    doc: Doc, sent: Span, left: int, end: int, words: Mapping[str, str]
) -> bool:
    """Whether the post opening at ``left``, between a name and a comma before it
    and the name ending at ``end``, belongs to the name before: the list opens with
    a name and the name after has a title of its own after a comma."""
    if left - 2 < sent.start or doc[left - 1].text != "," or not _name_word(doc, left - 2):
        return False
    if not _title_after(doc, sent, end):
        return False
    return _opens_with_name(doc, sent, left - 2, words)


def _name_word(doc: Doc, i: int) -> bool:
    return not doc[i].ent_type_ and names.is_name(doc[i].text)


def _title_after(doc: Doc, sent: Span, end: int) -> bool:
    """', the Minister of ...', ', Ruritanian Ambassador to ...' after a name."""
    i = end
    if i >= sent.end or doc[i].text != ",":
        return False
    i += 1
    while i < sent.end and (doc[i].lower_ == "the" or doc[i].ent_type_ in NATION_LABELS):
        i += 1
    return i < sent.end and doc[i].ent_type_ == "POST"


def _opens_with_name(doc: Doc, sent: Span, last: int, words: Mapping[str, str]) -> bool:
    """Whether the list the word ``last`` ends an item of opens with a name: back
    to the word that opens the list ('by', 'were', a colon), its first item up to
    a comma holds no post."""
    i = last
    while i > sent.start:
        token = doc[i - 1]
        inside = token.lower_ in _INSIDE or names.word_kind(words, token.text) == "particle"
        if token.ent_type_ in TRIGGER_LABELS or token.text in (":", ";"):
            break  # 'attended by', 'Also present were'
        if not (token.is_title or token.is_upper or token.ent_type_ or inside):
            break
        i -= 1
    first = i
    while first < sent.end and doc[first].text != ",":
        if doc[first].ent_type_ == "POST":
            return False
        first += 1
    return first <= last + 1  # the first item ends at a comma
