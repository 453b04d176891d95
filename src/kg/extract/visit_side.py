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

from .findings import POSSESSIVE
from .visits import country_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Findings, Mention, Person
    from .gazetteer import Gazetteer


# Words that make a visit the sentence's subject's ('during his first visit to').
_OWN = {"his", "her", "their"}
# The phrases that a possessive owns: nouns ('his visit to'), not verbs ('his
# delegation visiting').
_NOUNS = {"visit", "visits", "trip", "tour", "day", "days", "stay"}
# How many words may stand between the possessive and the phrase ('his
# three-day official visit to').
_BETWEEN = 5


def own_visits(gaz: Gazetteer, doc: Doc, sent: Span, actors: list[Mention]) -> None:
    """Record the country whose visit a possessive binds to a person: "A's visit
    to Ruritania" (the person just before "'s"), 'During his second day in
    Ruritania, A met B' or 'Within the framework of his visit to Ruritania, A
    signed ...' (the sentence's first person, where the possessive comes before
    every person or the sentence names one, and no phrase of hosting such as
    'received' makes the first the host)."""
    persons = [a for a in actors if a.kind == "person" and sent.start <= a.start < sent.end]
    if not persons:
        return
    hosting = any(e.label_ == "HOST" for e in sent.ents)
    for k in range(sent.start, sent.end):
        word = doc[k].lower_
        if word in _OWN and not hosting and (k < persons[0].start or len(persons) == 1):
            # After two persons ('A met B during his visit to X') 'his' may be
            # either's: the host's sentence reads so as often as the visitor's.
            owners = persons[0]
        elif word in POSSESSIVE and any(a.end == k for a in persons):
            owners = next(a for a in persons if a.end == k)
        else:
            continue
        country = _visit_after(gaz, doc, sent, k + 1)
        if country:
            for person in owners.persons:
                person.away.add(country)


def _visit_after(gaz: Gazetteer, doc: Doc, sent: Span, i: int) -> str | None:
    """The country of a phrase of visiting or staying a few words after i."""
    for k in range(i, min(i + _BETWEEN + 1, sent.end)):
        size = _visit_or_stay(gaz, doc, k)
        if size and doc[k].lower_ not in _NOUNS:
            return None  # 'his delegation visiting Ruritania': not the subject's visit
        if size:
            return country_after(gaz, doc, sent, k + size)
        if doc[k].ent_type_ or not (doc[k].is_alpha or doc[k].text == "-" or doc[k].like_num):
            return None
    return None


def _visit_or_stay(gaz: Gazetteer, doc: Doc, k: int) -> int:
    """The size of the phrase of visiting or staying at k ('visit to', 'day in'), or 0."""
    return gaz.side_phrase(doc, k, "visit", 2) or gaz.side_phrase(doc, k, "stay", 2)


def visited_countries(gaz: Gazetteer, docs: list[Doc]) -> set[str]:
    """The countries (or countries of the cities) named right after a phrase of
    visiting (side_words.csv, kind visit) anywhere in the article."""
    found: set[str] = set()
    for doc in docs:
        for sent in doc.sents:
            for k in range(sent.start, sent.end):
                size = _visit_or_stay(gaz, doc, k)
                country = country_after(gaz, doc, sent, k + size) if size else None
                if country:
                    found.add(country)
    return found


def visitor_side(
    findings: Findings, person: Person, guess: str | None, met: list[Person], visited: set[str]
) -> str | None:
    """The guessed country, unless it is a visited country that is the country of
    everyone the person met: then the country the article names most besides
    it, where one stands out; else the guess. With no guess (the visit's country
    passed over, round 10), the same for one visiting a country who met only
    persons of it or of no country yet."""
    hosts = {guess} if guess in visited else (set() if guess else person.away)
    if not hosts:
        return guess
    if not met or any(p.country and p.country not in hosts for p in met):
        return guess  # one who met nobody may be of either side: the guess stands
    if guess and any(p.country is None for p in met):
        return guess
    others = hosts | person.away
    counts = Counter(c for c in findings.named_countries if c and c not in others)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return guess
    return ranked[0][0]
