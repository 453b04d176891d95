"""kg extract, session 33: a name's hyphen printed as a dash, a body's or a
portfolio's word after a post, a headline's call 'Between' two ministers, a
service's tag after an officer's name, 'this morning', and a list of guests each
named with 'of' and a country; on short invented articles (our own words, invented
people; not news)."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading
from kg.extract.findings import Meeting, Person
from kg.extract.officials import Officials

from .drafts import countries, days, draft, names, participants, person, places, read

_DATE = "2025-04-10"
_NOTE = "(Invented test article for kg extract; not news.)\n\n"


def _meetings(found: list[frozenset[str]]) -> list[list[str]]:
    """The drafted meetings' participants, each sorted, in order."""
    return sorted(sorted(names) for names in found)


def _one_by_one(host: str, guests: tuple[str, ...]) -> list[list[str]]:
    """A meeting of the host with each guest, as ``_meetings`` writes them."""
    return sorted(sorted((host, guest)) for guest in guests)


# Invented: the guest's surname is joined to its article by an en dash.
DASHED = (
    f"{_NOTE}MUSCAT, April 9 (Agency) - Secretary General at the Ministry of Defence of"
    " Oman Dr Salim bin Hamad Al\u2013Harthy called on Indian Defence Minister Arun"
    " Mehra in New Delhi on Wednesday.\n"
)


def test_a_dash_inside_a_name_joins_it_like_a_hyphen(tmp_path: Path) -> None:
    result = draft(DASHED, tmp_path, date=_DATE)
    assert participants(result) == [frozenset({"Salim bin Hamad Al\u2013Harthy", "Arun Mehra"})]


# Invented: a parliament's name after a post, a portfolio after a minister's title,
# and a headline that names a call's parties after 'Between'.
BODIES = (
    f"{_NOTE}Telephone Call Between Minister Ferri and UK Defence Secretary Hollis"
    " (Source: Ministry of Defence)\n\n"
    "ROME - Italian Defence Minister Paolo Ferri spoke by phone on Wednesday with UK"
    " Defence Secretary Mark Hollis about the Mediterranean.\n\n"
    "Han Chol Su, president of the standing Presidium in the DPRK Supreme People's"
    " Assembly, on Tuesday received Chinese Colonel General Wu Dezhi in Pyongyang.\n\n"
    "The memorandum was signed by Simon Pratt, the British Minister for Defence"
    " Equipment & Support, and by Paolo Ferri.\n"
)


def test_a_bodys_and_a_portfolios_word_and_between_name_nobody(tmp_path: Path) -> None:
    found = names(read(BODIES, tmp_path, date=_DATE))
    words = {"People", "Equipment", "Telephone", "Call", "Between"}
    assert not [name for name in found if words & set(name.split())]
    assert {"Paolo Ferri", "Mark Hollis", "Han Chol Su", "Simon Pratt"} <= found


# Invented: an air force's tag after an officer's name, as Manila's releases print it.
TAGGED = (
    f"{_NOTE}QUEZON CITY - AFP Vice Chief of Staff LtGen Ramon D Vergara PAF received"
    " Japan's Lieutenant General Kenji Morita at Camp Aguinaldo on Thursday.\n"
)


def test_a_services_tag_after_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    found = names(read(TAGGED, tmp_path, date=_DATE))
    assert "Ramon D Vergara" in found
    assert "Ramon D Vergara PAF" not in found


# Invented: a visit of three days; the call was made 'this morning', the day of the
# release.
THIS_MORNING = (
    f"{_NOTE}Minister for Defence Paul Garvey is in Singapore for an introductory visit"
    " from 8 to 10 April 2025. Mr Garvey called on Minister for Defence Dr Tan Wee Liang"
    " at the Ministry of Defence this morning.\n"
)


def test_this_morning_dates_a_meeting_by_the_article(tmp_path: Path) -> None:
    result = draft(THIS_MORNING, tmp_path, date=_DATE)
    assert days(result) == {frozenset({"Paul Garvey", "Tan Wee Liang"}): _DATE}


# Invented: a minister's meetings with counterparts, each named with 'of' and a
# country, listed with semicolons.
OF_COUNTRIES = (
    f"{_NOTE}ACCRA, April 9 - Ghana's Minister for Foreign Affairs, Madam Efua Mensah,"
    " also met with fellow ministers on the margins, among them Mr Koffi Adjoa of"
    " Benin; Mr Lucien Farrah of Seychelles; Dr Tumelo Sekgoma of Botswana and"
    " Mr Desmond Pike of Grenada.\n"
)


