"""kg extract: round 25 rules for the date and place of meetings, each on a short
invented article (our own words, invented people; not news): a meeting with no day
of its own during a visit the opening gives only as a span of days took place on
the span's first day; 'A is in Kenya on a working visit' places the visit's
meetings in Kenya whatever the dateline, and A is not of Kenya; a city named only
inside a title ('the Governor of Mombasa') is no meeting's place; Georgetown is
Guyana's capital, not an alias of the Cayman Islands' George Town."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries, draft, read

# Each article ends with this mark (and drafts.draft adds it once more).
MARK = "\n\n(Invented test article for kg extract; not news.)"


def _met(text: str, tmp_path: Path, date: str) -> dict[frozenset[str], tuple[str, str]]:
    meetings = draft(text + MARK, tmp_path, date=date).findings.meetings
    return {frozenset(p.name for p in m.participants): (m.date, m.location) for m in meetings}


def test_a_span_of_days_in_the_opening_dates_a_meeting_by_its_first_day(
    tmp_path: Path,
) -> None:
    text = (
        "NAIROBI (May 9, 2024) - Brigadier General Ona Kessler of the Ghana Armed Forces"
        " toured Kenya May 6-8, her first stay in the country.\n\n"
        "Kessler and Kenyan army commander Major General Daudi Mwangi discussed"
        " training for peacekeepers and joint exercises."
    )
    met = _met(text, tmp_path, "2024-05-09")
    assert met[frozenset({"Ona Kessler", "Daudi Mwangi"})][0] == "2024-05-06"


def test_a_span_written_from_day_to_day_month(tmp_path: Path) -> None:
    text = (
        "Talks between two navies\n\nAccra, 19 November 2021\n\n"
        "Staff talks of the navies of Ghana and Togo were held in Accra from 15 to 17"
        " November, the ninth round of them.\n\n"
        "Rear Admiral Kofi Baidoo met his Togolese counterpart Rear Admiral Yao Gbeho"
        " to review the year's patrols."
    )
    met = _met(text, tmp_path, "2021-11-19")
    assert met[frozenset({"Kofi Baidoo", "Yao Gbeho"})][0] == "2021-11-15"


def test_is_in_a_country_on_a_visit_places_the_meeting_there(tmp_path: Path) -> None:
    # The dateline is the agency's home; the visit was to Kenya.
    text = (
        "KAMPALA, March 3 (Example Agency) - A delegation of the Ugandan army is in Kenya"
        " on a three-day working visit, the agency said.\n\n"
        "Its head, General Peter Ochola, has met Kenyan Defence Cabinet Secretary Amina"
        " Wekesa, and the two discussed the common border."
    )
    met = _met(text, tmp_path, "2025-03-03")
    assert met[frozenset({"Peter Ochola", "Amina Wekesa"})][1] == "country:KE"


def test_the_visitor_who_is_in_a_country_is_not_of_it(tmp_path: Path) -> None:
    text = (
        "Army chief General Abebe Tolosa is in Kenya for an official visit.\n\n"
        "On Monday Tolosa held talks in Nairobi with Kenyan officials on training."
    )
    assert "KE" not in countries(read(text, tmp_path, date="2025-03-05"), "Abebe Tolosa")


def test_a_city_inside_a_title_is_no_place(tmp_path: Path) -> None:
    text = (
        "Kenyan army commander Major General Daudi Mwangi met the Governor of Mombasa"
        " and Tanzanian Defence Minister Halima Juma on Tuesday during a tour of the"
        " coast of Tanzania.\n\nThe talks covered patrols at sea."
    )
    met = _met(text, tmp_path, "2025-03-05")
    place = next(p for names, (_, p) in met.items() if "Halima Juma" in names)
    assert place != "place:mombasa"


def test_georgetown_is_the_capital_of_guyana(tmp_path: Path) -> None:
    text = (
        "Guyana's army chief Brigadier Omari Lewis received Brazilian Major General"
        " Paulo Teixeira in Georgetown on Monday.\n\nThe two discussed the border."
    )
    met = _met(text, tmp_path, "2025-03-05")
    assert met[frozenset({"Omari Lewis", "Paulo Teixeira"})][1] == "place:georgetown"
