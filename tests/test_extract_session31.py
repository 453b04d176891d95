"""kg extract, session 31: a retold meeting keeps its day over a later event's, a
writer's byline is no official, a city named with a part of it, and a speaker who
met someone before speaking somewhere; on short invented articles (our own words,
invented people; not news)."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading
from kg.extract.officials import Officials

from .drafts import countries, days, draft, names, participants, places, read

_DATE = "2024-05-13"
_NOTE = "(Invented test article for kg extract; not news.)\n\n"

# Invented: talks on a Monday, told again beside a conference still to come.
RETOLD_BEFORE_A_SUMMIT = (
    f"{_NOTE}Ministers agree to revive trade council\n\n"
    "MOSCOW - Russia and Angola will revive their trade council, Russian Foreign"
    " Minister Pavel Orlov said.\n\n"
    "Orlov and his Angolan counterpart Rui Baptista met in Moscow to go over trade and"
    " regional security.\n\n"
    "Orlov's meeting with Baptista took place as officials prepare for an investment"
    " forum, which will be held in Kazan on June 20.\n"
)


def test_a_retold_meeting_keeps_its_day_over_a_day_to_come(tmp_path: Path) -> None:
    found = days(draft(RETOLD_BEFORE_A_SUMMIT, tmp_path, date=_DATE))
    assert found[frozenset({"Pavel Orlov", "Rui Baptista"})] == _DATE


def _listed_name() -> str:
    """A name officials.csv lists, so that the rule of bare listed names would read it."""
    table = Officials.load(Path(__file__).resolve().parent.parent / "data/reference/officials.csv")
    name = "Mohammad Ali"
    assert table.get(name) is not None, "the test needs a listed name"
    return name


def test_a_byline_with_a_handle_is_no_person(tmp_path: Path) -> None:
    name = _listed_name()
    text = (
        f"{_NOTE}Chiefs discuss border security\n\n"
        f"{name} (@writer_desk) 5 minutes ago Mon 13th May 2024\n\n"
        "ISLAMABAD - Pakistani Chief of Army Staff General Karim Dar received Turkish"
        " Land Forces Commander General Murat Ersoy in Rawalpindi on Monday.\n"
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert found == {"Karim Dar", "Murat Ersoy"}


# Invented: filed in the capital; the talks were at headquarters in a city nearby,
# which a later sentence names with a part of it before the name.
HEADQUARTERS = (
    f"{_NOTE}Army chiefs meet\n\n"
    "ISLAMABAD, May 13 - Pakistan and Malaysia on Monday discussed training during a"
    " meeting between Malaysian Army Chief General Faisal Rahman and Pakistan's Chief"
    " of Army Staff General Karim Dar.\n\n"
    "According to the military's media wing, the meeting held at General Headquarters"
    " in {part} Rawalpindi city focused on joint exercises.\n"
)

CHIEFS = frozenset({"Faisal Rahman", "Karim Dar"})


def test_a_city_named_with_a_part_of_it_places_the_meeting(tmp_path: Path) -> None:
    for n, part in enumerate(["eastern", "north-western", "southern"]):
        folder = tmp_path / str(n)
        folder.mkdir()
        drafted = places(draft(HEADQUARTERS.replace("{part}", part), folder, date=_DATE))
        assert drafted[CHIEFS] == "place:rawalpindi", part


# Invented: a minister speaks in the host's capital after meeting a counterpart.
SAID_AFTER_MEETING = (
    f"{_NOTE}Ministers pledge closer defence ties\n\n"
    "Estonian Foreign Minister Kaarel Tamm said {where} after meeting with his German"
    " counterpart Jonas Weber on Monday that the two countries would train together.\n"
)


def test_a_speaker_who_met_someone_before_speaking_somewhere_met_them(tmp_path: Path) -> None:
    pair = frozenset({"Kaarel Tamm", "Jonas Weber"})
    for n, (where, place) in enumerate(
        [("in Berlin", "place:berlin"), ("on Monday in Berlin", "place:berlin")]
    ):
        folder = tmp_path / str(n)
        folder.mkdir()
        result = draft(SAID_AFTER_MEETING.replace("{where}", where), folder, date=_DATE)
        assert participants(result) == [pair], where
        assert not result.findings.meetings[0].guessed, where
        assert places(result)[pair] == place, where


# Invented: a visiting admiral, named once, then "the admiral" who meets the hosts.
THE_ADMIRAL = (
    f"{_NOTE}Naval chief visits Montenegro\n\n"
    "PODGORICA - Admiral Marco Ferri, chief of the Italian Navy, arrived in Podgorica on"
    " Monday for a two-day visit.\n\n"
    "During the visit, the admiral {verb} President Luka Vujovic and Prime Minister Ana"
    " Markovic.\n"
)


def test_the_admiral_stands_for_the_one_admiral_read(tmp_path: Path) -> None:
    for n, verb in enumerate(["met with", "held talks with"]):
        folder = tmp_path / str(n)
        folder.mkdir()
        drafted = participants(draft(THE_ADMIRAL.replace("{verb}", verb), folder, date=_DATE))
        assert sorted(drafted, key=sorted) == [
            frozenset({"Marco Ferri", "Ana Markovic"}),
            frozenset({"Marco Ferri", "Luka Vujovic"}),
        ], verb


# Invented: a visit abroad told under a home dateline, with two capitals joined by a
# hyphen and a spokesperson of a building that stands for Washington.
ABROAD = (
    f"{_NOTE}US general visits Korea\n\n"
    "General Mark Olsen, Chairman of the Joint Chiefs of Staff, met Defence Minister"
    " Kim Tae-ho of South Korea on Monday while on a trip to South Korea, {tail}.\n"
)


def test_neither_a_pair_of_capitals_nor_a_spokesperson_places_a_meeting(
    tmp_path: Path,
) -> None:
    pair = frozenset({"Mark Olsen", "Kim Tae-ho"})
    for n, tail in enumerate(
        [
            "and the two discussed the Seoul-Washington alliance",
            "chief Pentagon spokesperson Ann Ruiz said",
            "a senior Pentagon official said",
        ]
    ):
        folder = tmp_path / str(n)
        folder.mkdir()
        drafted = places(draft(ABROAD.replace("{tail}", tail), folder, date=_DATE))
        assert drafted[pair] == "country:KR", tail


def test_dotted_initials_inside_a_name_and_a_burmese_honorific(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}Ministers meet in Jakarta\n\n"
        "JAKARTA - Foreign Minister Park Ji-hoon held talks with his Indonesian"
        " counterpart, Sari L.P. Wardani, in Jakarta on Friday.\n\n"
        "In Naypyitaw, State Counsellor Daw Khin Mya Thet received the Lao Prime"
        " Minister Khamla Vongsa on Monday.\n"
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert {"Sari L.P. Wardani", "Khin Mya Thet"} <= found


# Invented: a wire story whose last paragraph ends in the agency's tag glued to the
# stop, and whose talks are told as 'At talks held between A and B'.
TALKS_HELD_BETWEEN = (
    f"{_NOTE}Brunei army chief visits Vietnam\n\n"
    "At talks held between Senior Lieutenant General Tran Van Binh, Vietnam's Chief"
    " of the General Staff, and Major General Hamid Yusof,"
    " Commander of the Royal Brunei Land Force, the two sides reviewed their"
    " cooperation.\n\n"
    "Later that day the guest paid a courtesy call on Vietnamese Minister of National"
    " Defence, General Le Quoc Hung.-VNA\n"
)


def test_talks_held_between_and_a_name_before_an_agency_tag(tmp_path: Path) -> None:
    result = draft(TALKS_HELD_BETWEEN, tmp_path, date=_DATE)
    read_so = [
        m
        for m in result.findings.meetings
        if {p.name for p in m.participants} == {"Tran Van Binh", "Hamid Yusof"}
    ]
    assert [m.guessed for m in read_so] == [False]
    assert "Le Quoc Hung" in names(Reading.of(result.facts))


# Invented: a dialogue abroad whose visitors are listed in a sentence that opens by
# naming their side; one of them heads an office named for a region.
SIDES = (
    f"{_NOTE}First defence dialogue held\n\n"
    "The first foreign affairs and defence dialogue of Japan and Chile was held on"
    " Monday in Santiago, capital of the Republic of Chile.\n\n"
    "On the Japanese side, Parliamentary Vice-Minister of Defence Sato Kenji spoke"
    " first, joined by Ueda Jun, Director of the Planning Office at the Ministry of"
    " Foreign Affairs, and Mori Aya, Director of the Latin American Policy Office at"
    " the Ministry of Defence.\n"
)


def test_a_side_named_first_gives_its_persons_their_country(tmp_path: Path) -> None:
    reading = read(SIDES, tmp_path, date=_DATE)
    for name in ("Sato Kenji", "Mori Aya"):
        assert countries(reading, name) == {"JP"}, name


def test_a_city_after_the_port_city_of_places_the_meeting(tmp_path: Path) -> None:
    # Massawa is in world_cities.csv, not in places.csv.
    text = (
        f"{_NOTE}President receives envoy\n\n"
        "Eritrean President Tesfay Gebre on Monday received Russian Special Envoy for Africa,"
        " Mr. Ivan Sokolov, at the port city of Massawa.\n"
    )
    drafted = places(draft(text, tmp_path, date=_DATE))
    assert drafted[frozenset({"Tesfay Gebre", "Ivan Sokolov"})] == "place:massawa"


def test_a_list_item_with_a_post_in_lower_case_is_met_too(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}Army chiefs confer\n\n"
        "At the forum, Philippine Army commander Lt. Gen. Jose Ramos met with Korea's"
        " army chief of staff Gen. Kim Dong-su, Cambodia's army commander Gen. Sok Chea,"
        " and deputy commander of the Lao People's Army Maj. Gen. Bounmy Vongsa.\n"
    )
    drafted = participants(draft(text, tmp_path, date=_DATE))
    assert frozenset({"Jose Ramos", "Bounmy Vongsa"}) in drafted


def test_a_family_name_in_capitals_after_an_honorific(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}Equipment transfer agreement signed\n\n"
        "In Hanoi on September 11, H.E. Mr. MORITA Kenji, Ambassador, and Vietnam's"
        " Lieutenant General Nguyen Van Long put their names to a pact on the transfer"
        " of defence equipment.\n"
    )
    result = draft(text, tmp_path, date=_DATE)
    assert "MORITA Kenji" in names(Reading.of(result.facts))


# Invented: a wire service's page, whose dateline names the city's country and
# comes after the service's name, a headline and a byline.
BELOW_A_BYLINE = (
    f"{_NOTE}Armed Forces News Service\n\n"
    "U.S. and Peru to widen training ties\n\n"
    "By Jane Porter\n"
    "Armed Forces News Service\n\n"
    "LIMA, Peru, Oct. 4, 2007 - The two militaries will train together more often,"
    " Defense Secretary Robert Hale said here today.\n\n"
    "On the second stop of his tour of the region, Hale met this morning with Peruvian"
    " Defense Minister Jorge Salas.\n"
)


def test_a_dateline_with_its_country_below_a_byline_places_the_meeting(
    tmp_path: Path,
) -> None:
    drafted = places(draft(BELOW_A_BYLINE, tmp_path, date="2007-10-04"))
    assert drafted[frozenset({"Robert Hale", "Jorge Salas"})] == "place:lima"


def test_a_surname_read_alone_takes_the_full_name_written_with_al(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}Readout of the Secretary's meeting with Prime Minister Hadidi\n\n"
        "Defense Secretary Paul Morton visited Baghdad today. He met with Prime Minister"
        " Samir al-Hadidi and discussed the campaign.\n"
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert "Samir al-Hadidi" in found
    assert "Hadidi" not in found


def test_a_state_minister_for_foreign_affairs_receives_a_courtesy_call(
    tmp_path: Path,
) -> None:
    text = (
        f"{_NOTE}Courtesy call on the State Minister\n\n"
        "Ms. Clara Boyd, Ireland's envoy in Tokyo, paid a courtesy call on March 18"
        " on Mr. MORITA Kenji, State Minister for Foreign Affairs of Japan.\n"
    )
    result = draft(text, tmp_path, date=_DATE)
    assert participants(result) == [frozenset({"MORITA Kenji", "Clara Boyd"})]
    assert countries(Reading.of(result.facts), "MORITA Kenji") == {"JP"}


def test_a_portfolio_after_the_title_comes_before_the_name(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}President holds meeting with Iranian delegation\n\n"
        "Syrian President Karim Haddad held talks in Damascus with Iranian Deputy Foreign"
        " Minister for Gulf and African Affairs Reza Moradi and his delegation.\n"
    )
    result = draft(text, tmp_path, date=_DATE)
    assert participants(result) == [frozenset({"Karim Haddad", "Reza Moradi"})]
    assert countries(Reading.of(result.facts), "Reza Moradi") == {"IR"}
