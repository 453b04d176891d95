"""kg extract: round 20 rules for meetings, each on a short invented article (our
own words, invented people; not news): a call whose doer the sentence does not
name ('He also called on B', 'The visiting general also met C') is the visitor's
call, one meeting per host."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _draft
from .drafts import participants


def _met(text: str, tmp_path: Path) -> list[frozenset[str]]:
    return participants(_draft(text, tmp_path, date="2024-05-06"))


_VISIT = (
    "(Invented test article for kg extract; not news.)\n\nOSLO, May 6 - Chilean"
    " Defence Minister Lucia Quispe met Norwegian Defence Minister Aarne Virtanen in"
    " Oslo on Monday to discuss training and cyber defence. "
)


def test_a_call_by_a_pronoun_is_the_visitors(tmp_path: Path) -> None:
    met = _met(_VISIT + "She also called on Foreign Minister Bjorn Haldorsen.", tmp_path)
    assert frozenset({"Lucia Quispe", "Bjorn Haldorsen"}) in met
    assert frozenset({"Aarne Virtanen", "Bjorn Haldorsen"}) not in met


def test_a_call_by_a_title_is_the_visitors_one_per_host(tmp_path: Path) -> None:
    met = _met(
        _VISIT + "The Chilean minister also met Foreign Minister Bjorn Haldorsen and"
        " Chief of Defence General Sigrid Lunde.",
        tmp_path,
    )
    assert frozenset({"Lucia Quispe", "Bjorn Haldorsen"}) in met
    assert frozenset({"Lucia Quispe", "Sigrid Lunde"}) in met
    assert frozenset({"Bjorn Haldorsen", "Sigrid Lunde"}) not in met
