"""kg extract: regression tests of the review of rounds 22-23, each on a short
invented article (our own words, invented people; not news): each test fails
without the fix it names."""

from __future__ import annotations

from pathlib import Path

from kg.extract.dates import article_dates
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


def _supports(text: str, tmp_path: Path, date: str) -> list[tuple[str, str]]:
    reading = Reading.of(_draft(_MARK + text, tmp_path, date=date).facts)
    return [
        (reading.one(s, "supporter"), reading.one(s, "supportedParty"))
        for s in reading.of_class("Support")
    ]


def test_a_later_day_needs_the_surname_as_a_word_of_its_own(tmp_path: Path) -> None:
    # later_day read a participant as named wherever the surname stood inside a
    # longer word: 'Bergen' named Berg, and the seminar's day dated the meeting.
    text = (
        "Last week, Norwegian Defence Minister Lars Berg visited Chile and met Chilean"
        " Defence Minister Ana Ruiz to discuss naval training.\n\nAt a seminar in Bergen"
        " on May 2, officials of the two navies presented the meeting agenda for cadets."
    )
    met = _meetings(text, tmp_path, "2024-05-06")
    assert met[frozenset({"Lars Berg", "Ana Ruiz"})][0] != "2024-05-02"


def test_a_later_day_still_read_where_the_surname_is_named(tmp_path: Path) -> None:
    text = (
        "Last week, Norwegian Defence Minister Lars Berg visited Chile and met Chilean"
        " Defence Minister Ana Ruiz to discuss naval training.\n\nAt the meeting on May 2,"
        " Berg presented an agenda for cadets."
    )
    met = _meetings(text, tmp_path, "2024-05-06")
    assert met[frozenset({"Lars Berg", "Ana Ruiz"})][0] == "2024-05-02"


def test_support_owned_by_a_countrys_post_is_the_countrys(tmp_path: Path) -> None:
    # backing.owned_elsewhere took any capitalised owner for a body that is no
    # country, so 'the Norwegian Prime Minister's support' drafted no support.
    text = (
        "Norwegian Defence Minister Lars Berg met Chilean Defence Minister Ana Ruiz in"
        " Oslo on Monday.\n\nThe Norwegian Prime Minister's support for Chile in the naval"
        " exercise was also welcomed."
    )
    assert ("country:NO", "country:CL") in _supports(text, tmp_path, "2024-05-06")


def test_a_date_written_with_dashes_is_no_span_of_days(tmp_path: Path) -> None:
    # dates.is_range read the dashes of '2024-05-02' as a span ('4-0'), so the
    # meeting's own day was no fit and the seminar's day before it won.
    text = (
        "After a seminar on 30 April, Chilean Defence Minister Ana Ruiz met Norwegian"
        " Defence Minister Lars Berg in Oslo on 2024-05-02.\n\nThe two ministers discussed"
        " naval training."
    )
    met = _meetings(text, tmp_path, "2024-05-07")
    assert met[frozenset({"Lars Berg", "Ana Ruiz"})][0] == "2024-05-02"


def test_a_city_then_a_count_opens_no_dateline_below_the_header() -> None:
    # late_dateline read any word that starts like a month as one ('12 marines':
    # 'mar'), so a paragraph opening 'City, 12 marines ...' was a dateline; it now
    # reads the month as kg.extract.dates does.
    import spacy

    from kg.extract.late_dateline import dated_below_header

    nlp = spacy.blank("en")
    for text, dated in (
        ("Oslo, 12 marines of the frigate took part in the drill.", False),
        ("Oslo, 3 decades after the treaty, the two navies train together.", False),
        ("Oslo, May 11, AGENCY - The two ministers met.", True),
        ("Oslo, Mar.14 (AGENCY): The two ministers met.", True),
        ("Oslo. 25 September 2024. The two ministers met.", True),
    ):
        doc = nlp(text)  # a paragraph of an invented article, below its header
        assert dated_below_header(doc, 4, doc[0:1]) is dated, text


