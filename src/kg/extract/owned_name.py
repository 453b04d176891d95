"""A name owned by a country with no title between them (session 26): 'Turkey's
Hulusi Akar welcomed B', 'India's A B met Russia's C D'. News writes the country
in the possessive where a title would stand; the person holds a post of that
country, which the text does not name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .dates import WEEKDAYS
from .gazetteer import POSSESSIVE
from .names import is_name, word_kind

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Doc, Span

_SHORTEST, _LONGEST = 2, 4


def owner_country(
    doc: Doc,
    sent: Span,
    start: int,
    end: int,
    words: Mapping[str, str],
    title_words: frozenset[str],
) -> str | None:
    """The country whose possessive stands right before the name ``doc[start:end]``
    ('Turkey's A B'), if the name is two to four plain name words (no title, entity,
    weekday or word of name_stopwords.csv but a particle) that a lower-case word or
    a punctuation mark closes; else none."""
    if start - 2 < sent.start or doc[start - 1].lower_ not in POSSESSIVE:
        return None
    owner = doc[start - 2]
    if owner.ent_type_ != "COUNTRY":
        return None
    names = [doc[k].text for k in range(start, end)]
    if not _SHORTEST <= len(names) <= _LONGEST:
        return None
    if any(doc[k].ent_type_ for k in range(start, end)):
        return None
    if not all(
        is_name(w)
        and w not in title_words
        and w.lower() not in WEEKDAYS
        and word_kind(words, w) in (None, "particle")
        for w in names
    ):
        return None
    closed = end >= sent.end or doc[end].is_punct or doc[end].is_lower
    return owner.ent_id_ if closed else None
