"""How news writes a person's title: brackets inside it ('United States (US)
Minister of Defense (Menhan)'), two posts joined by 'and', and posts the
tables do not name ('Chairman Joint Chiefs of Staff Committee')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model.identity import slug
from .findings import NATION_LABELS, POSSESSIVE
from .gazetteer import PostTitle
from .sides import OFFICIAL

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .findings import Mention

# The longest bracket skipped inside a title: an abbreviation or a short gloss.
_BRACKET_WORDS = 4


def after_brackets(doc: Doc, i: int, limit: int) -> int:
    """Where the words after a short bracket at ``i`` start ('(US)', '(Menhan)');
    ``i`` when no bracket starts there."""
    if i >= limit or doc[i].text != "(":
        return i
    for j in range(i + 1, min(limit, i + _BRACKET_WORDS + 2)):
        if doc[j].text == ")":
            return j + 1 if j > i + 1 else i
        if doc[j].text in ("(", ".", ";"):
            break
    return i


def after_title(doc: Doc, title: Span, limit: int) -> int:
    """Where a name after a title or a rank may start: past a short bracket
    ('Minister of Defense (Menhan) Lloyd Austin') or, after a rank, past a comma
    before a capitalised word no entity holds ('Major-General, Roger Mathews';
    session 30), and past a post's portfolio ('for Arab Affairs'; session 31)."""
    i = title.end
    if title.label_ == "RANK":
        # Indonesian ranks name the armed forces after them: 'Admiral TNI A B',
        # 'Major General of the TNI C D' (session 30).
        words = [t.text for t in doc[i : min(limit, i + 3)]]
        i += 1 if words[:1] == ["TNI"] else 3 if words == ["of", "the", "TNI"] else 0
    comma = i + 1 < limit and doc[i].text == "," and title.label_ == "RANK"
    if comma and doc[i + 1].is_title and not doc[i + 1].ent_type_:
        return i + 1
    if title.label_ == "POST":
        i = _past_affairs(doc, i, limit)
    return after_brackets(doc, i, limit)


# The most words of a post's portfolio: 'for Gulf and African Affairs'.
_PORTFOLIO = 6


def _past_affairs(doc: Doc, i: int, limit: int) -> int:
    """Past a portfolio after a post's title, in capitals and ending in 'Affairs'
    ('Deputy Foreign Minister for Gulf and African Affairs A', session 31); else
    ``i``."""
    if i >= limit or doc[i].lower_ != "for":
        return i
    for k in range(i + 1, min(limit, i + 1 + _PORTFOLIO)):
        word = doc[k]
        if word.text == "Affairs":
            return k + 1
        if not (word.is_title or word.lower_ == "and"):
            return i
    return i


def title_start(doc: Doc, start: int, head: int) -> int:
    """Where a title that ends in its head word ('Defense and Armed Forces
    Logistics Minister') begins: after the last country or demonym (and its
    "'s") between ``start`` and the head, else at ``start``. A head just after 'of'
    starts its title: 'Readout of Director X' (a headline) names no post 'Readout of
    Director' (round 13)."""
    if head > start and doc[head - 1].lower_ == "of":
        return head
    first = start
    for i in range(start, head):
        if doc[i].ent_type_ in NATION_LABELS:
            first = i + 1
            if first < head and doc[first].lower_ in POSSESSIVE:
                first += 1
    return first


def adhoc_post(doc: Doc, start: int, end: int) -> PostTitle | None:
    """A post the table does not name, from its words: 'Head of the International
    Military Cooperation Department of the Ministry of Defence of Belarus' is the
    post 'Head of ... of the Ministry of Defence' in that ministry of Belarus."""
    countries = {
        e.start: e for e in doc.ents if start <= e.start < end and e.label_ in NATION_LABELS
    }
    words: list[str] = []
    i = start
    while i < end and doc[i].text not in (",", ";", ":", "(", ")", "."):
        if i not in countries:
            # Hyphens join without spaces: 'Commander-in-Chief'.
            glued = words and (doc[i].text == "-" or doc[i - 1].text == "-")
            if glued and not doc[i - 1].whitespace_:
                words[-1] += doc[i].text
            else:
                words.append(doc[i].text)
            i += 1
            continue
        country = countries[i]
        if words and words[-1].lower() in ("in", "to"):
            words.pop()
            break
        if country.label_ == "COUNTRY":
            # '... of the Republic of Belarus': the country is not part of the title.
            if [w.lower() for w in words[-2:]] == ["of", "the"]:
                del words[-2:]
            elif words and words[-1].lower() == "of":
                del words[-1]
        i = country.end
        if i < end and doc[i].lower_ in POSSESSIVE:
            i += 1
    title = " ".join(words)
    if len(words) < 3:
        return None
    if _clause(words):
        # Words of the story before the name, not a title: the post is unknown, the
        # country they name still the holder's.
        return OFFICIAL
    ministry = re.search(r"\bMinistry of (?:the )?[A-Z][\w-]*(?: (?:and )?[A-Z][\w-]*)*", title)
    stem = ministry.group(0).replace("Defense", "Defence") if ministry else ""
    return PostTitle(slug(title)[:50].strip("-"), title, stem, False)


