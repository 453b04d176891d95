"""kg extract: meetings, round 12, on short invented articles (our own words, marked
as invented): a meeting that nothing else places (no city, no dateline, no country
read for its host) is put in the country the article speaks of most, other than a
guest's, rather than left commented out of the draft."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _extract
from .drafts import places as _places

_NOTE = "(Invented test article for kg extract; not news.)\n\n"


def test_a_host_of_no_country_read_receives_a_foreign_general(tmp_path: Path) -> None:
    result = _extract(
        _NOTE + "03/03/2021 News\n\nThe President of the Republic, Mr. Karl Tamm received"
        " on Wednesday the Chief of General Staff of the Armed Forces of the Republic of"
        " Latvia, Lieutenant General Janis Ozols.\n\nDuring the meeting, President Tamm spoke about"
        " the warm ties between Estonia and Latvia.",
        tmp_path,
        "2021-03-03",
    )
    assert _places(result) == {frozenset({"Karl Tamm", "Janis Ozols"}): "country:EE"}


def test_a_delegation_received_by_a_state_secretary(tmp_path: Path) -> None:
    result = _extract(
        _NOTE + "03/03/2021 News\n\nState Secretary Karl Tamm received a delegation of the"
        " Latvian Army, led by the Chief of Staff of the Latvian Army Lieutenant-General"
        " Janis Ozols.\n\nTamm and Ozols spoke about training together in Estonia.",
        tmp_path,
        "2021-03-03",
    )
    assert _places(result) == {frozenset({"Karl Tamm", "Janis Ozols"}): "country:EE"}


def test_a_call_between_two_officials_of_one_country(tmp_path: Path) -> None:
    result = _extract(
        _NOTE + "Navy chief calls on the minister\n\nCommander of the Navy, Vice Admiral Karl"
        " Tamm went to see Minister of Defence, Hon. Peeter Saar, on a courtesy call at his"
        " office today (3rd March 2021).\n\nHon. Peeter Saar wished the admiral well as the"
        " new Commander of the Estonian Navy.",
        tmp_path,
        "2021-03-03",
    )
    assert _places(result) == {frozenset({"Karl Tamm", "Peeter Saar"}): "country:EE"}


def test_two_countries_named_as_often_place_nothing(tmp_path: Path) -> None:
    result = _extract(
        _NOTE + "03/03/2021 News\n\nState Secretary Karl Tamm received a delegation of the"
        " Latvian Army, led by the Chief of Staff of the Latvian Army Lieutenant-General"
        " Janis Ozols.\n\nTamm and Ozols spoke about training together in Estonia and in"
        " Finland.",
        tmp_path,
        "2021-03-03",
    )
    # Drafted with no place (session 17), rather than in either country.
    assert _places(result) == {frozenset({"Karl Tamm", "Janis Ozols"}): ""}
