"""Round 25 rules (date and place): 'A is in Ruritania on a working visit', 'the
delegation was in Freedonia for an official visit': a stay in a country told with
'in' and a noun of visiting after it. Like 'arrived in Ruritania' and 'on a visit
to Ruritania', it says where the visit's meetings were held (the dateline may be
the agency's home) and that the visitor is not of that country."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .gazetteer import Gazetteer

_BE = {"is", "are", "was", "were"}
# 'is currently in', 'are already in'.
_ADVERBS = {"currently", "now", "already", "still"}
_VISITS = {"visit", "trip", "tour", "stay", "mission"}
# How many words may follow the country before 'on' or 'for' ('in the United Arab
# Emirates (UAE) for'), and stand between that word and the noun of visiting ('on
# a two-day official working visit').
_AFTER_PLACE = 4
_BEFORE_NOUN = 7


def stay_country(gaz: Gazetteer, doc: Doc, sent: Span) -> tuple[int, str] | None:
    """(token of 'is', country) of the first such stay the sentence tells; a
    city's country for 'is in Strelsau on a visit'."""
    for k in range(sent.start, sent.end - 3):
        if doc[k].lower_ not in _BE:
            continue
        i = k + 1
        while i < sent.end and doc[i].lower_ in _ADVERBS:
            i += 1
        if i >= sent.end or doc[i].lower_ != "in":
            continue
        country, end = _place(gaz, doc, sent, i + 1)
        if country is not None and _visit_follows(doc, sent, end):
            return k, country
    return None


def _place(gaz: Gazetteer, doc: Doc, sent: Span, i: int) -> tuple[str | None, int]:
    """The country (or a city's) that starts at token i, after 'the', and the token
    after its name."""
    if i < sent.end and doc[i].lower_ == "the":
        i += 1
    ent = next((e for e in sent.ents if e.start == i), None)
    if ent is None or not ent.ent_id_:
        return None, i
    if ent.label_ == "COUNTRY":
        return ent.ent_id_, ent.end
    place = gaz.reference.places.get(ent.ent_id_) if ent.label_ == "PLACE" else None
    return (place.country or None, ent.end) if place is not None else (None, i)


def _visit_follows(doc: Doc, sent: Span, i: int) -> bool:
    """Whether 'on' or 'for' follows within a few words, and a noun of visiting
    within a few words after it."""
    for j in range(i, min(i + _AFTER_PLACE + 1, sent.end)):
        if doc[j].lower_ in ("on", "for"):
            after = doc[j + 1 : min(j + 1 + _BEFORE_NOUN, sent.end)]
            return any(t.lower_ in _VISITS for t in after)
    return False
