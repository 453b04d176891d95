"""Round 9 (countries of persons): the members or the head of a group named with
a country ('officers of the Ruritanian army, among them Lt Gen A, head of the
land forces; Maj Gen B, ...', 'a Ruritanian delegation led by the Chief of
Staff A') are of that country, when the text gives them none of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import NATION_LABELS, POSSESSIVE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Mention, Person
    from .gazetteer import Gazetteer

# Words that may stand between the country and the group's noun ('senior UPDF
# military officers').
_BETWEEN = 3
# What ends the list: a verb or a preposition of meeting ('A ... met B', 'with B').
_BREAKS = {"with", "met", "meets", "received", "hosted", "while", "whereas"}


def group_countries(gaz: Gazetteer, doc: Doc, sent: Span, actors: list[Mention]) -> None:
    """Give the persons listed after 'Xish officers, including' (or the one after
    'the Xish delegation headed by') the group's country if they have none."""
    persons = sorted((a for a in actors if a.kind == "person"), key=lambda a: a.start)
    for ent in sent.ents:
        if ent.label_ not in NATION_LABELS or not ent.ent_id_:
            continue
        start, kind = _introduced(gaz, doc, sent, ent.end)
        if kind is None:
            continue
        previous = start
        for mention in persons:
            if mention.start < start:
                continue
            between = doc[previous : mention.start]
            if any(t.lower_ in _BREAKS or t.ent_type_ in NATION_LABELS for t in between):
                break
            for person in mention.persons:
                person.country = person.country or ent.ent_id_
            previous = mention.end
            if kind == "head":
                break


def _introduced(gaz: Gazetteer, doc: Doc, sent: Span, i: int) -> tuple[int, str | None]:
    """Where the members (or the head) of a group named right after a country
    start, and which: ('list' or 'head'); (i, None) if no group is named there."""
    words = gaz.side_words
    k = i
    while k < min(i + _BETWEEN, sent.end) and words.get(doc[k].lower_) != "group":
        if (not doc[k].is_alpha and doc[k].lower_ not in POSSESSIVE) or doc[k].ent_type_:
            return i, None  # past "'s": 'Ruritania's delegation included A' (round 21)
        k += 1
    if k >= sent.end or words.get(doc[k].lower_) != "group":
        return i, None
    k += 1
    if k < sent.end and doc[k].text == ",":
        k += 1
    for size in (2, 1):
        phrase = " ".join(t.lower_ for t in doc[k : k + size])
        kind = words.get(phrase)
        if k + size <= sent.end and kind in ("list", "head"):
            return k + size, kind
    return i, None


# How far after a person's name the phrase may stand ('A, Permanent Secretary of
# Defence, represented ...').
_FOR_WINDOW = 12


def behalf_countries(gaz: Gazetteer, doc: Doc, sent: Span, actors: list[Mention]) -> None:
    """'A signed for the Government of Ruritania', 'B represented the
    Government of Ruritania': the one country after the phrase is
    that of the person named last before it, if the text gives none (round 9)."""
    persons = [a for a in actors if a.kind == "person" and sent.start <= a.start < sent.end]
    for k in range(sent.start, sent.end):
        size = gaz.side_phrase(doc, k, "for", 3)
        if not size:
            continue
        country = _country_at(gaz, doc, sent, k + size)
        before = [a for a in persons if a.end <= k]
        if country is None or not before or k - before[-1].end > _FOR_WINDOW:
            continue
        between = doc[before[-1].end : k]
        if any(t.lower_ in _BREAKS or t.ent_type_ in NATION_LABELS for t in between):
            continue
        for person in before[-1].persons:
            person.country = person.country or country


def _country_at(gaz: Gazetteer, doc: Doc, sent: Span, i: int) -> str | None:
    """The country named at i ('the Government of the Republic of Peru', 'Peru'),
    unless a second one follows ('Bangladesh and Qatar respectively')."""
    while i < sent.end and (
        doc[i].lower_ in ("the", "of") or gaz.side_words.get(doc[i].lower_) == "state"
    ):
        i += 1
    if i >= sent.end or doc[i].ent_type_ != "COUNTRY":
        return None
    j = i
    while j < sent.end and doc[j].ent_type_ == "COUNTRY" and (j == i or doc[j].ent_iob_ == "I"):
        j += 1
    if j + 1 < sent.end and doc[j].lower_ == "and" and doc[j + 1].ent_type_ == "COUNTRY":
        return None
    return doc[i].ent_id_ or None


def respective_countries(doc: Doc, sent: Span, actors: list[Mention]) -> None:
    """'Singapore and Japan will work closer together, Prime Minister A and Prime
    Minister B said', 'General A and Lieutenant General B took stock of the
    cooperation between Greece and Cyprus': a sentence that names two persons
    joined by 'and' and two countries joined by 'and' (and no other) names them in
    the same order, when one of the two already has the country of its place, or
    both hold the same post (round 9). A person the text gives a country keeps it."""
    named = [a for a in actors if a.kind == "person" and sent.start <= a.start < sent.end]
    pairs = [
        (e.ent_id_, f.ent_id_)
        for e in sent.ents
        for f in sent.ents
        if e.label_ == f.label_ == "COUNTRY" and f.start == e.end + 1 and doc[e.end].lower_ == "and"
    ]
    countries = {e.ent_id_ for e in sent.ents if e.label_ in NATION_LABELS}
    if len(named) != 2 or len(pairs) != 1 or len(countries) != 2 or len(set(pairs[0])) != 2:
        return
    first, second = named
    between = doc[first.end : second.start]
    if "and" not in {t.lower_ for t in between} or len(first.persons) + len(second.persons) != 2:
        return
    if any(t.ent_type_ in NATION_LABELS for t in between):
        return
    one, other = first.persons[0], second.persons[0]
    slots = pairs[0]
    if one.country not in (None, slots[0]) or other.country not in (None, slots[1]):
        return
    if one.country is None and other.country is None and not _same_post(one, other):
        return
    one.country, other.country = slots


def _same_post(one: Person, other: Person) -> bool:
    mine, theirs = one.pending_post, other.pending_post
    return mine is not None and theirs is not None and bool(mine.post) and mine == theirs
