"""Session 16 (persons not read): a title in the plural before a list of names
('Defence Ministers A, B and C discussed ...', 'headed by their respective
Presidents, A and B', 'Secretaries of State A and B'). Each name holds the title's post
in the singular; the country is the one demonym before the title, if any (two or
more are kg.extract.shapes.shared_post's, one per name), or the one named before
the name ('the defence ministers of Chile, A, and Peru, B'). Read before, only the
first name was a person, or none where the plural is no entity of the tables.
Session 17: a country after each name ('the defence ministers A of Mozambique and B
of Malawi') or the countries listed before as many names ('the deputy ministers of
defence of Poland and Slovakia - A and B'), in any case; a bracket after a listed
name ('A (MFA) and B (MoD)')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import span_text
from .plural_titles import post_with_of, singular
from .sides import several_holders

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .gazetteer import PostTitle
    from .people import PersonRules

# The most words a title in the plural has before its last one ('Deputy Defence
# Ministers').
_TITLE_WORDS = 3
# The most words a bracket after a listed name holds, with its brackets.
_BRACKET = 8
# What may stand between a list of countries and the names of their holders.
_BEFORE_NAMES = {",", ":", "-", "\u2013", "\u2014"}
# The words between a plural title and the names it lists, each with its country.
_LIST_OPENERS = {"are", "were", "include", "included", ":"}
# The rule a person read from a plural title is drafted with (kg.extract.draft).
PLURAL_RULE = "plural title and names"


def _title(
    rules: PersonRules, doc: Doc, sent: Span, last: int, *, cased: bool = True
) -> tuple[PostTitle, int, int] | None:
    """The post of a plural title whose plural word is token ``last``, where the
    title starts and where it ends: the words before that word ('Defence
    Ministers') or the 'of' words after it ('Secretaries of State'); the longest
    post of the tables wins. ``cased``: a title in capitals only."""
    word = doc[last].text
    if (cased and not word[:1].isupper()) or singular(word) == word:
        return None
    found = None
    for start in range(last, max(sent.start, last - _TITLE_WORDS) - 1, -1):
        if start < last and cased and not doc[start].text[:1].isupper():
            break
        stem = " ".join([t.text for t in doc[start:last]] + [singular(word)]).lower()
        ident = rules.gaz.post_titles.get(stem)
        if ident is not None and rules.gaz.posts[ident].post:
            found = (rules.gaz.posts[ident], start, last + 1)
        with_of = post_with_of(rules.gaz, doc, sent, stem, last + 1)
        if with_of is not None:
            found = (with_of[0], start, with_of[1])
    return found


def listed_names(rules: PersonRules, doc: Doc, sent: Span, start: int) -> list[tuple[int, int]]:
    """Two names or more listed from ``start`` ('A, B and C', 'A and B'), each of two
    words or more; [] when no such list stands there."""
    names: list[tuple[int, int]] = []
    i = start
    while i < sent.end:
        end = rules.name_end(doc, i, sent.end)
        if end - i < 2 and len(names) >= 2 and doc[i - 1].lower_ == "and":
            break  # 'A, B and C, and lasted': the list ended before that 'and'
        if end - i < 2:
            return []
        names.append((i, end))
        i = _past_brackets(doc, sent, end)
        if i < sent.end and doc[i].text == ",":
            i += 1
        if i < sent.end and doc[i].lower_ == "and":
            i += 1
        elif i == end or i >= sent.end or not doc[i].text[:1].isupper():
            break
    ended = names and doc[names[-1][0] - 1].lower_ == "and"
    return names if len(names) >= 2 and ended else []


def _past_brackets(doc: Doc, sent: Span, i: int) -> int:
    """Past a short bracket right after a name ('A (MFA) and B (MoD)', 'A (Foreign
    Affairs), B (Finance)'); ``i`` when none stands there."""
    if i >= sent.end or doc[i].text != "(":
        return i
    close = next((k for k in range(i + 1, min(i + _BRACKET, sent.end)) if doc[k].text == ")"), None)
    return i if close is None else close + 1


def _names_by_country(
    rules: PersonRules, doc: Doc, sent: Span, start: int
) -> list[tuple[str, tuple[int, int]]]:
    """Countries each with a name, listed from ``start`` after 'of' ('of Chile, A,
    and Peru, B'); [] when no list of two or more stands there."""
    if start >= sent.end or doc[start].lower_ != "of":
        return []
    pairs: list[tuple[str, tuple[int, int]]] = []
    joined = False  # whether the last country follows 'and'
    i = start + 1
    while i < sent.end:
        found = country_at(doc, sent, i)
        if found is None:
            break
        named = i + (doc[i].lower_ == "the")  # where the country's name starts
        joined = doc[named - 1].lower_ == "and" or doc[named - 2].lower_ == "and"
        country, i = found
        if i >= sent.end or doc[i].text != ",":
            break
        end = rules.name_end(doc, i + 1, sent.end)
        if end - i - 1 < 2:
            break
        pairs.append((country, (i + 1, end)))
        i = end + (end < sent.end and doc[end].text == ",")
        if i < sent.end and doc[i].lower_ == "and":
            i += 1
    ended = len(pairs) >= 2 and joined
    return pairs if ended else []


def _each_of_a_country(rules: PersonRules, doc: Doc, sent: Span, last: int) -> bool:
    """'The defence ministers of Chile, A, and Peru, B': a plural title in any case,
    each name after its country; each holds the post for it."""
    found = _title(rules, doc, sent, last, cased=False)
    if found is None:
        return False
    post, first, title_end = found
    pairs = _names_by_country(rules, doc, sent, title_end)
    if not pairs or any(rules.find(span_text(doc[a:b])) for _, (a, b) in pairs):
        return False
    evidence = span_text(doc[first : pairs[-1][1][1]])
    for country, (a, b) in pairs:
        rules.person(span_text(doc[a:b]), evidence, PLURAL_RULE, post=post, country=country)
    return True


def country_at(doc: Doc, sent: Span, i: int) -> tuple[str, int] | None:
    """The country named from token ``i`` ('Malawi', 'the Philippines'), and where
    its name ends; None when none is named there."""
    i += i < sent.end and doc[i].lower_ == "the"
    if i >= sent.end or doc[i].ent_type_ != "COUNTRY" or doc[i].ent_iob_ != "B":
        return None
    country, i = doc[i].ent_id_, i + 1
    while i < sent.end and doc[i].ent_iob_ == "I":
        i += 1
    return country, i


def _country_after(doc: Doc, sent: Span, i: int) -> tuple[str, int] | None:
    """The country named right after token ``i`` by 'of' or 'from' ('of Malawi',
    'from the Philippines'), and where its name ends."""
    if i >= sent.end or doc[i].lower_ not in ("of", "from"):
        return None
    return country_at(doc, sent, i + 1)


def names_each_with_country(
    rules: PersonRules, doc: Doc, sent: Span, start: int
) -> tuple[list[tuple[str, tuple[int, int]]], int]:
    """Names listed from ``start``, each followed by its country ('A of Mozambique and
    B of Malawi', 'A from Paraguay, B from Peru and C from Chile'), and where the
    list ends; [] when no list of two or more, the last after 'and', stands there."""
    pairs: list[tuple[str, tuple[int, int]]] = []
    i, joined, last = start, False, start
    while i < sent.end:
        end = rules.name_end(doc, i, sent.end)
        after = _country_after(doc, sent, end) if end - i >= 2 else None
        if after is None:
            break
        joined = i > start and doc[i - 1].lower_ == "and"
        pairs.append((after[0], (i, end)))
        last = after[1]
        i = last + (last < sent.end and doc[last].text == ",")
        if i < sent.end and doc[i].lower_ == "and":
            i += 1
    return (pairs, last) if len(pairs) >= 2 and joined else ([], start)


def countries_after(doc: Doc, sent: Span, end: int) -> tuple[list[str], int]:
    """The countries listed after a title ('of Armenia and Georgia'), and where
    they stop."""
    i = end
    if i >= sent.end or doc[i].lower_ != "of":
        return [], end
    i += 1
    countries: list[str] = []
    while i < sent.end:
        token = doc[i]
        if token.ent_type_ == "COUNTRY":
            if token.ent_iob_ == "B":
                countries.append(token.ent_id_)
        elif token.lower_ not in (",", "and", "the"):
            break
        i += 1
    return countries, i


def _countries_then_names(
    rules: PersonRules, doc: Doc, sent: Span, start: int
) -> tuple[list[tuple[str, tuple[int, int]]], int]:
    """'of Poland and Slovakia - A and B': two countries or more after 'of', then as
    many names, paired in order, and where the names end; [] when the counts
    differ."""
    countries, i = countries_after(doc, sent, start)
    if len(countries) < 2:
        return [], start
    while i < sent.end and doc[i].text in _BEFORE_NAMES:
        i += 1
    names = listed_names(rules, doc, sent, i)
    if len(names) != len(countries):
        return [], start
    return list(zip(countries, names, strict=True)), names[-1][1]


def _each_named_with_country(rules: PersonRules, doc: Doc, sent: Span, last: int) -> bool:
    """'The defence ministers A of Mozambique and B of Malawi', 'the deputy defence
    ministers of Poland and Slovakia, A and B': a plural title in any case whose
    names each come with a country; each holds the post for it."""
    found = _title(rules, doc, sent, last, cased=False)
    if found is None:
        return False
    post, first, title_end = found
    # 'The new ambassadors are A from X, B from Y and C from Z' (session 37).
    title_end += title_end < sent.end and doc[title_end].lower_ in _LIST_OPENERS
    pairs, end = names_each_with_country(rules, doc, sent, title_end)
    if not pairs:
        pairs, end = _countries_then_names(rules, doc, sent, title_end)
    if not pairs or any(rules.find(span_text(doc[a:b])) for _, (a, b) in pairs):
        return False
    evidence = span_text(doc[first:end])
    for country, (a, b) in pairs:
        rules.person(span_text(doc[a:b]), evidence, PLURAL_RULE, post=post, country=country)
    return True


def plural_names(rules: PersonRules, doc: Doc, sent: Span) -> None:
    """Read each name listed after a plural title as a person holding its post."""
    for last in range(sent.start, sent.end - 2):
        if _each_of_a_country(rules, doc, sent, last):
            continue
        if _each_named_with_country(rules, doc, sent, last):
            continue
        found = _title(rules, doc, sent, last)
        if found is None:
            continue
        post, first, title_end = found
        if title_end >= sent.end:
            continue
        start = title_end + (doc[title_end].text == ",")
        names = listed_names(rules, doc, sent, start)
        if not names or any(rules.find(span_text(doc[a:b])) for a, b in names):
            continue
        before = doc[first - 1] if first > sent.start else None
        country = before.ent_id_ if before is not None and before.ent_type_ == "DEMONYM" else None
        evidence = span_text(doc[first : names[-1][1]])
        listed = [
            rules.person(span_text(doc[a:b]), evidence, PLURAL_RULE, post=post, country=country)
            for a, b in names
        ]
        if country is None and not post.abroad and not several_holders(rules.gaz, post.label):
            # 'Presidents A and B': one holder of such a post to a country, so each
            # is of another country than the first (the context gives no two the same).
            for person in listed[1:]:
                person.counterpart_of = person.counterpart_of or listed[0]
