"""kg extract: round 4 rules for persons' names and countries, each on a short
invented article (our own words, invented people): words that are never part of
a name (a body's noun, a headline's verb, a demonym), titles that run on into a
body's name, honorifics and royal titles, Arabic name particles, surnames in
capitals, and the country of a post told by the words right before it."""

from __future__ import annotations

from pathlib import Path

from kg.extract import extract

from .drafts import INVENTED
from .drafts import countries as _country
from .drafts import names as _names
from .drafts import read as _read


def test_headline_verbs_and_bodies_are_no_names(tmp_path: Path) -> None:
    reading = _read(
        "Zambian Defence Minister Arrives in Harare\n\n"
        "Harare, 4 May 2022. Zambian Defence Minister Tembo Mwale Chanda met Zimbabwean"
        " Defence Minister Ruth Ncube Moyo on Wednesday. The talks were also attended by a"
        " delegation of the Commander of US Southern Command, Admiral Jonah K. Wilder.",
        tmp_path,
    )
    names = _names(reading)
    assert {"Tembo Mwale Chanda", "Ruth Ncube Moyo"} <= names
    assert not names & {"Arrives", "Southern Command"}


def test_a_title_that_runs_on_into_a_body_and_arabic_particles(tmp_path: Path) -> None:
    reading = _read(
        "Cairo, 30 November 2021. Egyptian Chief of Staff Adel Fathy Mansour met with Chief"
        " of Staff of the Algerian People's National Army Karim Belhadj, Chief of Staff of"
        " the Qatari Armed Forces Hamad bin Nasser bin Khalifa bin Jassim al Marri and Saudi"
        " Chief of General Staff Turki bin Fahad al-Otaibi.",
        tmp_path,
    )
    names = _names(reading)
    assert "Karim Belhadj" in names
    assert "Hamad bin Nasser bin Khalifa bin Jassim al Marri" in names
    assert "Turki bin Fahad al-Otaibi" in names
    assert not [n for n in names if "Army" in n]
    assert _country(reading, "Turki bin Fahad al-Otaibi") == {"SA"}


def test_royal_titles_are_no_part_of_the_name(tmp_path: Path) -> None:
    reading = _read(
        "London, 14 December 2022. British Secretary of Defence Oliver Brandt received His"
        " Royal Highness Prince Faisal bin Saud bin Abdulaziz, Minister of Defense of the"
        " Kingdom of Saudi Arabia, in London.",
        tmp_path,
    )
    names = _names(reading)
    assert "Faisal bin Saud bin Abdulaziz" in names
    assert _country(reading, "Faisal bin Saud bin Abdulaziz") == {"SA"}


def test_a_surname_in_capitals_is_part_of_the_name(tmp_path: Path) -> None:
    reading = _read(
        "Ankara, 9 June 2022. Ethiopian Chief of Staff of Army Field Marshal Abebe Tola held"
        " talks with Türkiye\u2019s Chief of Staff of Army General Kemal ÖZTÜRK on cooperation.",
        tmp_path,
    )
    names = _names(reading)
    assert "Kemal Öztürk" in names
    assert "Kemal" not in names
    assert _country(reading, "Kemal Öztürk") == {"TR"}


def test_a_lone_demonym_is_no_name(tmp_path: Path) -> None:
    reading = _read(
        "Istanbul, 19 August 2021. The Turkish minister also met with Equatorial Guinean"
        " Defense Minister Julio Esono Mba as well as Mauritanian Defense Minister Sidi"
        " Ould Cheikh.",
        tmp_path,
    )
    names = _names(reading)
    assert "Equatorial Guinean" not in names
    assert _country(reading, "Julio Esono Mba") == {"GQ"}
    assert _country(reading, "Sidi Ould Cheikh") == {"MR"}


