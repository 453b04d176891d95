"""kg extract: round 22 rules for persons' countries, on short invented articles
(our own words, invented people; not news): a dateline that opens a paragraph
below a page's header lines ('Nairobi, May 11, AGENCY - ...') gives the posts
named without a country the dateline's country, as an early dateline does."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries, read


def test_a_dateline_below_header_lines_gives_the_posts_its_country(tmp_path: Path) -> None:
    reading = read(
        "(Invented test article for kg extract; not news.)\n\nMenu\n\n"
        "Brazilian staff college cadets call on the minister\n\n"
        "Tue, 11 May 2021 Source: XNA\n\n"
        "Nairobi, May 11, XNA - A group of cadets from the Brazilian Army Staff College"
        " on a study tour on Tuesday paid a courtesy call on the Minister of Defence,"
        " Lt. Gen. Ivo Marenka, and the Chief of the Defence Staff, Major General Tomas"
        " Ostrevi, at their offices.\n\n"
        "The cadets from Brazil will hold a seminar with their Kenyan hosts later in the day.",
        tmp_path,
        date="2021-05-11",
    )
    assert countries(reading, "Ivo Marenka") == {"KE"}
    assert countries(reading, "Tomas Ostrevi") == {"KE"}


def test_a_dateline_written_with_a_short_month_and_an_agency(tmp_path: Path) -> None:
    reading = read(
        "(Invented test article for kg extract; not news.)\n\nID :\n\n40412\n\n"
        "Thu, 03/15/2018\n\n10:47\n\nAuthor :\n\n"
        "Nairobi, Mar.14 (XNA): Kenya Defence Forces Commander Field Marshal Odo Kamau"
        " today received Brazilian Defence Minister Paulo Andrade. The Minister of"
        " Defence Affairs Lieutenant-General Ivo Marenka and the Chief of Staff Lt. Gen."
        " Tomas Ostrevi attended. Brazil and Kenya agreed to hold more talks.",
        tmp_path,
        date="2018-03-14",
    )
    assert countries(reading, "Ivo Marenka") == {"KE"}
    assert countries(reading, "Tomas Ostrevi") == {"KE"}
