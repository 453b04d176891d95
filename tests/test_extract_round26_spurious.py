"""kg extract: round 26 rules against spurious meetings and participants, each on a
short invented article (our own words, invented people; not news): a meeting
phrase whose noun is 'virtual' is no meeting; 'A is accompanied by B' lists the
party of A's trip, not those at a meeting; a sentence that refers to a meeting's
participants without naming them tells another event, whose newcomer does not
join that meeting."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft

# Each article ends with this mark (and drafts.draft adds it once more).
MARK = "\n\n(Invented test article for kg extract; not news.)"


def _met(text: str, tmp_path: Path, date: str) -> list[frozenset[str]]:
    meetings = draft(text + MARK, tmp_path, date=date).findings.meetings
    return [
        frozenset([*(p.name for p in m.participants), *(p.name for p, _ in m.joined)])
        for m in meetings
    ]


def test_a_virtual_meeting_is_a_meeting_with_no_place(tmp_path: Path) -> None:
    # No meeting in round 26; since session 23 talks held apart are drafted as the
    # gold readings count them, with no place.
    text = (
        "OSLO - Norwegian Defence Minister Tomas Edvik held a virtual meeting with"
        " Freedonian Defence Minister Lena Voss on Friday.\n\n"
        "The two ministers spoke about border patrols and cadet exchanges."
    )
    assert _met(text, tmp_path, "2025-03-15") == [frozenset({"Tomas Edvik", "Lena Voss"})]
    (meeting,) = draft(text + MARK, tmp_path, date="2025-03-15").findings.meetings
    assert (meeting.location, meeting.by_call) == ("", True)


def test_a_party_accompanying_a_trip_is_not_at_the_meeting(tmp_path: Path) -> None:
    text = (
        "Freedonian army chief General Lena Voss arrived in Strelsau on Monday for a"
        " three-day visit.\n\n"
        "General Voss met with Ruritanian Chief of Defence General Tomas Edvik at the"
        " army headquarters.\n\n"
        "She is accompanied by Colonel Karl Brenner, the head of Freedonian army training."
    )
    met = _met(text, tmp_path, "2025-03-10")
    assert frozenset({"Lena Voss", "Tomas Edvik"}) in met
    assert not any("Karl Brenner" in m for m in met)


def test_a_pair_referred_to_as_they_is_no_retold_meeting(tmp_path: Path) -> None:
    text = (
        "Ruritanian Defence Minister Tomas Edvik held talks with Freedonian Defence"
        " Minister Lena Voss in Strelsau on Monday.\n\n"
        "They later met the Ruritanian army chief, General Karl Brenner, at the"
        " military academy."
    )
    met = _met(text, tmp_path, "2025-03-10")
    assert frozenset({"Tomas Edvik", "Lena Voss"}) in met
    assert frozenset({"Tomas Edvik", "Lena Voss", "Karl Brenner"}) not in met


def test_a_pair_named_again_with_one_more_person_is_the_same_meeting(tmp_path: Path) -> None:
    # The shape the rule keeps: both named again by name, with a newcomer.
    text = (
        "Ruritanian Defence Minister Tomas Edvik met with Freedonian Defence Minister"
        " Lena Voss in Strelsau on Monday. Edvik, Voss and Freedonian Ambassador Karl"
        " Brenner then held talks on naval training."
    )
    met = _met(text, tmp_path, "2025-03-10")
    assert frozenset({"Tomas Edvik", "Lena Voss", "Karl Brenner"}) in met
