"""kg extract: round 5 rules for persons' names, each on a short invented article
(our own words, invented people): courtesy titles of many cultures (Malay and
Bruneian chains, South Asian, Arabic), suffixes and service tags after a name,
run-together rank abbreviations, persons who make a reported statement with
their post after the name, names in quotes after a title, the 'Staff' and
'Pilot' qualifiers of Arab armies' ranks, and 'Al-X' as a bare surname."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading

from .drafts import names as _names
from .drafts import read as _read


def _rank(reading: Reading, label: str) -> str | None:
    (person,) = [p for p in reading.of_class("Person") if reading.one(p, "label") == label]
    return reading.one(person, "hasRank")


def test_malay_and_bruneian_honorific_chains_are_stripped_whole(tmp_path: Path) -> None:
    reading = _read(
        "BANDAR SERI BEGAWAN, 3 March 2024 - Brunei's Defence Minister Pehin Datu Seri"
        " Setia Major General (Rtd) Dato Paduka Seri Haji Awang Rahim bin Haji Osman met"
        " Malaysian Defence Minister Dato' Seri Haji Kamal Ariffin on Monday. Also present"
        " was the Acting Director of Defence Policy, Dayang Nurul Aini Salleh.",
        tmp_path,
    )
    names = _names(reading)
    assert {"Rahim bin Haji Osman", "Kamal Ariffin"} <= names
    assert not any(word in name for name in names for word in ("Pehin", "Dato", "Seri", "Setia"))


def test_courtesy_titles_of_many_cultures_are_no_part_of_the_name(tmp_path: Path) -> None:
    reading = _read(
        "NEW DELHI, 5 April 2024 - Defence Secretary Shri Arvind Kumar Rao met Omani"
        " Defence Minister Sayyid Hamad bin Salim al Harthy on Friday. Malaysian"
        " Defence Minister Tan Sri Yusof Hamzah met Nigerian Defence Minister Alhaji Musa"
        " Danladi on Saturday.",
        tmp_path,
    )
    names = _names(reading)
    assert {"Arvind Kumar Rao", "Hamad bin Salim al Harthy", "Yusof Hamzah", "Musa Danladi"} <= (
        names
    )
    assert not any(word in name for name in names for word in ("Shri", "Sayyid", "Tan", "Alhaji"))


def test_service_tags_stay_out_of_the_name_a_generation_stays_in(tmp_path: Path) -> None:
    reading = _read(
        "ATHENS, 7 May 2024 - General Mark T. Holloway Jr. met Greek Chief of Defence"
        " General Nikos Petrakis on Tuesday. Commodore Stavros Andreou HN, Director of"
        " International Relations of the Hellenic Ministry of Defence, signed the programme"
        " with Captain Dana Whitfield USN.",
        tmp_path,
    )
    names = _names(reading)
    # Round 9: a generation's suffix is part of the name as written (the gold's
    # policy); a service's tag is not.
    assert {"Mark T. Holloway Jr.", "Stavros Andreou", "Dana Whitfield"} <= names
    assert not any(name.endswith((" HN", " USN", " Usn")) for name in names)


def test_run_together_rank_abbreviations_are_ranks(tmp_path: Path) -> None:
    reading = _read(
        "TASHKENT, 9 June 2024 - Defence Minister of Uzbekistan MajGen Bakhtiyor Tursunov"
        " received a Polish delegation on Monday. The Directorate for International"
        " Cooperation was represented by LtC Marko Zoric and RAdm Piotr Lisowski, and the"
        " Military Secretary by BG Kareem Nashid.",
        tmp_path,
    )
    names = _names(reading)
    assert {"Bakhtiyor Tursunov", "Marko Zoric", "Piotr Lisowski", "Kareem Nashid"} <= names
    assert _rank(reading, "Marko Zoric") is not None
    assert _rank(reading, "Piotr Lisowski") is not None


def test_a_spokesperson_named_with_the_post_after_the_name_is_a_person(
    tmp_path: Path,
) -> None:
    reading = _read(
        "ACCRA, 12 July 2024 - The defence ministers of Ghana and Togo met in Accra on"
        " Thursday to discuss border security.\n\n"
        "The talks were constructive, Kojo Asante Mensah, the ministry's spokesperson, said.\n\n"
        "Both sides will meet again next year, said Efua Boateng, the Pentagon press"
        " secretary.\n\n"
        "Press Secretary Lena Brandt told reporters that the exercise would go ahead.",
        tmp_path,
    )
    assert {"Kojo Asante Mensah", "Efua Boateng", "Lena Brandt"} <= _names(reading)


def test_a_name_beside_a_reporting_verb_without_a_post_is_no_person(tmp_path: Path) -> None:
    reading = _read(
        "ACCRA, 12 July 2024 - The defence ministers of Ghana and Togo met in Accra on"
        " Thursday.\n\n"
        "The talks were constructive, Kojo Asante Mensah, a local trader, said.",
        tmp_path,
    )
    assert "Kojo Asante Mensah" not in _names(reading)


def test_quoted_names_staff_qualifiers_and_particle_surnames(tmp_path: Path) -> None:
    reading = _read(
        'TRIPOLI, 2 August 2024 (Lana) - The Turkish Minister of Defense, "Kemal Ozdemir",'
        ' met the Chief of the General Staff, "Omar Al-Tarhouni", on Friday. Kuwaiti'
        " Air Vice Marshal Staff Faisal Nasser Al-Mutairi met Bahraini Lt-Gen. Staff Pilot"
        " Hamad bin Rashid Al Khalifi. Air Vice Marshal Al-Mutairi thanked his hosts.",
        tmp_path,
    )
    names = _names(reading)
    assert {
        "Kemal Ozdemir",
        "Omar Al-Tarhouni",
        "Faisal Nasser Al-Mutairi",
        "Hamad bin Rashid Al Khalifi",
    } <= names
    assert "Al-Mutairi" not in names
    assert _rank(reading, "Hamad bin Rashid Al Khalifi") is not None
    assert not any(name.startswith(("Staff", "Pilot", '"')) for name in names)


def test_a_dotted_hyphenated_rank_does_not_end_the_sentence(tmp_path: Path) -> None:
    reading = _read(
        "ABUJA, 20 August 2024 - A delegation of the Senegalese Armed Forces led by its"
        " Inspector-General, Maj.-Gen. Ousmane Diallo, visited the Minister of Defence.",
        tmp_path,
    )
    assert "Ousmane Diallo" in _names(reading)


def test_persons_named_in_passing_and_words_that_are_no_names(tmp_path: Path) -> None:
    reading = _read(
        "Defence Minister Confers with Kenyan Envoy\n\n"
        "DODOMA, 4 September 2024 - Tanzanian Defence Minister Amani Kivuyo met Kenyan"
        " Defence Minister Otieno Wafula on Monday. Kivuyo recalled the ties built under"
        " the late President Baraka Mwinyi Saidi. The ministers recalled the talks held"
        " after then-Defense Secretary Howard Lyle Benton visited the region. The team will"
        " pay courtesy calls on President Neema Ulaya Kombo. The two ministers signed an"
        " Intention Letter on training.",
        tmp_path,
    )
    names = _names(reading)
    assert {"Amani Kivuyo", "Otieno Wafula"} <= names
    assert not names & {
        "Confers",
        "Baraka Mwinyi Saidi",
        "Howard Lyle Benton",
        "Neema Ulaya Kombo",
        "Intention Letter",
    }
