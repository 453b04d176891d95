"""A person named later (or first) by a surname of several words (round 25):
'General Da Costa Villas Boas' after 'General Eduardo Da Costa Villas Boas',
'President Akufo-Addo' in a headline before 'President Nana Addo Dankwa Akufo-Addo'
in the text, 'Lopez Obrador' for 'Andres Manuel Lopez Obrador'. Iberian double
surnames, compound surnames with particles and hyphenated ones are written alone
as the last words of the full name; the reading (``after_names.by_first_word``)
links a tail of two words read after the full name only. Here, once everything is
read, a name whose words are the last two or more of exactly one longer name is
that person (``name_forms._fuller``).

Not in names of Arab lineage ('A bin B Al C', 'A B Al-C'): there the later words
name a father or a forebear, another person ('Saeed bin Rashid Al Qasimi' is not
'Hamdan bin Saeed bin Rashid Al Qasimi', his son)."""

from __future__ import annotations

from collections.abc import Mapping

from ..model.identity import normalise
from .names import word_kind
from .spelling import same_spelling

# The particles of a name of lineage ('bin', 'Al-'): its tail may be a father's name.
_LINEAGE = frozenset({"bin", "bint", "ibn", "al", "el", "abu", "ould", "abd"})
# The fewest words, particles and initials aside, of a surname written alone here: a
# single word is a surname that the reading links already (``PersonRules.find``).
_FEWEST = 2


def tail_of(short: str, full: str, words: Mapping[str, str]) -> bool:
    """Whether the name ``short`` is the last words of the longer name ``full``, spelt
    alike word by word, with two words or more that are no particle or initial, and
    ``full`` not a name of lineage."""
    tail, whole = normalise(short).split(), normalise(full).split()
    if len(whole) <= len(tail) or any(w in _LINEAGE for w in whole):
        return False
    kept = [w for w in tail if len(w) > 1 and word_kind(words, w) != "particle"]
    if len(kept) < _FEWEST:
        return False
    return all(same_spelling(a, b) for a, b in zip(tail, whole[-len(tail) :], strict=True))
