"""kg extract: round 22 rules for a meeting's place and day, each on a short
invented article (our own words, invented people; not news): the one city of the
meeting's country that a sentence of the stay names, 'the Norwegian capital', a
sentence that names a hyphenated surname, a visitor's home dateline, a day a later
sentence gives the meeting, a city after a body's word, a dateline closed by a
colon, a year followed by an underscore, cities the table lacked, and an
attendee's embassy seat."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading

from .drafts import draft as _draft

_MARK = "(Invented test article for kg extract; not news.)\n\n"


def _meetings(text: str, tmp_path: Path, date: str) -> dict[frozenset[str], tuple[str, str]]:
    """Each drafted meeting's participants, by label, with its date and place."""
    reading = Reading.of(_draft(_MARK + text, tmp_path, date=date).facts)
    return {
        frozenset(reading.one(p, "label") for p in reading.all(m, "participant")): (
            reading.one(m, "date"),
            reading.one(m, "location"),
        )
        for m in reading.of_class("Meeting")
    }


def _meeting(text: str, tmp_path: Path, date: str, *names: str) -> tuple[str, str]:
    met = _meetings(text, tmp_path, date)
    return next(v for k, v in met.items() if set(names) <= k)


def test_the_city_of_the_stay_places_a_meeting_read_in_its_country(tmp_path: Path) -> None:
    text = (
        "Greek Chief of Defence Admiral Nikos Varvakis received on Monday Chilean Army"
        " Commander General Camila Urrutia, who is visiting Greece for a seminar on crisis"
        " management.\n\nThe two chiefs discussed training and exchanges of cadets.\n\n"
        "During her stay in Athens, General Urrutia also toured a naval school."
    )
    day, place = _meeting(text, tmp_path, "2024-05-06", "Nikos Varvakis", "Camila Urrutia")
    assert (day, place) == ("2024-05-06", "place:athens")


def test_an_arrival_in_the_national_capital_places_the_meeting(tmp_path: Path) -> None:
    text = (
        "Chilean defence minister on Tuesday praised the ties between the two navies.\n\n"
        "'Our cooperation has grown,' Defence Minister Rodrigo Alvear said in a meeting"
        " with his Norwegian counterpart Aarne Virtanen.\n\nThe Chilean minister arrived"
        " in the Norwegian capital on Tuesday for a conference on polar security."
    )
    _, place = _meeting(text, tmp_path, "2024-05-07", "Rodrigo Alvear", "Aarne Virtanen")
    assert place == "place:oslo"


def test_a_sentence_of_both_persons_names_the_city(tmp_path: Path) -> None:
    # A surname with a hyphen, which the tokenizer splits, is still named there.
    text = (
        "A memorandum on defence cooperation between the two countries was signed"
        " yesterday.\n\nThe memorandum was signed for Qatar by Major General Khalid"
        " al-Mansouri, Chief of Staff of the Qatari Armed Forces, and for Kenya by the"
        " visiting Kenyan Defence Minister Peter Wanjiku.\n\nGeneral al-Mansouri later"
        " held a meeting with the visiting minister.\n\nGeneral al-Mansouri and Minister"
        " Wanjiku signing the memorandum in Doha yesterday."
    )
    met = _meetings(text, tmp_path, "2024-05-08")
    assert ("2024-05-07", "place:doha") in met.values()
    assert all(place != "country:QA" for _, place in met.values())


def test_a_home_dateline_is_not_where_a_visitor_met(tmp_path: Path) -> None:
    text = (
        "NAIROBI, May 8 (Agency) - Kenyan Army Commander General Amos Kiprono met and held"
        " talks with Peruvian Army Commander General Jorge Huaman.\n\nHeading a military"
        " delegation, General Kiprono, who arrived in Peru on Tuesday, met with General"
        " Huaman on Wednesday morning.\n\nThe two sides discussed border security."
    )
    _, place = _meeting(text, tmp_path, "2024-05-08", "Amos Kiprono", "Jorge Huaman")
    assert place == "country:PE"


def test_a_later_sentence_gives_the_meeting_s_day(tmp_path: Path) -> None:
    text = (
        "Kenya's new Defence Minister Peter Wanjiku, in a Wednesday meeting with Chile's"
        " defence attache Colonel Diego Fuenzalida, spoke of closer ties.\n\nLast week,"
        " Kenyan Army Commander General Amos Kiprono visited Chile and in a meeting with"
        " Chilean Army Commander General Camila Urrutia discussed joint drills.\n\nDuring"
        " the meeting with General Kiprono on May 2, General Urrutia said her army was"
        " ready for joint training."
    )
    day, _ = _meeting(text, tmp_path, "2024-05-08", "Amos Kiprono", "Camila Urrutia")
    assert day == "2024-05-02"


def test_a_city_after_a_body_s_word_places_the_call(tmp_path: Path) -> None:
    text = (
        "Vice Admiral Nimal Perera, Commander of the Sri Lanka Navy, visited Naval"
        " Headquarters Islamabad on Monday and called on the Chief of the Naval Staff of"
        " Pakistan, Admiral Tariq Qureshi."
    )
    _, place = _meeting(text, tmp_path, "2024-05-06", "Nimal Perera", "Tariq Qureshi")
    assert place == "place:islamabad"


def test_a_dateline_closed_by_a_colon_is_not_the_place(tmp_path: Path) -> None:
    text = (
        "COLOMBO, May 6 (Agency): Vice Admiral Nimal Perera, Commander of the Sri Lanka"
        " Navy, went to Naval Headquarters Islamabad, where he called on the Chief of the"
        " Naval Staff of Pakistan, Admiral Tariq Qureshi."
    )
    _, place = _meeting(text, tmp_path, "2024-05-06", "Nimal Perera", "Tariq Qureshi")
    assert place == "place:islamabad"


def test_a_year_followed_by_an_underscore_dates_the_meeting(tmp_path: Path) -> None:
    text = (
        "July 28, 2024_ Norway hosted a meeting between Norwegian Defence Minister Aarne"
        " Virtanen and Chilean Defence Minister Rodrigo Alvear to deepen naval cooperation."
    )
    day, _ = _meeting(text, tmp_path, "2024-07-29", "Aarne Virtanen", "Rodrigo Alvear")
    assert day == "2024-07-28"


def test_cities_the_table_lacked(tmp_path: Path) -> None:
    for city, place in (
        ("Putrajaya", "place:putrajaya"),
        ("Sirte", "place:sirte"),
        ("Victoria Falls", "place:victoria-falls"),
        ("Rajma", "place:rajma"),
    ):
        text = (
            f"Chilean Defence Minister Rodrigo Alvear met Norwegian Defence Minister Aarne"
            f" Virtanen in {city} on Monday to discuss naval cooperation."
        )
        _, found = _meeting(text, tmp_path, "2024-05-06", "Rodrigo Alvear", "Aarne Virtanen")
        assert found == place, city


def test_an_attendee_s_embassy_seat_does_not_place_the_meeting(tmp_path: Path) -> None:
    text = (
        "Omani Deputy Prime Minister for Defence Affairs Said al-Harthi received in his"
        " office Kenyan Defence Minister Peter Wanjiku and his delegation.\n\nThe meeting"
        " was attended by Vice Admiral Salim al-Rawahi, Chief of Staff of the Omani Armed"
        " Forces, and the Defence Attache at the Embassy of the Republic of Kenya in"
        " Muscat."
    )
    _, place = _meeting(text, tmp_path, "2024-05-06", "Said al-Harthi", "Peter Wanjiku")
    assert place == "country:OM"