# Words that make the words before a name a clause or a phrase of the story, not a
# title ('During the visit to the', 'A delegation from ... visited', 'This came after
# ...'): a verb, or an opening or closing word no title has (session 18).
_CLAUSE_WORDS = frozenset(
    {"is", "are", "was", "were", "came", "said", "says", "included", "includes", "visited"}
    | {"rendered", "welcomed", "received", "met", "held", "led", "paid", "attended"}
)
_NO_TITLE_START = frozenset(
    {"during", "this", "that", "these", "a", "an", "in", "and", "its", "his", "her", "their"}
    | {"said", "welcoming", "following", "after", "with", "cooperation", "as"}
)
_NO_TITLE_END = frozenset({"the", "of", "to", "at", "in", "as", "well", "and", "for", "a", "an"})


def _clause(words: list[str]) -> bool:
    return (
        words[0].lower() in _NO_TITLE_START
        or words[-1].lower() in _NO_TITLE_END
        or any(w in _CLAUSE_WORDS for w in words)
    )


# Nouns of the bodies a title names after its head ('of the National Security
# Council', 'of the Azerbaijani Armed Forces'), besides the words of post_titles.csv.
BODIES = frozenset(
    {
        *("Armed", "Forces", "Force", "Staff", "Council", "Security", "National", "Committee"),
        *("Office", "Command", "Department", "Directorate", "Service", "Services", "Army"),
        *("Navy", "Air", "Joint", "General", "Military", "Defence", "Defense", "State"),
        *("Republic", "Federation", "Union", "Ministry", "Kingdom", "President's", "Presidential"),
        *("Production", "Industry", "Affairs", "Logistics", "Intelligence", "Operations"),
        *("Special", "Component", "Cooperation", "International", "Policy", "Planning"),
        *("Operation", "Components", "Headquarters", "Guard", "Border", "Naval", "Marine"),
        *("Procurement", "Armament", "Armaments"),  # a portfolio ("for Procurement and ...")
    }
)
JOINERS = {"of", "the", "for", "and"} | POSSESSIVE


def name_after_title(doc: Doc, start: int, limit: int, words: frozenset[str]) -> int | None:
    """Where a name starts after a title that runs on past its head: 'Chief of Staff
    of the Armed Forces Mohamed Farid', 'Secretary General of the National Security
    Council of the Republic of Turkey Seyfullah H.': the first capitalised word
    that is no word of a title (``words``, or a body's noun) nor a country. None
    when something else (a verb, a comma) comes first."""
    i = start
    while i < limit and i - start < 16:
        token = doc[i]
        skipped = after_brackets(doc, i, limit)
        if skipped > i:
            i = skipped
            continue
        if token.ent_type_ == "RANK":
            return None  # 'Commander of X Colonel Y': the rank's own rule reads it
        if token.lower_ in JOINERS or token.ent_type_ in ("POST", *NATION_LABELS):
            i += 1
            continue
        if token.text in words or token.text in BODIES:
            i += 1
            continue
        titled = doc[i - 1].lower_ not in JOINERS
        if titled and token.text[:1].isupper() and any(c.isalpha() for c in token.text):
            return i
        body = _body_name_end(doc, i, limit, words)
        if body is not None:
            i = body  # 'of Transformation Management Office': a body's own name
            continue
        if token.text == "," and i + 2 < limit and doc[i + 1].text in _HONORIFICS:
            # 'Permanent Secretary of the Ministry of Defence, Dr X': a comma, then
            # an honorific, still introduces the holder (round 3, news-more-c).
            return i + 1
        return None
    return None