def test_commander_after_a_demonym_is_the_rank(tmp_path: Path) -> None:
    # commander._rank took any capitalised word before 'Commander' for a body's
    # ('Army Commander A'), so 'Norwegian Commander A B' lost the naval rank.
    reading = Reading.of(
        _draft(
            _MARK + "Chilean Defence Minister Ana Ruiz met Norwegian Commander Lars Berg in"
            " Santiago on Monday.",
            tmp_path,
            date="2024-05-07",
        ).facts
    )
    (berg,) = [p for p in reading.of_class("Person") if reading.one(p, "label") == "Lars Berg"]
    assert reading.one(berg, "hasRank") == "rank:nato-navy.commander"


def test_including_with_after_no_meeting_word_joins_no_meeting(tmp_path: Path) -> None:
    # 'including with' (round 23, joined-by) joined those named after it to the
    # meeting last read in any sentence, so partners of a navy's exercises became
    # guests at an earlier meeting of other persons.
    text = (
        "Norwegian Defence Minister Lars Berg met Chilean Defence Minister Ana Ruiz in"
        " Oslo on Monday.\n\nNorway has expanded its naval exercises in recent years,"
        " including with Peruvian Navy chief Admiral Jose Soto."
    )
    assert set(_meetings(text, tmp_path, "2024-05-07")) == {frozenset({"Lars Berg", "Ana Ruiz"})}


def test_including_with_after_meetings_still_joins(tmp_path: Path) -> None:
    for held in ("several meetings", "a series of engagements"):
        text = (
            "Norwegian Defence Minister Lars Berg met Chilean Defence Minister Ana Ruiz in"
            f" Oslo on Monday.\n\nBerg also held {held} during the day, including with"
            " Peruvian Navy chief Admiral Jose Soto."
        )
        met = _meetings(text, tmp_path, "2024-05-07")
        assert any("Jose Soto" in k for k in met), held


def test_a_city_far_from_the_word_of_a_stay_places_no_meeting(tmp_path: Path) -> None:
    # stay_city took every city of a sentence that used a word of a stay anywhere,
    # so 'To stay ahead of ...' made a training centre's city the meeting's place.
    text = (
        "Chilean Defence Minister Ana Ruiz, who is visiting Australia, met Australian"
        " Defence Minister Tom Reid on Monday.\n\nThe two ministers discussed naval"
        " training.\n\nTo stay ahead of new threats, the Australian navy opened a training"
        " centre in Sydney last year."
    )
    met = _meetings(text, tmp_path, "2024-05-07")
    assert met[frozenset({"Ana Ruiz", "Tom Reid"})][1] == "country:AU"


def test_separate_calls_to_two_persons_are_no_meetings_in_person(tmp_path: Path) -> None:
    # 'separate calls to' (round 23, meet-each) drafted a meeting with each person
    # called; a call made to someone is a telephone call, while one paid on
    # someone ('separate calls on', 'separate courtesy calls to') is a visit. Since
    # session 23 a call is a meeting with no place: the last guess offers one.
    text = (
        "Norwegian Defence Minister Lars Berg made separate calls to Chilean Defence"
        " Minister Ana Ruiz and Peruvian Defence Minister Jose Soto on Monday to discuss"
        " the storm damage."
    )
    assert _meetings(text, tmp_path, "2024-05-08") == {
        frozenset({"Lars Berg", "Ana Ruiz"}): ("2024-05-06", "")
    }


def test_separate_calls_on_two_persons_are_two_meetings(tmp_path: Path) -> None:
    text = (
        "Norwegian Defence Minister Lars Berg paid separate calls on Chilean Defence"
        " Minister Ana Ruiz and Peruvian Defence Minister Jose Soto in Lima on Monday."
    )
    assert set(_meetings(text, tmp_path, "2024-05-08")) == {
        frozenset({"Lars Berg", "Ana Ruiz"}),
        frozenset({"Lars Berg", "Jose Soto"}),
    }