def test_guests_each_of_a_country_are_met_one_by_one(tmp_path: Path) -> None:
    result = draft(OF_COUNTRIES, tmp_path, date=_DATE)
    guests = ("Koffi Adjoa", "Lucien Farrah", "Tumelo Sekgoma", "Desmond Pike")
    assert _meetings(participants(result)) == _one_by_one("Efua Mensah", guests)
    reading = Reading.of(result.facts)
    assert countries(reading, "Desmond Pike") == {"GD"}
    assert countries(reading, "Tumelo Sekgoma") == {"BW"}


# Invented: a Russian general written 'Army Gen.' as English wires shorten it, and
# another introduced as 'General' and named 'Army General' further on.
ARMY_GENERALS = (
    f"{_NOTE}MOSCOW, April 9 - Indian Defence Minister Ravi Menon met his Russian"
    " counterpart, Army Gen. Pavel Sorokin, in Moscow on Wednesday.\n\n"
    "Russia's top soldier, General Oleg Vetrov, also met the Indian"
    " guest. First Deputy Defence Minister Army General Oleg Vetrov said the talks"
    " were useful.\n"
)


def test_army_general_is_read_on_the_ladder_of_the_persons_country(tmp_path: Path) -> None:
    reading = read(ARMY_GENERALS, tmp_path, date=_DATE)
    for name in ("Pavel Sorokin", "Oleg Vetrov"):
        assert reading.one(person(reading, name), "hasRank") == (
            "rank:post-soviet-army.general-of-the-army"
        ), name


def _surname_of_one_country() -> tuple[str, str]:
    """A surname that only officials of one country, not Kenya, end their listed
    names with in officials.csv (a single word of five letters or more), and that
    country."""
    table = Officials.load(Path(__file__).resolve().parent.parent / "data/reference/officials.csv")
    by_surname: dict[str, set[tuple[str, ...]]] = {}
    for entry in table.listed.values():
        words = table.key(entry.name).split()
        by_surname.setdefault(words[-1], set()).add(entry.countries)
    for entry in sorted(table.listed.values(), key=lambda e: e.name):
        last = entry.name.split()[-1]
        found = by_surname[table.key(last)]
        one_country = len(entry.countries) == 1 and entry.countries != ("KE",)
        if last.isalpha() and len(last) >= 5 and len(found) == 1 and one_country:
            return last, entry.countries[0]
    raise AssertionError("the test needs such a listed official")


def test_a_listed_official_named_by_surname_alone_takes_the_tables_country(
    tmp_path: Path,
) -> None:
    surname, country = _surname_of_one_country()
    text = (
        f"{_NOTE}NAIROBI - Kenyan Defence Cabinet Secretary Amos Kiprono received"
        f" the visiting Defence Minister {surname} in Nairobi on Thursday.\n"
    )
    assert countries(read(text, tmp_path, date=_DATE), surname) == {country}


# Invented: a readout whose lead says the secretary visited a city, and whose next
# sentence tells whom he met and names the host's country only in passing.
VISITED_CITY = (
    f"{_NOTE}Readout of Secretary Hale's Meetings in Iraq\n\n"
    "April 9, 2025\n\n"
    "Secretary of Defense John Hale visited Baghdad, Iraq today to review the"
    " campaign. He met with Prime Minister Karim al-Saadi and pledged continued"
    " American backing for the government of Iraq against the insurgents.\n"
)


def test_a_city_the_visitor_visited_places_the_meetings_in_its_country(tmp_path: Path) -> None:
    result = draft(VISITED_CITY, tmp_path, date="2025-04-09")
    assert places(result) == {frozenset({"John Hale", "Karim al-Saadi"}): "place:baghdad"}


# Invented: the talks were about 'the situations in' other countries.
SITUATIONS = (
    f"{_NOTE}Japanese Prime Minister Kenji Ota and Brazilian President Paulo Moreira"
    " exchanged views on Wednesday on the situations in Ukraine and the Middle East.\n"
)


def test_the_situations_in_a_country_are_a_topic_not_a_place(tmp_path: Path) -> None:
    result = draft(SITUATIONS, tmp_path, date=_DATE)
    assert "country:UA" not in places(result).values()