# Honorifics that only stand before a name ('Dr', 'Mrs'): after a title and a
# comma they tell that a name follows.
_HONORIFICS = frozenset({"Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof.", "Prof"})


def _body_name_end(doc: Doc, i: int, limit: int, words: frozenset[str]) -> int | None:
    """After 'of (the)', up to three capitalised words ending in a body's noun
    ('Transformation Management Office') name that body: where its noun is."""
    if doc[i - 1].lower_ not in JOINERS:
        return None
    j = i
    while j < limit and j - i < 3 and doc[j].text[:1].isupper() and doc[j].is_alpha:
        if doc[j].text in BODIES or doc[j].text in words:
            return j if j > i else None
        j += 1
    return j if j > i and j < limit and doc[j].text in BODIES else None


def title_end(doc: Doc, start: int, limit: int, words: frozenset[str]) -> int:
    """Where a title that starts at ``start`` ends: at the first word that is no
    word of a title, a body's noun, a country or a joiner."""
    i = start
    while i < limit and i - start < 16:
        token = doc[i]
        plain = token.text in words or token.text in BODIES or token.lower_ in JOINERS
        if not (plain or token.ent_type_ in ("POST", *NATION_LABELS)):
            break
        i += 1
    while i > start and doc[i - 1].lower_ in JOINERS:
        i -= 1
    return i


def unheld_roles(
    words: frozenset[str], doc: Doc, sent: Span, actors: list[Mention]
) -> list[tuple[PostTitle, str]]:
    """A post with its country that opens a sentence without a holder's name ('The
    commander of Polish Special Operations Component Command paid a visit')."""
    first = sent.start + (1 if doc[sent.start].lower_ == "the" else 0)
    if first + 1 >= sent.end or doc[first + 1].lower_ != "of":
        return []
    # 'Commander' is a naval rank as well as the head of a command.
    if doc[first].ent_type_ not in ("POST", "RANK") or doc[first].ent_iob_ != "B":
        return []
    if any(a.start <= first < a.end for a in actors):
        return []
    end = title_end(doc, first + 1, sent.end, words)
    post = adhoc_post(doc, first, end)
    countries = [
        e.ent_id_ for e in sent.ents if first <= e.start < end and e.label_ in NATION_LABELS
    ]
    if post is None or len(set(countries)) != 1:
        return []
    return [(post, countries[0])]


def leading_initials(text: str) -> bool:
    """Two capitals that open a name as its initials ('AVM SK Aneke', 'TY Buratai'):
    Nigerian and Indian outlets write first names so."""
    return len(text) == 2 and text.isalpha() and text.isupper()


def run_initials(doc: Doc, i: int) -> bool:
    """Three or four capitals that open a name as its initials when a plain name word
    follows ('Lt Gen HLVM Liyanage', 'Col ELS Gyedu'; round 19, empty drafts): Sri
    Lankan and West African outlets write first names so. Not before a word of an
    entity ('COAS General', 'ISPR Director'), nor after a lower-case word: the end of
    a title ('Inspector General of FAR A B')."""
    text, after = doc[i].text, doc[i + 1] if i + 1 < len(doc) else None
    return (
        not (i > 0 and doc[i - 1].is_lower)
        and 3 <= len(text) <= 4
        and text.isalpha()
        and text.isupper()
        and after is not None
        and not after.ent_type_
        and after.text[:1].isupper()
        and after.text[1:2].islower()
    )


def word_before(doc: Doc, i: int) -> str:
    """The word before a country's name, past an article: 'in' for 'in the
    Republic of Serbia' (where an ambassador is accredited)."""
    before = doc[i - 1].lower_ if i > 0 else ""
    return doc[i - 2].lower_ if before == "the" and i > 1 else before


# Nouns that follow a city's name in the name of a place in or near it ('Dhaka
# Cantonment', 'Abuja Airport'): after a city they start no person's name.
PLACE_NOUNS = frozenset(
    {
        *("Cantonment", "Airport", "Port", "Harbour", "Harbor", "Garrison", "Airbase"),
        *("Province", "Region", "District", "Governorate", "Oblast", "City", "Barracks"),
    }
)


def after_a_name(token: Token) -> bool:
    """'and' right after a name that no table knows ('Minister A Rusu and Pentagon
    chief B'): what stands before it belongs to that other person."""
    if token.lower_ != "and" or token.ent_type_ or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.is_title and not before.ent_type_ and not before.is_sent_start
