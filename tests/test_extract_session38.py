"""kg extract, session 38: a region's name read as a minister's ('the Armenia-Azerbaijan
Nagorno-Karabakh conflict' after 'the Minister of Defence provided information about'),
a name run on into the next person's surname where a comma is missing ('... Foreign
Minister A B Kerr said'), the fullest of the forms of a name read by its surname first,
'EAM' as a title, a teleconference under a heading that names another person, and a
call weeks before a visit told beside it, a country's name without its hyphen, and
a news agency or a headline's verb read as a person, and a day set off by
commas ('signed in Oslo, March 3rd, by') and 'Riyad' as a given name; on short
invented articles (our own words, invented people; not news) and an officials table
written for the test."""

from __future__ import annotations

from pathlib import Path

from kg.extract import extract
from kg.extract.evaluation import Reading
from kg.extract.gazetteer import pipeline

from .drafts import INVENTED, countries, data_copy, days, draft, names, participants, places

_DATE = "2025-04-10"
_REFERENCE = Path(__file__).resolve().parent.parent / "data" / "reference"

# Invented: a ministry release whose minister speaks of a conflict by its region.
REGION = (
    "BAKU, April 9 - Defence Minister Colonel General Ilgar Mammadli met the visiting"
    " Defence Minister of Kenya, Wanjiru Kamau, in Baku on Wednesday.\n\n"
    "The Minister of Defence provided detailed information about the Armenia-Azerbaijan"
    " Nagorno-Karabakh conflict. Both sides also discussed military education.\n"
)


def test_a_regions_name_is_no_person(tmp_path: Path) -> None:
    result = draft(REGION, tmp_path, date=_DATE)
    assert "Nagorno-Karabakh" not in names(Reading.of(result.facts))
    assert participants(result) == [frozenset({"Ilgar Mammadli", "Wanjiru Kamau"})]


# Invented: a wire story whose press-conference sentence lacks the comma after the
# host's name, so that the guest's surname follows it.
RUN_ON = (
    "ACCRA, April 9 - US Secretary of State Daniel Kerr on Wednesday opened talks in"
    " Accra as part of his tour of West Africa.\n\n"
    "Speaking at a joint press conference with Ghanaian Foreign Minister Kofi Mensah"
    " Kerr said the United States would work closely with Ghana on trade.\n\n"
    "Kerr arrived in Ghana from Senegal.\n"
)


def _drafted(tmp_path: Path, rows: list[str]) -> Reading:
    """The draft of RUN_ON against a copy of the data whose officials.csv holds
    only ``rows``."""
    data = data_copy(tmp_path)
    (data / "reference" / "officials.csv").write_text(
        "\n".join(["name,countries,readings", *rows]) + "\n", encoding="utf-8"
    )
    article = tmp_path / "run_on.txt"
    article.write_text(RUN_ON + INVENTED, encoding="utf-8")
    return Reading.of(extract(article, date=_DATE, data_dir=data).facts)


def test_a_listed_official_run_on_into_the_guests_surname_is_cut_back(tmp_path: Path) -> None:
    reading = _drafted(tmp_path, ["Kofi Mensah,GH,3"])
    assert names(reading) == {"Daniel Kerr", "Kofi Mensah"}
    (meeting,) = reading.of_class("Meeting")
    labels = {reading.one(p, "label") for p in reading.all(meeting, "participant")}
    assert labels == {"Daniel Kerr", "Kofi Mensah"}


def test_a_name_the_table_does_not_list_short_is_kept_whole(tmp_path: Path) -> None:
    # A family shares its surname: with no listed official to cut back to, the
    # name as written stands.
    assert "Kofi Mensah Kerr" in names(_drafted(tmp_path, ["Daniel Kerr,US,3"]))


# Invented: a president read by his surname first, then written in full twice, with
# and without his middle name.
FULLEST = (
    "KAMPALA, April 9 - President Okello of Uganda hosted Prime Minister Tesfaye Alemu of"
    " Ethiopia in Kampala on Wednesday.\n\n"
    "President Daniel Okello said the visit opened a new chapter. Later, President Daniel"
    " Joseph Okello praised the two countries' ties.\n"
)


