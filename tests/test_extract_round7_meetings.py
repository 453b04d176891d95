"""kg extract: the meetings of round 7, each on a short invented article (our own
words, marked as invented): the day of a meeting counted from an inline dateline,
a range of days, the day the opening paragraphs state, names
made only of title words, and attendees listed among posts the tables lack."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading
from kg.extract.extraction import Extraction

from .drafts import draft, names


def _meetings(result: Extraction) -> list[tuple[frozenset[str], str]]:
    """Each meeting's participants, by label, and its day."""
    reading = Reading.of(result.facts)
    return [
        (
            frozenset(reading.one(p, "label") for p in reading.all(m, "participant")),
            reading.one(m, "date"),
        )
        for m in reading.of_class("Meeting")
    ]


# Lines an outlet sets before the report: a dateline after them is not the
# article's first paragraph.
_BEFORE = "Ministers hold talks\n\nShare this story\n\nBy a staff reporter\n\nPrint edition\n\n"


def test_yesterday_counts_from_an_inline_dateline(tmp_path: Path) -> None:
    result = draft(
        _BEFORE + "WELLINGTON, March 12, 2024 - Defence Minister Aroha Tane hosted Chilean Minister"
        " of Defence Ignacio Rojas at the ministry yesterday, a spokesman said.",
        tmp_path,
        date="2024-03-13",
    )
    assert _meetings(result) == [(frozenset({"Aroha Tane", "Ignacio Rojas"}), "2024-03-11")]


def test_a_weekday_counts_from_an_inline_dateline_with_an_agency(tmp_path: Path) -> None:
    # 4 May 2024 is a Saturday; 'Friday' is the day before it.
    result = draft(
        _BEFORE + "Tirana, May 04, 2024 (Agency) - Albanian Defence Minister Arben Doci received"
        " Friday morning in Tirana the Chilean Minister of Defence Ignacio Rojas.",
        tmp_path,
        date="2024-05-05",
    )
    assert _meetings(result) == [(frozenset({"Arben Doci", "Ignacio Rojas"}), "2024-05-03")]


def test_a_range_of_days_is_dated_by_its_first(tmp_path: Path) -> None:
    result = draft(
        "Chilean Minister of Defence Ignacio Rojas travelled to Oslo on 6-7 November 2023"
        " and met with Norwegian Defence Minister Kari Holm.",
        tmp_path,
        date="2023-11-08",
    )
    assert _meetings(result) == [(frozenset({"Ignacio Rojas", "Kari Holm"}), "2023-11-06")]


def test_a_meeting_told_later_takes_the_day_of_the_opening_paragraph(tmp_path: Path) -> None:
    # 13 March 2024 is a Wednesday; 'on Monday' is the 11th.
    result = draft(
        "Chilean Minister of Defence Ignacio Rojas on Monday continued his round of talks"
        " at the defence fair in Oslo.\n\n"
        "Rojas held talks with Norwegian Defence Minister Kari Holm on regional security."
        "\n\nHe also met with Danish Defence Minister Mette Lund.",
        tmp_path,
        date="2024-03-13",
    )
    assert set(_meetings(result)) == {
        (frozenset({"Ignacio Rojas", "Kari Holm"}), "2024-03-11"),
        (frozenset({"Ignacio Rojas", "Mette Lund"}), "2024-03-11"),
    }


def test_title_words_read_as_a_name_are_no_participant(tmp_path: Path) -> None:
    result = draft(
        "NAIROBI, 12 September 2024 - Chief of the Defence Forces General Omari Wekesa hosted"
        " visiting Chilean Minister of Defence Ignacio Rojas in Nairobi on Thursday.\n\n"
        "Vice Chief of the Defence Forces Lieutenant General Peter Kamau, General Officers"
        " and Senior Officers from both countries were also present at the meeting.",
        tmp_path,
        date="2024-09-13",
    )
    assert "Officers" not in names(Reading.of(result.facts))
    assert _meetings(result) == [
        (frozenset({"Omari Wekesa", "Ignacio Rojas", "Peter Kamau"}), "2024-09-12")
    ]


def test_attendees_listed_among_posts_the_tables_lack(tmp_path: Path) -> None:
    result = draft(
        "VALLETTA, 3 May 2024 - Maltese Minister for Defence Carmela Vella met with Chilean"
        " Minister of Defence Ignacio Rojas in Valletta on Thursday.\n\n"
        "The talks were attended by the Minister of Interior Luis Herrera, and the"
        " commander of the joint operations room Major General Sergio Pardo.",
        tmp_path,
    )
    assert _meetings(result) == [
        (
            frozenset({"Carmela Vella", "Ignacio Rojas", "Luis Herrera", "Sergio Pardo"}),
            "2024-05-02",
        )
    ]


