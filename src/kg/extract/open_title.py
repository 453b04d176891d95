"""A name after a title the tables leave open (round 20): 'the Italian Chief of
Staff, A B, met ...', 'the head of the agency, A B.' The title names no post the
tables know, but the words after it are still a person's name."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from . import names, titles
from .findings import NATION_LABELS, POSSESSIVE
from .titles import JOINERS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .gazetteer import Gazetteer


def holder(start: int, end: int) -> bool:
    """Whether the name at ``start:end`` after an open title is a person's: two
    words or more (one word may be a place or a body the title runs on into)."""
    return end - start >= 2


def lower(doc: Doc, ent: Span, words: Mapping[str, str]) -> bool:
    """Whether a post title or rank written in lower case ('defense Minister', 'the
    chief of staff', 'general major') is followed right away by a name of two words
    or more: 'Greek defense Minister A B is visiting ...'. A name of one word after
    a lower-case title is left to the rules for references ('the minister Monday')."""
    limit = ent.sent.end
    # A rank in lower case has a word of its own at least ('general major A B',
    # session 26: the tables match only ranks of two words or more so written).
    titled = ent.label_ == "POST" or (ent.label_ == "RANK" and " " in ent.text)
    return titled and names.name_end(doc, ent.end, limit, words) - ent.end >= 2


# Small words inside a long title besides titles.JOINERS: 'Ambassador to the X
# Republic', 'Joint Secretary at X Ministry', 'Under Secretary in charge of X'.
_MORE_JOINERS = frozenset({"to", "at", "in", "charge"})
_LONGEST_TITLE = 24
_LONGEST_NAME = 4


def after_title(doc: Doc, start: int, limit: int, gaz: Gazetteer) -> int | None:
    """Where a name starts after a title (titles.name_after_title), or after a
    long capitalised title that runs on past the tables' words (round 21): 'Chief
    of the Office of Border Affairs of the Directorate of the Xland Ministry A B',
    'Minister of Safety and Security A B', 'Adviser to the King for Communication
    and Coordination A B', 'Undersecretary for Strategic Affairs, A B, said'."""
    found = titles.name_after_title(doc, start, limit, gaz.title_words)
    return found if found is not None else _long_title(doc, start, limit, gaz)


def _titled(token: Token, gaz: Gazetteer) -> bool:
    """A word of a title: the tables' title words, a body's or portfolio's noun."""
    text = token.text
    kind = names.word_kind(gaz.name_words, text)
    return text in gaz.title_words or text in titles.BODIES or kind == "organisation"


def _run_end(doc: Doc, i: int, limit: int) -> int:
    """Where the capitalised words from ``i`` end ('Anti-Human Trafficking A B')."""
    j = i
    while j < limit and j - i < 10:
        text = doc[j].text
        hyphen = text == "-" and j > i and j + 1 < limit and names.is_name(doc[j + 1].text)
        if not (names.is_name(text) or hyphen or (j > i and doc[j].lower_ in POSSESSIVE)):
            break
        j += 1
    return j


def _plain_name(doc: Doc, first: int, end: int, gaz: Gazetteer) -> bool:
    """Two to four plain capitalised words, none a title's or an entity's."""
    words = doc[first:end]
    return (
        2 <= len(words) <= _LONGEST_NAME
        and all(names.is_name(t.text) and not t.ent_type_ for t in words)
        and not any(_titled(t, gaz) for t in words)
    )


def _long_title(doc: Doc, start: int, limit: int, gaz: Gazetteer) -> int | None:
    joiners = JOINERS | _MORE_JOINERS
    i = start
    while i < limit and i - start < _LONGEST_TITLE:
        token = doc[i]
        skipped = titles.after_brackets(doc, i, limit)
        if skipped > i:
            i = skipped
            continue
        if token.ent_type_ == "RANK":
            return None
        if token.lower_ in joiners or token.ent_type_ in ("POST", *NATION_LABELS):
            i += 1
            continue
        if _titled(token, gaz) or (token.text == "-" and i > start):
            i += 1
            continue
        if token.text == "," and i > start and doc[i - 1].text[:1].isupper():
            # 'Undersecretary ... for Strategic Affairs, A B, received ...'
            end = _run_end(doc, i + 1, limit)
            closed = end < limit and doc[end].text in (",", ".")
            return i + 1 if closed and _plain_name(doc, i + 1, end, gaz) else None
        if not names.is_name(token.text):
            return None
        end = _run_end(doc, i, limit)
        first = _name_in_run(doc, i, end, gaz)
        if _another_title(doc, end, limit):
            # 'Minister for Immigration A B and Minister for Finance C D': two
            # persons, each after a title, not one title running on to C D. The
            # word after 'for' is the portfolio's, the words after it the name.
            portfolio = doc[i - 1].lower_ in joiners and _plain_name(doc, i + 1, end, gaz)
            if first is not None or portfolio:
                return first if first is not None else i + 1
        if end < limit and doc[end].lower_ in joiners:
            i = end  # 'of Safety and Security': a body's or portfolio's own name
            continue
        return first
    return None


def _name_in_run(doc: Doc, i: int, end: int, gaz: Gazetteer) -> int | None:
    """Where the name starts in the capitalised words ``i:end`` that end a title:
    after its last word of a title (None when no plain name follows it)."""
    first = i if doc[i - 1].lower_ not in JOINERS | _MORE_JOINERS else None
    for k in range(i, end):
        if _titled(doc[k], gaz) or doc[k].ent_type_:
            first = k + 1
    return first if first is not None and _plain_name(doc, first, end, gaz) else None


def _another_title(doc: Doc, end: int, limit: int) -> bool:
    """Whether 'and' and a post's title follow ``end`` ('... and Minister for')."""
    return end + 1 < limit and doc[end].lower_ == "and" and doc[end + 1].ent_type_ == "POST"
