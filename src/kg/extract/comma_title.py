"""A name set off by commas after the title that introduces it (round 21): 'the
Undersecretary of the Ministry of Defence for Strategic Affairs, A B, received
...', 'the commander of the Alliance's mission in X, A B, and ...', 'Chief of
Staff, A B, Intelligence Chief, C D, and ...'. Before, a name after a comma was
read only when the title was a post of the tables right before it; a title that
runs on, or whose head the tables leave open, lost its holder."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from .dates import WEEKDAYS
from .gazetteer import TRIGGER_LABELS
from .names import is_name, word_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# The longest title (in tokens) read back from the comma before a name.
_LONGEST_TITLE = 16
# Tokens that close the clause before a title: the title starts after them.
_CLOSERS = {",", ".", ";", ":", "\u2013", "\u2014", "-", "--"}
# Words before a place: 'at the Ministry of Defence, Ship House', 'in Magelang,
# Central Java' name a building or a region after the comma, no person.
_AT_PLACE = {"at", "in", "near", "outside", "inside"}
# A sentence with fewer lower-case words is a headline ('A, B Eye Closer Ties').
_FEWEST_LOWER = 2


def title_start(doc: Doc, sent: Span, start: int, taken: Collection[int]) -> int | None:
    """Where the title starts that a comma right before the name at ``start`` closes
    ('Minister of State for Security, A B'), if a title does: the words back to the
    clause's start hold a post or rank of the tables, and the word before the comma
    is capitalised (a title's or a body's last word, not a verb's object). None
    otherwise, when a mention already read holds those words, when the words follow
    'at' or 'in' (a place's name follows the comma) or the sentence is a headline."""
    comma = start - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    last = doc[comma - 1]
    # A title in lower case is a title too: 'a spokesperson, A B, says' (round 24).
    titled_word = last.ent_type_ == "POST"
    if not (last.text[:1].isupper() or last.text == ")" or titled_word) or comma - 1 in taken:
        return None
    if sum(t.text[:1].islower() for t in sent) < _FEWEST_LOWER:
        return None
    first = comma
    titled = False
    for k in range(comma - 1, max(sent.start, comma - _LONGEST_TITLE) - 1, -1):
        token = doc[k]
        if token.lower_ in _AT_PLACE and token.text.islower():
            return None
        if token.text == "," and not titled and _listed_words(doc, k, first, comma):
            continue  # 'for Defence Policy, Planning and Foreign Affairs, A B'
        if token.text in _CLOSERS or k in taken or token.ent_type_ in TRIGGER_LABELS:
            break
        titled = titled or token.ent_type_ in ("POST", "RANK")
        first = k
    return first if titled else None


def _listed_words(doc: Doc, comma: int, first: int, end: int) -> bool:
    """Whether the words from ``first`` to ``end`` after a comma go on a title's list
    of capitalised words ('Planning and Foreign Affairs', session 17): a
    capitalised word before the comma, and only capitalised words or 'and' after."""
    between = doc[first:end]
    return (
        comma > 0
        and doc[comma - 1].text[:1].isupper()
        and len(between) > 0
        and any(t.lower_ == "and" for t in between)
        and all(t.text[:1].isupper() or t.lower_ in ("and", "&") for t in between)
    )


def holds_a_name(doc: Doc, start: int, end: int, limit: int) -> bool:
    """Whether the name ends where the apposition does: a comma, a full stop,
    'and', a bracket or a lower-case word (a verb, 'on Monday') follows it."""
    if end >= limit:
        return True
    after = doc[end]
    return after.text in (",", ".", ";", "(", ")") or after.text[:1].islower()


def plain_words(
    words: list[str], title_words: Collection[str], name_words: Mapping[str, str]
) -> bool:
    """Two to five words of a name (a particle too: 'A bin B'), none of a title, a
    weekday or another word of name_stopwords.csv."""
    kinds = [word_kind(name_words, w) for w in words]
    return 2 <= len(words) <= 5 and all(
        (is_name(w) or k == "particle")
        and k in (None, "particle")
        and w not in title_words
        and w.lower() not in WEEKDAYS
        for w, k in zip(words, kinds, strict=True)
    )
