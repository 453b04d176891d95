"""kg extract, session 36: persons named only in passing (an invitation passed on
or received, a visit or meeting still to come, a predecessor, one who has died,
one a reporter could not reach, one whose leadership is praised), a country the
name speaks for against the context's guess, two hosts of separate meetings, a
link to another story inside the page ('Also Read | ...'), a time word or a style
before a name ('Today', 'Associate Professor', 'Archbishop'), and words unlike a
country's names after its possessive ("Kenya's Northern Highlands"), on short
invented articles (our own words, invented people; not news)."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries, draft, names, participants, read

_DATE = "2025-04-10"
_NOTE = "(Invented test article for kg extract; not news.)\n\n"


# Invented: an army chief's visit, in which he passes on his president's invitation
# to another president, and the host's minister has received one to an exercise.
INVITED = (
    f"{_NOTE}MAPUTO, April 9 (Agency) - Zambian Army Commander Lieutenant General"
    " Joseph Banda held talks in Maputo on Wednesday with Mozambique's Chief of the"
    " General Staff, Admiral Tomas Cossa, on border patrols.\n\n"
    "General Banda also conveyed Zambian President Mwila Phiri's invitation to Mozambican"
    " President Ernesto Macuacua to visit Lusaka later this year. Mozambican Defence"
    " Minister Celia Nhantumbo has received an invitation from Zambian Defence Minister"
    " Peter Zulu to attend a joint exercise in May.\n"
)


def test_invitations_passed_on_name_their_persons_in_passing(tmp_path: Path) -> None:
    result = draft(INVITED, tmp_path, date=_DATE)
    found = names(read(INVITED, tmp_path, date=_DATE))
    assert {"Joseph Banda", "Tomas Cossa"} <= found
    assert not found & {"Mwila Phiri", "Ernesto Macuacua", "Peter Zulu"}
    assert participants(result) == [frozenset({"Joseph Banda", "Tomas Cossa"})]


# Invented: a report of talks that closes with visits and meetings still to come.
AHEAD = (
    f"{_NOTE}KATHMANDU, April 9 - Nepalese Foreign Minister Sita Gurung held talks with"
    " Bangladeshi Foreign Minister Rafiq Hossain in Kathmandu on Wednesday.\n\n"
    "Bangladeshi Prime Minister Nasrin Akter will visit Nepal in June, the ministry"
    " said. During his stay Hossain is also likely to meet Home Minister Bikram Rai"
    " and Finance Minister Laxmi Thapa.\n"
)


def test_persons_of_visits_and_meetings_to_come_are_named_in_passing(tmp_path: Path) -> None:
    found = names(read(AHEAD, tmp_path, date=_DATE))
    assert {"Sita Gurung", "Rafiq Hossain"} <= found
    assert not found & {"Nasrin Akter", "Bikram Rai", "Laxmi Thapa"}


# Invented: a new air force chief's courtesy call, with his predecessor, a late
# chief and a spokesman who gave no comment in the same story.
PREDECESSORS = (
    f"{_NOTE}ACCRA, April 9 - Air Vice Marshal Kofi Mensah, who took command of the"
    " Ghana Air Force last week succeeding Air Vice Marshal Yaw Boateng, called on"
    " Defence Minister Ama Owusu in Accra on Wednesday.\n\n"
    "The post had stood empty since the death of Air Marshal Kwame Asante in January."
    " Ministry spokesman Kojo Addo could not be reached for comment.\n"
)


def test_predecessors_the_dead_and_the_unreached_are_named_in_passing(tmp_path: Path) -> None:
    found = names(read(PREDECESSORS, tmp_path, date=_DATE))
    assert {"Kofi Mensah", "Ama Owusu"} <= found
    assert not found & {"Yaw Boateng", "Kwame Asante", "Kojo Addo"}


# Invented: a news site's story with a link to another of its stories in between.
LINKED = (
    f"{_NOTE}NEW DELHI, April 9 - Indian Defence Minister Arun Mehta met Kenyan Defence"
    " Cabinet Secretary Grace Wanjiru in New Delhi on Wednesday.\n\n"
    "Also Read | Army Chief General Vikram Rao meets Chilean Army Commander General"
    " Paula Rojas in Santiago\n\n"
    "The two ministers agreed to hold joint naval exercises next year.\n"
)


def test_a_link_to_another_story_is_not_read(tmp_path: Path) -> None:
    result = draft(LINKED, tmp_path, date=_DATE)
    assert names(read(LINKED, tmp_path, date=_DATE)) == {"Arun Mehta", "Grace Wanjiru"}
    assert participants(result) == [frozenset({"Arun Mehta", "Grace Wanjiru"})]


# Invented: a visitor praises a commander who takes no part in the talks.
PRAISED = (
    f"{_NOTE}MUSCAT, April 9 - Omani Defence Minister Salim Harthy received Egyptian Chief"
    " of Staff General Amr Fahmy in Muscat on Wednesday.\n\n"
    "General Fahmy praised the wise leadership of Rear Admiral Khalid Nabhani, Oman's"
    " naval commander, in keeping the region's sea lanes open.\n"
)


def test_a_leader_whose_leadership_is_praised_is_named_in_passing(tmp_path: Path) -> None:
    found = names(read(PRAISED, tmp_path, date=_DATE))
    assert {"Salim Harthy", "Amr Fahmy"} <= found
    assert "Khalid Nabhani" not in found


# Invented: a defence minister named without his country in a story datelined in
# the capital he visits; the story names his country only for its ships.
NAMED_AWAY = (
    f"{_NOTE}HANOI, April 9 - Defence Minister Hiroshi Ishizaki held talks in Hanoi on"
    " Wednesday with Deputy Defence Minister Nguyen Van Thang on training and the visits"
    " of Japanese ships to Cam Ranh Bay.\n"
)


def test_a_name_that_speaks_for_another_named_country_overrules_the_context(
    tmp_path: Path,
) -> None:
    reading = read(NAMED_AWAY, tmp_path, date=_DATE)
    assert countries(reading, "Hiroshi Ishizaki") == {"JP"}
    assert countries(reading, "Nguyen Van Thang") == {"VN"}


# Invented: two hosts, each of whom met the visitor on his own.
EACH_HOST = (
    f"{_NOTE}YEREVAN, April 9 - Armenian Deputy Defence Minister Aram Petrosyan and"
    " Armenia's army chief, Lieutenant General Levon Sargsyan, held separate meetings"
    " with Indian Vice Chief of Army Staff Lieutenant General Rakesh Sharma, who is"
    " visiting Armenia, on Wednesday.\n"
)


def test_two_hosts_of_separate_meetings_each_meet_the_guest(tmp_path: Path) -> None:
    assert sorted(participants(draft(EACH_HOST, tmp_path, date=_DATE)), key=sorted) == [
        frozenset({"Aram Petrosyan", "Rakesh Sharma"}),
        frozenset({"Levon Sargsyan", "Rakesh Sharma"}),
    ]


# Invented: a minister's quote that opens with "Today" before a name, and an envoy
# styled as an academic and a churchman.
STYLED = (
    f'{_NOTE}MINSK, April 9 - "Today Viktor Hrynko, the Chief of the General Staff, held'
    ' talks with the visiting commander of the Qatari Air Force," the ministry said.\n\n'
    "Senior Minister of State for Defence Associate Professor Lim Wei Ming of Singapore"
    " and Archbishop Marco Lenti, the Vatican's envoy, also called on Defence Minister"
    " Oleg Sakovich on Wednesday.\n"
)


def test_a_time_word_or_a_style_before_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    found = names(read(STYLED, tmp_path, date=_DATE))
    assert {"Viktor Hrynko", "Lim Wei Ming", "Marco Lenti"} <= found
    assert not any(n.startswith(("Today", "Associate", "Archbishop")) for n in found)


# Invented: a ministry release that names a region after a country's possessive, and
# a minister named the same way.
OWNED = (
    f"{_NOTE}WARSAW, April 9 - Poland's Tomasz Wisniewski met Kenyan Defence Cabinet"
    " Secretary Grace Wanjiru in Warsaw on Wednesday.\n\n"
    "The two discussed training for troops deployed to Kenya's Northern Highlands and a"
    " joint exercise next year.\n"
)


def test_words_unlike_the_country_s_names_after_its_possessive_are_no_person(
    tmp_path: Path,
) -> None:
    found = names(read(OWNED, tmp_path, date=_DATE))
    assert {"Tomasz Wisniewski", "Grace Wanjiru"} <= found
    assert "Northern Highlands" not in found
