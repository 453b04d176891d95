"""kg extract: round 20 rules for meetings, each on a short invented article (our
own words, invented people; not news): a call whose doer the sentence does not
name ('The Chilean guest also met B') is the visitor's call, one meeting per host
unless the hosts sat together."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _draft
from .drafts import participants


def _met(text: str, tmp_path: Path) -> list[frozenset[str]]:
    return participants(_draft(text, tmp_path, date="2024-05-06"))


_VISIT = (
    "(Invented test article for kg extract; not news.)\n\nOSLO, May 6 - Norwegian"
    " Defence Minister Aarne Virtanen received Chilean Defence Minister Lucia Quispe in"
    " Oslo on Monday to discuss training and cyber defence. "
)


def test_a_call_by_an_unnamed_doer_is_the_visitors(tmp_path: Path) -> None:
    met = _met(_VISIT + "The Chilean guest also met Foreign Minister Bjorn Haldorsen.", tmp_path)
    assert frozenset({"Lucia Quispe", "Bjorn Haldorsen"}) in met
    assert frozenset({"Aarne Virtanen", "Bjorn Haldorsen"}) not in met


def test_calls_on_listed_hosts_are_one_meeting_each(tmp_path: Path) -> None:
    met = _met(
        _VISIT + "The Chilean guest also met Foreign Minister Bjorn Haldorsen and"
        " Chief of Defence General Sigrid Lunde.",
        tmp_path,
    )
    assert frozenset({"Lucia Quispe", "Bjorn Haldorsen"}) in met
    assert frozenset({"Lucia Quispe", "Sigrid Lunde"}) in met
    assert frozenset({"Bjorn Haldorsen", "Sigrid Lunde"}) not in met


def test_hosts_who_sat_together_are_one_meeting(tmp_path: Path) -> None:
    met = _met(
        _VISIT + "The Chilean guest also met Foreign Minister Bjorn Haldorsen and"
        " Chief of Defence General Sigrid Lunde together.",
        tmp_path,
    )
    assert frozenset({"Lucia Quispe", "Bjorn Haldorsen", "Sigrid Lunde"}) in met
