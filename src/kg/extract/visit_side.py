"""Round 18 (sides): a country the article says somebody is visiting ('his
three-day visit to Ruritania', 'on a visit to the Ruritanian capital', 'A
visited Ruritania') is the hosts' country. A person whose country is only a
guess of the context (the dateline, the meeting's place, the country named most)
and who met persons of that visited country only is not given it: in an
article that names one other country most, that country is the person's (the
visitor's side); else the guess stands."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from .visits import country_after

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Findings, Person
    from .gazetteer import Gazetteer


def visited_countries(gaz: Gazetteer, docs: list[Doc]) -> set[str]:
    """The countries (or countries of the cities) named right after a phrase of
    visiting (side_words.csv, kind visit) anywhere in the article."""
    found: set[str] = set()
    for doc in docs:
        for sent in doc.sents:
            for k in range(sent.start, sent.end):
                size = gaz.side_phrase(doc, k, "visit", 2)
                country = country_after(gaz, doc, sent, k + size) if size else None
                if country:
                    found.add(country)
    return found


def visitor_side(
    findings: Findings, person: Person, guess: str | None, met: list[Person], visited: set[str]
) -> str | None:
    """The guessed country, unless it is a visited country that is the country of
    everyone the person met: then the country the article names most besides
    it, where one stands out; else the guess."""
    if guess is None or guess not in visited:
        return guess
    if not met or any(p.country != guess for p in met):
        return guess  # one who met nobody may be of either side: the guess stands
    counts = Counter(c for c in findings.named_countries if c and c != guess)
    counts = Counter({c: n for c, n in counts.items() if c not in person.away})
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return guess
    return ranked[0][0]
