"""kg extract: round 26 rules for meetings' places, each on a short invented
article (our own words, invented people; not news): a host who receives a guest
at the host's headquarters or General Command receives in the host's country,
whatever the dateline."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft

# Each article ends with this mark (and drafts.draft adds it once more).
MARK = "\n\n(Invented test article for kg extract; not news.)"


def _places(text: str, tmp_path: Path, date: str) -> dict[frozenset[str], str]:
    meetings = draft(text + MARK, tmp_path, date=date).findings.meetings
    return {frozenset(p.name for p in m.participants): m.location for m in meetings}


def test_host_headquarters_is_in_the_hosts_country(tmp_path: Path) -> None:
    # Filed from the guest's capital: the meeting is still at the host's seat.
    text = (
        "NAIROBI, 4 May 2025\n\nOmani Chief of Staff General Salim Hadrawi received,"
        " at the General Command headquarters on Sunday, the Kenyan Army Commander"
        " General Peter Otieno Wafula and his delegation.\n\nThe two officers spoke"
        " about training of cadets."
    )
    places = _places(text, tmp_path, "2025-05-04")
    assert places.get(frozenset({"Salim Hadrawi", "Peter Otieno Wafula"})) == "country:OM"


def test_guest_received_by_host_is_not_placed_by_the_guest(tmp_path: Path) -> None:
    # In the passive the person read before 'received' is the guest: the rule
    # does not hand the meeting the guest's country.
    text = (
        "MUSCAT, 4 May 2025\n\nOn his trip, the Kenyan Army Commander General Peter"
        " Otieno Wafula was warmly received by the Commander of the Omani Army, Major"
        " General Salim Hadrawi, at the Army Headquarters.\n\nThe two officers spoke"
        " about training of cadets."
    )
    places = _places(text, tmp_path, "2025-05-04")
    assert places.get(frozenset({"Salim Hadrawi", "Peter Otieno Wafula"})) != "country:KE"
