"""A city's name misspelt by one letter ('Asghabat' for Ashgabat, 'Islamabd'):
news and its translations write a place's name many ways, and the table lists a
few of them only (round 6, places)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .gazetteer import Gazetteer

# Only a word this long is matched loosely: shorter names differ by a letter too often.
_LONGEST_MISS = 6
_BEFORE = {"in", "to", "at"}


def one_letter_apart(a: str, b: str) -> bool:
    """Whether two words differ by one letter changed, added, dropped, or by two
    neighbours swapped (Damerau distance 1)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def misspelt_places(gaz: Gazetteer, doc: Doc) -> None:
    """Read as a city a capitalised word of six letters or more, after 'in', 'to'
    or 'at', that nothing else reads and that is one letter away from the name of
    exactly one city of the table. Not a word a capitalised word follows or
    precedes: that is a name ('in Asghar Khan's office')."""
    names: dict[str, set[str]] = {}
    for place in gaz.reference.places.values():
        for label in (place.label, *place.aliases):
            if " " not in label and len(label) >= _LONGEST_MISS - 1:
                names.setdefault(label.lower(), set()).add(place.place)
    found = []
    for token in doc:
        i = token.i
        if (
            len(token.text) < _LONGEST_MISS
            or not token.is_alpha
            or not token.is_title
            or token.ent_type_
            or i == 0
            or doc[i - 1].lower_ not in _BEFORE
            or (i + 1 < len(doc) and doc[i + 1].is_title)
        ):
            continue
        word = token.lower_
        close = {p for name, ids in names.items() if one_letter_apart(word, name) for p in ids}
        if len(close) == 1:
            span = Span(doc, i, i + 1, label="PLACE")
            span.id_ = close.pop()
            found.append(span)
    if found:
        doc.ents = [*doc.ents, *found]
