"""Round 7 rules of kg extract for signed documents (kg.extract.signings): who signs
when no one is named, partners after 'with' and a title, the words between
'signed' and the title, 'the signing of X between A and B', signers with no
document named, the date of a document recalled in the same sentence, a signing
told by the countries and again with names, and the documents 'MoU', 'framework'
and 'letter of intention'. Every article here is invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .drafts import read

if TYPE_CHECKING:
    from pathlib import Path

    from kg.extract.evaluation import Reading

DATE = "2024-05-15"  # a Wednesday


def _agreements(reading: Reading) -> list[tuple[set[str], str]]:
    """Each agreement's signatories (by label) and the day it was signed."""
    found = []
    for agreement in reading.of_class("Agreement"):
        people = {reading.one(p, "label") for p in reading.all(agreement, "signatory")}
        found.append((people, reading.one(agreement, "signedOn") or ""))
    return found


def _read(text: str, tmp_path: Path) -> Reading:
    return read(text, tmp_path, DATE)


MEETING = (
    "Norwegian Defence Minister Ole Brekke met his Chilean counterpart Rosa Quispe in Oslo"
    " on Tuesday.\n\n"
)


def test_the_heads_of_the_two_ministries_signed_after_their_meeting(tmp_path: Path) -> None:
    reading = _read(
        MEETING + "After the talks, the heads of the defence ministries of the two countries"
        " signed a memorandum on military education.",
        tmp_path,
    )
    assert _agreements(reading) == [({"Ole Brekke", "Rosa Quispe"}, "2024-05-14")]


def test_two_countries_signed_are_the_meetings_two_sides(tmp_path: Path) -> None:
    reading = _read(
        MEETING + "Following the talks, Norway and Chile signed a memorandum on rescue at sea.",
        tmp_path,
    )
    assert _agreements(reading) == [({"Ole Brekke", "Rosa Quispe"}, "2024-05-14")]


def test_other_countries_that_signed_are_not_the_meetings_sides(tmp_path: Path) -> None:
    reading = _read(
        MEETING + "Peru and Ecuador signed a memorandum on border patrols last month.", tmp_path
    )
    assert all(people != {"Ole Brekke", "Rosa Quispe"} for people, _ in _agreements(reading))


def test_a_partner_after_with_and_a_title_signs(tmp_path: Path) -> None:
    reading = _read(
        "Norwegian Defence Minister Ole Brekke signed the Norway-Chile Defence Cooperation"
        " Arrangement with Chilean Admiral Rosa Quispe on Tuesday.",
        tmp_path,
    )
    assert _agreements(reading) == [({"Ole Brekke", "Rosa Quispe"}, "2024-05-14")]


def test_the_title_after_today_and_a_place(tmp_path: Path) -> None:
    reading = _read(
        "Norwegian Defence Minister Ole Brekke and his Chilean counterpart Rosa Quispe signed"
        " today in Oslo a memorandum on cooperation in defence education.",
        tmp_path,
    )
    (agreement,) = reading.of_class("Agreement")
    assert reading.one(agreement, "label").startswith("Memorandum")
    assert _agreements(reading) == [({"Ole Brekke", "Rosa Quispe"}, DATE)]


def test_the_signing_of_a_document_between_two(tmp_path: Path) -> None:
    reading = _read(
        "The plan was announced at the signing of a memorandum of understanding between"
        " Norwegian Defence Minister Ole Brekke and his Chilean counterpart Rosa Quispe in"
        " Oslo yesterday.",
        tmp_path,
    )
    assert _agreements(reading) == [({"Ole Brekke", "Rosa Quispe"}, "2024-05-14")]


def test_signers_with_no_document_named_sign_the_one_read_before(tmp_path: Path) -> None:
    reading = _read(
        "Norway and Chile on Tuesday signed a memorandum on rescue at sea.\n\n"
        "Admiral Ole Brekke, Chief of Defence of Norway, and General Rosa Quispe, Chief of"
        " the Armed Forces of Chile, signed on behalf of Norway and Chile respectively.",
        tmp_path,
    )
    assert _agreements(reading) == [({"Ole Brekke", "Rosa Quispe"}, "2024-05-14")]


def test_a_recalled_documents_date_does_not_date_the_signing(tmp_path: Path) -> None:
    reading = _read(
        "Norwegian Defence Minister Ole Brekke and his Chilean counterpart Rosa Quispe have"
        " signed the Second Protocol to the Defence Agreement between the two countries,"
        " signed on May 3, 1999.",
        tmp_path,
    )
    assert _agreements(reading) == [({"Ole Brekke", "Rosa Quispe"}, DATE)]


def test_a_signing_told_by_the_countries_then_with_names_is_one(tmp_path: Path) -> None:
    reading = _read(
        "Norway and Chile signed on Tuesday what is being called a defence cooperation"
        " arrangement.\n\nNorwegian Defence Minister Ole Brekke signed the arrangement with"
        " Chilean Admiral Rosa Quispe on Tuesday.",
        tmp_path,
    )
    assert _agreements(reading) == [({"Ole Brekke", "Rosa Quispe"}, "2024-05-14")]


