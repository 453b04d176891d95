"""kg extract: the places of meetings of round 8, each on a short invented article
(our own words, marked as invented): a meeting where a visitor came to a host takes
the host's side (the city a later sentence, a dateline or a locality names), not
the visitor's country."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading

from .drafts import draft


def _meetings(text: str, tmp_path: Path, date: str) -> list[tuple[frozenset[str], str, str]]:
    """Each meeting's participants, by label, its day and its place."""
    reading = Reading.of(draft(text, tmp_path, date=date).facts)
    return [
        (
            frozenset(reading.one(p, "label") for p in reading.all(m, "participant")),
            reading.one(m, "date"),
            reading.one(m, "location"),
        )
        for m in reading.of_class("Meeting")
    ]


def test_a_meeting_told_again_with_its_city_drops_the_guests_country(tmp_path: Path) -> None:
    text = (
        "Staff Office\n\n"
        "Readout of Chief of Defence Staff Gen. Harold Penwick's Meeting with Chile's"
        " Chief of the Joint Staff Gen. Ignacio Rojas\n\n"
        "March 12, 2024\n\n"
        "Chief of Defence Staff Gen. Harold Penwick met with Chile's Chief of the Joint"
        " Staff Gen. Ignacio Rojas yesterday at the Pentagon.\n\n"
        "The two generals discussed training and exercises."
    )
    found = _meetings(text, tmp_path, "2024-03-12")
    assert found == [
        (frozenset({"Harold Penwick", "Ignacio Rojas"}), "2024-03-11", "place:washington")
    ]


def test_a_dateline_under_a_caption_places_the_headline(tmp_path: Path) -> None:
    text = (
        "Penwick Says Talks Went Well With Chilean Defence Chief\n\n"
        "Defence Secretary Harold Penwick speaks to reporters at a ministry in Lima, Peru,"
        " March 11, 2024.\n\n"
        "OTTAWA -\n\n"
        "Defence Secretary Harold Penwick of Australia said there was broad agreement with"
        " Chilean Minister of Defence Ignacio Rojas during his visit.\n\n"
        "Rojas said the ties were strong."
    )
    found = _meetings(text, tmp_path, "2024-03-12")
    assert [place for _, _, place in found] == ["place:ottawa"]


def test_a_dateline_written_date_first_places_the_meeting(tmp_path: Path) -> None:
    text = (
        "March 11, Accra, Ghana - Defence Minister Kofi Mensah welcomed his Norwegian"
        " counterpart, Arne Solberg, on Monday for talks on maritime security.\n\n"
        "The meeting stressed the long partnership of the two countries."
    )
    found = _meetings(text, tmp_path, "2024-03-11")
    assert [place for _, _, place in found] == ["place:accra"]


def test_a_locality_and_its_city_outrank_a_dateline_run_into_the_sentence(
    tmp_path: Path,
) -> None:
    text = (
        "Hanoi Vietnamese Defence Minister Tran Van Long and his Polish counterpart"
        " Tomasz Nowicki signed a defence cooperation plan in Mokotow, Warsaw, Poland, on"
        " Friday.\n\nThe two ministers also discussed training."
    )
    found = _meetings(text, tmp_path, "2024-03-09")
    assert [place for _, _, place in found] == ["place:warsaw"]


def test_a_meeting_told_again_takes_the_day_its_sentence_states(tmp_path: Path) -> None:
    text = (
        "Staff Office\n\n03/14/2024 | Press release\n\n"
        "Readout of Chief of Defence Staff Gen. Harold Penwick's Meeting with Chile's"
        " Chief of the Joint Staff Gen. Ignacio Rojas\n\n"
        "March 14, 2024\n\n"
        "Chief of Defence Staff Gen. Harold Penwick met with Chile's Chief of the Joint"
        " Staff Gen. Ignacio Rojas at the Pentagon on Monday.\n\n"
        "The two generals discussed training and exercises."
    )
    found = _meetings(text, tmp_path, "2024-03-14")
    assert [day for _, day, _ in found] == ["2024-03-11"]
