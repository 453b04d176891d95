"""kg extract: round 13, meetings not drafted, on short invented articles (our own
words, marked as invented; not news): an article that reports a meeting held, whose
other participant the person rules do not read (named only by title, or in a shape
they do not know), drafts a guessed meeting of the one person read rather than an
empty draft; an article that reports none still drafts none."""

from __future__ import annotations

from pathlib import Path

from kg.curation.validation import check
from kg.extract import Extraction, extract

from .drafts import draft, participants


def _found(result: Extraction) -> list[frozenset[str]]:
    """The participants of each meeting found, a meeting of one included: that one
    is drafted as a comment (a meeting needs two participants), so not in the facts."""
    return [frozenset(p.name for p in m.participants) for m in result.findings.meetings]


# (Invented test article for kg extract; not news.) The host is named only by title.
_BY_TITLE = (
    "Peruvian Defence Chief Holds Talks in Chile\n\n"
    "SANTIAGO, 9 May 2023 - The Peruvian Chief of Defence, General Anton Brask,"
    " held talks on Tuesday with the Inspector General of the Chilean armed forces.\n\n"
    "The two sides discussed training and the exchange of officers."
)


def test_a_meeting_with_one_person_read_is_drafted(tmp_path: Path) -> None:
    result = draft(_BY_TITLE, tmp_path)
    assert _found(result) == [frozenset({"Anton Brask"})]
    assert all(m.guessed for m in result.findings.meetings)


def test_a_meeting_ahead_with_one_person_read_gives_none(tmp_path: Path) -> None:
    text = _BY_TITLE.replace("Holds Talks", "To Hold Talks").replace(
        "held talks on Tuesday", "will hold talks next week"
    )
    text = text.replace("The two sides discussed", "The agenda includes")
    assert participants(draft(text, tmp_path)) == []


def test_one_person_and_no_meeting_gives_none(tmp_path: Path) -> None:
    text = (
        "SANTIAGO, 9 May 2023 - The Peruvian Chief of Defence, General Anton Brask,"
        " said on Tuesday that the army would buy new trucks.\n\n"
        "The purchase is part of a plan for the next decade."
    )
    assert participants(draft(text, tmp_path)) == []


# (Invented test article for kg extract; not news.) The guest is named after a long
# title that no person rule reads.
_LONG_TITLE = (
    "SANTIAGO, 9 May 2023 - The Chilean Minister of Defence, Marta Ruiz, held a meeting"
    " with the Peruvian envoy, Tomas Villalba, on Tuesday.\n\n"
    "The officials discussed training and joint exercises."
)


def test_the_other_name_of_the_meeting_sentence_is_the_other_participant(
    tmp_path: Path,
) -> None:
    result = draft(_LONG_TITLE, tmp_path)
    assert participants(result) == [frozenset({"Marta Ruiz", "Tomas Villalba"})]


# (Invented test article for kg extract; not news.) What the meeting brings is put
# ahead in a relative clause; the meeting itself was held.
_AHEAD_CLAUSE = _BY_TITLE.replace(
    "held talks on Tuesday with the Inspector General of the Chilean armed forces",
    "held talks on Tuesday with the Inspector General of the Chilean armed forces,"
    " talks that will deepen ties between the two armies",
).replace("The two sides discussed", "The agenda covered")


def test_a_clause_that_puts_an_outcome_ahead_leaves_the_meeting_held(tmp_path: Path) -> None:
    assert _found(draft(_AHEAD_CLAUSE, tmp_path)) == [frozenset({"Anton Brask"})]


def test_a_meeting_that_will_be_held_stays_ahead(tmp_path: Path) -> None:
    text = (
        "SANTIAGO, 9 May 2023 - The Chilean Minister of Defence Marta Ruiz spoke of a"
        " meeting that will be held with the Peruvian envoy Tomas Villalba."
    )
    assert participants(draft(text, tmp_path)) == []


def test_a_meeting_of_one_person_is_left_commented_out_and_the_draft_validates(
    tmp_path: Path,
) -> None:
    # Regression: a meeting needs two participants (ontology/shapes.ttl), so the
    # guessed meeting of one person, written as a fact, failed kg validate.
    (tmp_path / "sources").mkdir()
    (tmp_path / "curated").mkdir()
    article = tmp_path / "sources" / "x.txt"
    article.write_text(_BY_TITLE + "\n\n(Invented test article; not news.)\n", encoding="utf-8")
    result = extract(article, output=tmp_path / "curated" / "x.tsv")
    (meeting,) = result.findings.meetings
    assert f"# {meeting.id}\ta\tMeeting\t" in result.text
    assert f"add `{meeting.id}<TAB>participant<TAB>PERSON` for who else met" in result.text
    assert all(s != meeting.id for s, *_ in result.facts)
    (tmp_path / "curated" / "x.tsv").write_text(result.text, encoding="utf-8")
    assert check(tmp_path)[1] == []
