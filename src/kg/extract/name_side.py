"""A name that speaks against the context's guess of a country (session 36).

Where the text gives a person's post no country, kg.extract.context guesses one
from the article's context (the side of those the person met, the country named
most, the dateline's). On real news that guess is wrong about one time in ten,
and often plainly so: 'Toru Ishikawa' guessed Vietnamese in an article on his
talks in Hanoi, 'Manmohan Singh' guessed French. The name endings the gold
readings count (kg.extract.name_endings) know better: where another country the
article names is far likelier for the name's endings than the guessed one, the
person is of that country.

Since session 37 the endings are counted from every reading held, tuning sets'
too: `bench/realnews.py --held-endings PART` counts them again without each fold's
own readings, so that a tuning set measures the rule as fresh text would.
"""

from __future__ import annotations

from collections.abc import Iterable

from .findings import Person
from .name_endings import NameEndings

# How much likelier (in the mean log odds of kg.extract.name_endings.affinity) the
# name's endings make another named country than the guessed one before the name
# overrules the context. tune85, persons with rank and country: at 2.0, 11 mended
# and 4 broken; at 2.5, 10 and 2; at 3.0, 6 and 2.
MARGIN = 2.5


def name_country(endings: NameEndings, person: Person, guess: str, named: Iterable[str]) -> str:
    """The guessed country, unless the person's name speaks far more for another
    country the article names."""
    if not endings:
        return guess
    scores = {c: endings.affinity(person.name, c) for c in sorted({guess, *named})}
    best = max(scores, key=lambda c: scores[c])
    return best if scores[best] - scores[guess] > MARGIN else guess
