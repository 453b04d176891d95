"""Round 24 (countries): a deputy is of the country of the one whose deputy the
text names. 'Gen. A, Chief of the General Staff of the Ruritanian Army, ... and
Lt. Gen. B, Deputy Chief of the General Staff': B's post is A's with 'Deputy'
before it, named with no country, so B serves under A. 'Ruritanian Army Chief of
Staff Lt Gen A and his Deputy Lt Gen B': 'his deputy' right after A. Only a
country the text gave A counts (read before the context's guesses), and only for
a deputy the text gives none; by the post only where the chief's title names
its body and the deputy's leaves it out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .ranked_home import name_mentions

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .findings import Findings, Person

_DEPUTY = ("deputy ", "first deputy ")
_OWNERS = {"his", "her"}
# How many words after 'his deputy' the deputy's mention (its rank first) may start.
_REACH = 4


def _chief_by_post(findings: Findings, person: Person) -> str | None:
    """The country of the one holder of the post the person's is the deputy's of."""
    post = person.pending_post
    if post is None or not post.post:
        return None
    label = post.label.lower()
    chief = next((label[len(p) :] for p in _DEPUTY if label.startswith(p)), None)
    if not chief:
        return None
    chiefs = [
        p
        for p in findings.persons
        if p is not person and p.post is not None and p.post.label.lower() == chief
    ]
    # The chief's title names its body after it ('Chief of the General Staff of the
    # Ruritanian Army') and the deputy's leaves it out: the same body. A deputy and a
    # chief each with a demonym or none ('Deputy Prime Minister A called on
    # Freedonian Prime Minister B') may be two sides.
    chiefs = [p for p in chiefs if f"{chief} of " in p.post_evidence.lower()]
    countries = {p.country for p in chiefs}
    return countries.pop() if len(countries) == 1 and None not in countries else None


def _chief_before(doc: Doc, findings: Findings, person: Person) -> str | None:
    """The country of the one named right before 'and his deputy' and the person
    (their mentions as ranked_home.name_mentions reads them: a hyphenated surname
    is several tokens)."""
    found: set[str | None] = set()
    deputies = name_mentions(doc, person)
    for other in findings.persons:
        if other is person:
            continue
        for sent, _, end in name_mentions(doc, other):
            words = [t.lower_ for t in doc[end : min(end + 3, sent.end)]]
            if len(words) < 3 or words[0] != "and" or words[1] not in _OWNERS:
                continue
            if words[2] != "deputy":
                continue
            if any(
                s.start == sent.start and end + 3 <= at < end + 3 + _REACH for s, at, _ in deputies
            ):
                found.add(other.country)
    return found.pop() if len(found) == 1 else None


def deputies(findings: Findings, docs: list[Doc]) -> None:
    """Give each deputy without a country the country of the one it deputises for."""
    for person in findings.persons:
        if person.country:
            continue
        country = _chief_by_post(findings, person)
        for doc in docs:
            country = country or _chief_before(doc, findings, person)
        if country:
            person.country = country
