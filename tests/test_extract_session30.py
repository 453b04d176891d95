"""kg extract, session 30: a report filed at home of talks held abroad
(kg.extract.filed_home), on short invented articles (our own words, invented
people and a made-up visit; not news)."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries, draft, names, participants, person, places, read

_DATE = "2025-03-12"
_NOTE = "(Invented test article for kg extract; not news.)\n\n"

# Invented: filed in Islamabad; the Pakistani admiral is away in Oman, where the
# two meet. The dateline is the only mention of Islamabad.
FILED_AT_HOME = (
    f"{_NOTE}Naval chiefs hold talks\n\n"
    "ISLAMABAD - Pakistani Navy Chief Admiral Tariq Mehmood met Omani Navy Commander"
    " Rear Admiral Salim Al Harthi on Tuesday.\n\n"
    "The Pakistani admiral, now on his first visit to Oman, was briefed on"
    " training and joint patrols in the Arabian Sea.\n"
)

PAIR = frozenset({"Tariq Mehmood", "Salim Al Harthi"})


def test_a_meeting_filed_at_home_is_placed_where_the_visit_went(tmp_path: Path) -> None:
    assert places(draft(FILED_AT_HOME, tmp_path, date=_DATE))[PAIR] == "country:OM"


def test_the_visited_city_the_article_names_is_the_place(tmp_path: Path) -> None:
    text = FILED_AT_HOME.replace("visit to Oman", "visit to Muscat")
    assert places(draft(text, tmp_path, date=_DATE))[PAIR] == "place:muscat"


def test_the_dateline_stands_when_the_article_names_its_city_again(tmp_path: Path) -> None:
    # A second mention of the city: it is more than where the report was filed.
    text = FILED_AT_HOME.replace("on Tuesday.", "in Islamabad on Tuesday.")
    assert places(draft(text, tmp_path, date=_DATE))[PAIR] == "place:islamabad"


def test_the_dateline_stands_when_the_report_says_here(tmp_path: Path) -> None:
    text = FILED_AT_HOME.replace("on Tuesday.", "here on Tuesday.")
    assert places(draft(text, tmp_path, date=_DATE))[PAIR] == "place:islamabad"


def test_the_dateline_stands_when_the_visit_is_to_its_own_country(tmp_path: Path) -> None:
    # The Omani is the visitor: the talks were where the report was filed.
    text = FILED_AT_HOME.replace(
        "The Pakistani admiral, now on his first visit to Oman,",
        "The Omani admiral, now on his first visit to Pakistan,",
    )
    assert places(draft(text, tmp_path, date=_DATE))[PAIR] == "place:islamabad"


# Invented: the talks of two chiefs of defence, then a sentence listing who else
# took part, in the words releases use for it.
ATTENDED = (
    f"{_NOTE}TALLINN - Estonian Chief of Defence Lieutenant General Mart Kask hosted Greek"
    " Chief of the General Staff General Nikos Andreou in Tallinn on Monday.\n\n"
    "{lead} Major General Tiit Saar, commander of the Estonian Land Forces, and Colonel"
    " Eleni Pappa, the Greek defence attache.\n"
)

EVERYONE = frozenset({"Mart Kask", "Nikos Andreou", "Tiit Saar", "Eleni Pappa"})


def test_those_listed_as_taking_part_join_the_meeting(tmp_path: Path) -> None:
    leads = [
        "Participating in the meeting were",
        "Also taking part in the talks were",
        "In attendance at the meeting were",
        "Also present in the meeting were",
        "Attending the meetings were",
    ]
    for n, lead in enumerate(leads):
        folder = tmp_path / str(n)
        folder.mkdir()
        drafted = participants(draft(ATTENDED.replace("{lead}", lead), folder, date=_DATE))
        assert drafted == [EVERYONE], lead


def test_a_dotted_run_together_admirals_rank_ends_no_sentence(tmp_path: Path) -> None:
    # 'RAdm.' and 'VAdm.' are one word each, not a sentence's end: the names after
    # them keep their ranks and their place in the list.
    text = (
        f"{_NOTE}HAIFA - Germany's navy chief toured the naval base on Monday. In"
        " attendance at the meeting were Israel's fleet commander VAdm. Yoav Barak and"
        " its operations head, RAdm. Ilan Dror.\n"
    )
    reading = read(text, tmp_path, date=_DATE)
    assert reading.one(person(reading, "Yoav Barak"), "hasRank") == "rank:nato-navy.vice-admiral"
    assert reading.one(person(reading, "Ilan Dror"), "hasRank") == "rank:nato-navy.rear-admiral"


def test_ranks_in_the_rarer_spellings_real_reports_use(tmp_path: Path) -> None:
    # Only the last dot kept ('Lt Gen.', 'Maj Gen.'), shortenings the table did not
    # hold ('Bg. Gen.', 'Bri. General') and the Spanish name of a rank.
    text = (
        f"{_NOTE}ASUNCION - Paraguayan Army commander Lt Gen. Oscar Benitez met Argentine"
        " Chief of the Joint Staff Teniente General Hugo Sosa, Israeli attache Bg. Gen."
        " Dan Levy, Eritrean envoy Bri. General Tesfay Ghebre and Pakistani adviser Maj"
        " Gen. (r) Imran Qureshi in Asuncion on Monday.\n"
    )
    reading = read(text, tmp_path, date=_DATE)
    ranks = {
        "Oscar Benitez": "lieutenant-general",
        "Hugo Sosa": "lieutenant-general",
        "Dan Levy": "brigadier-general",
        "Tesfay Ghebre": "brigadier-general",
        "Imran Qureshi": "major-general",
    }
    found = {n: reading.one(person(reading, n), "hasRank").rsplit(".", 1)[-1] for n in ranks}
    assert found == ranks


def test_a_comma_between_rank_and_name_keeps_the_rank(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}PORT MORESBY - PNG's defence force commander, Major-General, Peter"
        " Kila, hosted Australian Chief of Army Lieutenant General"
        " Sarah Wells in Port Moresby on Monday.\n"
    )
    reading = read(text, tmp_path, date=_DATE)
    assert reading.one(person(reading, "Peter Kila"), "hasRank") == "rank:nato-army.major-general"
    assert countries(reading, "Peter Kila") == {"PG"}


def test_an_indonesian_rank_naming_the_forces_and_a_shortened_commodore(
    tmp_path: Path,
) -> None:
    text = (
        f"{_NOTE}JAKARTA - Indonesian Navy Chief of Staff Admiral TNI Budi Santoso"
        " received Indian Navy delegation head Cmde Arjun Mehta and Major General of the"
        " TNI Rudi Hartono in Jakarta on Monday.\n"
    )
    reading = read(text, tmp_path, date=_DATE)
    ranks = {
        "Budi Santoso": "rank:nato-navy.admiral",
        "Arjun Mehta": "rank:nato-navy.commodore",
        "Rudi Hartono": "rank:nato-army.major-general",
    }
    assert {n: reading.one(person(reading, n), "hasRank") for n in ranks} == ranks


def test_ranks_no_ladder_holds_give_no_rank_rather_than_the_word_at_their_end(
    tmp_path: Path,
) -> None:
    # A sergeant major is no major, a Senior Lieutenant General no lieutenant
    # general; 'General Staff' is a body, no rank of the name after it.
    text = (
        f"{_NOTE}HANOI - Senior Lt. Gen. Tran Van Minh, Vietnam's deputy defence"
        " minister, received US Army Pacific senior enlisted leader Command Sgt. Maj."
        " Daniel Brooks and Chief of Turkish General Staff Kemal Aydin in Hanoi on Monday.\n"
    )
    reading = read(text, tmp_path, date=_DATE)
    for name in ("Tran Van Minh", "Daniel Brooks", "Kemal Aydin"):
        assert reading.one(person(reading, name), "hasRank") == "", name


def test_a_given_name_that_is_a_rank_word_gives_no_rank(tmp_path: Path) -> None:
    # 'Gen' is the minister's given name; named again as 'Gen Hoshino, Defence
    # Minister of Japan', it is still no general's rank.
    text = (
        f"{_NOTE}TOKYO - Indian Navy chief Admiral Vikram Rao on Thursday met Japanese"
        " Defence Minister Gen Hoshino.\n\n"
        "Admiral Rao called on Gen Hoshino, Defence Minister of Japan, at the ministry.\n"
    )
    reading = read(text, tmp_path, date=_DATE)
    assert reading.one(person(reading, "Gen Hoshino"), "hasRank") == ""
    assert reading.one(person(reading, "Vikram Rao"), "hasRank") == "rank:nato-navy.admiral"


def test_a_host_who_separately_received_two_guests_held_two_meetings(
    tmp_path: Path,
) -> None:
    text = (
        f"{_NOTE}ABU DHABI - Minister of State for Defence Affairs Khalid Al Mansoori"
        " separately received French Armed Forces Minister Claire Dubois and Kazakh"
        " Defence Minister Aslan Nurlanov in Abu Dhabi on Monday.\n"
    )
    drafted = participants(draft(text, tmp_path, date=_DATE))
    assert sorted(drafted, key=sorted) == [
        frozenset({"Khalid Al Mansoori", "Aslan Nurlanov"}),
        frozenset({"Khalid Al Mansoori", "Claire Dubois"}),
    ]


def test_may_before_a_day_ends_a_name(tmp_path: Path) -> None:
    # 'May 15' is a date; May stays a surname where no day follows.
    text = (
        f"{_NOTE}BAKU - Azerbaijani Defence Minister Rauf Aliyev met Turkish counterpart"
        " Emre Kaya May 15, the ministry said.\n\n"
        "British Defence Secretary Anna May attended the talks.\n"
    )
    reading = read(text, tmp_path, date=_DATE)
    assert {"Emre Kaya", "Anna May"} <= names(reading)
    assert "Emre Kaya May" not in names(reading)


def test_a_ship_named_for_a_queen_is_no_person(tmp_path: Path) -> None:
    text = (
        f"{_NOTE}NORFOLK - US Navy Vice Admiral John Carter hosted British First Sea Lord"
        " Admiral Sir Ian Drake in Norfolk on Monday. HMS Queen Elizabeth will train off"
        " the Eastern Seaboard this autumn.\n"
    )
    reading = read(text, tmp_path, date=_DATE)
    assert not {n for n in names(reading) if "Elizabeth" in n}


def test_the_capital_a_sentence_names_by_its_country_places_the_meeting(
    tmp_path: Path,
) -> None:
    text = (
        f"{_NOTE}SEOUL - Defence Minister Kim Dae-ho and his New Zealand counterpart Tom"
        " Harris met on the sidelines of regional talks in the Thai capital on Sunday.\n"
    )
    (where,) = places(draft(text, tmp_path, date=_DATE)).values()
    assert where == "place:bangkok"
