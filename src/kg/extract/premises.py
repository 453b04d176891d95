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

from .seat import serves_abroad

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .findings import Person

# The words that end the phrase of a seat of command: 'headquarters', 'General
# Command' (a force's head office in the Gulf states' wording).
_SEAT_WORDS = ("headquarters", "general command")
# How many words may stand between 'at the' and that word ('at the Joint Staff
# Headquarters', 'at the Ruritanian Ministry of Defence and Home Guard Headquarters').
_GAP = 8
_HOST_VERBS = frozenset({"received", "welcomed", "hosted"})
_BE = frozenset({"is", "are", "was", "were", "been", "being"})


def host_seat(sent: Span, host: Person | None) -> str:
    """'country:XX' of the host, when the sentence has the meeting at the host's
    headquarters or General Command; '' otherwise."""
    if host is None or not host.country or serves_abroad(host):
        return ""
    words = [t.lower_ for t in sent]
    if any(_passive(words, k) for k, w in enumerate(words) if w in _HOST_VERBS):
        return ""  # 'A was received by B at ...': A is the guest, not the host
    for k in range(len(words) - 1):
        if words[k] != "at" or words[k + 1] != "the":
            continue
        tail = " ".join(words[k + 2 : k + 3 + _GAP])
        if any(f" {seat} " in f" {tail} " for seat in _SEAT_WORDS):
            return f"country:{host.country}"
    return ""


def _passive(words: list[str], k: int) -> bool:
    """Whether the verb at ``k`` is in the passive: 'by' right after it, or a form
    of 'be' up to two words before it ('were warmly welcomed at ... by B')."""
    after = words[k + 1] if k + 1 < len(words) else ""
    return after == "by" or any(w in _BE for w in words[max(0, k - 2) : k])
