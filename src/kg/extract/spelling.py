"""Spellings of one name within an article: news transliterates the same name
differently from one paragraph to the next ('Alpai' then 'Alpay', 'Yousef' then
'Youssef'), so a later mention is matched to the person already read."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model.identity import normalise

if TYPE_CHECKING:
    from .findings import Person

# Letters that transliterations of one sound swap (Shoigu / Shoygu, Mikhail /
# Mihail, Vasyl / Vasil); as in kg.curation.identity_checks.
_FOLDS = (("kh", "h"), ("yu", "iu"), ("ya", "ia"), ("y", "i"), ("j", "i"), ("w", "v"))
_DOUBLED = re.compile(r"(.)\1")


def folded(word: str) -> str:
    """A name word with its transliteration variants and doubled letters folded."""
    word = word.lower()
    for a, b in _FOLDS:
        word = word.replace(a, b)
    return _DOUBLED.sub(r"\1", word)


def fuller_form(name: str, other: str) -> str:
    """Of two forms of one person's name, the one with more words, else
    ``marked_form``'s."""
    return other if len(other.split()) > len(name.split()) else marked_form(name, other)


def marked_form(name: str, other: str) -> str:
    """Of two spellings of one name, the one written with its accents and strokes
    ('Władysław N' over a lead's 'Wladyslaw N'; session 32)."""
    if normalise(other) == normalise(name) and _marked(other) > _marked(name):
        return other
    return name


def _marked(name: str) -> int:
    return sum(not c.isascii() for c in name)


def same_spelling(a: str, b: str) -> bool:
    """Whether two name words are one name spelt two ways: transliteration folds
    ('Shoigu', 'Shoygu') or one letter swapped ('Alvarez', 'Alvares'). Short words
    (under five letters) only when written alike, since they differ by a letter
    too often."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a[0] != b[0] or " " in a + b:
        return False
    if folded(a) == folded(b):
        return True
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def alike(short: list[str], full: list[str]) -> bool:
    """Whether the words are the same, one by one, spelt alike or as another
    transliteration ('Dmitry', 'Dmitriy')."""
    return len(short) == len(full) and all(
        same_spelling(a, b) for a, b in zip(short, full, strict=True)
    )


def near_spellings(one: list[str], other: list[str]) -> bool:
    """Whether two names of two words or more (normalised) are one name spelt two
    ways in one word (round 10): the other words alike, and that word of four
    letters or more, with the same first letter, one letter apart ('Dendia',
    'Dendias') or two apart in its vowels only ('Javed', 'Javaid'; not 'Salman',
    'Sultan', two names)."""
    if len(one) != len(other) or len(one) < 2:
        return False
    apart = [(a, b) for a, b in zip(one, other, strict=True) if not same_spelling(a, b)]
    if len(apart) != 1:
        return False
    a, b = apart[0]
    if min(len(a), len(b)) < 4 or a[0] != b[0]:
        return False
    apart_by = _letters_apart(a, b)
    return apart_by == 1 or (apart_by == 2 and _consonants(a) == _consonants(b))


def _consonants(word: str) -> str:
    return "".join(c for c in word if c not in "aeiouy")


def _letters_apart(a: str, b: str) -> int:
    """The edit distance of two words (letters changed, added or dropped)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def same_surname(person: Person, word: str) -> bool:
    """Whether a bare surname (normalised) names the person, spelt another way, or
    is the family name a name in East Asian order starts with ('Mr Lee' for Lee
    Jong-sup, 'Dr Ng' for Ng Eng Hen), or the last part of a hyphenated one ('General
    Zaman' for Waker-Uz-Zaman; session 33)."""
    last_part = person.surname.split("-")[-1]
    if len(last_part) >= 4 and last_part != person.surname and normalise(last_part) == word:
        return True
    return same_spelling(normalise(person.surname), word) or family_name_first(person.name, word)


def family_name_first(name: str, word: str) -> bool:
    """Whether the name is written family name first and that name is the word: a
    one-syllable family name before a hyphenated given name ('Lee Jong-sup') or
    before two given names ('Ng Eng Hen', 'Teo Chee Hean')."""
    words = name.split()
    if len(words) < 2 or normalise(words[0]) != word or len(word) > 5:
        return False
    return "-" in words[1] or (len(words) == 3 and all(len(w) <= 5 for w in words))
