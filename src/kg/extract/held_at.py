"""Round 19 rules (place): a later sentence that speaks of 'the meeting' or 'the
talks' and names a city places a meeting its own sentence did not put in a city.
'A met his Ruritanian counterpart B on Monday.' then 'The meeting took place at the
Ministry of Defence in Strelsau' or 'Speaking at the talks in Strelsau, B said ...':
the meeting was in Strelsau, not in the country a guess took (a participant's) nor
only in the country its sentence named ('on a visit to Ruritania')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .datelined import datelined
from .findings import last_told, span_text
from .names import place_in_name
from .placenames import at_place, building, post_seat
from .talks import TALKS
from .topics import spoken_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Findings, Meeting
    from .gazetteer import Gazetteer

# Words before 'meeting' or 'talks' that point back at one told before.
_POINTING = {"the", "this", "that", "their", "today's", "yesterday's"}
# How many sentences after the meeting's own one may still speak of it.
_NEXT = 3
# How many words after 'meeting' its city may stand: further on, a clause of its
# own has begun ('held under the accord signed last year in Strelsau').
_NEAR = 12


def _meeting_city(gaz: Gazetteer, sent: Span) -> Span | None:
    """The city a sentence puts 'the meeting' (or 'the talks') in: one named after
    those words and near them with 'in' or 'at' before it; not a post's seat, a building standing
    for its people, a topic ('talks on security in Strelsau') or part of a name."""
    doc = sent.doc
    talk = next(
        (
            t
            for t in sent
            if t.lower_ in TALKS and t.i > sent.start and _points_back(doc, t.i, sent.start)
        ),
        None,
    )
    if talk is None:
        return None
    for ent in sent.ents:
        if ent.label_ != "PLACE" or not talk.i < ent.start <= talk.i + _NEAR or not ent.ent_id_:
            continue
        if place_in_name(doc, ent.start, sent.end) or not at_place(doc, ent):
            continue
        if post_seat(doc, ent) or building(doc, ent) or spoken_of(gaz, doc, ent):
            continue
        return ent
    return None


def _points_back(doc: Doc, i: int, start: int) -> bool:
    """Whether the words before token ``i`` point back at a meeting told before. The
    tokenizer splits 'today's' into 'today' and 's, so that word is joined again."""
    word = doc[i - 1].lower_.replace("\u2019", "'")
    if word == "'s" and i - 2 >= start:
        word = doc[i - 2].lower_ + word
    return word in _POINTING


def _fits(gaz: Gazetteer, meeting: Meeting, city: str) -> bool:
    """A meeting put in a country by its sentence is placed only in a city of it;
    one whose place was a guess in any city; one a dateline alone put in a city in
    another city (round 23)."""
    if not meeting.location:
        return True
    if meeting.location.startswith("place:"):
        return datelined(gaz, meeting) and meeting.location != f"place:{city}"  # round 23
    if not meeting.placed_surely:
        return True
    place = gaz.reference.places.get(city)
    return place is not None and meeting.location == f"country:{place.country}"


def place_held_at(gaz: Gazetteer, findings: Findings, docs: list[Doc]) -> None:
    """Each meeting not put in a city takes the city a sentence soon after its own
    says 'the meeting' was in, before any other meeting is told."""
    sents = [s for doc in docs for s in doc.sents]
    texts = [span_text(s) for s in sents]
    told = {m.evidence for m in findings.meetings}
    for meeting in findings.meetings:
        if meeting.location.startswith("place:") and not datelined(gaz, meeting):
            continue
        own = last_told(texts, meeting)
        if own is None:
            continue
        for k in range(own + 1, min(own + 1 + _NEXT, len(sents))):
            if any(texts[k] and texts[k] in e for e in told - {meeting.evidence}):
                break
            ent = _meeting_city(gaz, sents[k])
            if ent is None:
                continue
            if _fits(gaz, meeting, ent.ent_id_):
                meeting.location = f"place:{ent.ent_id_}"
                meeting.location_words = texts[k]
            break


def same_day_city(gaz: Gazetteer, findings: Findings) -> None:
    """A meeting put in a country only ('A, on a visit to Ruritania, also met C') was
    in the city of that country where an earlier meeting of one of its persons the
    same day was, as that meeting's own sentence stated ('A and B held talks in
    Strelsau')."""
    places = gaz.reference.places
    for k, meeting in enumerate(findings.meetings):
        if not meeting.location.startswith("country:"):
            continue
        country = meeting.location.removeprefix("country:")
        for known in reversed(findings.meetings[:k]):
            city = places.get(known.location.removeprefix("place:"))
            if (
                city is not None
                and city.country == country
                and known.location.startswith("place:")
                and known.location_words == known.evidence
                and known.date == meeting.date
                and known.ids() & meeting.ids()
            ):
                meeting.location = known.location
                break
