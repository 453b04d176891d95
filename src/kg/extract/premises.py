"""Round 26 rules (meetings' places): a host who receives a guest 'at the General
Command headquarters' or 'at the BDF General Command' receives at the seat of the
host's own forces or ministry, so in the host's country, whatever the dateline (a
wire or a paper of the guest's country files from home: 'ISLAMABAD: ... received,
at the BDF General Command, the Pakistani Army Chief') or a visit told before
('during his visit to Qatar'; then 'the Jordanian chief received him at the
General Command headquarters').

Only the host of a meeting (the person before 'received', 'welcomed', 'hosted')
whose country is read and who is no envoy (an ambassador's premises are abroad),
and only where the sentence names no city (a city named there places it first).
Not in the passive ('A was received by B at the Navy Headquarters'): the person
read before the verb is then the guest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .placenames import MISSIONS, post_seat
from .seat import serves_abroad

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .findings import Person
    from .gazetteer import Gazetteer

# The words that end the phrase of a seat of command: 'headquarters', 'General
# Command' (a force's head office in the Gulf states' wording).
_SEAT_WORDS: tuple[str, ...] = ("headquarters", "general command")
# Session 26: a ministry is the host's seat too ('called on B at the Sri Lankan
# Ministry of Defence', where an agency of the guest's country files from home).
_SEAT_WORDS += ("ministry of defence", "ministry of defense", "defence ministry")
_SEAT_WORDS += ("defense ministry", "ministry of foreign affairs", "foreign ministry")
_SEAT_PHRASES = [seat.split() for seat in _SEAT_WORDS]
# How many words may stand between 'at the' and that word ('at the Joint Staff
# Headquarters', 'at the Ruritanian Ministry of Defence and Home Guard Headquarters').
_GAP = 8
_HOST_VERBS = frozenset({"received", "welcomed", "hosted"})
_BE = frozenset({"is", "are", "was", "were", "been", "being"})


def host_seat(sent: Span, host: Person | None) -> str:
    """'country:XX' of the host, when the sentence has the meeting at the host's
    headquarters or General Command; '' otherwise."""
    if host is None or serves_abroad(host):
        return ""
    words = [t.lower_ for t in sent]
    if any(_passive(words, k) for k, w in enumerate(words) if w in _HOST_VERBS):
        return ""  # 'A was received by B at ...': A is the guest, not the host
    for k in range(len(words) - 1):
        if words[k] != "at" or words[k + 1] != "the":
            continue
        stop = min(k + 3 + _GAP, len(words))
        end = next((j for j in range(k + 2, stop) if _seat_at(words, j, stop)), None)
        if end is None:
            continue
        # 'at the Sri Lankan Ministry of Defence': the seat's own country first, for
        # a host whose country the text gives only later (session 26); not one
        # named after the seat ('at the headquarters on Sunday, the Kenyan ...').
        named = sent[k + 2 : end]
        owner = next((t.ent_id_ for t in named if t.ent_type_ in ("DEMONYM", "COUNTRY")), None)
        country = owner or host.country
        return f"country:{country}" if country else ""
    return ""


def accredited_to(doc: Doc, ent: Span) -> bool:
    """Whether the city is the seat of a post 'to' it ('Moldova's ambassador to
    Budapest') or of a country's post 'in' it ('the Ambassador of Turkey in
    Bucharest'): a title's words. Not a mission's ('at the Embassy of Greece in
    Washington': its premises are where they met); and a post 'in' a city ('the US
    Ambassador in Colombo') may also be where they are ('hosted the Navy chief in
    Tokyo'), so it stays a city (round 6)."""
    if ent.start < 2 or not post_seat(doc, ent):
        return False
    # 'at the Embassy of Greece in Washington' is where they met, a mission's premises.
    if any(t.lower_ in MISSIONS for t in doc[max(ent.start - 8, 0) : ent.start]):
        return False
    return doc[ent.start - 1].lower_ == "to" or doc[ent.start - 2].ent_type_ == "COUNTRY"


def titled_seat(gaz: Gazetteer, doc: Doc, cities: list[Span]) -> str:
    """'country:XX' of the first city that only names a post's seat ('ambassador to
    Budapest'): an envoy meets in the country of the post, but the city is a title's
    word, not where the text says they met (session 26); '' if none."""
    for e in cities:
        if accredited_to(doc, e) and (country := gaz.country_of(f"place:{e.ent_id_}")):
            return f"country:{country}"
    return ""


def _seat_at(words: list[str], j: int, stop: int) -> bool:
    """Whether a seat's words start at ``j`` and end by ``stop``."""
    return any(j + len(seat) <= stop and words[j : j + len(seat)] == seat for seat in _SEAT_PHRASES)


def seat_over_dateline(gaz: Gazetteer, sent: Span, cities: list[Span], seat: str) -> bool:
    """Whether the host's seat ('country:XX') outweighs the sentence's cities: each
    is the dateline that opens it, in another country ('ISLAMABAD, Mar 06 (APP): A
    called on B at the Sri Lankan Ministry of Defence'; session 26)."""
    return bool(seat) and all(
        e.start == sent.start and gaz.country_of(f"place:{e.ent_id_}") != seat[len("country:") :]
        for e in cities
    )


def _passive(words: list[str], k: int) -> bool:
    """Whether the verb at ``k`` is in the passive: 'by' right after it, or a form
    of 'be' up to two words before it ('were warmly welcomed at ... by B')."""
    after = words[k + 1] if k + 1 < len(words) else ""
    return after == "by" or any(w in _BE for w in words[max(0, k - 2) : k])
