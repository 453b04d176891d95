"""kg extract: meeting shapes of round 4 (meets), each on a short invented article
(our own words, marked as invented): 'the two <persons> met' as the two persons
named just before, 'met with his counterpart' with no name, 'met with the
<demonym> <title>' whose holder a later sentence names, 'the A and B delegations
met' at a signing, and a meeting 'last week' dated by the article."""

from __future__ import annotations

from pathlib import Path

from kg.extract import extract
from kg.extract.evaluation import Reading

from .drafts import read as _read


def _met(reading: Reading) -> list[tuple[frozenset[str], str, str]]:
    """Each meeting's participants (labels), date and place."""
    return [
        (
            frozenset(reading.one(p, "label") for p in reading.all(m, "participant")),
            reading.one(m, "date"),
            reading.one(m, "location"),
        )
        for m in reading.of_class("Meeting")
    ]


def test_the_two_chiefs_met_are_the_two_named_before(tmp_path: Path) -> None:
    reading = _read(
        "LIMA, 14 June 2023 - Peruvian Defence Minister Rosa Quispe and Norwegian Defence"
        " Minister Lars Haugen have signed a letter of intent on naval training.\n\n"
        "The two defence chiefs met in Oslo on Tuesday.",
        tmp_path,
    )
    assert _met(reading) == [
        (frozenset({"Rosa Quispe", "Lars Haugen"}), "2023-06-13", "place:oslo")
    ]


def test_the_two_countries_are_no_pair_of_persons(tmp_path: Path) -> None:
    reading = _read(
        "LIMA, 14 June 2023 - Peruvian Defence Minister Rosa Quispe and Norwegian Defence"
        " Minister Lars Haugen have signed a letter of intent on naval training.\n\n"
        "The two countries held talks on fisheries in Oslo on Tuesday.",
        tmp_path,
    )
    # Since round 5 (meets2) an article about officials of two countries that speaks
    # of talks, with no meeting read, drafts a guessed one (kg.extract.guess); 'the
    # two countries' still names no pair of persons, so no meeting is read.
    assert len(_met(reading)) <= 1
    assert all(m.guessed for m in extract(tmp_path / "a.txt").findings.meetings)


def test_met_with_his_counterpart_unnamed_is_the_other_countrys_minister(
    tmp_path: Path,
) -> None:
    reading = _read(
        "LIMA, 3 May 2022 - Yesterday, the Minister of Defence of Chile Tomas Aravena arrived"
        " in Peru for a two-day visit.\n\nDuring the visit, the Minister of Defence of Peru"
        " Rosa Quispe met with his counterpart.",
        tmp_path,
    )
    (met,) = _met(reading)
    assert met[0] == frozenset({"Tomas Aravena", "Rosa Quispe"})
    # A meeting with no day of its own during a visit takes the visit's first day,
    # here the arrival's (the gold's convention; session 23).
    assert met[1] == "2022-05-02"


def test_met_with_the_demonym_title_named_in_a_later_sentence(tmp_path: Path) -> None:
    reading = _read(
        "OSLO, 9 March 2021 - Norway's Chief of Defence General Erik Haugland met with the"
        " Chilean Army chief on Tuesday and discussed training, his office said.\n\n"
        "Chilean Army Chief General Pablo Rojas began a three-day stay on Monday.",
        tmp_path,
    )
    (met,) = _met(reading)
    assert met[0] == frozenset({"Erik Haugland", "Pablo Rojas"})
    assert met[1:] == ("2021-03-09", "place:oslo")


def test_delegations_met_at_a_signing_is_a_meeting_of_the_signatories(tmp_path: Path) -> None:
    reading = _read(
        "By an invented desk\n\nChilean Defence Minister Tomas Aravena and his Norwegian"
        " counterpart Lars Haugen have signed a cooperation plan for 2022, the ministry"
        " reported on 11 March 2022.\n\nThe signing ceremony took place after the Chilean"
        " and Norwegian delegations met in an expanded format.",
        tmp_path,
        date="2022-03-12",
    )
    (met,) = _met(reading)
    assert met[0] == frozenset({"Tomas Aravena", "Lars Haugen"})
    assert met[1] == "2022-03-11"  # the signing's day, not the article's


