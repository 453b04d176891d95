"""Names that are no person's (round 15, extras): a 'person' whose name is made only
of whole country names and common words ('South Korea', 'Middle
East', 'Secretariat'), as when a subject or a list item is read as a name. Such a
'person' takes part in nothing. The words are data: country_names.csv, the
countries' names, and name_stopwords.csv's kinds 'common' and 'place'."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .findings import Findings
from .gazetteer import Gazetteer
from .junk import drop_persons

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KINDS = frozenset({"common", "place"})
_LONGEST = 6
_POSSESSIVE = re.compile("[`'\u2019]s$")  # 'Korea's', 'Korea`s', a curly one


def place_only(name: str, gaz: Gazetteer) -> bool:
    """Whether the name is made of whole country names and common or place words of
    name_stopwords.csv only ('South Korea', 'Korea's', 'Middle East'); a name that
    merely shares a word with a country's ('Jan Cook') is a name."""
    countries = gaz.country_names
    parts = [re.sub(r"[^\w-]", "", _POSSESSIVE.sub("", w)) for w in name.split()]
    at = 0
    while at < len(parts):
        for end in range(min(len(parts), at + _LONGEST), at, -1):
            if " ".join(parts[at:end]) in countries:
                at = end
                break
        else:
            if gaz.name_words.get(parts[at]) not in _KINDS:
                return False
            at += 1
    return bool(parts)


def drop_place_persons(findings: Findings, gaz: Gazetteer) -> None:
    """Leave out the persons whose name is only country names and common words, and
    their part in the events read."""
    junk = {id(p) for p in findings.persons if place_only(p.name, gaz)}
    if junk:
        drop_persons(findings, junk)


def common_word(name: str, docs: list[Doc]) -> bool:
    """Whether a one-word name is a common word of the article: an English stop word
    ('We', 'Has': a headline's capitals), or a word the article also writes in small
    letters ('the Chiefs of Defence Session', 'the session')."""
    if len(name.split()) != 1 or not docs:
        return False
    lower = name.lower()
    if docs[0].vocab[lower].is_stop:
        return True
    return any(token.text == lower for doc in docs for token in doc)


def drop_common_words(findings: Findings, docs: list[Doc]) -> None:
    """Leave out the persons whose one-word name is a common word of the article."""
    junk = {id(p) for p in findings.persons if common_word(p.name, docs)}
    if junk:
        drop_persons(findings, junk)