# Invented: a hyphenated name, then its last part alone after the rank; a release's
# heading after the office that issues it; Nigerian honours after a minister's name.
LATER_PARTS = (
    f"{_NOTE}Office of the Under Secretary of Defense (Policy) News Release\n\n"
    "DHAKA - Bangladesh's Army Chief, General Rafiq-Uz-Zaman, held a video call on"
    " Monday with Indian Army Chief General Arvind Rao. General Zaman thanked his"
    " counterpart.\n\n"
    "ABUJA - The Honorable Minister of Defence, H.E. Musa Danjuma Bello CON, mni,"
    " received the US Assistant Secretary Laura Finch on Tuesday.\n"
)


def test_later_parts_of_a_name_and_honours_name_nobody_new(tmp_path: Path) -> None:
    found = names(read(LATER_PARTS, tmp_path, date=_DATE))
    assert {"Rafiq-Uz-Zaman", "Arvind Rao", "Musa Danjuma Bello", "Laura Finch"} <= found
    assert not {"Zaman", "Release", "Musa Danjuma Bello CON"} & found


# Invented: a rank in the plural before the first of the names it belongs to.
PLURAL_RANK = (
    f"{_NOTE}MADRID - The Chief of Defence Staff, Admiral Luis Moreno, held a working"
    " session on Tuesday with Lieutenant Generals Javier Ortega, chief of the Personnel"
    " Command, and Manuel Ruiz, chief of the Logistic Support Command.\n"
)


def test_a_rank_in_the_plural_is_no_part_of_the_name_after_it(tmp_path: Path) -> None:
    reading = read(PLURAL_RANK, tmp_path, date=_DATE)
    assert "Generals Javier Ortega" not in names(reading)
    rank = reading.one(person(reading, "Javier Ortega"), "hasRank")
    assert rank == "rank:nato-army.lieutenant-general"


# Invented: a foreign minister meets his own country's ambassadors, each named with
# the country of accreditation.
OWN_AMBASSADORS = (
    f"{_NOTE}Foreign minister receives heads of mission\n\n"
    "Serbian Foreign Minister Marko Petrovic received several of the country's envoys"
    " abroad on Thursday, ahead of the annual conference of heads of mission.\n\n"
    "Petrovic held talks with Serbian Ambassador to Portugal Goran Ilic, Ambassador to"
    " Austria Dejan Savic and Ambassador to Nigeria Zoran Lukic.\n"
)


def test_a_minister_meets_his_own_ambassadors_at_home(tmp_path: Path) -> None:
    found = places(draft(OWN_AMBASSADORS, tmp_path, date=_DATE))
    for guest in ("Goran Ilic", "Dejan Savic", "Zoran Lukic"):
        assert found[frozenset({"Marko Petrovic", guest})] == "country:RS", guest


# Invented: the headline says the two countries held talks; the body says it was a
# call.
TELEPHONIC = (
    f"{_NOTE}India, Canada hold talks on defence cooperation\n\n"
    "In a telephonic conversation with Canadian Defence Minister Claire Dubois, Defence"
    " Minister Ravi Menon on Wednesday took up issues of bilateral defence cooperation,"
    " sources in the Defence Ministry said.\n"
)


def test_talks_a_call_sentence_tells_have_no_place(tmp_path: Path) -> None:
    assert places(draft(TELEPHONIC, tmp_path, date=_DATE)) == {
        frozenset({"Claire Dubois", "Ravi Menon"}): ""
    }


# Invented: a general calls on three officials in one sentence; a sentence later
# says the meetings were held one by one.
SEPARATELY_HELD = (
    f"{_NOTE}RAWALPINDI - General Tariq Aziz, Chairman Joint Chiefs of Staff Committee,"
    " now in the Emirates for a three-day stay, called on Saeed Al Dhaheri, Minister of"
    " State for Defence, UAE and Major General Hamad Al Kaabi, Chief of the General"
    " Staff of the Emirati forces and Dr Omar Al Shamsi, Secretary General of the"
    " Defence Council. He also toured an industrial park.\n\n"
    "At the separately-held meetings, the two sides talked about security in the"
    " region.\n"
)


def test_meetings_a_later_sentence_says_were_separate_are_one_with_each(
    tmp_path: Path,
) -> None:
    found = participants(draft(SEPARATELY_HELD, tmp_path, date=_DATE))
    guests = ("Saeed Al Dhaheri", "Hamad Al Kaabi", "Omar Al Shamsi")
    assert _meetings(found) == _one_by_one("Tariq Aziz", guests)


