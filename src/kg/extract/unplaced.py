"""Meetings no rule placed (round 12, meetings): a meeting the draft must leave
commented out (the ontology wants a place) is no meeting drafted at all. When its
sentence, the dateline, an earlier meeting and the host's country all say nothing
('State Secretary A received a delegation of the Ruritanian army led by B'), the
meeting is put, as a guess, in the country the article speaks of most, one that is
not a guest's: the host's side, who stays at home."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .findings import Findings, Meeting


def _guests_countries(meeting: Meeting) -> set[str]:
    people = [*meeting.participants, *(p for p, _ in meeting.joined)]
    return {p.country for p in people if p is not meeting.host and p.country}


def place_unplaced(findings: Findings) -> None:
    """Each meeting still without a place, whose host (if any) has no country read:
    in the one country the article names most, other than its guests' countries,
    when no other country is named as often."""
    unplaced = [m for m in findings.meetings if not m.location]
    if not unplaced:
        return
    counts = Counter(c for c in findings.named_countries if c)
    for meeting in unplaced:
        if meeting.host is not None and meeting.host.country:
            continue
        theirs = _guests_countries(meeting)
        ranked = [(c, n) for c, n in counts.most_common() if c not in theirs]
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            continue
        meeting.location = f"country:{ranked[0][0]}"


def placed_at_host(findings: Findings) -> None:
    """Session 22: a meeting left unplaced, or placed by a guess in a guest's
    country, while its host had no country read ('General A received B, Minister of
    the Cuban armed forces'), once officials.csv gives the host one (``apply_listed``,
    read last): in the host's country, where a host receives."""
    for meeting in findings.meetings:
        host = meeting.host
        if meeting.placed_surely or host is None or not host.country:
            continue
        here = meeting.location.removeprefix("country:")
        if not meeting.location or here in _guests_countries(meeting) - {host.country}:
            meeting.location = f"country:{host.country}"


def unplace_third_country(findings: Findings) -> None:
    """Session 25: a meeting with no host, placed by a guess in a country none of its
    participants is of, once every participant's country is read, is unplaced
    again: the guess above takes the country the article names most other than the
    guests', and with no host every participant is a guest ('Polish and Canadian
    defence ministers discussed ... Ukraine': not in Ukraine). Not a place the
    sentence gave, nor a city. Where every participant is of one country (a minister
    and that country's ambassadors abroad), that country (session 33)."""
    for meeting in findings.meetings:
        if meeting.host is not None or meeting.placed_surely:
            continue
        if not meeting.location.startswith("country:"):
            continue
        countries = {p.country for p in meeting.participants}
        if None not in countries and meeting.location[8:] not in countries:
            meeting.location = f"country:{countries.pop()}" if len(countries) == 1 else ""


# Heads of state and government and monarchs: one who meets a foreign minister or
# officer receives them at home far more often than travels to them. Not a deputy
# prime minister, who is often a foreign or defence minister too, and travels as
# one.
_RECEIVING_LEADERS = frozenset(
    {"president", "prime-minister", "premier", "king", "queen", "emir", "sultan"}
)


def _leader_country(meeting: Meeting) -> str | None:
    """The country of the meeting's one head of state or government whose country
    is read; None where it has none, or two of different countries."""
    countries = {
        p.country
        for p in meeting.participants
        if p.country and (title := p.post or p.pending_post) and title.post in _RECEIVING_LEADERS
    }
    return countries.pop() if len(countries) == 1 else None


def leaders_at_home(findings: Findings) -> None:
    """Session 28: a meeting whose place is a guess, or none, held with a head of
    state or government ('Defence Minister A met President B'), is put in the
    leader's country: the guesses (the first participant's country, the country
    the article names most) took the visitor's as often as not: on tune70, six more
    meetings matched the gold and none was lost. Not one a guess put in a city,
    nor talks held apart, which have no place."""
    for meeting in findings.meetings:
        if meeting.placed_surely or meeting.by_call or meeting.evidence in findings.remote_told:
            continue
        home = _leader_country(meeting)
        if home is not None and not meeting.location.startswith("place:"):
            meeting.location = f"country:{home}"
