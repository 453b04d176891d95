"""The other participant of a one-person guessed meeting (round 13, meetings not
drafted): where the person rules read one participant of the meeting an article
reports, a name its sentence writes in a shape they do not read ('A met the US
Deputy Assistant Secretary for X, Y, Ann B. Kerr in Z'; 'Jon Doe, vice chairman of
the commission, met A') is read as the other participant: two to four capitalised
words in a row that are no entity, title word, stop word or word of
name_stopwords.csv, middle initials allowed, in a sentence that is no headline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import POSSESSIVE
from .name_forms import given_name
from .names import DOTTED_INITIAL, word_kind

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Span, Token

    from .findings import Person
    from .meetings import MeetingRules

_LONGEST = 4
_PROSE = 3
_TITLES = {"POST", "RANK"}


def _headline(sent: Span) -> bool:
    """A sentence of fewer than three lower-case words besides stop words (a headline
    run into the text) that ends in no full stop: one that does is prose, however
    many of its words are titles and names ('A, Minister of X, met B in C.', round 19)."""
    if sent.text.rstrip().endswith((".", "!", "?")):
        return False
    return sum(t.is_alpha and t.is_lower and not t.is_stop for t in sent) < _PROSE


def _titled(token: Token, title_words: frozenset[str]) -> bool:
    return token.ent_type_ in _TITLES or token.text in title_words


def _glued_hyphen(token: Token, words: Mapping[str, str], title_words: frozenset[str]) -> bool:
    """A hyphen glued between two name words ('Jean-Marie'): it joins them into one
    part of the name rather than ending the run of names (session 18)."""
    if token.text != "-" or token.whitespace_ or token.nbor(-1).whitespace_:
        return False
    if token.i + 1 >= len(token.doc):
        return False
    after = token.nbor(1)
    return given_name(after, words, title_words) and not after.is_stop


def _particle(token: Token, words: Mapping[str, str], title_words: frozenset[str]) -> bool:
    """A particle inside a name ('bin', 'Ould', 'al' of 'al-Burhan'), before a name
    word or a hyphen glued to one."""
    if word_kind(words, token.text) != "particle" or token.i + 1 >= len(token.doc):
        return False
    after = token.nbor(1)
    if after.text == "-" and not token.whitespace_:
        return _glued_hyphen(after, words, title_words)
    return given_name(after, words, title_words) or word_kind(words, after.text) == "particle"


def other_participant(reader: MeetingRules, sent: Span, person: Person) -> Person | None:
    """The one name the meeting's sentence writes besides the person read, if it
    writes exactly one such; else none."""
    if _headline(sent):
        return None
    words, title_words = reader.gaz.name_words, reader.gaz.title_words
    runs: list[tuple[list[str], bool]] = []
    run: list[str] = []
    titled = False
    for token in [*sent, None]:
        if token is not None and (
            (given_name(token, words, title_words) and not token.is_stop)
            or (run and DOTTED_INITIAL.match(token.text))
        ):
            if not run and token.i > sent.start:
                # A name right after its title is the person rules' to read; one
                # they left ('President A B', said in passing) stays unread.
                titled = _titled(token.nbor(-1), title_words)
            run.append(token.text)
            continue
        if token is not None and run and _glued_hyphen(token, words, title_words):
            run.append(token.text)  # 'Jean-Marie', 'Szalay-Bobrovniczky': one name part
            continue
        if token is not None and run and _particle(token, words, title_words):
            run.append(token.text)  # 'A bin B', 'A Ould B', 'A al-B' (session 18)
            continue
        while run and DOTTED_INITIAL.match(run[-1]):
            run.pop()
        while run and word_kind(words, run[-1]) == "particle":
            run.pop()
        # 'Jean-Marie' is one part of a name, 'Anti-Human' alone none; particles
        # do not count ('Tamim bin Hamad Al Thani' has three parts).
        parts = " ".join(run).replace(" - ", "-").split()
        owner = token is not None and token.lower_ in POSSESSIVE  # 'A B's forces'
        named = len([w for w in parts if word_kind(words, w) != "particle"])
        if 2 <= named <= _LONGEST and not owner:
            runs.append((run, titled))
        run, titled = [], False
    known = {w.lower() for p in reader.findings.persons for w in p.name.split()}
    found = [(r, titled) for r, titled in runs if not {w.lower() for w in r} & known]
    if len(found) != 1 or found[0][1]:
        return None
    name = " ".join(found[0][0]).replace(" - ", "-")
    if person.surname.lower() in name.lower():
        return None
    other = reader.person(name, sent.text.strip(), "name in a meeting's sentence")
    other.mentions = max(other.mentions, 1)
    return other
