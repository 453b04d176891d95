"""Participants a meeting's sentence does not name (round 4, meets): 'The two
...' as the two persons the article introduced just before ('A and B signed a
memorandum. The two defence chiefs met in Oslo on Tuesday.' is a meeting of A and
B), 'met with his counterpart' with no name, and 'met with the <demonym> <title>'
whose holder a later sentence names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import NATION_LABELS, Mention, Person

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Span, Token

# Plural nouns for persons that may follow 'the two' besides a title's words
# ('the two defence chiefs', 'the two officials'); 'the two countries' is no pair.
_PERSON_NOUNS = {
    "men",
    "women",
    "officials",
    "leaders",
    "chiefs",
    "heads",
    "commanders",
    "generals",
    "admirals",
    "ministers",
    "counterparts",
    "envoys",
    "ambassadors",
}
# The verbs of a meeting that may follow 'the two' when the phrase table has none
# there: 'the two held formal discussions', 'the two addressed ...' is no meeting.
_HOLD = {"held", "had", "met", "hold", "conducted"}


def the_two(
    doc: Doc,
    sent: Span,
    actors: list[Mention],
    pair: list[Person],
    title_words: Collection[str],
    triggers: Collection[str],
) -> Mention | None:
    """'The two defence chiefs met ...', 'as the two held talks': a mention of the
    two persons last introduced together, when a meeting's verb follows the phrase.
    Phrases the table reads as a group ('the two ministers') are left to it."""
    if len(pair) != 2:
        return None
    for i in range(sent.start, sent.end - 2):
        if doc[i].lower_ != "the" or doc[i + 1].lower_ != "two" or doc[i + 1].ent_type_:
            continue
        if any(a.start <= i + 1 < a.end for a in actors):
            continue
        j = i + 2
        while j < sent.end and j - i - 2 < 3 and doc[j].is_alpha and doc[j].is_lower:
            if doc[j].ent_type_ in triggers or doc[j].lower_ in _HOLD:
                break
            j += 1
        if j >= sent.end:
            continue
        if j > i + 2:
            noun = doc[j - 1].text
            person = noun.lower() in _PERSON_NOUNS or noun.capitalize().rstrip("s") in title_words
            if not person:
                continue
        if doc[j].ent_type_ in triggers or doc[j].lower_ in _HOLD:
            return Mention(i, j, list(pair), "pair")
    return None


def principal_pair(actors: list[Mention]) -> list[Person]:
    """The first two persons a sentence names (its subject and object, mostly),
    when it names two or more; [] otherwise."""
    persons: list[Person] = []
    for actor in actors:
        if actor.kind != "person":
            continue
        for person in actor.persons:
            if all(p is not person for p in persons):
                persons.append(person)
    return persons[:2] if len(persons) >= 2 else []


# Words of a title too common to tell two posts apart.
_GENERIC_TITLE = {"of", "the", "chief", "head", "staff", "general", "and"}


def untitled_guest(
    doc: Doc, sent: Span, trigger: Span, host: Person, after: list[Mention]
) -> tuple[Doc, Span, Person, str, set[str]] | None:
    """'met with the U.S. Army chief', a post with no name after it: the host, the
    country and the post's distinctive words, to find the guest by later."""
    i = trigger.end
    if i < sent.end and doc[i].lower_ == "with":
        i += 1
    if i >= sent.end or doc[i].lower_ != "the":
        return None
    i += 1
    if i >= sent.end or doc[i].ent_type_ not in NATION_LABELS:
        return None
    country = doc[i].ent_id_
    while i < sent.end and doc[i].ent_type_ in NATION_LABELS:
        i += 1
    if i >= sent.end or doc[i].ent_type_ != "POST":
        return None
    post = next(e for e in sent.ents if e.start <= i < e.end)
    if any(a.start < post.end + 3 for a in after):
        return None  # 'the Norwegian Army chief, General X', or one read before: named
    words = {t.lower_ for t in post} - _GENERIC_TITLE
    return (doc, sent, host, country, words) if words else None


_ARRIVED = {"arrived", "arrives", "arriving"}


def arrival_country(doc: Doc, sent: Span) -> str | None:
    """'X arrived in Norway', 'arrives in Norway': the country someone travelled to,
    where the visit's meetings take place whatever city the dateline names."""
    for token in sent:
        if token.lower_ not in _ARRIVED or token.i + 2 >= sent.end:
            continue
        after = doc[token.i + 1]
        country = doc[token.i + 2]
        if after.lower_ in ("in", "to") and country.ent_type_ == "COUNTRY":
            return country.ent_id_
    return None


def counterpart(
    doc: Doc, sent: Span, trigger: Span, subject: Mention, persons: list[Person]
) -> Person | None:
    """'X met with his counterpart.' with no name after it (round 4, meets): the
    person the article introduced with X's post in another country ('his Kazakh
    counterpart': in that country)."""
    i = trigger.end
    if i < sent.end and doc[i].lower_ in ("his", "her", "their"):
        i += 1
    country = None
    if i < sent.end and doc[i].ent_type_ in NATION_LABELS:
        country = doc[i].ent_id_
        i += 1
        while i < sent.end and doc[i].ent_iob_ == "I":
            i += 1
    if i >= sent.end or doc[i].lower_ != "counterpart":
        return None
    if i + 1 < sent.end and _name_word(doc[i + 1]):
        return None  # 'his counterpart B', B unread: no guess
    host = subject.persons[0]
    post = host.post or host.pending_post
    if post is None:
        return None
    home = host.apparent_country
    for person in reversed(persons):
        other = person.post or person.pending_post
        there = person.apparent_country
        if person is host or other is None or other.post != post.post or there is None:
            continue
        if there != home and (country is None or there == country):
            return person
    return None


def _name_word(token: Token) -> bool:
    return token.is_alpha and token.is_title and not token.ent_type_ and len(token) > 1


def distinct(mentions: list[Mention]) -> int:
    """How many persons the mentions name: 'Chief of X, General A' is one person
    read twice, by the title and by the rank (round 3, news-more-c)."""
    return len({id(p) for m in mentions if m.kind != "group" for p in m.persons})


def apart(run: list[Mention]) -> bool:
    """Whether a list of two or more persons names each with a country of their
    own, all different."""
    people = [p for m in run if m.kind == "person" for p in m.persons]
    countries = [p.apparent_country for p in people]
    return len(people) >= 2 and None not in countries and len(set(countries)) == len(people)
