"""kg extract: general rules found on a fourth round of real articles (Korean,
Singaporean, Philippine and Nordic outlets, Pentagon readouts), each tested on a
short invented article in our own words: a family name written first and named
alone later ('Mr Lee', 'Dr Ng'), ministers who met 'to sign' a document reported
signed with no signatory, the first signatories of a renewed document and a
'then Defence Minister' named in passing, and vice-ministerial and 'Minister for
Defence' titles."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading
from kg.extract.spelling import family_name_first

from .drafts import read as _read


def _labels(reading: Reading, entity: str, prop: str) -> frozenset[str]:
    return frozenset(reading.one(p, "label") for p in reading.all(entity, prop))


def _persons(reading: Reading) -> set[str]:
    return {reading.one(p, "label") for p in reading.of_class("Person")}


def test_a_family_name_written_first_is_the_name_used_alone() -> None:
    assert family_name_first("Park Soo-min", "park")
    assert family_name_first("Ho Wee Meng", "ho")
    assert not family_name_first("Paula Renard", "paula")
    assert not family_name_first("Ho Wee Meng", "meng")


def test_mr_and_dr_with_the_family_name_meet(tmp_path: Path) -> None:
    reading = _read(
        "SINGAPORE - A revised naval training pact was inked on Friday (June 10) by"
        " Singapore Defence Minister Ho Wee Meng and his Chilean counterpart Park Soo-min."
        "\n\nBefore the ceremony, Mr Park and Dr Ho met over breakfast at the Raffles Hotel.",
        tmp_path,
        "2022-06-10",
    )
    meetings = reading.of_class("Meeting")
    assert [_labels(reading, m, "participant") for m in meetings] == [
        frozenset({"Ho Wee Meng", "Park Soo-min"})
    ]
    assert [reading.one(m, "location") for m in meetings] == ["place:singapore"]


def test_those_who_met_to_sign_signed_the_document_reported_before(tmp_path: Path) -> None:
    reading = _read(
        "LIMA, March 3, 2021 (Invented News) - Peru and Kenya have signed a memorandum on"
        " naval training, the Peruvian defence ministry said on Wednesday.\n\nPeru's Defence"
        " Minister Rosa Quispe and Kenyan Defence Minister Otieno Kamau met in Lima to sign"
        " the memorandum.",
        tmp_path,
    )
    signed = reading.of_class("Agreement")
    assert [_labels(reading, a, "signatory") for a in signed] == [
        frozenset({"Rosa Quispe", "Otieno Kamau"})
    ]
    assert [reading.one(a, "signedOn") for a in signed] == ["2021-03-03"]


def test_meeting_to_sign_with_nothing_signed_before_signs_nothing(tmp_path: Path) -> None:
    reading = _read(
        "LIMA, March 3, 2021 (Invented News) - Peru's Defence Minister Rosa Quispe and"
        " Kenyan Defence Minister Otieno Kamau met in Lima to sign a memorandum.",
        tmp_path,
    )
    assert len(reading.of_class("Meeting")) == 1
    assert all(reading.all(a, "signatory") == [] for a in reading.of_class("Agreement"))


def test_first_signatories_and_a_then_minister_are_named_in_passing(tmp_path: Path) -> None:
    reading = _read(
        "LIMA - Peruvian Defence Minister Rosa Quispe and her Kenyan counterpart Otieno Kamau"
        " renewed their memorandum on naval training on Friday (June 10).\n\nThe text was"
        " first signed by Luis Paredes and Grace Njeri in 2009; yearly staff talks followed.\n\n"
        "Its annex had been drafted under then Defence Minister Ana Rojas.",
        tmp_path,
        "2022-06-10",
    )
    assert _persons(reading) == {"Rosa Quispe", "Otieno Kamau"}


def test_vice_ministerial_and_minister_for_defence_titles(tmp_path: Path) -> None:
    reading = _read(
        "LIMA - The Parliamentary Vice Minister of Defense of Kenya, Otieno Kamau, met the"
        " Minister for Defence of Peru, Rosa Quispe, in Lima.",
        tmp_path,
        "2021-03-01",
    )
    posts = {reading.one(p, "label") for p in reading.of_class("Post")}
    assert posts == {
        "Parliamentary Vice Minister of Defence of Kenya",
        "Minister of Defence of Peru",
    }


def _countries(reading: Reading, label: str) -> set[str]:
    person = next(p for p in reading.of_class("Person") if reading.one(p, "label") == label)
    posts = [reading.one(h, "heldPost") for h in reading.subjects("holder", person)]
    ministries = [m for p in posts for m in reading.all(p, "postIn")]
    return {o for m in ministries for o in reading.all(m, "ministryOf")}


def test_a_readout_secretary_of_defense_is_the_united_states(tmp_path: Path) -> None:
    reading = _read(
        "Summary of a call\n\nActing Secretary of Defense Mark L. Whitfield held talks on"
        " Arctic patrols today with Astrid Lund, Minister of Defence of Norway. Minister Lund"
        " thanked Secretary Whitfield.",
        tmp_path,
        "2019-01-16",
    )
    assert _countries(reading, "Mark L. Whitfield") == {"country:US"}
    assert _countries(reading, "Astrid Lund") == {"country:NO"}


def test_a_dateline_comes_before_the_national_ministry(tmp_path: Path) -> None:
    # Manila's press writes 'Defense Secretary' for its own secretary too.
    reading = _read(
        "MANILA - Defense Secretary Rosa Quispe received Kenyan Ambassador Otieno Kamau on Monday.",
        tmp_path,
        "2019-01-16",
    )
    assert _countries(reading, "Rosa Quispe") == {"country:PH"}


def _participants(reading: Reading) -> list[frozenset[str]]:
    return [_labels(reading, m, "participant") for m in reading.of_class("Meeting")]


def test_paid_b_a_courtesy_call_with_an_escort(tmp_path: Path) -> None:
    reading = _read(
        "LIMA - On Monday Kenyan Vice Defence Minister Otieno Kamau, together with Kenyan"
        " Ambassador to Peru Amina Wanjiru, paid General Carlos Huaman, the army's chief of"
        " staff, a courtesy call.",
        tmp_path,
        "2022-07-18",
    )
    assert _participants(reading) == [frozenset({"Otieno Kamau", "Amina Wanjiru", "Carlos Huaman"})]


def test_a_courtesy_call_still_to_come_is_no_meeting(tmp_path: Path) -> None:
    reading = _read(
        "LIMA - Kenyan Ambassador Otieno Kamau will pay Peruvian Defence Minister Rosa Quispe"
        " a courtesy call next week.",
        tmp_path,
        "2022-07-18",
    )
    assert _participants(reading) == []