def test_a_habitual_word_of_another_verb_keeps_the_meeting(tmp_path: Path) -> None:
    # unheld.recalled read a word of kind habitual anywhere in the meeting's clause,
    # so 'repeatedly stressed ... when he met B' was a meeting over and over, and
    # dropped; 'has repeatedly met' and 'met ... several times' still are.
    first = (
        "Norwegian Defence Minister Lars Berg met Peruvian Defence Minister Jose Soto in"
        " Oslo on Monday.\n\n"
    )
    kept = first + (
        "Berg repeatedly stressed the value of naval training when he met Chilean Defence"
        " Minister Ana Ruiz in Oslo on Tuesday."
    )
    assert frozenset({"Lars Berg", "Ana Ruiz"}) in _meetings(kept, tmp_path, "2024-05-09")
    for habitual in (
        "Berg has repeatedly met Chilean Defence Minister Ana Ruiz.",
        "Berg has met Chilean Defence Minister Ana Ruiz several times.",
    ):
        met = _meetings(first + habitual, tmp_path, "2024-05-09")
        assert frozenset({"Lars Berg", "Ana Ruiz"}) not in met, habitual


def test_a_year_of_something_else_before_the_meeting_keeps_it(tmp_path: Path) -> None:
    # unheld.recalled took any year up to three words after 'in' for the meeting's:
    # 'In line with the 2019 naval pact, A met B' was a meeting recalled from 2019.
    first = (
        "Norwegian Defence Minister Lars Berg met Peruvian Defence Minister Jose Soto in"
        " Oslo on Monday.\n\n"
    )
    kept = first + (
        "In line with the 2019 naval pact, Berg met Chilean Defence Minister Ana Ruiz on Tuesday."
    )
    assert frozenset({"Lars Berg", "Ana Ruiz"}) in _meetings(kept, tmp_path, "2024-05-09")
    recalled = first + "During his visit in 2021, Berg also met Chilean Defence Minister Ana Ruiz."
    assert frozenset({"Lars Berg", "Ana Ruiz"}) not in _meetings(recalled, tmp_path, "2024-05-09")


def test_a_sentence_opening_with_its_city_is_no_dateline(tmp_path: Path) -> None:
    # datelined (round 23) took a meeting's place words for a dateline whenever they
    # opened with the city and a space, so a meeting its own sentence placed in
    # Canberra ('Canberra welcomed A, who met B in Canberra') moved to the city of
    # the next sentence that spoke of the talks.
    text = (
        "Canberra welcomed Chilean Defence Minister Ana Ruiz, who met Australian Defence"
        " Minister Tom Reid in Canberra on Monday.\n\nAfter the talks, Ruiz flew to"
        " Sydney for a naval show."
    )
    met = _meetings(text, tmp_path, "2024-05-07")
    assert met[frozenset({"Ana Ruiz", "Tom Reid"})][1] == "place:canberra"


def test_a_day_that_does_not_exist_dates_nothing(tmp_path: Path) -> None:
    # 'February 30' once came out of article_dates as '2024-02-30', and round 22's
    # later_day raised a ValueError on it (a traceback from kg extract).
    text = (
        "OSLO - Ruritanian Defence Minister Osric Delmont met Freedonian Defence"
        " Minister Pell Varga last week.\n\nDuring the meeting with Varga on February"
        " 30, Delmont said the two sides would train together."
    )
    found = _meetings(text, tmp_path, "2024-03-05")
    assert found[frozenset({"Osric Delmont", "Pell Varga"})][0] == "2024-03-05"


def test_article_dates_keeps_only_real_days() -> None:
    assert article_dates("on 30 February 2024 and on 29 February 2024") == [
        (27, "2024-02-29", "29 February 2024")
    ]
    assert article_dates("on June 31", 2024) == []
