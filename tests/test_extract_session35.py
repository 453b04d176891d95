"""kg extract, session 35: a call told again by name ('held phone talks ...
During the talks with B, A ...'); a page's time stamp giving way to the day the
body states; a reporting verb before its subject ('said officials on Thursday');
a photographer's credit; a plural title read as a name ('General Secretaries');
a dateline with the agency's name in brackets under a caption, or run into it;
a person's country in brackets after the name; a call told by name in an article
that also tells of a visit ahead; an air rank spelled 'Marshall'; two surnames
in capitals; on short invented articles (our own words, invented people; not
news)."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries, days, draft, names, person, places, read

_DATE = "2025-04-10"
_NOTE = "(Invented test article for kg extract; not news.)\n\n"


# Invented: a wire story whose first sentence gives the call but not the names, and
# whose second names the two deputy ministers while referring back to "the talks".
CALL_TOLD_AGAIN = (
    f"{_NOTE}LISBON, April 9 (Agency) - The deputy defence ministers of Portugal and"
    " Chile held phone talks on Wednesday and agreed to widen naval training, the"
    " ministry said.\n\n"
    "During the talks with Chilean Deputy Defence Minister Rosa Fuentes, Portuguese"
    " Deputy Defence Minister Nuno Alves thanked Chile for training Portuguese cadets.\n"
)


def test_talks_referred_back_to_after_a_call_are_the_call(tmp_path: Path) -> None:
    found = places(draft(CALL_TOLD_AGAIN, tmp_path, date=_DATE))
    assert found == {frozenset({"Rosa Fuentes", "Nuno Alves"}): ""}


# Invented: a ministry page whose headline runs into its own time stamp, and whose
# body then states the day of the meeting, the day before the stamp's.
STAMPED = (
    f"{_NOTE}Foreign Minister Lena Holt Meets with Foreign Minister Amadou Sarr of Senegal\n"
    "2025-04-10 09:15\n\n"
    "On April 9, 2025, Foreign Minister Lena Holt met in Oslo with Foreign Minister"
    " Amadou Sarr of Senegal. The two sides discussed maritime security.\n"
)


def test_a_page_stamp_gives_way_to_the_day_the_body_states(tmp_path: Path) -> None:
    result = draft(STAMPED, tmp_path, date=_DATE)
    assert days(result) == {frozenset({"Lena Holt", "Amadou Sarr"}): "2025-04-09"}


# Invented: a wire story that reports a call on a prime minister with its reporting
# verb before its subject, and gives the meeting's own day in the next sentence.
INVERTED_REPORT = (
    f"{_NOTE}Canberra, April 10 - Fijian Defence Minister Pita Ratu called on"
    " Australian Prime Minister Helen Marsh at Parliament House, said officials on"
    " Thursday.\n\n"
    "The talks were held on Wednesday, and the two covered maritime patrols in the"
    " Pacific.\n"
)


def test_said_officials_on_a_day_is_the_day_of_the_report(tmp_path: Path) -> None:
    result = draft(INVERTED_REPORT, tmp_path, date=_DATE)
    assert days(result) == {frozenset({"Pita Ratu", "Helen Marsh"}): "2025-04-09"}


# Invented: a defence department release whose photo caption, printed twice, ends
# with the photographer's credit.
PHOTO_CREDIT = (
    f"{_NOTE}WASHINGTON, April 9, 2025 -\n\n"
    "Defense Secretary Mark Holden met with Danish Defence Minister Lars Ibsen today at"
    " the Pentagon.\n\n"
    "Defense Secretary Mark Holden, left, greets Danish Defence Minister Lars Ibsen at"
    " the Pentagon, April 9, 2025. DoD photo by Army Sgt. Rita K. Moss\n"
    "Defense Secretary Mark Holden, left, greets Danish Defence Minister Lars Ibsen at"
    " the Pentagon, April 9, 2025. DoD photo by Army Sgt. Rita K. Moss\n"
    "The two discussed Arctic security.\n"
)


def test_a_photographer_credited_takes_no_part(tmp_path: Path) -> None:
    assert names(read(PHOTO_CREDIT, tmp_path, date=_DATE)) == {"Mark Holden", "Lars Ibsen"}


# Invented: a plural title after a rank's word ('Party General Secretaries') is no
# person's name.
PLURAL_TITLE = (
    f"{_NOTE}VIENTIANE, April 9 (Agency) - Vietnamese General Tran Van Minh met Lao"
    " Defence Minister Khamla Vongsa in Vientiane on Wednesday.\n\n"
    "Minh praised the anniversary ceremony that the two Party General Secretaries"
    " opened together, and the visits of both defence ministries.\n"
)


def test_a_plural_title_in_ies_is_no_name(tmp_path: Path) -> None:
    found = names(read(PLURAL_TITLE, tmp_path, date=_DATE))
    assert found == {"Tran Van Minh", "Khamla Vongsa"}


# Invented: an agency's page that opens with its headline, a teaser, a photo's caption
# and only then its dateline, a city with the agency's name in brackets; the courtesy
# call told later names no city.
AGENCY_DATELINE = (
    f"{_NOTE}Military delegation ends visit to Cambodia\n\n"
    "A Vietnamese military delegation, led by General Do Van Nam, Chief of the General"
    " Staff, on April 9 concluded its three-day official visit to Cambodia.\n"
    "Military delegation ends visit to Cambodia 1General Do Van Nam (L) and General Sok"
    " Chea at the welcome ceremony (Photo: VNA)\n\n"
    "Phnom Penh (VNA) - A Vietnamese military delegation, led by General Do Van Nam,"
    " Chief of the General Staff, on April 9 concluded its three-day official visit to"
    " Cambodia.\n\n"
    "During the stay, Nam also called on Cambodian Prime Minister Heng Sarin"
    " on April 8, during which the officer briefed him on border cooperation.\n"
)


def test_a_dateline_with_the_agency_under_a_caption_places_the_visit(tmp_path: Path) -> None:
    found = places(draft(AGENCY_DATELINE, tmp_path, date=_DATE))
    assert found[frozenset({"Do Van Nam", "Heng Sarin"})] == "place:phnom-penh"


# Invented: as copied from an agency's page, the photo's caption runs into the
# dateline of the report's first paragraph.
CAPTION_RUN_ON = (
    f"{_NOTE}Military delegation visits Laos\n"
    "General Do Van Nam is leading a delegation on an official visit to Laos from"
    " April 8-10.\n"
    "General Do Van Nam (L) and Lao Defence Minister General Khamla Vongsa (Photo:"
    " VNA)Vientiane (VNA) - General Do Van Nam is leading a delegation on an official"
    " visit to Laos from April 8-10.\n"
    "On April 8, Nam paid a courtesy call on Lao Prime Minister Sone Kham.\n"
)


def test_a_caption_run_into_the_dateline_leaves_the_dateline(tmp_path: Path) -> None:
    found = places(draft(CAPTION_RUN_ON, tmp_path, date=_DATE))
    assert found[frozenset({"Do Van Nam", "Sone Kham"})] == "place:vientiane"


# Invented: a minister's meeting with the attachés, listed each with his country in
# brackets.
BRACKETED = (
    f"{_NOTE}BUDAPEST, April 9 (Agency) - Hungarian Defence Minister Gabor Nagy met the"
    " defence attaches accredited to Hungary on Wednesday.\n\n"
    "Nagy thanked the attaches present: Colonel Ivo Maric (Croatia); Colonel Jean Perrin"
    " (France); Lieutenant Colonel Milan Savic (Serbia).\n"
)


def test_a_country_in_brackets_after_a_name_is_the_persons(tmp_path: Path) -> None:
    reading = read(BRACKETED, tmp_path, date=_DATE)
    found = {name: countries(reading, name) for name in ("Ivo Maric", "Jean Perrin", "Milan Savic")}
    assert found == {"Ivo Maric": {"HR"}, "Jean Perrin": {"FR"}, "Milan Savic": {"RS"}}


# Invented: a chief of staff congratulates a new counterpart in a phone call and
# invites him to visit: the call took place, the visit is ahead.
CALL_AND_INVITATION = (
    f"{_NOTE}Iran military chief calls new Pakistani army chief\n\n"
    "Major General Reza Karimi, the chief of staff of Iran's Armed Forces, has"
    " congratulated General Tariq Aslam on his appointment as Pakistan's chief of army"
    " staff.\n\n"
    "In a phone conversation on Wednesday, Karimi told Aslam that border cooperation"
    " between the two countries was growing.\n\n"
    "Karimi went on to invite Aslam to Tehran, and Aslam in turn asked Karimi to visit"
    " Islamabad.\n"
)


def test_a_call_told_by_name_is_drafted_despite_a_visit_ahead(tmp_path: Path) -> None:
    found = places(draft(CALL_AND_INVITATION, tmp_path, date=_DATE))
    assert found == {frozenset({"Reza Karimi", "Tariq Aslam"}): ""}


# Invented: an air force's release that spells the rank with a double l.
MARSHALL = (
    f"{_NOTE}ISLAMABAD, April 9 (Agency) - Air Chief Marshall Tariq Khan, Chief of the"
    " Air Staff, received Royal Thai Air Force Commander Air Chief Marshal Somchai Dee"
    " at Air Headquarters in Islamabad on Wednesday.\n"
)


def test_a_rank_spelled_with_a_double_l_is_no_part_of_the_name(tmp_path: Path) -> None:
    reading = read(MARSHALL, tmp_path, date=_DATE)
    assert {"Tariq Khan", "Somchai Dee"} <= names(reading)
    ranks = reading.all(person(reading, "Tariq Khan"), "hasRank")
    assert "rank:nato-air.air-chief-marshal" in ranks


# Invented: a release that writes the visitor's two family names in capitals.
CAPITAL_SURNAMES = (
    f"{_NOTE}KIGALI, April 9 (Agency) - Egypt's army chief of staff, Lt Gen Omar Nabil"
    " HASSAN MOUSSA, held talks with Rwandan Defence Minister Jean Bosco Mugenzi in"
    " Kigali on Wednesday.\n"
)


def test_two_surnames_in_capitals_are_both_the_names(tmp_path: Path) -> None:
    found = names(read(CAPITAL_SURNAMES, tmp_path, date=_DATE))
    assert found == {"Omar Nabil Hassan Moussa", "Jean Bosco Mugenzi"}


# Invented: a caption that names the leaders it shows, its credit after the last name
# (regression: session 35's first reading of credits left the last leader out).
CREDIT_AFTER_NAMES = (
    f"{_NOTE}OSLO, April 9 (Agency) - The Nordic prime ministers met in Oslo on Wednesday"
    " to discuss defence, hosted by Norwegian Prime Minister Lars Berg.\n\n"
    "Leaders in Oslo: (from left) Norway's Lars Berg, Sweden's Eva Lund and Iceland's"
    " Sigrun Olafsdottir (Photo: Per Moen/Office of the Prime Minister)\n"
)


def test_a_credit_after_a_name_leaves_the_name(tmp_path: Path) -> None:
    found = names(read(CREDIT_AFTER_NAMES, tmp_path, date=_DATE))
    assert found == {"Lars Berg", "Eva Lund", "Sigrun Olafsdottir"}
