"""Whom a title standing for a person refers to ('the minister', 'the Turkish
minister', 'the Chief of the Defence Command'): a person read before with that
post, never one the same sentence names after the title (round 8, meetings found:
'The minister also met with Defence Minister B' is a meeting with B, not B's own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model.identity import normalise
from .described import holder, stands_for
from .findings import NATION_LABELS, Mention
from .gazetteer import TRIGGER_LABELS

__all__ = ["referent", "stands_for", "title_country"]

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .findings import Person
    from .gazetteer import Gazetteer


def referent(
    persons: list[Person],
    subject: Person | None,
    span: Span,
    country: str | None,
    actors: list[Mention],
    gaz: Gazetteer | None = None,
) -> Person | None:
    """The person the title refers to: the latest person read with a post of that
    title (of that country, if the title names one); else the latest person of that
    country; else the subject of the sentences before. Those the sentence names
    after the title and a trigger ('met with') are not its referent, and then the
    title is the subject of the trigger: the subject of the sentences before comes
    first ('A met B. The minister also met C'). A name right after the title, with
    no trigger between, may be its referent ('Commander-in-Chief General B')."""
    doc = span.doc
    later = {
        id(p)
        for a in actors
        if a.start >= span.end
        and any(t.ent_type_ in TRIGGER_LABELS for t in doc[span.end : a.start])
        for p in a.persons
    }
    earlier = [p for p in reversed(persons) if id(p) not in later]
    words = normalise(span.text)
    if later and subject is not None and id(subject) not in later:
        # 'A met B. The minister also met C': the one the sentences are about.
        earlier.insert(0, subject)
    post = gaz.posts[int(span.ent_id_)] if gaz is not None else None
    if post is not None and post.post:
        return holder(earlier, post, country)  # a full title (round 22)
    for person in earlier:
        held = person.post or person.pending_post  # 'Foreign Minister A': country later
        matches = held is not None and words in normalise(held.label)
        if matches and (not country or person.country == country):
            return person
    if country:
        return next((p for p in earlier if p.country == country), None)
    return subject if subject is None or id(subject) not in later else None


def title_country(span: Span, start: int) -> str | None:
    """The country a title standing for a person names: its adjective before it
    ('the Turkish minister'), or, round 9, one in the words of the title after it
    ('the Chief of Staff of Qatar Armed Forces', 'the Chief of the Qatari Armed
    Forces'), which name the one meant, not the host."""
    doc = span.doc
    if span.start > start and doc[span.start - 1].ent_type_ == "DEMONYM":
        return doc[span.start - 1].ent_id_
    for token in doc[span.end : min(span.end + 8, len(doc))]:
        if token.ent_type_ in NATION_LABELS:
            return token.ent_id_
        if token.ent_type_ or not (token.is_title or token.lower_ in ("of", "the")):
            return None
    return None


# What may follow 'the admiral' standing for a person: a meeting's verb (a trigger),
# the end of a clause, or these words; not a noun ('the general public').
_AFTER_RANK = frozenset(
    {",", ".", "also", "said", "says", "told", "added", "noted", "and", "was", "is", "has"}
    | {"had", "who", "then", "later", "praised", "thanked", "welcomed", "visited"}
)


def rank_references(persons: list[Person], sent: Span, actors: list[Mention]) -> list[Mention]:
    """'the admiral' with no name after it (session 31): the one person read so far
    whose rank ends in that word ('Admiral A', 'Rear Admiral B'), none of those the
    sentence names; no one where no person or more than one fits."""
    doc = sent.doc
    named = {id(p) for a in actors for p in a.persons}
    by_word: dict[str, dict[int, Person]] = {}
    for person in persons:
        if person.rank_label and id(person) not in named:
            by_word.setdefault(person.rank_label.split()[-1].lower(), {})[id(person)] = person
    found = []
    for token in sent[1:]:
        fits = by_word.get(token.lower_, {})
        if len(fits) != 1 or doc[token.i - 1].lower_ != "the" or token.ent_type_:
            continue
        follows = doc[token.i + 1] if token.i + 1 < sent.end else None
        if follows is not None and not (
            follows.ent_type_ in TRIGGER_LABELS or follows.lower_ in _AFTER_RANK
        ):
            continue
        if any(a.start <= token.i < a.end for a in actors):
            continue
        found.append(Mention(token.i, token.i + 1, list(fits.values()), "reference"))
    return found
