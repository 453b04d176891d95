"""kg extract: the dates of meetings and signings of round 10, on short articles
invented for these tests (our own words, marked as invented; not news, any likeness
of a name to a real person is chance): a signing's day dates the meeting at which it
was signed, a meeting's day the signing told without one, 'the signing ceremony on
Tuesday', a weekday before a stated date, a date line a day after the publication
date, the day of a report."""

from __future__ import annotations

from pathlib import Path

from kg.extract.dates import event_date, filed_date
from kg.extract.evaluation import Reading

from .drafts import read

# Publication dates: 2026-07-21 is a Tuesday.
_TUESDAY = "2026-07-21"


def _meetings(reading: Reading) -> set[tuple[frozenset[str], str]]:
    return {
        (
            frozenset(reading.one(p, "label") for p in reading.all(m, "participant")),
            reading.one(m, "date"),
        )
        for m in reading.of_class("Meeting")
    }


def _signed_on(reading: Reading) -> list[str]:
    return [reading.one(a, "signedOn") for a in reading.of_class("Agreement", "Plan")]


_PAIR = frozenset({"Lars Hovland", "Pablo Fuentes"})


def test_a_weekday_before_a_stated_date_is_that_date() -> None:
    said = "The talks took place on Thursday, July 16."
    assert event_date(said, _TUESDAY) == ("2026-07-16", "on Thursday, July 16")
    signed = "They signed the plan on Friday morning (Jul 17), the ministry said."
    assert event_date(signed, _TUESDAY) == ("2026-07-17", "on Friday morning (Jul 17")


def test_a_date_line_a_day_after_the_publication_date_is_the_day_filed() -> None:
    assert filed_date(["Wednesday 22 July 2026", "A met B today."], _TUESDAY) == "2026-07-22"
    # A stamp of distribution is no date line.
    stamp = "21/07/2026 | Press release | Distributed on 22/07/2026 07:37"
    assert filed_date([stamp], _TUESDAY) is None


def test_a_signings_day_dates_the_meeting_whose_sentence_names_none(tmp_path: Path) -> None:
    # The signing is told after the opening paragraphs, whose day would date the
    # meeting anyway.
    reading = read(
        "Norwegian Chief of Defence (NCD) Admiral Lars Hovland hosted his Chilean "
        "counterpart, Chief of the Joint Staff (CJS) General Pablo Fuentes, during a "
        "naval parade in Oslo.\n\nThe two navies have trained together for years.\n\n"
        "Both countries patrol long coasts in cold waters.\n\nThe parade marked the "
        "founding of the Norwegian navy.\n\nNCD and CJS signed a letter of intent on "
        "naval training on Saturday.",
        tmp_path,
        date=_TUESDAY,
    )
    assert _meetings(reading) == {(_PAIR, "2026-07-18")}
    assert _signed_on(reading) == ["2026-07-18"]


def test_a_meeting_told_after_the_signing_takes_its_day(tmp_path: Path) -> None:
    reading = read(
        "Norwegian Defence Minister Lars Hovland and his Chilean counterpart Pablo "
        "Fuentes signed on Saturday a memorandum of understanding on naval training.\n\n"
        "They signed it when they met in Oslo.",
        tmp_path,
        date=_TUESDAY,
    )
    assert _meetings(reading) == {(_PAIR, "2026-07-18")}


def test_a_signing_with_no_day_takes_its_signatories_meeting_day(tmp_path: Path) -> None:
    reading = read(
        "Norwegian Defence Minister Lars Hovland visited Santiago for the bilateral "
        "defence talks with Chilean Defence Minister Pablo Fuentes on Monday. In a "
        "ceremony at the ministry, Hovland and Fuentes signed a memorandum of "
        "understanding on naval training.",
        tmp_path,
        date=_TUESDAY,
    )
    assert _signed_on(reading) == ["2026-07-20"]


def test_the_signing_ceremony_on_a_day_dates_a_signing_told_without_one(
    tmp_path: Path,
) -> None:
    reading = read(
        "Norway and Chile have signed an agreement on defence cooperation to deepen "
        "the ties between the two countries.\n\nSpeaking at the signing ceremony on "
        "Saturday, Norwegian Defence Minister Lars Hovland said the agreement would "
        "help both navies.",
        tmp_path,
        date=_TUESDAY,
    )
    assert _signed_on(reading) == ["2026-07-18"]


def test_a_reports_day_yields_to_the_day_the_meeting_was_held(tmp_path: Path) -> None:
    reading = read(
        "OSLO - Norwegian Defence Minister Lars Hovland received Chilean Defence Minister "
        "Pablo Fuentes, the state broadcaster reported on Monday.\n\nThe broadcaster "
        "said the meeting took place on Thursday, July 16.",
        tmp_path,
        date=_TUESDAY,
    )
    assert _meetings(reading) == {(_PAIR, "2026-07-16")}


def test_a_reports_day_in_the_lead_does_not_date_a_later_meeting(tmp_path: Path) -> None:
    reading = read(
        "Norway and Chile deepened their naval ties, the Norwegian ministry said on "
        "Friday in a statement about the new training plan of the two navies.\n\n"
        "Norwegian Defence Minister Lars Hovland also met Chilean Defence Minister Pablo "
        "Fuentes.",
        tmp_path,
        date=_TUESDAY,
    )
    assert _meetings(reading) == {(_PAIR, _TUESDAY)}


def test_a_guessed_meeting_takes_the_day_of_the_opening_paragraphs(tmp_path: Path) -> None:
    # A photo caption under the headline states the day.
    reading = read(
        "Talks With Chilean Minister Went Smoothly, Quispe Says\n\nPeruvian Defence "
        "Minister Rosa Quispe attends a news conference at the ministry in Lima, Peru, "
        "July 20, 2026.\n\nQuispe said there were no disagreements with Chilean Defence "
        "Minister Pablo Fuentes on the new naval plan.\n\nFuentes praised the plan.",
        tmp_path,
        date=_TUESDAY,
    )
    assert _meetings(reading) == {(frozenset({"Rosa Quispe", "Pablo Fuentes"}), "2026-07-20")}
