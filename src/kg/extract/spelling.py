"""Spelling variants of one name inside one article: outlets transliterate a
name twice in a few lines ('Alpai' and then 'Alpay', 'Bowardi' and 'Bawardi')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model.identity import normalise

if TYPE_CHECKING:
    from .findings import Person

# Shorter surnames differ by one letter too often to be the same name.
_SHORTEST = 5


def variant(surname: str, word: str) -> bool:
    """Whether a bare surname is a spelling of one already read: as long, the same
    first letter, and one letter different ('Alpai', 'Alpay')."""
    a, b = normalise(surname), normalise(word)
    if a == b or len(a) != len(b) or len(a) < _SHORTEST or a[0] != b[0] or " " in a + b:
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


def with_surname(persons: list[Person], word: str) -> list[Person]:
    """The persons read whose surname is a bare word of the text: written the same,
    else written one letter differently."""
    key = normalise(word)
    same = [p for p in persons if normalise(p.surname) == key]
    return same or [p for p in persons if variant(p.surname, key)]
