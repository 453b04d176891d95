"""A city's name misspelt by one letter ('Asghabat' for Ashgabat, 'Islamabd'):
news and its translations write a place's name many ways, and the table lists a
few of them only (round 6, places)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .gazetteer import Gazetteer

# Only a word this long is matched loosely: shorter names differ by a letter too often.
_LONGEST_MISS = 6
_BEFORE = {"in", "to", "at", "capital"}
# The entity labels of a place: a city or a country.
PLACE_LABELS = frozenset({"PLACE", "COUNTRY"})
# Words before 'in' that tell where one is posted, not where one met.
_POSTED = frozenset({"stationed", "based", "resident", "accredited", "posted"})
# Words after a place that make it stand for the people working there.
_ITS_PEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "official", "officials"})
# A part of the place named before it, past which the word before the place is read.
# 'north-western' is three tokens: its last word is one of these, 'north' or 'south' and
# a hyphen come before it.
_REGION = frozenset({"eastern", "western", "northern", "southern", "central"})
_REGION |= {f"{a}{b}" for a in ("north", "south") for b in ("eastern", "western")}
# How many words a venue's name may take before the comma and its city.
_VENUE = 5


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
    """Read as a city a capitalised word of six letters or more, after 'in', 'to',
    'at' or 'capital' ("Turkmenistan's capital Asghabat"), that nothing else reads
    and that is one letter away from the name of exactly one city of the table. Not
    a word a capitalised word follows or precedes: that is a name ('in Asghar
    Khan's office')."""
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
        if word in gaz.world_cities:
            continue  # a town's own name, not a city's misspelt: 'Kingston' (session 18)
        close = {p for name, ids in names.items() if one_letter_apart(word, name) for p in ids}
        if len(close) == 1:
            span = Span(doc, i, i + 1, label="PLACE")
            span.id_ = close.pop()
            found.append(span)
    if found:
        doc.ents = [*doc.ents, *found]


def headline(docs: list[Doc], here: tuple[int, int], where: tuple[int, int]) -> bool:
    """Whether a sentence stands in a paragraph before the dateline that a city at
    the start of one of the first paragraphs is: a headline, filed from there too
    ('A receives B' above 'Nay Pyi Taw January 24')."""
    n, start = where
    doc = docs[n]
    first = start == 0 or doc[start - 1].text == ")"
    place = next((e for e in doc.ents if e.start == start), doc[start : start + 1])
    return first and here[0] < n and opens_report(doc, n, place)


MISSIONS = frozenset({"embassy", "commission", "mission", "consulate"})


def post_seat(doc: Doc, ent: Span) -> bool:
    """Whether a city names where a post or a mission sits, perhaps not where the
    meeting was: 'Ambassador in Colombo', 'the High Commission of Australia in
    Colombo' (round 6, places); 'ambassador to Budapest' (session 26)."""
    i = ent.start - 1
    if i < 1 or doc[i].lower_ not in ("in", "to"):
        return False
    i -= 1
    if doc[i].ent_type_ == "COUNTRY":
        while i > 0 and doc[i - 1].ent_type_ == "COUNTRY":
            i -= 1
        if i > 0 and doc[i - 1].lower_ == "the":
            i -= 1  # 'the Embassy of the Republic of Korea in X' (round 22)
        if i < 2 or doc[i - 1].lower_ != "of":
            return False
        i -= 2
    return doc[i].ent_type_ == "POST" or doc[i].lower_ in MISSIONS


def building(doc: Doc, ent: Span) -> bool:
    """A place named as 'the Pentagon' that stands for its building's people ('the
    Pentagon said', 'a Pentagon spokesman'), not 'at the Pentagon' (round 6); nor
    one before the word for its people ('chief Pentagon spokesperson', session 31)."""
    if ent.end < len(doc) and doc[ent.end].lower_ in _ITS_PEOPLE:
        return True
    if ent.start == 0 or doc[ent.start - 1].lower_ != "the":
        return ent.start > 0 and doc[ent.start - 1].lower_ == "a"
    return ent.start < 2 or doc[ent.start - 2].lower_ not in ("at", "in", "to", "from")


def opens_report(doc: Doc, n: int, e: Span) -> bool:
    """Whether a city that starts a paragraph is a dateline: in one of the first
    three paragraphs, or in a short paragraph of its own with a date (under a
    date, a headline and a subheading: 'Nay Pyi Taw January 24') (round 6)."""
    if n < 3:
        return True
    rest = doc[e.end :]
    return n < 6 and len(rest) <= 5 and any(t.like_num for t in rest)