def test_the_country_right_before_the_post_is_its_country(tmp_path: Path) -> None:
    # A headline without a full stop runs into the first sentence: the nearer
    # demonym is the minister's.
    reading = _read(
        "Vietnamese, Cambodian Defence Ministers hold talks in Hanoi\n"
        "Vietnamese Minister of National Defence Gen. Tran Van Hoa (L) and his Cambodian"
        " counterpart Sok Vanna\n"
        "Vietnamese Minister of National Defence Gen. Tran Van Hoa welcomed his Cambodian"
        " counterpart Sok Vanna in Hanoi on 28 November 2019.",
        tmp_path,
    )
    assert _country(reading, "Tran Van Hoa") == {"VN"}


def test_a_host_country_and_a_relation_give_no_one_a_country(tmp_path: Path) -> None:
    reading = _read(
        "Algiers, 10 November 2022. The Algerian Ministry of Defence said that the Army"
        " Chief of Staff, General Karim Belhadj, received a Russian delegation. In the"
        " context of the Algerian-Russian cooperation program, General Karim Belhadj"
        " received Russian Deputy Minister of Defence Pavel Orlov.",
        tmp_path,
    )
    assert _country(reading, "Karim Belhadj") == {"DZ"}
    # Where an ambassador serves is nobody's side; ';' closes an item of a list.
    article = tmp_path / "b.txt"
    article.write_text(
        "Riyadh, 14 December 2022. The talks were attended by Faisal bin Saud, Saudi"
        " Ambassador to the United Kingdom; Chief of the General Staff Lieutenant General"
        " Turki bin Fahad al-Otaibi and others." + INVENTED,
        encoding="utf-8",
    )
    persons = extract(article).findings.persons
    (chief,) = [p for p in persons if p.name == "Turki bin Fahad al-Otaibi"]
    assert chief.nearby_country is None


def test_an_apposition_stops_at_with(tmp_path: Path) -> None:
    reading = _read(
        "Warsaw, 20 February 2018. A meeting of Piotr Nowakowski, the Minister of National"
        " Defence with the Minister of Defence of Greece Nikos Papadakis took place in"
        " Warsaw. Poland and Greece are allies.",
        tmp_path,
    )
    assert _country(reading, "Nikos Papadakis") == {"GR"}
    assert "GR" not in _country(reading, "Piotr Nowakowski")


def test_a_bare_name_beside_a_meeting_verb_is_a_person(tmp_path: Path) -> None:
    reading = _read(
        "Istanbul, 19 August 2021. Kemal Aydinli and his Togolese counterpart Afi Mensah"
        " Kodjo met in Istanbul on Thursday. Later the Turkish side hosted Ilie Dragan"
        " Voicu.",
        tmp_path,
    )
    names = _names(reading)
    assert {"Kemal Aydinli", "Afi Mensah Kodjo", "Ilie Dragan Voicu"} <= names
    assert not names & {"Turkish", "Later"}
    (meeting,) = [
        m
        for m in reading.of_class("Meeting")
        if len(reading.all(m, "participant")) == 2
        and {reading.one(p, "label") for p in reading.all(m, "participant")}
        == {"Kemal Aydinli", "Afi Mensah Kodjo"}
    ]
    assert meeting


def test_initials_with_dots_open_a_name(tmp_path: Path) -> None:
    reading = _read(
        "JAKARTA, 4 May 2022 - Indonesian Defence Minister Prabu Santoso received British"
        " Defence Attache Brigadier F.A.J. Whitcombe in Jakarta on Wednesday. Army Chief of"
        " Staff Lt. Gen. M. Hartono also attended the meeting.",
        tmp_path,
    )
    assert {"F.A.J. Whitcombe", "M. Hartono"} <= _names(reading)
    (meeting,) = reading.of_class("Meeting")
    assert len(reading.all(meeting, "participant")) == 3


def test_secretaries_of_state_hold_posts_of_the_context(tmp_path: Path) -> None:
    reading = _read(
        "WARSAW, 20 March 2019 - Polish Defence Minister Jan Nowicki met Czech Defence"
        " Minister Pavel Dvorak in Warsaw on Wednesday. The meeting was also attended by"
        " Secretary of State Marek Zielinski and Undersecretary of State Anna Kowal.",
        tmp_path,
    )
    assert _country(reading, "Marek Zielinski") == {"PL"}
    assert _country(reading, "Anna Kowal") == {"PL"}
