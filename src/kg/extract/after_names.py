"""What follows a rank and name when no post title the tables know opens it:
'General A, member of China's military commission, Air Marshal B, ...'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..model.identity import normalise
from . import names
from .findings import NATION_LABELS, POSSESSIVE, Person
from .gazetteer import TRIGGER_LABELS, PostTitle
from .names import NOT_NAMES, is_name
from .titles import adhoc_post

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_CLOSE = {",", ";", ".", ":"}
# The small words a title runs on with ('Chief of the Army of X', 'Adviser at the ...').
_TITLE_LINKS = {"of", "the", "and", "for", "at", "in", "to", "on", "(", ")", "-"} | POSSESSIVE


def loose_apposition(
    doc: Doc, sent: Span, end: int, title_words: frozenset[str]
) -> tuple[int, str | None, PostTitle | None]:
    """Where the words after ', ' that describe the person just named end, the
    country they name first and the post they name ('A, member of China's Central
    Military Commission'); ``end`` and None where they name no country.

    The words run to the next comma, a rank, a trigger or a post title that a name
    follows ('A, Defence Minister B' is no apposition of A). A country after 'to' or
    'in' is where the person serves, not whose the person is."""
    if end >= sent.end or doc[end].text != ",":
        return end, None, None
    i = end + 1
    country: str | None = None
    while i < sent.end and doc[i].text not in _CLOSE:
        token = doc[i]
        if token.ent_type_ == "RANK" or token.ent_type_ in TRIGGER_LABELS:
            break
        # Only a title's words: capitalised ones, the small words that join them, and
        # a word that opens it before 'of' ('member of', 'head of'); a verb ends it
        # ('A, symbolized ...', 'A ... this morning called on').
        opening = i == end + 1 and i + 1 < sent.end and doc[i + 1].lower_ == "of"
        if token.text[:1].islower() and token.lower_ not in _TITLE_LINKS and not opening:
            break
        if token.ent_type_ == "POST" and doc[i].ent_iob_ == "B":
            after = i + 1
            while after < sent.end and doc[after].ent_iob_ == "I":
                after += 1
            text = doc[after].text if after < sent.end and not doc[after].ent_type_ else ""
            if is_name(text) and text not in NOT_NAMES:
                break
        if (
            i == end + 1
            and not token.ent_type_
            and is_name(token.text)
            and token.text not in title_words
        ):
            return end, None, None  # a name of its own ('A, B and C')
        if (
            country is None
            and token.ent_type_ in NATION_LABELS
            and token.ent_iob_ == "B"
            and doc[i - 1].lower_ not in ("to", "in")
        ):
            country = token.ent_id_
        i += 1
    if country is None:
        return end, None, None
    country_first = doc[end + 1].ent_type_ in NATION_LABELS
    if country_first and i + 1 < sent.end and doc[i].text == "," and doc[i + 1].ent_type_ == "RANK":
        return end, None, None  # 'A, US Defence Attaché, Colonel B': the title is B's
    return i, country, adhoc_post(doc, end + 1, i)


def country_in_title(doc: Doc, i: int) -> bool:
    """A country's name inside the title before a rank, as its owner: 'Commander of
    the US Fifth Fleet Vice Admiral X', "Chief of Qatar's Military Cooperation
    Brigadier X" (not 'Ambassador to X', which says where the holder serves)."""
    token = doc[i]
    if token.ent_type_ != "COUNTRY" or token.ent_iob_ != "B":
        return False
    before = [t.lower_ for t in doc[max(0, i - 2) : i]]
    after = doc[token.i + 1 :]
    while len(after) and after[0].ent_iob_ == "I":
        after = after[1:]
    possessive = len(after) > 0 and after[0].lower_ in POSSESSIVE
    return possessive or before[-1:] == ["of"] or before == ["of", "the"]


# Words of a force's name between a country and a rank ('U.S. Marine Corps Gen X',
# 'US Army Colonel X'), besides name_stopwords.csv's organisation words.
_FORCE_WORDS = {"marine", "marines", "air", "armed", "coast", "guard", "special", "naval"}


def owner_country(doc: Doc, i: int, rank: int, words: Mapping[str, str]) -> bool:
    """A country named as the owner of a rank: inside the title before it
    (``country_in_title``), or right before it, alone or with its force's name
    ('US Adm. X', 'U.S. Marine Corps Gen X'; round 7)."""
    if country_in_title(doc, i):
        return True
    token = doc[i]
    if token.ent_type_ != "COUNTRY" or token.ent_iob_ != "B":
        return False
    j = i + 1
    while j < rank and doc[j].ent_iob_ == "I":
        j += 1
    while j < rank and (
        doc[j].lower_ in _FORCE_WORDS or names.word_kind(words, doc[j].text) == "organisation"
    ):
        j += 1
    return j == rank and (i == 0 or doc[i - 1].lower_ not in ("to", "in", "from", "of"))


def courtesy_start(doc: Doc, floor: int, start: int, words: Mapping[str, str]) -> int:
    """Where the words of courtesy before a rank begin ('the Honourable General X'):
    ``start`` where there are none."""
    i = start
    while i > floor and (
        doc[i - 1].lower_ == "the" or names.word_kind(words, doc[i - 1].text) == "honorific"
    ):
        i -= 1
    return i


# Rank abbreviations that are given names too when written without their dot:
# Japanese 'Gen' ('Defense Minister Gen Morikawa').
_GIVEN_NAMES = {"Gen"}


def given_name_like_rank(doc: Doc, first: int, limit: int, words: Mapping[str, str]) -> int:
    """Where a name ends that opens with an undotted rank abbreviation that is also a
    given name, right after a post title, followed by a single name word ('Defense
    Minister Gen Morikawa'); ``first`` when there is none. A general's name runs on
    ('Defence Minister Gen Somchai Wongsa' keeps 'Gen' as a rank)."""
    if first + 1 >= limit or doc[first].text not in _GIVEN_NAMES:
        return first
    end = names.name_end(doc, first + 1, limit, words)
    return end if end == first + 2 else first


def serves_a_body(post: PostTitle, bodies: frozenset[str]) -> bool:
    """Whether a post's title names an international body ('Head of NATO Military
    Liaison Office', 'Chairman of the EU Military Committee'): no country's post."""
    words = post.label.replace("-", " ").split()
    return any(
        " ".join(words[i : i + len(body.split())]) == body
        for body in bodies
        for i in range(len(words))
    )


def closes_clause(doc: Doc, i: int, opening: int, start: int) -> bool:
    """Whether the comma (or ';', ':') at ``i`` closes the words before a rank at
    ``start``. One just before the rank (or its words of courtesy, from ``opening``)
    may close its holder's post ('Minister of Defence, General X'); one before a
    post closes another clause; one after 'counterpart' does not ('his French
    counterpart, Chef d'Etat-Major (CEMA) General X')."""
    if doc[i].text == "," and i > 0 and doc[i - 1].lower_ == "counterpart":
        return False
    return i != opening - 1 or doc[start].ent_type_ == "POST" or _own_title_after(doc, start)


def _own_title_after(doc: Doc, start: int) -> bool:
    """Whether the rank's holder has a post of his own set off after the name ('...
    of UAE Armed Forces, Major General A B, Assistant Chief of Staff of Bahrain's
    ...'): the post before the comma is then the last person's of a list (session
    27)."""
    for k in range(start + 1, min(start + 10, len(doc) - 1)):
        if doc[k].text in (".", ";", ":"):
            return False
        if doc[k].text == ",":
            nxt = doc[k + 2] if doc[k + 1].lower_ == "the" and k + 2 < len(doc) else doc[k + 1]
            return nxt.ent_type_ == "POST"
    return False


def by_first_word(persons: list[Person], key: str) -> Person | None:
    """A person named by the first word of the name ('General Li' after 'General Li
    Zuocheng': a surname written first), or named in full after the first word alone
    ('Lt Gen Batbold', then 'Mr Batbold Ganzorig'); the latest such person. Round 7:
    or by a middle word of one person's name only, or named in full after the last
    word alone."""
    words = key.split()
    if not words:
        return None
    if len(words) == 1:
        found = [p for p in persons if len(p.name.split()) > 1 and _first(p) == key]
        # 'General Fathi' after 'General Samir Fathi Nasr': a middle word of one
        # person's name only (round 7).
        inner = [p for p in persons if key in normalise(p.name).split()[1:-1]]
        found = found or (inner if len(inner) == 1 else [])
    else:
        found = [p for p in persons if normalise(p.name) == words[0]]
        # 'General Haddad' (a headline), then 'General Elias Haddad' (round 7).
        found = found or [p for p in persons if normalise(p.name) == words[-1]]
        # 'Grabar-Kitarovic' after 'Kolinda Grabar-Kitarovic', 'Le Drian' after
        # 'Jean-Yves Le Drian': a surname of two words, alone (session 13).
        found = found or [p for p in persons if len(words) == 2 and _last_two(p) == words]
    return found[-1] if found else None


def _first(person: Person) -> str:
    return normalise(person.name).split()[0]


def _last_two(person: Person) -> list[str]:
    """The last two words of a name of three or more: a surname of two words
    ('Grabar Kitarovic'). Not longer tails: 'Saeed bin Rashid Al Qasimi' is not
    'Hamdan bin Saeed bin Rashid Al Qasimi', his son."""
    words = normalise(person.name).split()
    return words[-2:] if len(words) >= 3 else []