# Invented: a minister and three foreign ministers, each of another country, who
# 'discussed bilateral relations' on the sidelines.
BILATERAL = (
    f"{_NOTE}BRUSSELS - On the sidelines of the meeting on Thursday, Turkish Foreign"
    " Minister Kemal Aydin and Foreign Minister Laszlo Kovacs of Hungary, Foreign"
    " Minister Nikos Pappas of Greece, and Foreign Minister Ingrid Dahl of Norway"
    " exchanged views on the Alliance's agenda and discussed bilateral relations.\n"
)


def test_bilateral_talks_of_several_countries_are_one_meeting_with_each(
    tmp_path: Path,
) -> None:
    found = participants(draft(BILATERAL, tmp_path, date=_DATE))
    guests = ("Laszlo Kovacs", "Nikos Pappas", "Ingrid Dahl")
    assert _meetings(found) == _one_by_one("Kemal Aydin", guests)


# Invented: a visitor meets two leaders named with their posts, in a list that goes
# on past them to an unnamed chief and an 'and'.
LIST_GOES_ON = (
    f"{_NOTE}ISLAMABAD - Iranian President Hamid Rostami arrived in Islamabad on Monday,"
    " where he met President Tariq Khan, Prime Minister Imran Baig, the Army chief and"
    " other senior officials.\n"
)


def test_a_list_of_guests_going_on_past_its_last_name_is_met_one_by_one(
    tmp_path: Path,
) -> None:
    found = participants(draft(LIST_GOES_ON, tmp_path, date=_DATE))
    assert _meetings(found) == _one_by_one("Hamid Rostami", ("Tariq Khan", "Imran Baig"))


def test_a_meeting_of_one_participant_and_one_who_joined_is_no_lead_only() -> None:
    # 'A stressed ... during a meeting with the Deputy Commander ...' then 'A received
    # ..., Brigadier-General B, along with his delegation': B joined the meeting read
    # with A alone, and the draft had commented it out as a lead.
    host, guest = Person("Dara Aziz", "Dara Aziz"), Person("Paul Grant", "Paul Grant")
    meeting = Meeting([host], _DATE, "", "", "", "Dara Aziz received Paul Grant.", 0.5)
    assert meeting.lead_only
    meeting.joined.append((guest, "Dara Aziz received Paul Grant."))
    assert not meeting.lead_only


# Invented: a Sri Lankan general's four initials, each a capital of its own, after his
# rank.
FOUR_INITIALS = (
    f"{_NOTE}Rawalpindi, April 9 /Agency/ - Lieutenant General W D R M Jayasena, who"
    " commands Sri Lanka's army, called on General Tariq Aziz, Chief of Army Staff, at"
    " General Headquarters, today.\n"
)


def test_four_initials_after_a_rank_open_the_name(tmp_path: Path) -> None:
    result = draft(FOUR_INITIALS, tmp_path, date=_DATE)
    assert participants(result) == [frozenset({"W D R M Jayasena", "Tariq Aziz"})]


# Invented: a page's header lines, then a home dateline in capitals with a colon; the
# general 'reached' the country he met his host in.
REACHED_ABROAD = (
    f"{_NOTE}Polish leaders praise army chief's visit\n\n"
    "Wednesday Apr 9, 2025\n\n"
    "Officials show interest in training cooperation.\n\n"
    "RAWALPINDI: Chief of Army Staff General Tariq Aziz Wednesday reached Poland for"
    " a three-day stay, during which he met Polish Minister of National Defence Piotr"
    " Nowak.\n"
)


def test_a_visitor_who_reached_a_country_met_there_not_at_the_dateline(
    tmp_path: Path,
) -> None:
    assert places(draft(REACHED_ABROAD, tmp_path, date=_DATE)) == {
        frozenset({"Tariq Aziz", "Piotr Nowak"}): "country:PL"
    }


# Invented: the foreign minister met the crown prince; the emir could not meet him.
COULD_NOT_MEET = (
    f"{_NOTE}KUWAIT CITY, April 9 - Iranian Foreign Minister Reza Tavakoli held talks on"
    " Wednesday with his Kuwaiti counterpart Sheikh Hamad Al Sabah in Kuwait City.\n\n"
    "Kuwaiti Emir Sheikh Jaber Al Ahmad Al Sabah could not meet with Tavakoli for health"
    " reasons, the ministry said.\n"
)


def test_a_meeting_that_could_not_be_held_is_none(tmp_path: Path) -> None:
    found = participants(draft(COULD_NOT_MEET, tmp_path, date=_DATE))
    assert found == [frozenset({"Reza Tavakoli", "Hamad Al Sabah"})]
