"""kg extract: round 22 rules for spurious meetings, each on a short invented
article (our own words, invented people; not news): a meeting phrase put ahead
('is also scheduled to meet', 'is supposed to meet') or recalled ('during his
visit in 2021', 'has met ... several times') drafts no meeting, and a person named
only there is left out; one meeting read under two forms of a name is drafted
once; 'after holding meetings with A, B and ...' is a meeting with each; those a
sentence ending on 'attended.' names, and those 'attending the meeting at <venue>
here', join the meeting last read; 'held a meeting with <post> B and <post> C' is
one meeting; a relative clause between a post and its name keeps the list; those
who 'accompanied the delegation' join the meeting, even one read later."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft, names, participants, read

_HEAD = (
    "(Invented test article for kg extract; not news.)\n\nOSLO, 3 March 2025 -"
    " Norwegian Defence Minister Karel Vostrin met Chilean Chief of General Staff"
    " General Toma Brenik in Oslo on Monday to discuss training."
)
_HELD = frozenset({"Karel Vostrin", "Toma Brenik"})


def test_a_meeting_scheduled_or_supposed_to_come_is_not_drafted(tmp_path: Path) -> None:
    met = participants(
        draft(
            _HEAD + " Vostrin is also scheduled to meet with Chilean Foreign Minister Jorel"
            " Akafo. He is supposed to meet with Chilean Prime Minister Dario Fenn as well.",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert met == [_HELD]


def test_a_meeting_due_to_come_or_that_will_come_is_not_drafted(tmp_path: Path) -> None:
    met = participants(
        draft(
            _HEAD + " The minister is due to meet with Chilean President Ana Kovar before"
            " leaving the country. Vostrin will also meet with Chilean Interior Minister"
            " Rosa Tello on Thursday.",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert met == [_HELD]


def test_a_meeting_in_an_earlier_year_is_not_drafted(tmp_path: Path) -> None:
    met = participants(
        draft(
            _HEAD + " During his visit in 2021, General Brenik also called on Norwegian"
            " Prime Minister Ivo Lember and praised the training of the forces.",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert met == [_HELD]


def test_meetings_told_as_habitual_are_not_drafted(tmp_path: Path) -> None:
    met = participants(
        draft(
            _HEAD + " While Chilean Defence Minister Jorel Akafo has met with his Norwegian"
            " counterpart Ivo Lember several times in recent years, the visit is the first"
            " by a Norwegian minister.",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert met == [_HELD]


def test_one_meeting_read_under_two_forms_of_a_name_is_drafted_once(tmp_path: Path) -> None:
    met = participants(
        draft(
            "(Invented test article for kg extract; not news.)\n\nMajor General Tamm's"
            " visit is aimed at closer defence ties between Norway and Chile.\n\nNorwegian"
            " Defence Forces Chief Aldo Tamm on Thursday met Defence Minister Karel Vostrin"
            ' and Chilean Air Force chief Dario Fenn, and discussed training.\n\n"Chief of'
            " Norwegian Defence Force Maj Gen Aldo started his visit with a wreath at the war"
            ' memorial and later called on the minister."\n\nMajor General Tamm will also'
            ' visit two air bases.\n\n"Major General Aldo Tamm, Chief of Defence Force of'
            " Norway, called on the Chief of Air Staff Air Marshal Dario Fenn at Santiago"
            ' today."',
            tmp_path,
            date="2025-03-06",
        )
    )
    assert sorted(met, key=sorted) == [
        frozenset({"Aldo Tamm", "Dario Fenn"}),
        frozenset({"Aldo Tamm", "Karel Vostrin"}),
    ]


def test_meetings_in_the_plural_are_one_meeting_with_each(tmp_path: Path) -> None:
    met = participants(
        draft(
            "(Invented test article for kg extract; not news.)\n\nOSLO, 3 March 2025 -"
            " Chilean Defence Minister Karel Vostrin left Oslo on Friday after holding"
            " meetings with Norwegian Defence Minister Toma Brenik, Culture Minister Dario"
            " Fenn and other officials.",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert sorted(met, key=sorted) == [
        frozenset({"Dario Fenn", "Karel Vostrin"}),
        frozenset({"Karel Vostrin", "Toma Brenik"}),
    ]


def test_those_a_sentence_ending_on_attended_names_take_part(tmp_path: Path) -> None:
    met = participants(
        draft(
            _HEAD + " Chief of Defence General Aarne Lunde and Secretary General Ivo Lember"
            " attended.",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert met == [_HELD | {"Aarne Lunde", "Ivo Lember"}]


def test_a_person_named_only_in_a_meeting_scheduled_to_come_is_left_out(tmp_path: Path) -> None:
    reading = read(
        _HEAD + " Vostrin is also scheduled to meet with Chilean Foreign Minister Jorel Akafo.",
        tmp_path,
        date="2025-03-03",
    )
    assert "Jorel Akafo" not in names(reading)
    assert names(reading) >= _HELD


def test_those_attending_the_meeting_at_a_venue_take_part(tmp_path: Path) -> None:
    met = participants(
        draft(
            "(Invented test article for kg extract; not news.)\n\nOSLO, 3 March 2025 -"
            " Norwegian Defence Minister Karel Vostrin today received Chilean Chief of General"
            " Staff General Toma Brenik. Attending the meeting at Qasr Al Bahr' here were"
            " Dario Fenn, National Security Adviser, and Lt. General Ivo Lember, Chief of"
            " Staff of the Armed Forces.",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert met == [_HELD | {"Dario Fenn", "Ivo Lember"}]


def test_a_meeting_in_the_singular_with_two_officials_is_one_meeting(tmp_path: Path) -> None:
    met = participants(
        draft(
            "(Invented test article for kg extract; not news.)\n\nOSLO, 3 March 2025 -"
            " Chilean Defence Minister Karel Vostrin held a meeting with Norwegian Prime"
            " Minister Toma Brenik and Norwegian Foreign Minister Dario Fenn in Oslo on"
            " Monday.",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert met == [frozenset({"Karel Vostrin", "Toma Brenik", "Dario Fenn"})]


def test_a_relative_clause_between_a_post_and_its_name_keeps_the_list(tmp_path: Path) -> None:
    met = participants(
        draft(
            "(Invented test article for kg extract; not news.)\n\nOSLO, 3 March 2025 -"
            " Chilean Defence Minister Karel Vostrin had a bilateral meeting with Norwegian"
            " Prime Minister Toma Brenik and Norwegian Deputy Prime Minister, who also"
            " serves as the Minister of Defence, Dario Fenn, in Oslo on Monday.",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert met == [frozenset({"Karel Vostrin", "Toma Brenik", "Dario Fenn"})]


def test_those_who_accompanied_the_delegation_join_the_meeting_read_later(
    tmp_path: Path,
) -> None:
    met = participants(
        draft(
            "(Invented test article for kg extract; not news.)\n\nOSLO, 3 March 2025 - A"
            " Chilean military delegation arrived in Oslo on Monday for a two-day visit."
            " Chilean Foreign Minister Aarne Lunde and Chilean Chief of Defence General Ivo"
            " Lember accompanied the delegation. Norwegian Defence Minister Karel Vostrin"
            " received Chilean Army Commander General Toma Brenik in Oslo on Monday.",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert met == [_HELD | {"Aarne Lunde", "Ivo Lember"}]
