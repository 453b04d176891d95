"""Where a meeting was, from its own sentence and the article around it (moved out
of kg.extract.meetings in session 28, unchanged)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import Person, span_text
from .hostplace import city_rank, headline_dateline
from .in_person import in_person
from .names import place_in_name
from .placenames import building, named_site, visit_aside, word_before
from .premises import accredited_to, host_seat, seat_over_dateline, titled_seat
from .reporting import ReportingRules
from .seat import hosts_elsewhere, serves_abroad, venue
from .stay_city import capital_of
from .titles import BODIES
from .told import said_here, told_sentences
from .topics import spoken_of
from .travel import visit_place
from .venue import said_of
from .visitors import host_country, mark_visitors

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .gazetteer import Gazetteer

# Capitalised words that may stand before a city's name without being a name.
_BEFORE_PLACE = {"in", "to", "at", "from", "near", "of", "and", "the", "visiting", "capital"}


class MeetingPlaces(ReportingRules):
    """The rules for a meeting's place."""

    arrived: str | None = None
    """The country a sentence said someone arrived in ('arrived in Norway')."""

    def location(
        self, doc: Doc, sent: Span, people: list[Person], host: Person | None
    ) -> tuple[str, str, bool]:
        """The meeting's place: a city its sentence names; the host's headquarters; a
        country the sentence puts it in ('in Georgia'), unless the dateline's city lies
        there; else that city; else a guess: an envoy's country of accreditation, the host's."""
        # A post's seat ('ambassador to Budapest') gives its country only (session 26).
        named = [e for e in sent.ents if e.label_ == "PLACE" and not in_name(doc, sent, e)]
        named = [e for e in named if venue(self.gaz, doc, e, self.arrived)]
        cities = [e for e in named if not accredited_to(doc, e)]
        # At the host's headquarters (round 26); else in the country of a post's seat.
        seat = host_seat(sent, host) or titled_seat(self.gaz, doc, named)
        if cities and not seat_over_dateline(self.gaz, sent, cities, seat):
            ent = min(cities, key=lambda e: city_rank(doc, sent, e))
            return f"place:{ent.ent_id_}", span_text(sent), True
        if seat:
            return seat, span_text(sent), True
        if (capital := said_capital(self.gaz, sent)) is not None:
            return f"place:{capital}", span_text(sent), True
        # A city introduced after the meeting's sentence is not where it took place,
        # but for the dateline under a headline (round 6, places).
        here = (self.docs.index(doc), sent.start)
        introduced = next((p for p in self.places if p[2] <= here), None)
        introduced = introduced or headline_dateline(self.docs, self.places, here)
        if introduced is None and said_here(doc, sent) and self.places:
            # 'A met B here on Tuesday' with no dateline: the city the article names
            # first, even later ('... in Ulaanbaatar today') (round 5, meets2).
            introduced = self.places[0]
        places = self.gaz.reference.places
        for ent in sent.ents:
            if ent.label_ == "COUNTRY" and ent.start > sent.start:
                k = word_before(doc, ent, sent.start)
                before = doc[k].lower_
                visit = before == "to" and k > 0 and doc[k - 1].lower_ == "visit"
                visit = visit and not visit_aside(doc, k - 1, sent.start)
                # 'currently visiting Egypt.', not 'visiting U.S. Secretary of Defense'
                after = doc[ent.end] if ent.end < sent.end else None
                visiting = before == "visiting" and (after is None or not after.text[:1].isupper())
                off = spoken_of(self.gaz, doc, ent) or said_of(self.gaz, sent, ent, introduced)
                off = off or named_site(self.gaz, doc, ent)
                if (before != "in" or off) and not visit and not visiting:
                    continue
                if introduced and places[introduced[0]].country == ent.ent_id_:
                    break
                return f"country:{ent.ent_id_}", span_text(sent), True
        again = any(self.gaz.speaks_of(k, sent.text) for k in ("again", "same-day"))
        for told in reversed(told_sentences(self.gaz, self.docs, doc, sent) if again else []):
            # 'A hosts B at the Pentagon. The two leaders met to discuss ...': the
            # city of the meeting an earlier sentence told (round 6, places).
            ents = [e for e in told.ents if e.label_ == "PLACE" and not building(told.doc, e)]
            for ent in [e for e in ents if not in_name(told.doc, told, e)][:1]:
                return f"place:{ent.ent_id_}", span_text(told), True
        if introduced and self.arrived and places[introduced[0]].country != self.arrived:
            # 'ADDIS ABABA - X arrived in Norway ...': filed at home, met in Norway.
            # A city of it that placed a meeting of the visit places it (round 12).
            at, words = visit_place(self.gaz, self.findings.meetings, self.arrived)
            return at, words or span_text(sent), True
        if introduced and not hosts_elsewhere(host, places[introduced[0]].country):
            return f"place:{introduced[0]}", introduced[1], True
        for envoy in people:
            # An ambassador or attaché meets in the country of accreditation.
            if envoy.post is not None and envoy.post.abroad and envoy.host:
                return f"country:{envoy.host}", span_text(sent), False
        mark_visitors(self.gaz, self.docs, people)
        stay = host_country(host, people)
        if stay is not None:
            # 'A met his visiting Ruritanian counterpart B': in A's country, if known
            # (round 10, places).
            return (f"country:{stay}", span_text(sent), False) if stay else ("", "", False)
        if host is None or not host.country:
            # 'X received the visiting Russian minister Y', or 'X met Y' (no host): not
            # in Y's country; placed once countries are settled (context, session 24).
            return "", "", False
        for person in [host, *people]:
            if person is not None and person.country and not serves_abroad(person):
                return f"country:{person.country}", span_text(sent), False
        return "", "", False

    def placed(self, doc: Doc, sent: Span) -> bool:
        """Whether the sentence itself says where it happened: a city it names, a
        visit ('who had come to Oslo', 'on an official visit to Kenya'), or that
        those it names were together ('at a ceremony', in_person)."""
        if any(e.label_ == "PLACE" and not in_name(doc, sent, e) for e in sent.ents):
            return True
        visit = any(t.lower_ in ("visit", "visiting", "arrived") for t in sent)
        return visit or in_person(self.gaz, sent)  # round 18


def in_name(doc: Doc, sent: Span, place: Span) -> bool:
    """Whether a city's name is part of a person's ('Sofia Lindqvist', 'Rafael
    Coutinho Lima'): it starts the name, or a name word stands right before it; not
    a body's word ('Naval Headquarters Islamabad': a building, round 22)."""
    if place_in_name(doc, place.start, sent.end):
        return True
    if place.start <= sent.start + 1:
        return False
    word = doc[place.start - 1]
    return (
        word.is_alpha and word.is_title and not word.ent_type_ and word.lower_ not in _BEFORE_PLACE
    ) and word.text not in BODIES


def said_capital(gaz: Gazetteer, sent: Span) -> str | None:
    """The capital a sentence puts its meeting in by its country: 'met on the
    sidelines of the talks in the Thai capital' (capitals.csv; session 30)."""
    doc = sent.doc
    for token in sent:
        k = token.i
        if token.lower_ == "capital" and k - 3 >= sent.start and doc[k - 3].lower_ in ("in", "at"):
            city = capital_of(gaz, doc, k)
            if city is not None:
                return city
    return None