def test_the_fullest_of_nested_forms_names_a_surname_read_first(tmp_path: Path) -> None:
    assert names(Reading.of(draft(FULLEST, tmp_path, date=_DATE).facts)) == {
        "Daniel Joseph Okello",
        "Tesfaye Alemu",
    }


# Invented: an Indian wire's short title for the External Affairs Minister, after a
# post that is the other side's ('with the Italian Foreign Minister, EAM B').
EAM = (
    "External Affairs Minister S Menon met his Italian counterpart Lucia Ferraro on the"
    " sidelines of the summit in Bali on April 9.\n\n"
    "Sharing a photograph with the Italian Foreign Minister, EAM Menon wrote on social media,"
    ' "Met FM Lucia Ferraro of Italy on the sidelines of the summit."\n'
)


def test_eam_is_a_title_not_a_given_name(tmp_path: Path) -> None:
    assert names(Reading.of(draft(EAM, tmp_path, date=_DATE).facts)) == {
        "S Menon",
        "Lucia Ferraro",
    }


# Invented: a defence ministry's monthly summary, a section's heading naming another
# person above a teleconference whose subject stands before a comma-set post.
TELECONFERENCE = (
    "Defence Focus No. 12\n\nCourtesy Call by Deputy Foreign Minister Hans Weber\n\n"
    "Chief of Staff, Joint Staff's Teleconferences\n\n"
    "On June 30th, General Mori, Chief of Staff, Joint Staff held a teleconference with"
    " Lieutenant General Avi Cohen, Chief of the General Staff, Israel Defense Forces. The"
    " two leaders reaffirmed the importance of defence exchanges.\n"
)


def test_a_teleconference_is_a_call_with_no_place(tmp_path: Path) -> None:
    result = draft(TELECONFERENCE, tmp_path, date="2020-07-10")
    assert places(result) == {frozenset({"Mori", "Avi Cohen"}): ""}
    assert days(result) == {frozenset({"Mori", "Avi Cohen"}): "2020-06-30"}


# Invented: a wire story of a visit that recalls an earlier call of the same two.
VISIT_AND_CALL = (
    "NEW DELHI, March 9 (Agency) - Lieutenant General Tom Reid, Chief of the Australian"
    " Army, arrived in New Delhi on Wednesday. He was received by Army chief General"
    " Arvind Rao at South Block.\n\n"
    "On February 2, General Rao had held a telephonic conversation with Lieutenant General"
    " Reid, where they discussed defence cooperation.\n"
)


def test_a_call_weeks_before_a_visit_is_another_meeting(tmp_path: Path) -> None:
    result = draft(VISIT_AND_CALL, tmp_path, date="2022-03-09")
    reading = Reading.of(result.facts)
    meetings = {
        (reading.one(m, "date"), reading.one(m, "location")) for m in reading.of_class("Meeting")
    }
    assert meetings == {("2022-03-09", "place:new-delhi"), ("2022-02-02", "")}


# Invented: a country's name written without its hyphen ('Guinea Bissau'), and an
# Armenian post, whose label names the country as a reader would.
SPELLED = (
    "MOMBASA, January 7 - President Daniel Kiptoo of Kenya hosted Umaro Lopes Embalo, the"
    " president-elect of Guinea Bissau, at State House in Mombasa on Tuesday.\n\n"
    "Separately, Armenian Defence Minister Aram Petrosyan met Kiptoo.\n"
)


def test_a_country_written_without_its_hyphen_is_that_country(tmp_path: Path) -> None:
    result = draft(SPELLED, tmp_path, date="2020-01-07")
    reading = Reading.of(result.facts)
    assert countries(reading, "Umaro Lopes Embalo") == {"GW"}
    assert "Minister of Defence of Armenia" in result.text
    assert "of ARM" not in result.text


