"""kg extract on invented articles (tests/fixtures/extract-people): persons with
post, rank and country in the shapes news writes them, the country of a post
named without one, persons named only in passing, and a day without a year."""

from __future__ import annotations

import pytest

from kg.errors import UsageError
from kg.extract import extract
from kg.extract.dates import article_dates, yearless_date
from kg.extract.findings import Person

from .conftest import FIXTURES

PEOPLE = FIXTURES / "extract-people"
ARTICLES = sorted(PEOPLE.glob("*.txt"))
FORMER_USSR = {"AM", "AZ", "BY", "EE", "GE", "KG", "KZ", "LT", "LV", "MD", "RU", "TJ", "TM"}
FORMER_USSR |= {"UA", "UZ"}


def _persons(name: str, date: str | None = None) -> dict[str, Person]:
    result = extract(PEOPLE / f"{name}.txt", date=date, data_dir=PEOPLE)
    return {p.name: p for p in result.findings.persons}


def _holding(person: Person) -> tuple[str | None, str | None]:
    return (person.post.label if person.post else None, person.country)


def test_the_articles_are_invented_and_mostly_outside_the_former_ussr() -> None:
    assert len(ARTICLES) >= 6
    countries: set[str] = set()
    for article in ARTICLES:
        assert "Invented article for kg tests." in article.read_text("utf-8")
        if article.stem != "no_year":
            countries |= {p.country for p in _persons(article.stem).values() if p.country}
    assert len(countries - FORMER_USSR) >= 3


def test_a_name_then_a_comma_and_a_post_without_its_country_takes_the_datelines() -> None:
    persons = _persons("name_comma_post")
    assert set(persons) == {"Ingrid Solheim", "Tomas Herrera"}
    assert _holding(persons["Ingrid Solheim"]) == ("Minister of State for Defence Affairs", "NO")
    assert _holding(persons["Tomas Herrera"]) == ("Minister of Defence", "CL")


def test_brackets_inside_a_title_are_skipped_and_the_dateline_gives_no_country() -> None:
    persons = _persons("brackets")
    # Not 'PH' from the dateline before the dash, nor a person named '(MND)'.
    assert _holding(persons["Claire Dubois"]) == ("Minister of National Defence", "CA")
    assert _holding(persons["Ramon Villanueva"]) == ("Secretary of National Defense", "PH")


def test_an_ambassadors_host_country_is_the_country_of_the_minister_he_meets() -> None:
    persons = _persons("ambassador_host")
    # Rabat, the first city named, would give Morocco.
    assert _holding(persons["Amina Wekesa"]) == ("Minister of Defence", "KE")
    assert persons["Youssef Benali"].host == "KE"


def test_a_future_visitor_is_named_in_passing_and_left_out() -> None:
    persons = _persons("ambassador_host")
    assert "Karim Tazi" not in persons
    assert set(persons) == {"Amina Wekesa", "Youssef Benali"}


def test_two_posts_joined_by_and_keep_the_country_before_them() -> None:
    persons = _persons("two_posts")
    fuentes = persons["Rodrigo Fuentes"]
    assert _holding(fuentes) == ("Defence and Veterans Affairs Minister", "CL")
    assert fuentes.rank_label == "General"
    assert _holding(persons["Lars Eide"]) == ("Minister of Defence", "NO")


def test_presidents_whose_earlier_decision_is_recalled_are_left_out() -> None:
    persons = _persons("two_posts")
    assert set(persons) == {"Rodrigo Fuentes", "Lars Eide"}


def test_a_rank_no_ladder_has_is_read_as_a_rank_and_drafted_without_one() -> None:
    result = extract(PEOPLE / "senior_rank.txt", data_dir=PEOPLE)
    persons = {p.name: p for p in result.findings.persons}
    assert set(persons) == {"Tran Van Hai", "Budi Santoso"}
    hai = persons["Tran Van Hai"]
    assert _holding(hai) == ("Deputy Minister of Defence", "VN")
    assert "hasRank" not in {f[1] for f in result.facts if f[0] == hai.id}


def test_the_other_side_of_a_meeting_abroad_is_the_country_the_article_names_most() -> None:
    persons = _persons("other_side")
    # Not Singapore, where the two met.
    assert _holding(persons["Nimal Perera"]) == ("Minister of Defence", "LK")
    assert _holding(persons["Karim Rahman"]) == ("Minister of Defence", "BD")


def test_a_day_without_a_year_is_reported_with_its_line_and_the_fix() -> None:
    with pytest.raises(UsageError) as caught:
        extract(PEOPLE / "no_year.txt", data_dir=PEOPLE)
    assert "no_year.txt:1" in str(caught.value)
    assert "'June 4' but no year" in str(caught.value)
    assert "--date" in (caught.value.hint or "")


def test_with_a_date_the_article_without_a_year_is_read() -> None:
    persons = _persons("no_year", date="2024-06-04")
    assert _holding(persons["Nimal Perera"]) == ("Minister of Defence", "LK")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("BAKU, Azerbaijan, January 29. The minister", "January 29"),
        ("met on 3rd of March in Oslo", "3rd of March"),
        ("on March 14, 2023 in Oslo", None),
        ("in May 2023", None),
    ],
)
def test_a_yearless_day(text: str, day: str | None) -> None:
    found = yearless_date(text)
    assert (found[1] if found else None) == day


def test_a_title_that_runs_on_past_its_head_ends_where_the_name_begins() -> None:
    persons = _persons("run_on_title")
    assert set(persons) == {"Kofi Mensah", "Hassan Idrissi", "Kwame Boateng", "Esi Owusu"}
    idrissi = persons["Hassan Idrissi"]
    assert _holding(idrissi) == ("Secretary General of the National Defence Council", "MA")


def test_attendees_with_posts_that_name_no_country_take_the_datelines() -> None:
    persons = _persons("run_on_title")
    assert _holding(persons["Kwame Boateng"]) == ("Chief of Staff of the Armed Forces", "GH")
    owusu = persons["Esi Owusu"]
    assert _holding(owusu) == ("Minister of State for Military Production", "GH")


def test_a_rank_and_name_hold_the_unheld_post_the_sentence_before_named() -> None:
    persons = _persons("unheld_role")
    otieno = persons["Daniel K Otieno"]
    assert _holding(otieno) == ("Commander of Special Operations Command", "KE")
    assert otieno.rank_label == "Brigadier General"
    # The post is taken once: the counterpart is Norway's.
    assert persons["Erik Dahl"].country == "NO"


def test_a_middle_initial_does_not_make_a_second_person() -> None:
    assert set(_persons("unheld_role")) == {"Daniel K Otieno", "Erik Dahl"}


@pytest.mark.parametrize(
    ("text", "date"),
    [("21/09/2021 10:30", "2021-09-21"), ("(12/25/2020)", "2020-12-25"), ("10/11/2018", None)],
)
def test_a_slashed_date_is_read_only_where_day_and_month_cannot_be_mistaken(
    text: str, date: str | None
) -> None:
    found = article_dates(text)
    assert (found[0][1] if found else None) == date


def test_a_publication_line_dates_the_article_and_the_weekday() -> None:
    result = extract(PEOPLE / "publication_line.txt", data_dir=PEOPLE)
    assert result.date == "2021-09-21"
    assert result.date_from.endswith("publication_line.txt:2")
    persons = {p.name: p for p in result.findings.persons}
    assert _holding(persons["Youssef Alami"]) == ("Minister of Defence", "MA")
    assert [m.date for m in result.findings.meetings] == ["2021-09-20"]
