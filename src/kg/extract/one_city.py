"""Round 24 rules (meetings): a meeting placed only in a country ('country:SA',
from the visit or the host's country) goes to the city the sentence right before
its own names for a meeting: 'Over three days the team had a meeting in
Strelsau' then 'During the discussion, A also conferred with B'. The earlier
sentence tells where the talks were; the meeting's own names no place.

Only where that sentence speaks of a meeting and names one city of the same
country after 'in' or 'at' (not a post's seat, 'Ambassador in Strelsau', nor
where a source sits). A city named anywhere else in the article does not place
the meeting: the gold keeps the country where the article ties no city to the
talks (measured on tune26: three meetings would move to a city named elsewhere,
all three wrongly)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import span_text
from .placenames import at_place, post_seat, seat_city

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Findings
    from .gazetteer import Gazetteer


def _city(gaz: Gazetteer, sent: Span, country: str) -> str | None:
    """The one city of the country the sentence names after 'in' or 'at'."""
    places = gaz.reference.places
    found = {
        places[e.ent_id_].place
        for e in sent.ents
        if e.label_ == "PLACE"
        and e.ent_id_ in places
        and places[e.ent_id_].country == country
        and at_place(sent.doc, e)
        and not post_seat(sent.doc, e)
        and not seat_city(gaz, sent.doc, e)
    }
    return found.pop() if len(found) == 1 else None


def one_city(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """Each meeting placed in a country goes to the city of it that the sentence
    before its own names for a meeting."""
    sents = [s for doc in docs for s in doc.sents]
    texts = [span_text(s) for s in sents]
    for meeting in findings.meetings:
        if not meeting.location.startswith("country:"):
            continue
        own = [k for k, t in enumerate(texts) if t and t in meeting.evidence]
        if not own or own[0] == 0:
            continue
        before = sents[own[0] - 1]
        if not gaz.speaks_of("meeting", texts[own[0] - 1]):
            continue
        city = _city(gaz, before, meeting.location.removeprefix("country:"))
        if city is not None:
            meeting.location, meeting.location_words = f"place:{city}", texts[own[0] - 1]
