"""Round 22 rules (meeting place): a meeting placed in a country only was in the
one city of that country the article's sentences of a stay or an arrival name.
'A, visiting Ruritania, met B.' then 'During his stay in Strelsau, A also toured
...' or 'A arrived in the Ruritanian capital on Monday': the meeting was in
Strelsau, not only in Ruritania."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import POSSESSIVE, span_text
from .names import place_in_name
from .placenames import at_place, building, post_seat
from .topics import spoken_of
from .visit_side import visited_countries

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Findings
    from .gazetteer import Gazetteer

# The kinds of meeting_words.csv whose words tell of a stay or an arrival.
_STAY_KINDS = ("stay", "stay-place")
# How many words after the word of a stay or an arrival the city may stand: the
# city is where the stay was ('during her stay in Athens', 'arrived on Monday
# night in Oslo'), not any city of a sentence that only uses the word ('To stay
# ahead of threats, the navy opened a centre in Sydney'; 'began').
_NEAR = 8
# The verbs whose object is the city visited: its country's meetings were there.
_VISIT_VERBS = {"visited", "visits", "visiting", "toured"}


def capital_of(gaz: Gazetteer, doc: Doc, i: int) -> str | None:
    """The country's capital (capitals.csv) that 'the Ruritanian capital' or
    "Ruritania's capital" names, the word 'capital' at token ``i``; not 'the
    Ruritanian capital Strelsau', which names its city itself."""
    if i + 1 < len(doc) and doc[i + 1].ent_type_ == "PLACE":
        return None
    owner = i - 1 if i > 0 and doc[i - 1].lower_ in POSSESSIVE else i
    ent = next((e for e in doc.ents if e.end == owner), None)
    if ent is None or not ent.ent_id_ or ent.label_ not in ("COUNTRY", "DEMONYM"):
        return None
    if owner == i and (ent.start == 0 or doc[ent.start - 1].lower_ != "the"):
        return None
    return gaz.capitals.get(ent.ent_id_)


def _cities(gaz: Gazetteer, sent: Span) -> list[str]:
    """The cities a sentence names as where a stay was ('in', 'at', 'to' before
    them, or 'the Ruritanian capital', a few words after the word of the stay or
    the arrival); not a post's seat, a building standing for its people, a topic
    ('talks on security in Strelsau') or part of a name."""
    doc, places = sent.doc, gaz.reference.places
    stays = [t.i for t in sent if gaz.meeting_words.get(t.lower_) in _STAY_KINDS]

    def near(i: int) -> bool:
        return any(0 < i - k <= _NEAR for k in stays)

    found = []
    for ent in sent.ents:
        if ent.label_ != "PLACE" or ent.ent_id_ not in places or not at_place(doc, ent):
            continue
        if not near(ent.start):
            continue
        if place_in_name(doc, ent.start, sent.end) or post_seat(doc, ent):
            continue
        if building(doc, ent) or spoken_of(gaz, doc, ent):
            continue
        found.append(ent.ent_id_)
    for token in sent:
        if token.lower_ == "capital" and near(token.i):
            city = capital_of(gaz, doc, token.i)
            found += [city] if city else []
    return found


def _visited(gaz: Gazetteer, sent: Span) -> list[str]:
    """The cities a sentence names right after a verb of visiting ('A visited
    Strelsau, Ruritania today'), not part of a name nor a building (session 33)."""
    doc, places = sent.doc, gaz.reference.places
    return [
        e.ent_id_
        for e in sent.ents
        if e.label_ == "PLACE"
        and e.ent_id_ in places
        and e.start > sent.start
        and doc[e.start - 1].lower_ in _VISIT_VERBS
        and not place_in_name(doc, e.start, sent.end)
        and not building(doc, e)
    ]


def _about(gaz: Gazetteer, sent: Span) -> bool:
    """Whether a sentence tells of a stay or an arrival (meeting_words.csv, kinds
    stay-place and stay: 'during his stay in', 'arrived in')."""
    return gaz.speaks_of("stay-place", sent.text) or gaz.speaks_of("stay", sent.text)


def stay_city(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """Each meeting placed in a country only goes to the city of that country the
    article's sentences of a stay or an arrival name, when they name one city of it
    and no other; one whose country is a guess, to the one such city of any country
    (session 24)."""
    places = gaz.reference.places
    named: dict[str, dict[str, str]] = {}
    visited: dict[str, dict[str, str]] = {}
    for doc in docs:
        for sent in doc.sents:
            for city in _cities(gaz, sent) if _about(gaz, sent) else []:
                named.setdefault(places[city].country, {}).setdefault(city, span_text(sent))
            for city in _visited(gaz, sent):
                visited.setdefault(places[city].country, {}).setdefault(city, span_text(sent))
    # A meeting whose place is a guess (a participant's country) was in the one city
    # of a stay the article names, whatever its country (session 24); not where the
    # article tells of visits to two countries (round 19).
    anywhere = [city for cities in named.values() for city in cities.items()]
    if anywhere and len(visited_countries(gaz, docs) | set(named)) > 1:
        anywhere = []
    for meeting in findings.meetings:
        kind, _, country = meeting.location.partition(":")
        # A city visited places only its own country's meetings, not a guessed one.
        cities = named.get(country) or visited.get(country, {})
        if kind == "country" and not cities and not meeting.placed_surely:
            cities = dict(anywhere)
        if kind == "country" and len(cities) == 1:
            ((city, words),) = cities.items()
            meeting.location, meeting.location_words = f"place:{city}", words
