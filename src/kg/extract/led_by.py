"""Round 24 (countries): the head of a delegation whose country the text names
('The Ruritanian delegation was led by A, Minister for Defence', 'a Freedonian
military delegation headed by General B', 'the delegation from Ruritania was led
by C', 'Brigadier D headed the Ruritanian team', and, fronted, 'Leading the visiting
delegation from the Ruritanian Armed Forces, Commander of the 2nd Brigade, General
E, said') is of that country. The text
says it, so it goes before what the words nearest the name suggest (Freedonia's,
named next after A's title) and before the context's guess."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import NATION_LABELS
from .ranked_home import name_mentions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Findings, Person

_DELEGATION = {"delegation", "team"}
# Words between a demonym and 'delegation' ('Ruritanian military delegation').
_KINDS = {"military", "government", "defence", "defense", "high-level", "official", "senior"}
_KINDS |= {"visiting"}
# Words between 'delegation' and 'led by' ('delegation, which was led by').
_AUX = {"was", "were", "is", "", ",", "which", "that", "being"}
_LEAD = {"led", "headed"}
# The verbs of heading a delegation after its head's name ('A headed the ... team').
_HEADS = {"led", "headed", "leads", "heads"}
# Words a title before the leader's name may hold besides entities and capitals.
_TITLE = {"the", "of", "and", "for", "'s", "\u2019s", "-"}
_REACH = 14
# The participle that opens a sentence on its subject's delegation (round 25).
_LEADING = {"leading", "heading"}


def _country_of(doc: Doc, sent: Span, i: int) -> tuple[str | None, int]:
    """The country named for the delegation at i (before it, or 'from COUNTRY' after
    it), and where the words after it resume."""
    j = i - 1
    while j >= sent.start and doc[j].lower_ in _KINDS:
        j -= 1
    if j >= sent.start and doc[j].ent_type_ in NATION_LABELS:
        return doc[j].ent_id_, i + 1
    k = i + 1
    if k < sent.end and doc[k].lower_ in ("from", "of"):
        k += 1
        while k < sent.end and doc[k].lower_ == "the":
            k += 1
        if k < sent.end and doc[k].ent_type_ in NATION_LABELS:
            country = doc[k].ent_id_
            while k < sent.end and doc[k].ent_type_ in NATION_LABELS:
                k += 1
            return country, k
    return None, i + 1


def _leaders(doc: Doc, sent: Span) -> list[tuple[int, str]]:
    """Where each 'led by' of a delegation with a country ends, with the country."""
    found = []
    for token in sent:
        if token.lower_ not in _DELEGATION:
            continue
        country, k = _country_of(doc, sent, token.i)
        if country is None:
            continue
        while k < sent.end and doc[k].lower_ in _AUX:
            k += 1
        if k + 1 < sent.end and doc[k].lower_ in _LEAD and doc[k + 1].lower_ == "by":
            found.append((k + 2, country))
    return found


def _titled(doc: Doc, start: int, end: int) -> bool:
    # A title's own comma and ordinal too: 'Commander of the 2nd Brigade, General A'.
    return all(
        t.ent_type_ not in NATION_LABELS
        and (
            t.ent_type_
            or t.is_title
            or t.is_upper
            or t.lower_ in _TITLE
            or t.text == ","
            or t.like_num
            or t.text[:1].isdigit()
        )
        for t in doc[start:end]
    )


def _leader(doc: Doc, sent: Span, by: int, persons: list[Person]) -> Person | None:
    """The first person named after 'led by', with only a title between."""
    best: tuple[int, Person] | None = None
    for person in persons:
        for mention_sent, start, _ in name_mentions(doc, person):
            if mention_sent.start != sent.start or not by <= start < by + _REACH:
                continue
            if _titled(doc, by, start) and (best is None or start < best[0]):
                best = (start, person)
    return best[1] if best else None


def _heads(doc: Doc, sent: Span) -> list[tuple[int, str]]:
    """Where each 'headed the Ruritanian delegation' after a name starts, with the
    delegation's country: 'Brigadier A headed the Ruritanian team'."""
    found = []
    for token in sent:
        if token.lower_ not in _HEADS or token.i + 2 >= sent.end:
            continue
        k = token.i + 1
        if doc[k].lower_ not in ("the", "a", "an"):
            continue
        k += 1
        while k < sent.end and doc[k].lower_ in _KINDS:
            k += 1
        if k >= sent.end or doc[k].ent_type_ not in NATION_LABELS:
            continue
        country = doc[k].ent_id_
        while k < sent.end and (doc[k].ent_type_ in NATION_LABELS or doc[k].lower_ in _KINDS):
            k += 1
        if k < sent.end and doc[k].lower_ in _DELEGATION:
            found.append((token.i, country))
    return found


def _fronted(doc: Doc, sent: Span) -> list[tuple[int, str]]:
    """Where the title before the leader's name starts in 'Leading the visiting
    delegation from the Ruritanian Armed Forces, TITLE, A, ...' (the sentence's
    subject heads the delegation), with the delegation's country."""
    k = sent.start + 1
    if doc[sent.start].lower_ not in _LEADING or k >= sent.end or doc[k].lower_ != "the":
        return []
    k += 1
    while k < sent.end and (doc[k].lower_ in _KINDS or doc[k].ent_type_ in NATION_LABELS):
        k += 1
    if k >= sent.end or doc[k].lower_ not in _DELEGATION:
        return []
    country, k = _country_of(doc, sent, k)
    # Past the rest of the body's name ('Armed Forces') to the comma that ends the phrase.
    while k < sent.end and doc[k].text != "," and (doc[k].is_title or doc[k].lower_ in _TITLE):
        k += 1
    if country is None or k >= sent.end or doc[k].text != ",":
        return []
    return [(k + 1, country)]


def _named_before(doc: Doc, sent: Span, at: int, persons: list[Person]) -> Person | None:
    """The person whose name ends right before the word at `at` (ranked_home's
    name_mentions, as ``_leader`` reads them)."""
    for person in persons:
        if any(s.start == sent.start and end == at for s, _, end in name_mentions(doc, person)):
            return person
    return None


def delegation_heads(findings: Findings, docs: list[Doc]) -> None:
    """Give the head of each delegation the country the text names for it."""
    for doc in docs:
        for sent in doc.sents:
            for by, country in [*_leaders(doc, sent), *_fronted(doc, sent)]:
                person = _leader(doc, sent, by, findings.persons)
                if person is not None:
                    person.country = country
            for at, country in _heads(doc, sent):
                person = _named_before(doc, sent, at, findings.persons)
                if person is not None:
                    person.country = country
