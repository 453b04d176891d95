"""kg extract: round 23 rules for participants' names, each on a short invented
article (our own words, invented people; not news): a nickname in quotes inside a
name, 'PM' and 'State Secretary in the Ministry of Defence' as titles, a
headline's given name written in full later, a portfolio's words ('for
Procurement and Armament') before a name, and a son or cousin whose name is a
father's name turned round ('Khaled Al-Sabah' beside 'Sabah Al-Khaled Al-Sabah')."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries, draft, names, participants, read


def _met(text: str, tmp_path: Path) -> list[frozenset[str]]:
    return participants(draft(text, tmp_path, date="2024-05-07"))


def test_a_nickname_in_quotes_is_no_part_of_the_name(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nMANILA, May 7 - Defence"
        " Secretary Ramon \u201cMonching\u201d Valdez Jr. received Senator Peter"
        ' Lyle "Pete" Marsh of the United States in Manila on Tuesday. The two spoke'
        " about maritime training."
    )
    found = names(read(text, tmp_path, date="2024-05-07"))
    assert {"Ramon Valdez Jr.", "Peter Lyle Marsh"} <= found


def test_pm_is_a_title(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nBANGKOK, May 7 - The"
        " commander of the Chilean Army, General Tomas Edvik, met Thailand's PM Anan"
        " Suksawat in Bangkok on Tuesday to talk about officer exchanges."
    )
    reading = read(text, tmp_path, date="2024-05-07")
    assert "Anan Suksawat" in names(reading)
    assert countries(reading, "Anan Suksawat") == {"TH"}


def test_state_secretary_in_the_ministry_is_a_title(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nDOHA, May 7 - Qatari"
        " Defence Minister Khalid bin Omar Al-Falan received Montenegro's State"
        " Secretary in the Ministry of Defence Darko Vukic in Doha on Tuesday."
    )
    reading = read(text, tmp_path, date="2024-05-07")
    assert countries(reading, "Darko Vukic") == {"ME"}


def test_a_headline_given_name_is_written_in_full_later(tmp_path: Path) -> None:
    text = (
        "Gen Prasert calls on Malaysia's new PM Hamzah\n\n(Invented test article for"
        " kg extract; not news.)\n\nKUALA LUMPUR, May 7 - Thai Deputy Prime Minister"
        " General Prasert Wongchai called on Malaysian Prime Minister"
        " Hamzah Rosli at his office in Kuala Lumpur on Tuesday. Mr Hamzah said the two"
        " neighbours were close."
    )
    assert frozenset({"Prasert Wongchai", "Hamzah Rosli"}) in _met(text, tmp_path)


def test_a_portfolio_before_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nMADRID, May 7 - Spanish"
        " Defence Minister Ana Lopez received a Saudi delegation in Madrid on Tuesday:"
        " Chief of the General Staff Gen. Omar Al-Harbi; Undersecretary of the Ministry"
        " of Defense for Procurement and Armament Karim Al-Falan."
    )
    found = names(read(text, tmp_path, date="2024-05-07"))
    assert "Karim Al-Falan" in found
    assert not any(name.startswith("Armament") for name in found)


def test_a_father_name_turned_round_is_another_person(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nKUWAIT, May 7 - Prime"
        " Minister Sheikh Nasser Al-Jaber Al-Hamad Al-Nasser received the visiting"
        " Italian Defence Minister Marco Rossi at Bayan Palace on Tuesday. Army Chief"
        " of Staff Lieutenant General Fahad Al-Ali and his deputy Lieutenant General"
        " Jaber Al-Nasser attended the meeting."
    )
    found = names(read(text, tmp_path, date="2024-05-07"))
    assert {"Nasser Al-Jaber Al-Hamad Al-Nasser", "Jaber Al-Nasser"} <= found


def test_deputy_chief_of_mission_is_a_post_abroad(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nJAKARTA, May 7 - Indonesian"
        " Defence Minister Budi Santoso received United States Ambassador Mark Ellery in"
        " Jakarta on Tuesday, with Chilean Ambassador Rosa Vidal. In the talks Ambassador"
        " Ellery was joined by Deputy Chief of Mission Laura B. Quint and Defense Attache"
        " Colonel Dan Pike, while Ambassador Vidal was joined by her deputy."
    )
    reading = read(text, tmp_path, date="2024-05-07")
    assert countries(reading, "Laura B. Quint") == {"US"}


def test_commander_of_a_force_is_a_post(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nABU DHABI, May 7 - Lt."
        " General Omar Salem Al Harbi, Chief of Staff of the UAE Armed Forces, hosted"
        " Badr Khalil Al-Fayez, Commander of the Royal Saudi Land Forces, who is"
        " visiting the UAE.\n\nLt. General Al Harbi welcomed Al-Fayez and the two"
        " discussed training."
    )
    reading = read(text, tmp_path, date="2024-05-07")
    assert countries(reading, "Badr Khalil Al-Fayez") == {"SA"}


def test_deputy_supreme_commander_is_no_name(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nABU DHABI, May 7 - His"
        " Highness Sheikh Hamdan bin Khalid Al Rashed, Crown Prince of Abu Dhabi and"
        " Deputy Supreme Commander of the UAE Armed Forces, on Tuesday met General Paul"
        " R. Decker, who heads the United States Central Command, in Abu Dhabi."
    )
    found = names(read(text, tmp_path, date="2024-05-07"))
    assert "Hamdan bin Khalid Al Rashed" in found
    assert not any("Supreme" in name for name in found)
