"""kg extract: meeting participants, round 11, each on a short invented article
(our own words, marked as invented): attendee phrases with a few words inside
them ('accompanied on the visit by', 'attended from the Latvian side by',
'present at the ceremony were'), and attendee lists read before the article's
one meeting."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _extract
from .drafts import participants as _participants

_NOTE = "(Invented test article for kg extract; not news.)\n\n"


def test_accompanied_on_the_visit_by_adds_the_persons_listed(tmp_path: Path) -> None:
    result = _extract(
        _NOTE + "TALLINN, March 3 (Agency) - Estonian Defence Minister Karl Tamm met Latvian"
        " Defence Minister Janis Ozols on Wednesday in Tallinn.\n\nThe minister was"
        " accompanied on the visit by the Latvian ambassador, Inga Berzina, and Colonel"
        " Peteris Kalnins, the defence attache.",
        tmp_path,
        "2021-03-04",
    )
    meetings = _participants(result)
    assert frozenset({"Karl Tamm", "Janis Ozols", "Inga Berzina", "Peteris Kalnins"}) in meetings


def test_a_list_read_before_the_one_meeting_joins_it(tmp_path: Path) -> None:
    result = _extract(
        _NOTE + "TALLINN, March 3 (Agency) - The talks were attended from the Latvian side by"
        " Ambassador Inga Berzina and Colonel Peteris Kalnins, the defence attache.\n\n"
        "Estonian Defence Minister Karl Tamm held talks with Latvian Defence Minister Janis"
        " Ozols on Wednesday in Tallinn.",
        tmp_path,
        "2021-03-04",
    )
    meetings = _participants(result)
    assert frozenset({"Karl Tamm", "Janis Ozols", "Inga Berzina", "Peteris Kalnins"}) in meetings


def test_present_at_the_ceremony_were_a_and_his_deputy(tmp_path: Path) -> None:
    result = _extract(
        _NOTE + "CHISINAU, March 3 (Agency) - Moldovan Defence Minister Ion Ceban met with"
        " Romanian officials on Wednesday at a ceremony in Chisinau.\n\nAlso present at the"
        " ceremony were Romanian defense attache, Colonel Mihai Popa, and his deputy, Captain"
        " Dan Stoica, the ministry said in a statement.",
        tmp_path,
        "2021-03-04",
    )
    meetings = _participants(result)
    assert frozenset({"Ion Ceban", "Mihai Popa", "Dan Stoica"}) in meetings


def test_a_list_read_before_two_meetings_joins_neither(tmp_path: Path) -> None:
    result = _extract(
        _NOTE + "TALLINN, March 3 (Agency) - The talks were attended from the Latvian side by"
        " Ambassador Inga Berzina.\n\nEstonian Defence Minister Karl Tamm held talks with"
        " Latvian Defence Minister Janis Ozols on Wednesday in Tallinn.\n\nOn Thursday, Ozols"
        " met Estonian Chief of Defence General Martin Kask in Tapa.",
        tmp_path,
        "2021-03-04",
    )
    meetings = _participants(result)
    assert len(meetings) == 2
    assert all("Inga Berzina" not in m for m in meetings)


def test_back_to_back_bilateral_talks_are_one_meeting_each(tmp_path: Path) -> None:
    result = _extract(
        _NOTE + "SINGAPORE, March 3 - Korean Defence Minister Park Min-ho made the appeals"
        " during back-to-back bilateral talks with Vietnam Defence Minister Tran Van Hoa; Air"
        " Chief Marshal Sir John Reed, chairman of the NATO Military Committee; and Singapore"
        " Defence Minister Tan Wei Ming.",
        tmp_path,
        "2021-03-04",
    )
    meetings = _participants(result)
    for other in ("Tran Van Hoa", "John Reed", "Tan Wei Ming"):
        assert frozenset({"Park Min-ho", other}) in meetings


def test_one_who_accompanied_someone_else_joins_no_later_meeting(tmp_path: Path) -> None:
    result = _extract(
        _NOTE + "TALLINN, March 3 (Agency) - Latvian Colonel Aivar Lepp came to Tallinn on"
        " Monday for a conference, and he was accompanied by Major Kalev Saar.\n\nEstonian"
        " Defence Minister Karl Tamm held talks with Latvian Defence Minister Janis Ozols on"
        " Wednesday in Tallinn.",
        tmp_path,
        "2021-03-04",
    )
    meetings = _participants(result)
    assert frozenset({"Karl Tamm", "Janis Ozols"}) in meetings
    assert all("Kalev Saar" not in m for m in meetings)
