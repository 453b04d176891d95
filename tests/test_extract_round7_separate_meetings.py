"""kg extract: meetings of a visit told one after another, round 7 (separate
meetings), each on a short invented article (our own words, marked as invented):
an open title ('the Director General of ...', 'Chairman ...', 'the head of ...')
beside the guest's name is that guest, not a reference to somebody named earlier."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _extract
from .drafts import participants as _participants

_VISIT = (
    "LISBON, 12 March 2024 - Estonian Chief of Defence Lieutenant General Karl Tamm"
    " visited Portugal on Tuesday and met with Portuguese Minister of Defence Rita Sousa"
    " in Lisbon."
)


def test_an_open_title_before_a_ranked_name_is_that_person(tmp_path: Path) -> None:
    result = _extract(
        _VISIT + "\n\nHe also called on Chairman Joint Staff Committee General Nuno Barros"
        " at the Joint Staff Headquarters.",
        tmp_path,
    )
    meetings = _participants(result)
    assert frozenset({"Karl Tamm", "Nuno Barros"}) in meetings
    assert all(len(m) == 2 for m in meetings)


def test_an_unknown_name_after_an_open_title_is_the_guest(tmp_path: Path) -> None:
    result = _extract(
        _VISIT + "\n\nTamm earlier met with the head of the National Defence Council,"
        " Joana Mendes, in Porto.",
        tmp_path,
    )
    meetings = _participants(result)
    assert frozenset({"Karl Tamm", "Joana Mendes"}) in meetings
    assert frozenset({"Karl Tamm", "Rita Sousa"}) in meetings