def test_mou_framework_and_letter_of_intention_are_documents(tmp_path: Path) -> None:
    for document in ("the MoU", "a Defence Cooperation Framework", "an intention letter"):
        reading = _read(
            f"Norwegian Defence Minister Ole Brekke and his Chilean counterpart Rosa Quispe"
            f" signed {document} in Oslo on Tuesday.",
            tmp_path,
        )
        assert _agreements(reading) == [({"Ole Brekke", "Rosa Quispe"}, "2024-05-14")], document


def test_signed_within_the_framework_of_a_visit_is_no_document(tmp_path: Path) -> None:
    reading = _read(
        MEETING + "Ole Brekke signed within the framework of the visit, officials said.",
        tmp_path,
    )
    assert reading.of_class("Agreement") == []


def test_said_the_agreement_was_signed_is_the_one_read_before(tmp_path: Path) -> None:
    reading = _read(
        "Norwegian Defence Minister Ole Brekke and his Chilean counterpart Rosa Quispe signed"
        " a memorandum on rescue at sea in Oslo on Tuesday.\n\nQuispe said the agreement was"
        " signed in line with the interests of both countries.",
        tmp_path,
    )
    assert _agreements(reading) == [({"Ole Brekke", "Rosa Quispe"}, "2024-05-14")]


def test_one_accompanying_the_signatory_does_not_sign(tmp_path: Path) -> None:
    reading = _read(
        "A memorandum on rescue at sea was signed in Oslo on Tuesday by Norwegian Defence"
        " Minister Ole Brekke and his Chilean counterpart Rosa Quispe, accompanied by the"
        " Chilean Ambassador to Norway, Ana Ibarra.",
        tmp_path,
    )
    assert _agreements(reading) == [({"Ole Brekke", "Rosa Quispe"}, "2024-05-14")]


def test_the_document_just_before_a_participle_signed(tmp_path: Path) -> None:
    reading = _read(
        "Norwegian Defence Minister Ole Brekke said the MoU signed with Chilean Defence"
        " Minister Rosa Quispe on Tuesday would guide joint training.",
        tmp_path,
    )
    assert _agreements(reading) == [({"Ole Brekke", "Rosa Quispe"}, "2024-05-14")]


def test_a_document_that_will_be_signed_is_not_drafted(tmp_path: Path) -> None:
    reading = _read(
        MEETING + "The renewed agreement will be signed by Ole Brekke and Rosa Quispe in"
        " Santiago next month.",
        tmp_path,
    )
    assert reading.of_class("Agreement") == []


def test_a_datelines_date_does_not_date_the_signing(tmp_path: Path) -> None:
    reading = _read(
        "OSLO (Nordic Wire - 15 May 2024) Norwegian Defence Minister Ole Brekke and his"
        " Chilean counterpart Rosa Quispe have signed a memorandum on rescue at sea.\n\n"
        "The two defence chiefs held talks in Oslo on Tuesday.\n\n"
        "A memorandum on joint rescue at sea was signed by Ole Brekke and Rosa Quispe.",
        tmp_path,
    )
    assert _agreements(reading) == [({"Ole Brekke", "Rosa Quispe"}, "2024-05-14")]


def test_two_posts_by_their_initials_signed_are_the_meetings_sides(tmp_path: Path) -> None:
    reading = _read(MEETING + "MOD and SDN signed a letter of intent on training.", tmp_path)
    assert _agreements(reading) == [({"Ole Brekke", "Rosa Quispe"}, "2024-05-14")]


def test_exchanged_the_signed_documents(tmp_path: Path) -> None:
    reading = _read(
        MEETING + "Brekke and Quispe then exchanged the signed memorandum on rescue at sea.",
        tmp_path,
    )
    assert _agreements(reading) == [({"Ole Brekke", "Rosa Quispe"}, "2024-05-14")]


def test_a_signing_weeks_before_the_news_is_recalled(tmp_path: Path) -> None:
    reading = _read(
        MEETING + "The meeting comes weeks after Chile signed a defence agreement with Peru"
        " and Ecuador.",
        tmp_path,
    )
    assert reading.of_class("Agreement") == []


def test_partners_listed_with_their_titles_all_sign(tmp_path: Path) -> None:
    reading = _read(
        "Norwegian Defence Minister Ole Brekke signed the Norway-Chile Defence Cooperation"
        " Arrangement with Chilean General Rosa Quispe, Secretary of National Defense and"
        " Admiral Ana Ibarra, Secretary of the Navy, on Tuesday.",
        tmp_path,
    )
    assert _agreements(reading) == [({"Ole Brekke", "Rosa Quispe", "Ana Ibarra"}, "2024-05-14")]
