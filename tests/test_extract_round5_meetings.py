"""kg extract: meetings of round 5 (meets2), each on a short invented article (our
own words, marked as invented): a guessed meeting when no rule read one, the trigger
phrases of audiences, co-chairing and exchanges of views, a day stated by an earlier
sentence or in 'on the morning of', and 'here' where no dateline names the city."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading
from kg.extract.extraction import Extraction

from .drafts import draft as _extract


def _met(result: Extraction) -> list[tuple[frozenset[str], str, str]]:
    """Each meeting's participants (labels), date and place."""
    reading = Reading.of(result.facts)
    return [
        (
            frozenset(reading.one(p, "label") for p in reading.all(m, "participant")),
            reading.one(m, "date"),
            reading.one(m, "location"),
        )
        for m in reading.of_class("Meeting")
    ]


# A visit told with no trigger phrase: 'a delegation ... visited him'.
_VISITED = (
    "LIMA, 14 June 2023 - The Peruvian Minister of Defence Rosa Quispe said on Monday that"
    " Peru would deepen its naval ties with Norway.\n\n"
    "She spoke when a Norwegian delegation led by Chief of Defence General Erik Haugland"
    " visited her on Monday.\n\nHaugland praised the Peruvian navy."
)


def test_an_article_that_speaks_of_a_visit_drafts_a_guessed_meeting(tmp_path: Path) -> None:
    result = _extract(_VISITED, tmp_path)
    assert _met(result) == [
        (frozenset({"Rosa Quispe", "Erik Haugland"}), "2023-06-12", "place:lima")
    ]
    (meeting,) = result.findings.meetings
    assert meeting.guessed and meeting.confidence == 0.4
    assert "a guess" in result.text


def test_no_guess_for_a_meeting_ahead_and_no_place_by_telephone(tmp_path: Path) -> None:
    ahead = _VISITED.replace("visited her on Monday", "will visit her next week")
    assert _met(_extract(ahead, tmp_path)) == []
    # Since session 23 talks held apart are a meeting with no place, as the gold
    # readings count calls.
    phoned = _VISITED.replace("visited her on Monday", "visited her by video link on Monday")
    assert [m[2] for m in _met(_extract(phoned, tmp_path))] == [""]


def test_no_guess_when_a_meeting_is_read(tmp_path: Path) -> None:
    result = _extract(
        _VISITED + "\n\nOn Tuesday Quispe met Norwegian Ambassador Lars Haugen in Lima.",
        tmp_path,
    )
    assert not any(m.guessed for m in result.findings.meetings)
    assert {m[0] for m in _met(result)} == {frozenset({"Rosa Quispe", "Lars Haugen"})}


def test_the_guess_prefers_the_person_named_most(tmp_path: Path) -> None:
    result = _extract(
        "LIMA, 14 June 2023 - Peruvian Navy spokesman Captain Luis Paredes said that the"
        " talks between Peru and Norway went well.\n\n"
        "Peruvian Defence Minister Rosa Quispe said the talks with Norwegian Chief of"
        " Defence General Erik Haugland were frank. Quispe thanked the Norwegian side."
        " Quispe said ties grow.",
        tmp_path,
    )
    (met,) = _met(result)
    assert met[0] == frozenset({"Rosa Quispe", "Erik Haugland"})
    assert all(m.guessed for m in result.findings.meetings)


def test_received_in_audience_and_granted_an_audience(tmp_path: Path) -> None:
    result = _extract(
        "OSLO, 9 March 2021 - Chilean Defence Minister Tomas Aravena was received in"
        " audience by Norwegian Prime Minister Ingrid Solberg on Tuesday.\n\n"
        "Chilean President Ana Torres granted an audience to Peruvian Defence"
        " Minister Rosa Quispe on Monday.",
        tmp_path,
    )
    assert {m[0] for m in _met(result)} == {
        frozenset({"Tomas Aravena", "Ingrid Solberg"}),
        frozenset({"Ana Torres", "Rosa Quispe"}),
    }
    assert not any(m.guessed for m in result.findings.meetings)


def test_co_chaired_and_exchanged_views_with(tmp_path: Path) -> None:
    result = _extract(
        "OSLO, 9 March 2021 - Norwegian Defence Minister Lars Haugen and Chilean Defence"
        " Minister Tomas Aravena co-chaired the joint commission on Tuesday.\n\n"
        "Haugen exchanged views with Peruvian Defence Minister Rosa Quispe on Monday.",
        tmp_path,
    )
    assert {m[0] for m in _met(result)} == {
        frozenset({"Lars Haugen", "Tomas Aravena"}),
        frozenset({"Lars Haugen", "Rosa Quispe"}),
    }
    assert not any(m.guessed for m in result.findings.meetings)


def test_conferred_here_with_is_a_meeting_in_the_city_named_first(tmp_path: Path) -> None:
    result = _extract(
        "By an invented desk\n\nNorwegian Defence Minister Lars Haugen conferred here on"
        " Monday with Chilean Defence Minister Tomas Aravena, the ministry said.\n\n"
        "Aravena is staying in Oslo until Friday.",
        tmp_path,
        date="2021-03-09",
    )
    assert _met(result) == [
        (frozenset({"Lars Haugen", "Tomas Aravena"}), "2021-03-08", "place:oslo")
    ]


def test_the_day_an_earlier_sentence_of_the_paragraph_states(tmp_path: Path) -> None:
    result = _extract(
        "OSLO, 11 March 2021 - On the morning of March 8, the fifth strategic dialogue"
        " between the Norwegian and Chilean militaries was held in Oslo. Norwegian Chief"
        " of Defence General Erik Haugland held talks with Chilean Army Chief General"
        " Pablo Rojas.",
        tmp_path,
    )
    assert _met(result) == [
        (frozenset({"Erik Haugland", "Pablo Rojas"}), "2021-03-08", "place:oslo")
    ]


def test_the_paragraph_before_dates_the_meeting_it_opens_with(tmp_path: Path) -> None:
    result = _extract(
        "OSLO, 11 March 2021 - Norwegian Chief of Defence General Erik Haugland met Chilean"
        " Army Chief General Pablo Rojas in Oslo on Tuesday.\n\n"
        "The meeting took place alongside a joint working group co-chaired by Haugland"
        " and Chilean Defence Minister Tomas Aravena.",
        tmp_path,
    )
    dates = {m[0]: m[1] for m in _met(result)}
    assert dates[frozenset({"Erik Haugland", "Tomas Aravena"})] == "2021-03-09"