# Invented: a wire story whose headline in capitals ends with a title, above the
# agency's name on a line of its own, and a page's furniture after an agency's name.
AGENCY = (
    "ARMENIAN PRESIDENT ON ROLE OF COUNCIL OF DEFENSE MINISTERS\nRIA Novosti, Russia\n"
    "May 21 2004\n"
    "YEREVAN, May 21 (RIA Novosti) - The council is one of the most useful bodies of the"
    " Commonwealth, Armenian President Aram Vardanyan told its session in Yerevan.\n"
    "Russian Defense Minister Anton Berg - Sputnik International\nSubscribe\n"
    "Russian Defense Minister Anton Berg met Vardanyan in Yerevan on Friday.\n"
)


def test_a_news_agency_is_no_person(tmp_path: Path) -> None:
    assert names(Reading.of(draft(AGENCY, tmp_path, date="2004-05-21").facts)) == {
        "Anton Berg",
        "Aram Vardanyan",
    }


# Invented: a headline in title case whose verb is no name's word.
HEADLINE_VERB = (
    "Kazakh Minister Invites Iraqi Counterpart To Astana\n\n"
    "ASTANA, May 3 - Kazakh Foreign Minister Erlan Nurov met Iraqi Foreign Minister Fuad"
    " Karim in Astana on Tuesday, with OSCE Monitor Alexander Hug present.\n\n"
    "The ministers discussed the Current Situation in the region.\n"
)


def test_a_headlines_verb_reads_no_person(tmp_path: Path) -> None:
    assert names(Reading.of(draft(HEADLINE_VERB, tmp_path, date="2024-05-03").facts)) == {
        "Erlan Nurov",
        "Fuad Karim",
        "Alexander Hug",
    }


# Invented: 'HM' without its dots before a king's style, and a region's name.
HIS_MAJESTY = (
    "MADRID, April 18 - HM King Rudolf received Egyptian Foreign Minister Karim Fathy at the"
    " Royal Palace in Madrid on Monday, before the minister travelled to Eastern Equatoria.\n"
)


def test_hm_is_an_honorific_and_equatoria_a_region(tmp_path: Path) -> None:
    assert names(Reading.of(draft(HIS_MAJESTY, tmp_path, date="2022-04-18").facts)) == {
        "King Rudolf",
        "Karim Fathy",
    }


# Invented: a ministry release that dates a signing between commas, with no 'on',
# under a dateline of the day filed.
COMMA_DAY = (
    "OSLO, March 5, (Agency) -- A defence cooperation agreement was signed in Oslo,"
    " March 3rd, by Estonian Defence Minister Karl Tamm and Norwegian Defence Minister"
    " Ingrid Dahl.\n"
)


def test_a_day_set_off_by_commas_dates_the_signing(tmp_path: Path) -> None:
    reading = Reading.of(draft(COMMA_DAY, tmp_path, date="2025-03-05").facts)
    (agreement,) = reading.of_class("Agreement")
    assert reading.one(agreement, "signedOn") == "2025-03-03"


# Invented: a given name that is also a city's other spelling ('Riyad').
GIVEN_CITY = (
    "ASTANA, July 31 - The issue was discussed at a meeting between Palestinian Foreign"
    " Minister Riyad al-Haddad and Kazakh Foreign Minister Aidos Serikov in Astana.\n"
)


def test_riyad_is_a_given_name_not_riyadh(tmp_path: Path) -> None:
    result = draft(GIVEN_CITY, tmp_path, date="2018-07-31")
    assert participants(result) == [frozenset({"Riyad al-Haddad", "Aidos Serikov"})]


# Invented: Turkish given names that gazetteers list as other spellings of cities
# (Fushun's 'Fusun', Touba's 'Tuba').
FUSUN = (
    "BUCHAREST, Nov 26 - Romania's Defence Minister Andrei Popa on Tuesday welcomed"
    " Turkey's ambassador in Bucharest Fusun Kaya to highlight the importance of security"
    " co-operation.\n"
)


def test_fusun_and_tuba_are_given_names(tmp_path: Path) -> None:
    assert participants(draft(FUSUN, tmp_path, date="2019-11-26")) == [
        frozenset({"Andrei Popa", "Fusun Kaya"})
    ]
    doc = pipeline(_REFERENCE)("Ambassador Tuba Nur Demir met Ambassador Fusun Kaya.")
    assert [e.text for e in doc.ents if e.label_ == "PLACE"] == []
