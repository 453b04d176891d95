"""kg extract: meetings found, round 8, each on a short invented article (our own
words, marked as invented): a title standing for the person the article is about
('The minister also met with ...') is that person, never the guest the sentence
names after the verb."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _extract
from .drafts import participants as _participants

_FAIR = (
    "ANKARA, 12 March 2024 - Estonian Minister of Defence Karl Tamm met with Portuguese"
    " Minister of Defence Rita Sousa in Ankara on Tuesday, on the sidelines of a defence fair."
)


def test_a_bare_title_before_the_verb_is_the_subject_not_the_guest(tmp_path: Path) -> None:
    result = _extract(
        _FAIR + "\n\nThe minister also met with Spanish Minister of Defence Ana Ruiz.",
        tmp_path,
        "2024-03-12",
    )
    meetings = _participants(result)
    assert frozenset({"Karl Tamm", "Ana Ruiz"}) in meetings
    assert frozenset({"Karl Tamm", "Rita Sousa"}) in meetings
    assert frozenset({"Rita Sousa", "Ana Ruiz"}) not in meetings
