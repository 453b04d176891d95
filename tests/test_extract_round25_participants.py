"""kg extract: round 25 rules for who took part in a meeting, each on a short
invented article (our own words, invented people; not news): a name whose
mention another's post runs into is still one of a list; those who 'also
participated in the discussions' join a meeting drafted only later; 'who was also
at the meeting' adds a participant; a pronoun stands for the one person its own
sentence named before it."""

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


def test_a_post_that_runs_into_the_next_name_keeps_both_in_the_list(tmp_path: Path) -> None:
    text = (
        "President Tomas Edvik of Ruritania received a Freedonian army delegation led by"
        " General Lena Voss at the palace in Strelsau on Monday.\n\n"
        "Dr Karl Brenner, Minister of Defence and Major-General Otto Falk, Chief of"
        " Defence Staff, accompanied the delegation."
    )
    met = _met(text, tmp_path, "2025-03-11")
    assert frozenset({"Tomas Edvik", "Lena Voss", "Karl Brenner", "Otto Falk"}) in met


def test_who_also_participated_in_the_discussions_joins_a_later_meeting(
    tmp_path: Path,
) -> None:
    text = (
        "Ruritania and Freedonia have held their first defence dialogue in Strelsau.\n\n"
        "Ruritanian Deputy Defence Minister Tomas Edvik led the hosts.\n\n"
        "Brigadier Lena Voss headed the Freedonian side. The Freedonian Ambassador to"
        " Ruritania, Karl Brenner, also participated in the discussions.\n\n"
        "Both sides spoke about fishing and the coast."
    )
    met = _met(text, tmp_path, "2025-03-11")
    assert any({"Tomas Edvik", "Lena Voss", "Karl Brenner"} <= m for m in met)


def test_who_was_also_at_the_meeting_adds_a_participant(tmp_path: Path) -> None:
    text = (
        "Ruritanian Defence Minister Tomas Edvik met with Freedonian Defence Minister"
        " Lena Voss in Strelsau on Monday.\n\n"
        "Speaking to reporters, Freedonia's ambassador to Ruritania, Karl Brenner, who"
        " was also at the meeting, said the two sides spoke about training."
    )
    met = _met(text, tmp_path, "2025-03-11")
    assert frozenset({"Tomas Edvik", "Lena Voss", "Karl Brenner"}) in met


def test_a_pronoun_stands_for_the_one_person_named_before_it(tmp_path: Path) -> None:
    text = (
        "Ruritanian army chief General Tomas Edvik received Freedonian army chief"
        " General Lena Voss in Strelsau on Monday.\n\n"
        "Later on, Voss toured the Ruritanian naval academy, where she was received by"
        " Commodore Otto Falk, head of the academy."
    )
    met = _met(text, tmp_path, "2025-03-11")
    assert any({"Lena Voss", "Otto Falk"} <= m for m in met)
    assert not any({"Tomas Edvik", "Otto Falk"} <= m for m in met)
