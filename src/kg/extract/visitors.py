"""Round 10 rules for the places of meetings: a meeting with a visitor is not in
the visitor's country, and a country that names a site ('Burma Camp') is not where
a meeting was."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Person
    from .gazetteer import Gazetteer

# How far after 'visiting' the visitor's name may stand ('the visiting Defence
# Minister of Ruritania, Air Marshal A B').
_REACH = 12


def named_site(gaz: Gazetteer, doc: Doc, ent: Span) -> bool:
    """Whether a country is the first word of a site's name ('in Burma Camp', 'at
    Kenya Barracks'): a capitalised word of kind `site` of place_words.csv right
    after it (round 10, places)."""
    if ent.end >= len(doc):
        return False
    after = doc[ent.end]
    return after.is_title and gaz.place_words.get(after.lower_) == "site"


def _visitor_words(gaz: Gazetteer, doc: Doc, start: int) -> list[str]:
    """The words of a title and name after 'visiting' ('visiting Ruritanian
    counterpart A B'): up to the sentence's end or a lowercase word that no title
    has, a verb most often."""
    words = []
    for token in doc[start : start + _REACH]:
        if token.is_sent_start or token.text in {".", ";", ":"}:
            break
        lower = token.is_lower and token.is_alpha
        if lower and gaz.place_words.get(token.lower_) != "title":
            break
        words.append(token.text)
    return words


def mark_visitors(gaz: Gazetteer, docs: list[Doc], people: list[Person]) -> None:
    """Mark as visitors those whom a sentence of the article names right after
    'visiting' or 'visitor' ('met his visiting Ruritanian counterpart A B', 'the
    visiting A'): the meeting was not in their country (round 10, places)."""
    for doc in docs:
        for token in doc:
            if gaz.place_words.get(token.lower_) != "visitor":
                continue
            after = _visitor_words(gaz, doc, token.i + 1)
            for person in people:
                if person.surname in after:
                    person.visiting = True


def host_country(host: Person | None, people: list[Person]) -> str | None:
    """The country a meeting with a visitor is guessed in: the host's, else that of
    the one participant who is no visitor, when one of them is (round 10,
    places). None when no participant is a visitor."""
    if not any(p.visiting for p in people):
        return None
    if host is not None and not host.visiting:
        return host.country or ""
    stay = [p for p in people if not p.visiting]
    return stay[0].country or "" if len(stay) == 1 else None
