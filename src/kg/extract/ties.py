"""Which label the EntityRuler gives a span that two rows of the tables label
differently (session 14): 'Singapore' is a country and a city, 'Commander' a rank
and a post.

spaCy's ruler puts its matches in a set and sorts them by length and start
alone, so between two labels of one span the set's order chose, that is the hash
of (label and id, start, end): the same words read one way at one place of an
article and the other way a word later, and a row put into the middle of
post_titles.csv renumbered the posts' ids and turned unrelated readings. Here the
same sort is made total: after length and start, the label's place in
``PRECEDENCE``, then the id ('hyderabad-in' before 'hyderabad-pk'), neither of
which depends on the rows' order."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.pipeline import EntityRuler
    from spacy.tokens import Doc

PRECEDENCE = ("COUNTRY", "RANK", "POST", "PLACE")
"""The labels that tie in the tables, the first winning; a new kind of tie fails
tests/test_extract_ties.py until it is named here. A country before its city of
the same name (Singapore, Hong Kong, Djibouti, Luxembourg, Monaco, Gibraltar, San
Marino, Vatican City), since a hundred rules ask for a person's or a side's
country and a meeting placed in such a country is written as that city
(``Gazetteer.as_place``, as the gold writes 'place:singapore'); a rank before a
post ('Commander'), which commander.py then settles by the words beside it.
Labels not named here (the trigger phrases) come after, by name."""

_RANK = {label: k for k, label in enumerate(PRECEDENCE)}

Match = tuple[int, int, int]


def _order(ruler: EntityRuler, match_id: int) -> tuple[int, str, str]:
    label, ident = ruler._ent_ids.get(match_id) or (ruler.nlp.vocab.strings[match_id], "")
    return (_RANK.get(label, len(PRECEDENCE)), label, str(ident))


def ordered_matches(ruler: EntityRuler, doc: Doc) -> list[Match]:
    """The ruler's matches as ``EntityRuler.match`` gives them (the longest first,
    then the earliest), with ties between labels of one span settled by
    ``PRECEDENCE`` and then by id."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="\\[W036")
        found = list(ruler.matcher(doc)) + list(ruler.phrase_matcher(doc))
    unique = {(m_id, start, end) for m_id, start, end in found if start != end}
    return sorted(unique, key=lambda m: (m[1] - m[2], m[1], _order(ruler, m[0])))


def settle_ties(ruler: EntityRuler) -> None:
    """Make the ruler settle ties between labels as ``ordered_matches`` does."""

    def match(doc: Doc) -> list[Match]:
        return ordered_matches(ruler, doc)

    # An instance attribute: spaCy's __call__ asks self.match.
    setattr(ruler, "match", match)  # noqa: B010