def at_place(doc: Doc, ent: Span) -> bool:
    """Whether 'in', 'at' or 'to' (perhaps with 'the') stands before a city: where
    something is, before a city named as its people ('Pentagon officials said A met
    B in Singapore') (round 6)."""
    i = word_before(doc, ent, 0)
    if i > 0 and doc[i].text == ",":
        # The city of a venue named first: 'at the presidential villa, Abuja'
        # (session 24).
        venue = doc[max(0, i - _VENUE) : i]
        return any(t.lower_ in ("in", "at") for t in venue) and not any(t.is_punct for t in venue)
    return i >= 0 and doc[i].lower_ in _BEFORE


_MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}


def dated_dateline(doc: Doc, e: Span) -> bool:
    """Whether a city opens its paragraph after a date only, a dateline written
    date first: 'February 26, Nairobi, Kenya - ...' (round 8, places)."""
    before = doc[: e.start]
    if not 2 <= len(before) <= 5 or before[0].lower_ not in _MONTHS:
        return False
    return all(t.like_num or t.text in {",", "."} or t.lower_ in _MONTHS for t in before)


def word_before(doc: Doc, ent: Span, floor: int) -> int:
    """The index of the word before a place's name, past an article: 'in the
    Philippines', 'a visit to the United Arab Emirates' (session 24: the article
    hid the 'in' of countries named with one), and past a part of it ('in eastern
    Rawalpindi', session 31). ``floor`` is the sentence's start."""
    k = ent.start - 1
    if k > floor and doc[k].lower_ in _REGION:  # 'in eastern Rawalpindi' (session 31)
        k -= 1
        if k - 1 > floor and doc[k].text == "-" and doc[k - 1].lower_ in ("north", "south"):
            k -= 2
    return k - 1 if k > floor and doc[k].lower_ == "the" else k


def named_site(gaz: Gazetteer, doc: Doc, ent: Span) -> bool:
    """Whether a country is the first word of a site's name ('in Burma Camp', 'at
    Kenya Barracks'): a capitalised word of kind `site` of place_words.csv right
    after it (round 10, places)."""
    if ent.end >= len(doc):
        return False
    after = doc[ent.end]
    return after.is_title and gaz.place_words.get(after.lower_) == "site"


def posted_at(doc: Doc, ent: Span) -> bool:
    """Whether a city is where someone is posted ('the Ambassador of Uruguay
    stationed in Beijing'), no place the article introduces for its events (session
    24)."""
    i = ent.start - 1
    return i >= 1 and doc[i].lower_ == "in" and doc[i - 1].lower_ in _POSTED


# Words that put a visit before or after the events told ('Prior to his visit to
# Israel, A called on B': not in Israel; session 24).
_ASIDE = frozenset({"before", "after", "following", "ahead", "prior"})


def visit_aside(doc: Doc, visit: int, floor: int) -> bool:
    """Whether the visit whose noun stands at ``visit`` is told as another time
    ('prior to his official visit to X', 'following her visit to X')."""
    words = [t.lower_ for t in doc[max(floor, visit - 4) : visit]]
    return any(w in _ASIDE for w in words)


_NAME = 5
"""The most words of a source's name between 'to' and 'in'."""


def _name_word(token: Token) -> bool:
    return token.is_title or token.is_upper


def seat_city(gaz: Gazetteer, doc: Doc, ent: Span) -> bool:
    """Whether the city is where a source sits: 'according to the Freedonian Embassy
    in X', 'a release from <Name> in X' (round 23, session 25; kg.extract.seat)."""
    i = ent.start - 1
    if i < 1:
        return False
    if doc[i].lower_ != "in":
        return False
    j = i - 1
    while j > 0 and i - j <= _NAME and (_name_word(doc[j]) or doc[j].lower_ == "the"):
        j -= 1
    named = j < i - 1 and doc[j].lower_ in ("to", "from")  # 'a release from' (session 25)
    return named and j > 0 and gaz.place_words.get(doc[j - 1].lower_) == "source"


_HYPHENS = ("-", "\u2013")


def paired(doc: Doc, ent: Span) -> bool:
    """Whether a city is joined by a hyphen to another place or country ('the
    Seoul-Washington alliance', 'Moscow-Beijing talks'): a relation between two
    capitals, not where anything happened (session 31)."""
    return _joined(doc, ent.start - 1, ent.start - 2) or _joined(doc, ent.end, ent.end + 1)


def _joined(doc: Doc, hyphen: int, other: int) -> bool:
    """Whether token ``hyphen`` is a hyphen written with no space on either side and
    token ``other``, beyond it, names a place."""
    if not (0 < hyphen < len(doc) and 0 <= other < len(doc)):
        return False
    glued = not doc[hyphen - 1].whitespace_ and not doc[hyphen].whitespace_
    return doc[hyphen].text in _HYPHENS and glued and doc[other].ent_type_ in PLACE_LABELS
