"""Persons the rules for titles miss (round 10): one named first and introduced by
the words after the name ('A, his Ukrainian counterpart, ...'), and one whose name
an honorific opens after a title the tables do not know ('Raksha Mantri Shri A B')."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from . import names
from .findings import NATION_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_OWNERS = ("his", "her", "their")


def counterpart_after(doc: Doc, sent: Span, end: int) -> tuple[int, str | None] | None:
    """Where the apposition 'NAME, his [DEMONYM] counterpart' after a name ending at
    ``end`` stops, and the country of its demonym (None when it names none); None
    when no such apposition follows."""
    i = end
    if i + 2 >= sent.end or doc[i].text != "," or doc[i + 1].lower_ not in _OWNERS:
        return None
    i += 2
    country = None
    if doc[i].ent_type_ in NATION_LABELS:
        country = doc[i].ent_id_ or None
        i += 1
        while i < sent.end and doc[i].ent_iob_ == "I":
            i += 1  # 'his U. S. counterpart'
    if i >= sent.end or doc[i].lower_ not in ("counterpart", "counterparts"):
        return None
    return i + 1, country


# Honorific words that open other phrases too ('Staff Sergeant', 'Royal Navy', 'His
# visit'): alone they introduce no name.
_LOOSE = {"His", "Her", "Royal", "Staff", "Pilot"}


def honorific_opens(doc: Doc, start: int, limit: int, words: Mapping[str, str]) -> bool:
    """Whether an honorific ('Shri', 'H.E.', 'Sir', 'Mr.') opens the words at
    ``start``: a name after it is a person's, whatever title comes before it, known
    or not ('Raksha Mantri Shri A B', 'Ambassador in Colombo H.E. A B')."""
    texts = [t.text for t in doc[start : min(start + 2, limit)]]
    length = names.honorific_length(words, texts)
    if not length:
        return False
    if texts[0] in _LOOSE and length == 1:
        more = [t.text for t in doc[start + 1 : min(start + 3, limit)]]
        return bool(more) and names.honorific_length(words, more) > 0
    return True


def counterpart_from(
    doc: Doc, sent: Span, start: int, words: Mapping[str, str]
) -> tuple[int, str] | None:
    """'his visiting counterpart from India, Shri A B' (round 22): where the phrase
    before the name starting at ``start`` opens ('counterpart'), and the country
    after its 'from' or 'of'; None when no such phrase stands right before it."""
    i = start - 1
    while i > sent.start and names.word_kind(words, doc[i].text) == "honorific":
        i -= 1  # 'Shri', 'H.E.'
    i -= doc[i].text == ","
    if i - 2 < sent.start or doc[i].ent_type_ != "COUNTRY":
        return None
    country = doc[i].ent_id_
    while i > sent.start and doc[i].ent_iob_ == "I":
        i -= 1  # 'the United States'
    i -= 1
    i -= doc[i].lower_ == "the" and i > sent.start
    if doc[i].lower_ not in ("from", "of") or doc[i - 1].lower_ != "counterpart":
        return None
    return i - 1, country
