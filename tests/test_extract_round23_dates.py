"""kg extract: round 23 rules for the date of a meeting, each on a short invented
article (our own words, invented people; not news): a span of days is a stay's,
not a meeting's day; a dateline without a year run into the lede is the day its
'today' counts from; a later sentence naming a participant by the post only dates
a meeting its own sentence does not; a header date up to a fortnight before the
publication date is the day filed."""

from __future__ import annotations

from pathlib import Path

from kg.extract.dates import article_dates, event_date

from .drafts import days, draft


def _dates(text: str, tmp_path: Path, date: str) -> dict[frozenset[str], str]:
    return days(draft(text, tmp_path, date=date))


def test_a_range_whose_last_day_bears_its_ordinal_is_one_span() -> None:
    found = article_dates("the commission sat from 3rd to 6th March 2025 in the capital")
    assert [iso for _, iso, _ in found] == ["2025-03-03"]


def test_the_day_of_the_meeting_beats_the_span_of_the_visit(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nOn Wednesday May 14, the"
        " Ruritanian Army Chief of Defence Staff, Gen Tomas Edvik received in his office"
        " Brig Gen Oskar Velling, Commander of the Freedonian Land Forces who is on a"
        " four-day working visit to Ruritania from 12th to 15th May, 2025."
    )
    met = _dates(text, tmp_path, "2025-05-15")
    assert met[frozenset({"Tomas Edvik", "Oskar Velling"})] == "2025-05-14"


def test_a_yearless_dateline_is_the_day_today_counts_from() -> None:
    said = "Valletta, Apr.9 (RNA): The army commander today received the visiting admiral."
    assert event_date(said, "2025-04-10") == ("2025-04-09", "today")


def test_a_yearless_dateline_dates_the_lede_meeting(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nNews desk\n\nItem"
        " 48213\n\nSection: Defence\n\nRuritania and Freedonia talk about training\n\n"
        "Strelsau, Apr.9 (RNA): Ruritanian Army Commander General"
        " Tomas Edvik today received Freedonian Defence Minister Lena Voss at the army"
        " officers' club in Strelsau."
    )
    met = _dates(text, tmp_path, "2025-04-10")
    assert met[frozenset({"Tomas Edvik", "Lena Voss"})] == "2025-04-09"


def test_a_later_sentence_naming_the_post_dates_the_meeting(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nNavy chief and premier"
        " talk\n\nDefence desk\n\nNorwegian Navy Commander Vice Admiral Piet Lamberg"
        " discussed with the Icelandic Prime Minister, Anton Brask, the situation in the"
        " region.\n\nThe Prime Minister received on Sunday (March 9, 2025) the visiting"
        " naval delegation, the agency reported."
    )
    met = _dates(text, tmp_path, "2025-03-10")
    assert met[frozenset({"Piet Lamberg", "Anton Brask"})] == "2025-03-09"


def test_a_header_date_ten_days_before_publication_is_the_day_filed(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nMarch 12, 2025 - Strelsau,"
        " Ruritania - Ministry of Defence\n\nDefence Minister Tomas Edvik today held a"
        " meeting with Freedonian Defence Minister Lena Voss in Strelsau."
    )
    met = _dates(text, tmp_path, "2025-03-22")
    assert met[frozenset({"Tomas Edvik", "Lena Voss"})] == "2025-03-12"
