"""Round 10 rules for the places of meetings: a meeting with a visitor is not in
the visitor's country, a country that names a site ('Burma Camp') is not where a
meeting was, and 'in the capital' is the capital of the meeting's country."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .findings import span_text
from .placenames import at_place, post_seat, seat_city

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Findings, Person
    from .gazetteer import Gazetteer

# How far after 'visiting' the visitor's name may stand ('the visiting Defence
# Minister of Ruritania, Air Marshal A B').
_REACH = 12


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


def _in_the_capital(gaz: Gazetteer, sent: Span) -> bool:
    """Whether a sentence says 'in the capital' or 'in the national capital' and
    names no city or country after it ('the capital, Accra' names the city itself;
    'the capital of Ruritania' another country's, perhaps)."""
    doc = sent.doc
    for token in sent:
        if token.lower_ != "capital" or token.i < sent.start + 2:
            continue
        i = token.i - 1
        if gaz.place_words.get(doc[i].lower_) == "capital":
            i -= 1
        after = doc[token.i + 1] if token.i + 1 < sent.end else None
        named = after is not None and (after.lower_ in {"of", ","} or after.is_title)
        if i > sent.start and doc[i].lower_ == "the" and doc[i - 1].lower_ in _AT and not named:
            return True
    return False


_AT = {"in", "at", "to"}


def capital_meetings(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """A meeting placed in a country whose persons a sentence names together with
    'in the (national) capital' ('the talks A held with his visiting counterpart B
    in the national capital') was in that country's capital (capitals.csv); with
    'in' or 'at' a city of that country ('after a meeting with B at the ministry
    in Tokyo'), in that city (round 10, places)."""
    sents = [sent for doc in docs for sent in doc.sents]
    for meeting in findings.meetings:
        kind, _, country = meeting.location.partition(":")
        if kind != "country":
            continue
        names = {p.surname for p in meeting.participants}
        for sent in sents:
            # By the text: the tokenizer splits a surname at its hyphen ('al-Ahmadi').
            if sum(names_surname(n, sent.text) for n in names) < min(2, len(names)):
                continue
            city = gaz.capitals.get(country) if _in_the_capital(gaz, sent) else None
            city = city or _city_in(gaz, sent, country)
            if city:
                meeting.location, meeting.location_words = f"place:{city}", span_text(sent)
                break


def names_surname(surname: str, text: str) -> bool:
    """Whether the text names the surname as a word of its own (round 22), not
    inside a longer word ('Berg' is not named by 'Bergen')."""
    return re.search(rf"\b{re.escape(surname)}\b", text) is not None


def _city_in(gaz: Gazetteer, sent: Span, country: str) -> str | None:
    """The one city of the country a sentence names after 'in' or 'at', not a
    post's seat ('Ambassador in Colombo') nor where a source sits (round 23)."""
    places = gaz.reference.places
    found = {
        e.ent_id_
        for e in sent.ents
        if e.label_ == "PLACE"
        and at_place(sent.doc, e)
        and not post_seat(sent.doc, e)
        and not seat_city(gaz, sent.doc, e)  # round 23
        and e.ent_id_ in places
        and places[e.ent_id_].country == country
    }
    return found.pop() if len(found) == 1 else None