def test_a_meeting_last_week_is_drafted_a_recalled_one_is_not(tmp_path: Path) -> None:
    reading = _read(
        "OSLO, 4 April 2022 - Norwegian Chief of Defence General Erik Haugland hosted Chilean"
        " Defence Minister Tomas Aravena this past week as the two held formal discussions."
        "\n\nLast year, Haugland met Peruvian Defence Minister Rosa Quispe in Lima.",
        tmp_path,
    )
    assert _met(reading) == [
        (frozenset({"Erik Haugland", "Tomas Aravena"}), "2022-04-04", "place:oslo")
    ]


def test_discussed_with_and_discussed_by_are_meetings(tmp_path: Path) -> None:
    reading = _read(
        "OSLO, 4 April 2022 - Training was the main topic discussed by Erik Haugland, the"
        " Norwegian Minister of Defence, with the Minister of Defence of Chile Tomas Aravena"
        " in Oslo on Monday.\n\nHaugland has also discussed with Peruvian Defence Minister"
        " Rosa Quispe in Oslo on Tuesday on naval matters.",
        tmp_path,
    )
    assert {m[0] for m in _met(reading)} == {
        frozenset({"Erik Haugland", "Tomas Aravena"}),
        frozenset({"Erik Haugland", "Rosa Quispe"}),
    }


def test_during_a_conversation_is_a_meeting_a_telephone_one_is_not(tmp_path: Path) -> None:
    reading = _read(
        "OSLO, 4 April 2022 - Norwegian Defence Minister Erik Haugland spoke of training in"
        " Oslo on Monday during a conversation with Chilean Defence Minister Tomas Aravena."
        "\n\nOn Tuesday, Haugland said during a telephone conversation with Peruvian Defence"
        " Minister Rosa Quispe that ties were strong.",
        tmp_path,
    )
    assert [m[0] for m in _met(reading)] == [frozenset({"Erik Haugland", "Tomas Aravena"})]


def test_arrived_in_a_country_puts_its_meetings_there_not_in_the_dateline(
    tmp_path: Path,
) -> None:
    reading = _read(
        "LIMA, 9 June 2022 - Peruvian Chief of Staff of the Army General Rosa Quispe arrived"
        " in Norway on Wednesday to attend an exercise.\n\nGeneral Rosa Quispe has also met"
        " with Norwegian Defence Minister Erik Haugland on Wednesday.",
        tmp_path,
    )
    (met,) = _met(reading)
    assert met[2] == "country:NO"


def test_the_meeting_that_took_place_in_a_city_places_a_guessed_meeting(
    tmp_path: Path,
) -> None:
    reading = _read(
        "Invented desk, 20 February 2018.\n\nNorwegian Defence Minister Erik Haugland held"
        " talks with the Minister of Defence of Chile Tomas Aravena on Tuesday.\n\nThe"
        " meeting, which took place at the ministry in Oslo, was also attended by Deputy"
        " Defence Minister Lars Haugen.",
        tmp_path,
    )
    (met,) = _met(reading)
    assert met[2] == "place:oslo"


def test_plural_post_signing_is_by_the_meetings_holders_of_that_post(tmp_path: Path) -> None:
    reading = _read(
        "Invented desk, 20 February 2018.\n\nNorwegian Defence Minister Erik Haugland held"
        " talks with the Minister of National Defence of Chile Tomas Aravena in Oslo on"
        " Tuesday.\n\nDefence ministers signed a framework agreement on training.",
        tmp_path,
    )
    (signed,) = reading.of_class("Agreement")
    assert {reading.one(p, "label") for p in reading.all(signed, "signatory")} == {
        "Erik Haugland",
        "Tomas Aravena",
    }


def test_talks_by_telephone_are_a_meeting_with_no_place(tmp_path: Path) -> None:
    # Round 4 read no meeting here; since session 23 a call is drafted as the gold
    # readings count it, a meeting with no place (not the dateline's city).
    reading = _read(
        "OSLO, 4 April 2022 - Norwegian Defence Minister Erik Haugland discussed with Chilean"
        " Defence Minister Tomas Aravena by telephone on Monday the training of cadets.",
        tmp_path,
    )
    assert _met(reading) == [(frozenset({"Erik Haugland", "Tomas Aravena"}), "2022-04-04", "")]