def test_a_clause_of_its_own_ends_the_list_of_attendees(tmp_path: Path) -> None:
    result = draft(
        "VALLETTA, 3 May 2024 - Maltese Minister for Defence Carmela Vella met with Chilean"
        " Minister of Defence Ignacio Rojas in Valletta on Thursday.\n\n"
        "The minister was accompanied by the head of the logistics branch Colonel Marta"
        " Soto, who conveyed the greetings of Chilean President Tomas Fuentes.",
        tmp_path,
    )
    assert _meetings(result) == [
        (frozenset({"Carmela Vella", "Ignacio Rojas", "Marta Soto"}), "2024-05-02")
    ]


def test_a_range_of_days_without_a_year_in_the_opening_paragraph(tmp_path: Path) -> None:
    result = draft(
        "Publication date 28.2.2025 13.20\n\n"
        "Chilean Minister of Defence Ignacio Rojas visited Belgium on 25-27 February and"
        " held talks with the leadership of the alliance.\n\n"
        "He met with Belgian Chief of Defence General Marc Peeters.",
        tmp_path,
        date="2025-02-28",
    )
    assert _meetings(result) == [(frozenset({"Ignacio Rojas", "Marc Peeters"}), "2025-02-25")]


def test_lord_and_senator_are_no_part_of_a_participant_s_name(tmp_path: Path) -> None:
    result = draft(
        "Australian Minister for Defence Senator Anna Kerr met with British Chief of the"
        " Defence Staff General Lord Hugh Ashby in Canberra on Tuesday.",
        tmp_path,
        date="2024-03-13",
    )
    assert _meetings(result) == [(frozenset({"Anna Kerr", "Hugh Ashby"}), "2024-03-12")]


def test_a_country_the_talks_were_about_is_not_where_they_were(tmp_path: Path) -> None:
    result = draft(
        "RAWALPINDI\n\nChilean Minister of Defence Ignacio Rojas on Tuesday held a meeting"
        " with Pakistani Army chief General Tariq Malik to discuss the crisis in Yemen.",
        tmp_path,
        date="2024-03-13",
    )
    reading = Reading.of(result.facts)
    assert [reading.one(m, "location") for m in reading.of_class("Meeting")] == ["place:rawalpindi"]


def test_the_spokesperson_who_reports_a_meeting_is_not_at_it(tmp_path: Path) -> None:
    result = draft(
        "Defense Secretary Robert Hale met with Chile's defense leaders today in Santiago to"
        " reaffirm the defense relationship between the United States and Chile, chief"
        " Pentagon spokesperson Ana Duarte said.\n\n"
        "In a statement summarizing the meeting, Duarte said the secretary met with Defense"
        " Minister Ignacio Rojas, Adm. Pablo Fuentes, chief of Chile's joint staff, and the"
        " Chilean service chiefs.",
        tmp_path,
        date="2024-03-13",
    )
    assert _meetings(result)
    assert all("Ana Duarte" not in who for who, _ in _meetings(result))


def test_the_day_of_an_arrival_told_in_passing_is_not_the_meeting_s(tmp_path: Path) -> None:
    # 15 November 2020 is a Sunday.
    result = draft(
        "Norway's army chief met and held talks with the Chilean minister on Sunday in"
        " Oslo.\n\n"
        "Chilean Minister of Defence Ignacio Rojas, who arrived in Oslo on Saturday, met"
        " Norwegian Chief of Defence General Kari Holm.",
        tmp_path,
        date="2020-11-15",
    )
    assert _meetings(result) == [(frozenset({"Ignacio Rojas", "Kari Holm"}), "2020-11-15")]


def test_a_date_years_before_the_article_is_recalled_not_the_meeting_s(tmp_path: Path) -> None:
    result = draft(
        "Chilean Minister of Defence Ignacio Rojas and Norwegian Defence Minister Kari Holm"
        " met in Oslo and signed a protocol amending the cooperation agreement signed on"
        " March 3, 1995.",
        tmp_path,
        date="2024-03-13",
    )
    assert _meetings(result) == [(frozenset({"Ignacio Rojas", "Kari Holm"}), "2024-03-13")]
