"""kg extract: round 19 rules for the place of a meeting whose participants are
read right, each on a short invented article (our own words, invented people; not
news)."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft as _draft

_HEAD = "(Invented test article for kg extract; not news.)\n\n"


def _places(text: str, tmp_path: Path) -> dict[frozenset[str], str]:
    result = _draft(_HEAD + text, tmp_path, date="2024-05-06")
    return {frozenset(p.name for p in m.participants): m.location for m in result.findings.meetings}


def test_the_meeting_a_later_sentence_puts_in_a_city_was_there(tmp_path: Path) -> None:
    places = _places(
        "Norwegian Defence Minister Aarne Virtanen met his Peruvian counterpart Lucia"
        " Quispe on Monday to discuss naval training. The meeting took place at the"
        " Ministry of Defence in Lima, the ministry said.",
        tmp_path,
    )
    assert places == {frozenset({"Aarne Virtanen", "Lucia Quispe"}): "place:lima"}


def test_at_the_talks_in_a_city_places_the_talks(tmp_path: Path) -> None:
    places = _places(
        "Chilean Defence Minister Lucia Quispe held talks with Norwegian Defence"
        " Minister Aarne Virtanen on Monday. Speaking at the talks in Oslo, Quispe"
        " praised the cooperation of the two navies.",
        tmp_path,
    )
    assert places == {frozenset({"Aarne Virtanen", "Lucia Quispe"}): "place:oslo"}


def test_a_city_far_after_the_meeting_word_is_another_clause(tmp_path: Path) -> None:
    # The city belongs to the earlier accord, not to the meeting.
    places = _places(
        "Chilean Defence Minister Lucia Quispe held talks with Norwegian Defence"
        " Minister Aarne Virtanen on Monday. The meeting was held to carry out the"
        " terms of the naval training accord the two countries signed last year in Oslo.",
        tmp_path,
    )
    assert places[frozenset({"Aarne Virtanen", "Lucia Quispe"})] != "place:oslo"


def test_a_guess_in_the_visitors_country_goes_to_the_visited_one(tmp_path: Path) -> None:
    places = _places(
        "General Lucia Quispe, commander of the Chilean Army, visited Norway this"
        " week. On Monday, General Quispe met the Defence Minister of Norway, Aarne"
        " Virtanen.",
        tmp_path,
    )
    assert places == {frozenset({"Aarne Virtanen", "Lucia Quispe"}): "country:NO"}


def test_a_guess_in_one_sides_country_goes_where_the_visits_went(tmp_path: Path) -> None:
    # The article's only visit is to Oslo; the meeting, guessed in Peru, was there.
    text = (
        "Peruvian Defence Minister Lucia Quispe held talks with Norwegian Defence"
        " Minister Aarne Virtanen on Monday. Leading a large delegation of officers,"
        " the Peruvian minister and her advisers arrived in Oslo on Sunday evening."
    )
    places = _places(text, tmp_path)
    assert places == {frozenset({"Aarne Virtanen", "Lucia Quispe"}): "place:oslo"}


def test_visits_to_two_countries_move_no_guess(tmp_path: Path) -> None:
    text = (
        "Peruvian Defence Minister Lucia Quispe held talks with Norwegian Defence"
        " Minister Aarne Virtanen on Monday. Leading a large delegation of officers,"
        " the Peruvian minister and her advisers arrived in Oslo on Sunday evening."
        " Last year a Norwegian delegation paid a visit to Peru."
    )
    places = _places(text, tmp_path)
    assert places[frozenset({"Aarne Virtanen", "Lucia Quispe"})] != "place:oslo"


def test_a_meeting_put_in_a_country_takes_that_days_city(tmp_path: Path) -> None:
    # Filed at home (the dateline); the visit's first talks were in Lima.
    text = (
        "OSLO, May 6 -- Norway and Peru signed a pact following talks between"
        " Norwegian Defence Minister Aarne Virtanen and his Peruvian counterpart"
        " Lucia Quispe in Lima. Virtanen, currently on a three-day visit to Peru,"
        " also met Foreign Minister Mateo Huaman."
    )
    places = _places(text, tmp_path)
    assert places[frozenset({"Aarne Virtanen", "Mateo Huaman"})] == "place:lima"
