"""Round 19 (persons' countries): those met on a visit are of the visited country.
'A visited Ruritania to hold talks with Defence Minister B', 'During his visit to
Ruritania, A met B and called on C', 'On arrival in Ruritania, A was received by
B': a person named after a phrase of visiting that names a country (side_words.csv,
kinds visit and stay), with a word of meeting between (a trigger of meeting or
visiting, or side_words.csv kind talks: 'talks', 'meetings', 'met'), is a host
of that country. It is the text's word for the person's country where the post
(or rank) was named without one: before the context's guess, after any country
the person's own title names. Not one escorted ('accompanied by B'): the visitor's
side; and one the sentences place on two visits' hosts gets neither."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import NATION_LABELS
from .visits import country_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Mention, Person
    from .gazetteer import Gazetteer


# How many words around a mention may name the person's own country.
_BESIDE = 5
# Triggers of a meeting ('met with', 'held talks', 'received', 'called on').
_MEETING = {"MEET", "MEET-BETWEEN", "MEET-EACH", "HOST", "VISIT"}


def met_on_visits(gaz: Gazetteer, doc: Doc, sent: Span, actors: list[Mention]) -> None:
    """Record, for each person named after a phrase of visiting a country and a
    word of meeting, that country as the one the person was met in."""
    persons = [a for a in actors if a.kind == "person" and sent.start <= a.start < sent.end]
    k = sent.start
    while k < sent.end:
        size = gaz.side_phrase(doc, k, "visit", 2) or gaz.side_phrase(doc, k, "stay", 2)
        country = country_after(gaz, doc, sent, k + size) if size else None
        if country and not _recalled(gaz, doc, sent, k) and not _attributive(doc, sent, k, size):
            for mention in persons:
                if _met_between(gaz, doc, k + size, mention.start) and not _named_other(
                    doc, sent, mention, country
                ):
                    for person in mention.persons:
                        person.hosted_in.add(country)
        k += size or 1


# Words after 'visiting <country>' that leave the country its object ('visiting Egypt
# on Monday'); any other word in lower case makes it an adjective: 'the visiting
# Bangladesh ship' is Bangladesh's, visiting elsewhere (session 25).
_OBJECT_ENDS = frozenset({"on", "in", "at", "for", "from", "to", "with", "and", "since", "until"})
_OBJECT_ENDS |= {"this", "last", "next", "as", "where", "when", "which", "who", "after", "before"}
_OBJECT_ENDS |= {"during", "by", "the", "a", "of", "earlier", "recently", "today", "yesterday"}


def _attributive(doc: Doc, sent: Span, k: int, size: int) -> bool:
    """Whether 'visiting' at ``k`` is an adjective before a country that qualifies
    a noun ('the visiting Bangladesh ship'), not a verb with the country its object."""
    if doc[k].lower_ != "visiting":
        return False
    i = k + size
    while i < sent.end and doc[i].ent_type_ not in NATION_LABELS:
        i += 1
    while i + 1 < sent.end and doc[i + 1].ent_iob_ == "I":
        i += 1
    after = doc[i + 1] if i + 1 < sent.end else None
    return (
        after is not None and after.is_alpha and after.is_lower and after.lower_ not in _OBJECT_ENDS
    )


def _recalled(gaz: Gazetteer, doc: Doc, sent: Span, k: int) -> bool:
    """Whether the clause of the visit phrase at ``k`` sets it before the story's time
    (meeting_words.csv kind recalled-person): in 'A, who visited X last year, met B'
    the meeting was not on that visit, and B is no host of X's."""
    end = next((t.i for t in doc[k : sent.end] if t.text in (",", ";")), sent.end)
    return gaz.speaks_of("recalled-person", doc[k:end].text)


def _met_between(gaz: Gazetteer, doc: Doc, start: int, end: int) -> bool:
    """Whether a word of meeting stands between two tokens and no escort's phrase
    after it ('met A, accompanied by B': B is the visitor's)."""
    met = False
    for i in range(start, end):
        if gaz.side_phrase(doc, i, "escort", 2) or doc[i].ent_type_ == "JOINED-BY":
            met = False
        elif doc[i].ent_type_ in _MEETING or gaz.side_phrase(doc, i, "talks", 1):
            met = True
    return met


def _named_other(doc: Doc, sent: Span, mention: Mention, country: str) -> bool:
    """Whether a country other than the visited one stands in the words right around
    the mention ('B of the Freedonian armed forces', 'Freedonian Minister B')."""
    start, end = max(sent.start, mention.start - _BESIDE), min(sent.end, mention.end + _BESIDE)
    return any(
        t.ent_type_ in NATION_LABELS and t.ent_id_ != country
        for t in (*doc[start : mention.start], *doc[mention.end : end])
    )


def host_country(person: Person) -> str | None:
    """The one country the person was met in on a visit there, if one."""
    return next(iter(person.hosted_in)) if len(person.hosted_in) == 1 else None
