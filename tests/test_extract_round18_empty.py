"""kg extract: round 18 rules against empty drafts, each on a short invented
article (our own words, invented people; not news)."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _draft


def _met(text: str, tmp_path: Path) -> list[set[str]]:
    result = _draft(text, tmp_path, date="2024-05-06")
    return [{p.name for p in m.participants} for m in result.findings.meetings]


def test_a_signing_at_a_named_venue_is_a_meeting(tmp_path: Path) -> None:
    # No city of the tables is named: the venue says the two were together.
    met = _met(
        "(Invented test article for kg extract; not news.)\n\nNORDBY, May 6 --"
        " Norway signed a defence accord with Chile on Monday. The accord was signed"
        " by Norwegian Defence Minister Aarne Virtanen and Chilean Defence Minister"
        " Lucia Quispe at the Naval Academy in Vesterhavn.",
        tmp_path,
    )
    assert met == [{"Aarne Virtanen", "Lucia Quispe"}]


def test_a_signing_at_a_ceremony_is_a_meeting(tmp_path: Path) -> None:
    met = _met(
        "(Invented test article for kg extract; not news.)\n\nNorway signs accord"
        " with Chile\n\nThe accord was signed on Monday by Norwegian Defence Minister"
        " Aarne Virtanen and Chilean Defence Minister Lucia Quispe at a ceremony.",
        tmp_path,
    )
    assert met == [{"Aarne Virtanen", "Lucia Quispe"}]


def test_a_signing_told_with_no_sign_of_being_together_is_a_guessed_meeting(
    tmp_path: Path,
) -> None:
    # Round 18 drafted no meeting here; session 18 drafts one, marked as a guess, as
    # an empty draft helps no curator (guess.signed_together).
    result = _draft(
        "(Invented test article for kg extract; not news.)\n\nNorway signs accord"
        " with Chile\n\nThe accord was signed on Monday by Norwegian Defence Minister"
        " Aarne Virtanen and Chilean Defence Minister Lucia Quispe.",
        tmp_path,
        date="2024-05-06",
    )
    met = [({p.name for p in m.participants}, m.date) for m in result.findings.meetings]
    assert met == [({"Aarne Virtanen", "Lucia Quispe"}, "2024-05-06")]
    assert "a guess: they signed one document and no sentence says they met" in result.text


def test_a_plural_title_with_its_post_words_after_it_is_shared(tmp_path: Path) -> None:
    # 'The Ministers of Defence of X and Y, A and B': each name its country's post.
    result = _draft(
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 6 -- The"
        " Ministers of Defence of Norway and Chile, Aarne Virtanen and Lucia Quispe,"
        " met in Oslo on Monday.",
        tmp_path,
        date="2024-05-06",
    )
    countries = {p.name: p.country for p in result.findings.persons}
    assert countries == {"Aarne Virtanen": "NO", "Lucia Quispe": "CL"}
    assert [{p.name for p in m.participants} for m in result.findings.meetings] == [
        {"Aarne Virtanen", "Lucia Quispe"}
    ]
