"""kg extract: round 22 rules for agreements, each on a short invented article (our
own words, invented people and countries; not news): counted documents told by the
countries and again with the signatories' names, a question about 'any agreement',
leaders who look on as ministers sign, a date line whose year an underscore follows,
an exchange of letters amending an older memorandum, and a partner whose titles a
semicolon splits; and supports and congratulations read the right way round (a
passive congratulation, support owned by a body that is no country, a support told
twice)."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading

from .drafts import draft as _draft
from .drafts import signings

_MARK = "(Invented test article for kg extract; not news.)\n\n"


def _signed(
    text: str, tmp_path: Path, date: str = "2024-05-06"
) -> list[tuple[set[str], str | None]]:
    return signings(_draft(_MARK + text, tmp_path, date=date))


def test_counted_documents_told_again_with_names_are_the_same(tmp_path: Path) -> None:
    signed = _signed(
        "Norway and Chile on Sunday signed two memoranda on border patrols and on a"
        " staff exchange programme between their armed forces.\n\nThe first memorandum"
        " lets the two armies train together.\n\nNorwegian Defence Minister Aarne"
        " Virtanen and his Chilean counterpart Lucia Quispe signed the two MoUs at the"
        " close of the joint defence commission.",
        tmp_path,
    )
    assert signed == [({"Aarne Virtanen", "Lucia Quispe"}, "2024-05-05")] * 2


def test_any_agreement_asked_about_is_no_document(tmp_path: Path) -> None:
    signed = _signed(
        "Norwegian Defence Minister Aarne Virtanen left Santiago on Monday after holding"
        " talks with Chilean Defence Minister Lucia Quispe.\n\nAsked whether the two"
        " countries signed any agreement, Virtanen said that talks would go on.",
        tmp_path,
    )
    assert signed == []


def test_leaders_who_look_on_do_not_sign(tmp_path: Path) -> None:
    signed = _signed(
        "President Anna Varga and her visiting Chilean counterpart Piet Mols looked on"
        " as Interior Minister Aarne Virtanen and Chilean Interior Minister Lucia Quispe"
        " signed a memorandum on police training in Oslo on Monday.",
        tmp_path,
    )
    assert signed == [({"Aarne Virtanen", "Lucia Quispe"}, "2024-05-06")]


def test_a_year_followed_by_an_underscore_dates_the_report(tmp_path: Path) -> None:
    signed = _signed(
        "July 12, 2024_ Norway hosted talks between Norwegian Defence Minister Aarne"
        " Virtanen and Chilean Defence Minister Lucia Quispe on naval training. During"
        " the talks, the two countries signed a memorandum on joint exercises.",
        tmp_path,
        date="2024-07-13",
    )
    assert [date for _, date in signed] == ["2024-07-12"]


def test_an_older_documents_year_does_not_recall_the_signing(tmp_path: Path) -> None:
    signed = _signed(
        "Ruritanian Defence Minister Karl Obst met his visiting Freedonian counterpart"
        " Jan Pelt in Strelsau today.\n\nIn a joint statement after the meeting, the"
        " ministers agreed to deepen defence ties with the signing of an exchange of"
        " letters to amend the memorandum on defence cooperation between the two"
        " governments, which was signed in 1998.",
        tmp_path,
    )
    assert signed == [(set(), "2024-05-06")]


def test_a_partner_after_a_semicolon_and_titles_signs(tmp_path: Path) -> None:
    signed = _signed(
        "Norwegian Interior Minister Aarne Virtanen signed the MoU with his counterpart;"
        " Chilean Minister of Internal Affairs, Lieutenant General Lucia Quispe in Oslo"
        " on Monday.",
        tmp_path,
    )
    assert signed == [({"Aarne Virtanen", "Lucia Quispe"}, "2024-05-06")]


_MET = (
    "Norwegian Defence Minister Aarne Virtanen received Chilean Defence Minister Lucia"
    " Quispe in Oslo on Monday.\n\n"
)


def test_a_passive_congratulation_is_by_the_one_after_by(tmp_path: Path) -> None:
    drafted = _draft(
        _MARK + "Norwegian Defence Minister Aarne Virtanen, who was congratulated on his"
        " re-election by Chilean Defence Minister Lucia Quispe, received her in Oslo on"
        " Monday.",
        tmp_path,
        date="2024-05-06",
    )
    told = [(c.by.name, c.to.name) for c in drafted.findings.congratulations]
    assert told == [("Lucia Quispe", "Aarne Virtanen")]


def test_support_owned_by_a_body_that_is_no_country_is_none(tmp_path: Path) -> None:
    drafted = _draft(
        _MARK + _MET + "During the meeting, the two ministers discussed the mission in the"
        " north of Mali, NATO's support for the African Union's training teams and aid to"
        " the flood relief in Niger.",
        tmp_path,
        date="2024-05-06",
    )
    assert drafted.findings.supports == []


def test_a_support_told_twice_is_drafted_once(tmp_path: Path) -> None:
    drafted = _draft(
        _MARK + _MET + "Chilean Defence Minister Lucia Quispe reaffirmed her country's"
        " commitment to supporting Norway in its bid for a seat on the council. Quispe"
        " said Chile backs Norway in its bid for a seat on the council.",
        tmp_path,
        date="2024-05-06",
    )
    reading = Reading.of(drafted.facts)
    told = [
        (reading.one(s, "supporter"), reading.one(s, "supportedParty"))
        for s in reading.of_class("Support")
    ]
    assert told == [("country:CL", "country:NO")]
