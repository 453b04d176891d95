"""Where a person's name starts and ends: the honorifics before it ('His Royal
Highness', 'Sheikh'), the particles inside it ('bin', 'al-', 'Abu'), surnames in
capitals ('Jean DUPONT'), and the words that are never part of one: a body's noun
('Command', 'Office'), a headline's verb ('Arrives', 'Meets') and a place's noun
after it ('City', 'Mausoleum'). The words are data: name_stopwords.csv."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from . import titles
from .dates import MONTHS
from .findings import POSSESSIVE
from .gazetteer import DIGRAPH_INITIALS

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Capitalised words that do not start a name.
NOT_NAMES = {
    *("The", "A", "An", "On", "In", "At", "During", "Following", "After", "It", "This"),
    *("Armed", "Forces", "Army", "Navy", "Air", "Staff", "Ministry", "Republic"),
    *("Federation", "Council", "Security"),
}
# An initial, dotted or not ('B', 'B.'); a dotted one only ('B.').
INITIAL = re.compile(r"[A-Z]\.?\Z")
DOTTED_INITIAL = re.compile(r"[A-Z]\.\Z")
# Initials that open a name, each with its dot ('M. Herindra', 'F.A.J. Piggott').
_OPENING_INITIALS = re.compile(rf"(?:(?:[A-Z]|{'|'.join(DIGRAPH_INITIALS)})\.){{1,3}}\Z")
_OPENING_QUOTES = ('"', "\u201c")
# The marks around a nickname inside a name: brackets (round 22) or quotes (round 23).
# In single quotes too: "Joko 'Jokowi' Widodo" (session 22).
_NICKNAME_MARKS = {("(", ")"), ('"', '"'), ("\u201c", "\u201d"), ("'", "'"), ("\u2018", "\u2019")}
_BRACKETED_NICKNAME = re.compile(r"\([^\W\d_]+\)\Z")
_QUOTED_NICKNAME = re.compile(r'["\u201c\u2018\'][^\W\d_]+["\u201d\u2019\']\Z')
# The kinds of word after a name that are no part of it as read: a service's tag
# ('USN'), a generation's ('Jr', kept on the name at the end: kg.extract.name_forms).
SUFFIXES = ("suffix", "generation")
# The particles that close a patronymic ('Zakir Asgar oglu Hasanov'); one may end a
# name written surname first ('Hasanov Zakir Asgar oglu', round 9).
PATRONYMIC_PARTICLES = {"oglu", "ogly", "qizi", "kyzy", "uulu"}
# Capitalised words never inside or at the end of a name (a new sentence's article).
# A headline in title case ('Receives President A B Of Ghana At State House'): its
# small words end a name as their lower case does (session 18); so does a byline's
# 'By' after a headline run on into it ('... Counterpart A B By C D'; session 32).
_NEVER_INSIDE = {"The", "Of", "And", "At", "For", "From", "With", "By", "Between"}
# The most words a name has, not counting its particles ('bin', 'al').
_LONGEST = 6


def word_kind(words: Mapping[str, str], text: str) -> str | None:
    """The kind of a word of name_stopwords.csv: particles in any case ('Al', 'al'),
    the others only capitalised as written; a word in capitals as its capitalised
    row ('A B PHOTO' is 'Photo', session 25: kg validate holds the rows apart by
    case-folding, so the table cannot hold both)."""
    kind = words.get(text)
    if kind is None and len(text) > 2 and text.isupper():
        kind = words.get(text.capitalize())
    if kind is None:
        lower = words.get(text.lower())
        return lower if lower == "particle" else None
    return kind if kind == "particle" or text[:1].isupper() else None


def is_name(text: str) -> bool:
    # A word glued to brackets ('Press)--Japanese', a dateline run into the text) is none.
    glued = any(c in text for c in "()[]")
    return (
        text[:1].isupper() and any(c.isalpha() for c in text) and not text.isupper() and not glued
    )


def capital_surname(text: str) -> bool:
    """A surname written in capitals ('GÜLER'): three letters or more, so that an
    abbreviation of two ('SK Aneke') stays an initial."""
    return len(text) >= 3 and text.isalpha() and text.isupper()


def _named_before(doc: Doc, start: int, end: int) -> bool:
    """Whether the word before ``end`` is a name's, or a surname in capitals after
    one: a surname of two words in capitals follows the given names."""
    i = end - 1
    while i > start and capital_surname(doc[i].text):
        i -= 1
    return is_name(doc[i].text)


def name_end(doc: Doc, start: int, limit: int, words: Mapping[str, str]) -> int:
    """Where the name that starts at ``start`` (after honorifics) ends; ``start``
    when no name starts there, or when the words name a body or a place ('Indo-
    Pacific Command', 'Ho Chi Minh City')."""
    first = start
    end = start
    count = 0
    while end < limit and count < _LONGEST:
        token = doc[end]
        kind = word_kind(words, token.text)
        honorific = honorific_length(words, [t.text for t in doc[end : min(end + 2, limit)]])
        if honorific and sheikh_named([t.text for t in doc[end : min(end + 7, limit)]]):
            honorific = 0
        if honorific and end == start:
            end += honorific
            start += honorific
            continue
        if end == start and token.text in _OPENING_QUOTES and end + 1 < limit:
            # 'the Minister of Interior "A B"': a name in quotes (translated news).
            end += 1
            start += 1
            continue
        if kind == "time" and end == start and _month_named(doc, end, limit):
            end += 1  # 'Foreign Minister January Makamba' (session 37)
            count += 1
            continue
        if kind in ("verb", "organisation", "time") or kind in SUFFIXES:
            break
        if end > start and token.text == "May" and end + 1 < limit and doc[end + 1].like_num:
            break  # 'met A B May 15': a date, though May is a surname too (session 30)
        if end > start and token.text in _NEVER_INSIDE:
            break  # 'General A B / The Chief ...': a headline's name ends there (round 20)
        if end > start and _glued_on(doc, end):
            break  # 'Spanish CounterpartFu Quanyou': a page's lost line break (session 39)
        country_first = end == start and country_in_name(doc, end, limit, words)
        if end > start and demonym_in_name(doc, end, limit):
            end += 1  # 'Lai Thai Binh': a demonym's word inside a name (session 17)
            count += 1
            continue
        if token.ent_type_ and not place_in_name(doc, end, limit) and not country_first:
            # 'Air Chief Marshal A Houston,': after a rank, one given name is enough
            # to tell that the city closes a person's name (session 17).
            ranked = end - start == 1 and start > 0 and doc[start - 1].ent_type_ == "RANK"
            if (end - start >= 2 or ranked) and place_ends_name(doc, end, limit):
                end += 1  # 'Minister A B Trujillo and ...' (round 14)
            break
        if is_name(token.text) and not (end == start and token.text in NOT_NAMES):
            end += 1
            count += kind != "particle"
            continue
        if end > start and capital_surname(token.text) and _named_before(doc, start, end):
            end += 1  # 'Yaşar GÜLER'; 'Ahmed Fathi IBRAHIM KHALIFA' (session 35)
            count += 1
            continue
        if end > start and nickname(doc, end, limit):
            end += 3  # 'William (Bill) Hart': a nickname in brackets (round 22)
            continue
        if end == start and family_first(doc, end, limit, words):
            end += 1  # 'Defense Minister HAMADA Yasukazu' (round 22)
            count += 1
            continue
        initial = end > start and bool(INITIAL.match(token.text))
        # Dotted initials opening a name, or in its middle ('Retno L.P. Marsudi',
        # session 31), but no country's ('U.S.').
        dotted = bool(_OPENING_INITIALS.match(token.text)) and not token.ent_type_
        initial = initial or dotted
        initial = initial or titles.leading_initials(token.text)
        initial = (initial or (end == start and titles.run_initials(doc, end))) and end + 1 < limit
        if initial and is_name(doc[end + 1].text):
            # A middle initial: 'Gilberto C. Reyes'.
            end += 1
            continue
        if initial and end == start and _dotted_initials(doc, end, limit):
            end += 1  # 'O. O. Adeyemi': one dotted initial after another (round 9)
            continue
        if end == start and (bare := bare_initials(doc, end, limit)):
            end += bare  # 'Admiral R Hari Kumar', 'Gen B S Rao' (round 14)
            continue
        joined = _joined(doc, end, limit, kind, words) if end > start else 0
        if joined:
            end += joined
            count += 1
            continue
        break
    if end == start or _names_a_thing(doc, start, end, limit, words):
        return first
    if start > first and end < limit and doc[end].ent_type_ == "RANK":
        # 'Pehin Datu Laila Major General X': honorific words up to a rank are a
        # title of honour (a chain of them), and the name comes after the rank.
        return first
    return end


def _glued_on(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` starts a capitalised word glued to a word that ends
    in small letters ('CounterpartFu', 'LaosSergey'), where a page lost a line break
    (gazetteer.pipeline parts them)."""
    before = doc[i - 1]
    return (
        not before.whitespace_
        and before.is_alpha
        and before.text[-1:].islower()
        and doc[i].text[:1].isupper()
    )


def _month_named(doc: Doc, i: int, limit: int) -> bool:
    """Whether the month at ``i`` is a given name: right after a title and before a
    name word that is no day ('Foreign Minister January Makamba'; 'the President
    October 25' is a date)."""
    after = doc[i + 1] if i + 1 < limit else None
    titled = i > 0 and doc[i - 1].ent_type_ in ("POST", "RANK")
    return (
        titled
        and doc[i].lower_ in MONTHS
        and after is not None
        and is_name(after.text)
        and not after.like_num
        and not after.ent_type_
    )


def bare_initials(doc: Doc, i: int, limit: int) -> int:
    """How many undotted one-letter initials open a name at ``i`` right after a rank
    or a title ('Admiral R Hari Kumar', 'Gen B S Rao'), as South Asian outlets write
    first names: one to four capitals ('Lieutenant General H L V M Liyanage', as Sri
    Lankan names are written; session 33), each its own token, then a name that is
    not in capitals. 'A' and 'I' open one only before another initial ('A K Rao'). 0
    when none does, or when no rank or title stands before ``i``."""
    if i == 0 or doc[i - 1].ent_type_ not in ("RANK", "POST"):
        return 0
    j = i
    while j < limit and j - i < 4 and len(doc[j].text) == 1 and doc[j].text.isupper():
        j += 1
    if j == i or j >= limit or not is_name(doc[j].text) or len(doc[j].text) < 2:
        return 0
    if j - i == 1 and doc[i].text in ("A", "I"):
        return 0
    return j - i


def _dotted_initials(doc: Doc, i: int, limit: int) -> bool:
    """Whether dotted initials, each its own token, open a name at ``i`` ('O. O.
    Adeyemi', 'S. K. Okafor'): two or three, then a name."""
    j = i
    while j < limit and j - i < 3 and _OPENING_INITIALS.match(doc[j].text):
        j += 1
    if j == i + 1 and j < limit and len(doc[j].text) == 1 and doc[j].text.isupper():
        j += 1  # 'S. M Okafor': the second initial written without its dot (round 14)
    return j - i >= 2 and j < limit and is_name(doc[j].text)


# 'Sheikh' before an Arab name of lineage ('Sheikh A bin B Al C') is a style; before
# a name of two words or more with none of those words it is a name of its own
# ('Air Chief Marshal Shaikh A B', Bangladesh; session 27).
_SHEIKHS = frozenset({"Sheikh", "Shaikh", "Sheik"})
_LINEAGE = frozenset({"bin", "bint", "ibn", "al", "el", "ben"})


def sheikh_named(texts: list[str]) -> bool:
    """Whether 'Sheikh' opening ``texts`` (the words from it on) is part of a name."""
    if not texts or texts[0] not in _SHEIKHS:
        return False
    rest: list[str] = []
    for text in texts[1:7]:
        if not is_name(text):
            break
        rest.append(text)
    lineage = any(t.lower().split("-")[0] in _LINEAGE for t in rest)
    return len(rest) >= 2 and not lineage


def honorific_length(words: Mapping[str, str], texts: list[str]) -> int:
    """How many of the words ``texts`` an honorific at their start takes: one
    ('Sayyid'), two for a phrase of name_stopwords.csv ('Tan Sri') or for one whose
    apostrophe the tokenizer split off ("Dato'"); 0 when none starts there."""
    if len(texts) > 1 and words.get(f"{texts[0]} {texts[1]}") == "honorific":
        return 2
    if word_kind(words, texts[0]) != "honorific":
        return 0
    return 2 if len(texts) > 1 and texts[1] in ("'", "\u2019") else 1


def apposition_ends(doc: Doc, i: int, words: Mapping[str, str]) -> bool:
    """Whether a title set off after a name ends at token ``i``: at 'with' ('X, the
    Minister of Defence with the Minister of ... Y'), or at 'and' before an honorific
    that opens the next name ('X, Minister of Trade and the Honourable Y, ...';
    session 17)."""
    if doc[i].lower_ == "with":
        return True
    k = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
    return (
        doc[i].lower_ == "and"
        and k < len(doc)
        and bool(honorific_length(words, [t.text for t in doc[k : k + 2]]))
    )


# Dashes some outlets print for a name's hyphen ('Al\u2013Zaabi'); only glued on both
# sides, so that a dash set between spaces still parts a name from a title.
_GLUED_DASHES = ("\u2010", "\u2011", "\u2013")


def _joined(doc: Doc, i: int, limit: int, kind: str | None, words: Mapping[str, str]) -> int:
    """How many tokens a joiner at ``i`` and the name part after it take: 'Al-Bowardi',
    'Sung-min', 'bin Zayed', 'al-Ruwaili'; 0 when none does."""
    token = doc[i]
    glued = not doc[i - 1].whitespace_ and not token.whitespace_
    joiner = token.text in ("-", *_GLUED_DASHES, "'", "\u2019") and not doc[i - 1].whitespace_
    # "Secretary A B' Bilateral Meeting": an apostrophe then a space ends the name.
    joiner = joiner and not (token.text != "-" and token.whitespace_)
    hyphen = i + 2 < limit and doc[i + 1].text in ("-", *_GLUED_DASHES) and not token.whitespace_
    if kind == "particle" and hyphen and is_name(doc[i + 2].text):
        return 3  # 'al-Ruwaili': a particle glued to the name part by a hyphen
    if kind == "particle" and token.lower_ in PATRONYMIC_PARTICLES:
        return 1  # 'Hasanov Zakir Asgar oglu, Minister ...' (round 9)
    chained = i + 2 < limit and doc[i + 1].lower_ in words and is_name(doc[i + 2].text)
    if kind == "particle" and chained and words[doc[i + 1].lower_] == "particle":
        return 3  # 'van der Laan': two particles (round 9)
    if (joiner or kind == "particle") and i + 1 < limit:
        after = doc[i + 1].text
        if is_name(after) or (glued and token.text == "-" and after.isalpha()):
            return 2
    return 0


def _names_a_thing(doc: Doc, start: int, end: int, limit: int, words: Mapping[str, str]) -> bool:
    """Whether capitalised words name a body or a place, not a person: a body's noun
    or a place's noun right after them ('Ho Chi Minh City', 'Ho Chi Minh's
    Mausoleum')."""
    after = word_kind(words, doc[end].text) if end < limit else None
    if after in ("organisation", "place"):
        return True
    possessive = end + 1 < limit and doc[end].lower_ in POSSESSIVE
    return possessive and word_kind(words, doc[end + 1].text) == "place"


def past_bodies(doc: Doc, start: int, limit: int, words: Mapping[str, str]) -> int:
    """Where a name starts after a title that runs on into a body's name ('Chief of
    Staff of the People's National Army Said X'): after the last body's noun of the
    capitalised words from ``start``, when a name follows it; else ``start``."""
    last = None
    i = start
    while i < limit and i - start < 10:
        text = doc[i].text
        if word_kind(words, text) == "organisation":
            last = i
        elif not (is_name(text) or doc[i].lower_ in POSSESSIVE | {"-"}):
            break
        i += 1
    if last is None or last + 1 >= limit or not is_name(doc[last + 1].text):
        return start
    return last + 1


def place_ends_name(doc: Doc, i: int, limit: int) -> bool:
    """A city's one-word name closing a name of two words or more that ends the
    clause ('Minister A B Trujillo and ...'): a surname that is also a city's name.
    No comma or dash before it, and a lowercase word, a comma or a stop after it."""
    token = doc[i]
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (
        token.ent_type_ == "PLACE"
        and token.ent_iob_ == "B"
        and is_name(token.text)
        and (after is None or after.ent_iob_ != "I")
        and (i + 1 >= limit or after is None or after.text in (",", ".") or after.is_lower)
    )


def demonym_in_name(doc: Doc, i: int, limit: int) -> bool:
    """A demonym of one word between two plain name words ('Lai Thai Binh', a
    Vietnamese name): part of the name, not a country's word."""
    token = doc[i]
    return (
        token.ent_type_ == "DEMONYM"
        and token.ent_iob_ == "B"
        and i + 1 < limit
        and doc[i + 1].ent_iob_ != "I"
        and is_name(doc[i - 1].text)
        and not doc[i - 1].ent_type_
        and is_name(doc[i + 1].text)
        and not doc[i + 1].ent_type_
    )


def place_in_name(doc: Doc, i: int, limit: int) -> bool:
    """A city that starts a name ('Sofia Lindqvist'): one word, followed by a name."""
    token = doc[i]
    return (
        token.ent_type_ == "PLACE"
        and token.ent_iob_ == "B"
        and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")
        and i + 1 < limit
        and is_name(doc[i + 1].text)
        and not doc[i + 1].ent_type_
        and doc[i + 1].text not in titles.PLACE_NOUNS  # 'Dhaka Cantonment': a place
    )


def strip_honorifics(name: str, words: Mapping[str, str]) -> str:
    """The name without the honorifics before it ('His Royal Highness Prince X' is
    X), with a surname in capitals written as a name ('Jean DUPONT' is 'Jean
    Dupont')."""
    parts = name.strip('"\u201c\u201d ').split()
    # 'Gilberto "Gibo" Teodoro': a nickname in quotes is no part of the name (round 23).
    parts = [p for k, p in enumerate(parts) if not (k > 0 and _QUOTED_NICKNAME.match(p))]
    # And one in brackets ('William (Bill) Hart', session 18).
    parts = [p for k, p in enumerate(parts) if not (k > 0 and _BRACKETED_NICKNAME.match(p))]
    while len(parts) > 1 and (honorific := honorific_length(words, parts[:2])):
        if sheikh_named(parts):
            break
        del parts[: min(honorific, len(parts) - 1)]
    while len(parts) > 2 and word_kind(words, parts[0]) == "common":
        # 'Minister of Police and Fire Service A B': a portfolio's or a trade's word
        # glued to the name ('Economist A B') is no part of it (session 17).
        del parts[0]
    while len(parts) > 1 and word_kind(words, parts[-1]) in SUFFIXES:
        parts.pop()  # 'X Jr.', 'Commodore X HN'
    for k in range(1, len(parts)):
        if capital_surname(parts[k]) and is_name(parts[k - 1]):
            parts[k] = parts[k].title()  # 'GÜLER'; both of 'IBRAHIM KHALIFA' (session 35)
    return " ".join(parts)


def nickname(doc: Doc, i: int, limit: int) -> bool:
    """A nickname in brackets inside a name ('William (Bill) Hart'): one plain name
    word in brackets, after a name word and before another (round 22); or in quotes
    ('William "Bill" Hart', round 23: the label leaves it out, strip_honorifics)."""
    return (
        i + 3 < limit
        and (doc[i].text, doc[i + 2].text) in _NICKNAME_MARKS
        and is_name(doc[i - 1].text)
        and all(is_name(doc[k].text) and not doc[k].ent_type_ for k in (i + 1, i + 3))
    )


def family_first(doc: Doc, i: int, limit: int, words: Mapping[str, str]) -> bool:
    """A family name in capitals before the given name, as Japanese and some other
    official releases write it ('Defense Minister HAMADA Yasukazu'): right after a
    title, a rank or an honorific, followed by a plain name word (round 22, meetings
    found)."""
    after = doc[i + 1] if i + 1 < limit else None
    # Session 31: after an honorific too ('H.E. Mr. YAMADA Takio, Ambassador').
    before = doc[i - 1] if i > 0 else None
    return (
        before is not None
        and (before.ent_type_ in ("POST", "RANK") or word_kind(words, before.text) == "honorific")
        and capital_surname(doc[i].text)
        and not doc[i].ent_type_
        and after is not None
        and not after.ent_type_
        and is_name(after.text)
        and word_kind(words, after.text) is None
    )


def country_in_name(doc: Doc, i: int, limit: int, words: Mapping[str, str]) -> bool:
    """A country's one-word name that starts a name ('Israel Katz', 'Jordan
    Kamau', session 13): right after a title or a rank ('Defence Minister Israel
    Katz'), followed by a plain name word (not 'Israel Defense Forces') that ends the
    name: after a title, 'Australia A B' is the title's country and a name of two
    words (session 26: 'Chief of the Defence Force Ruritania A B')."""
    token = doc[i]
    after = doc[i + 1] if i + 1 < limit else None
    third = doc[i + 2] if i + 2 < limit else None
    if (
        third is not None
        and not third.ent_type_
        and is_name(third.text)
        and word_kind(words, third.text) in (None, "particle")
    ):
        return False
    return (
        i > 0
        and doc[i - 1].ent_type_ in ("POST", "RANK")
        and token.ent_type_ == "COUNTRY"
        and token.ent_iob_ == "B"
        and after is not None
        and after.ent_iob_ != "I"
        and not after.ent_type_
        and is_name(after.text)
        and word_kind(words, after.text) is None
        and after.text not in titles.PLACE_NOUNS
    )
