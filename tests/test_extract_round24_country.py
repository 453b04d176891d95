"""kg extract: round 24 rules for the countries of persons, each on a short
invented article (our own words, invented people; not news): a force's acronym in
a title names its country ('Commander RFMF', 'the USN's Fleet commander'); a
listed officer's own title names the country before the list gives the one of
those before; a clause of the person's own ('who is also Ruritania's defence
minister') names the country before the context guesses one; 'A, Commander, Task
Force 9 of ...' is one title; the head of a
delegation the text gives a country ('The Ruritanian delegation was led by A') is
of it; a deputy ('..., Deputy Chief of the General Staff'; 'A and his Deputy B') is
of the country of the chief named with the body or right before; a country named
before 'talks with' and a post is the other side's."""

from __future__ import annotations

from pathlib import Path

from .drafts import countries, read, read_given


def _countries(text: str, tmp_path: Path, label: str, date: str = "2024-05-06") -> set[str]:
    # drafts.draft marks the article "(Invented test article for kg extract; not news.)".
    return countries(read(text, tmp_path, date=date), label)


def test_a_fijian_force_acronym_before_a_rank(tmp_path: Path) -> None:
    text = (
        "Suva, May 6 - The visiting Australian team held talks this week with Commander"
        " RFMF Major General Tevita Ratu.\n\nThe talks covered disaster relief."
    )
    assert _countries(text, tmp_path, "Tevita Ratu") == {"FJ"}


def test_the_us_navy_acronym_in_a_possessive_title(tmp_path: Path) -> None:
    text = (
        "Manila, May 6 - Sailors lined the pier on Monday as the navy chief greeted the"
        " USN's 5th Fleet commander Vice Adm. Gordon Hale.\n\nThe visit lasted one day."
    )
    assert _countries(text, tmp_path, "Gordon Hale") == {"US"}


def test_a_listed_officers_own_force_before_the_lists_country(tmp_path: Path) -> None:
    # Okello is named after Kato (so listed with him) in a report datelined in the
    # host's capital, which gives Kato the host's country; Okello's own title
    # ('UPDF ... \u2013 Legal', an en dash in it) names Uganda's force.
    text = (
        "Kigali, Rwanda | THE EXAMPLE | The Commander of the Uganda People's Defence"
        " Forces (UPDF), Gen Amos Kato, reached Kigali on Thursday for a three-day stay."
        "\n\nGen Kato is accompanied by the UPDF Directorate \u2013 Legal Brig Gen Peter"
        " Okello and the writer John Mukasa.\n\nGen Kato will tour the barracks of the"
        " Rwanda Defence Force on Friday."
    )
    assert _countries(text, tmp_path, "Peter Okello") == {"UG"}


def test_who_is_also_a_countrys_minister(tmp_path: Path) -> None:
    text = (
        "Speaking on Monday, Deputy Prime Minister General Rasmey Sok, who is also"
        " Cambodia's defence minister, said Thailand and his country would hold more"
        " border talks.\n\nOn Tuesday Rasmey Sok visited Supreme Commander General"
        " Somchai Rattana at the Thai military's headquarters."
    )
    assert _countries(text, tmp_path, "Rasmey Sok") == {"KH"}


def test_the_head_of_a_delegation_the_text_gives_a_country(tmp_path: Path) -> None:
    text = (
        "Kenya and Zambia opened talks on border security on 3 March 2024.\n\nThe"
        " Zambian delegation was led by Mwila Banda, Minister for Defence together with"
        " several aides whereas the team from the Republic of Kenya came under Otieno"
        " Kamau.\n\nMwila Banda said the two countries share a long history."
    )
    assert _countries(text, tmp_path, "Mwila Banda", date="2024-03-07") == {"ZM"}


def test_one_who_headed_a_countrys_team(tmp_path: Path) -> None:
    text = (
        "Santiago, May 6 - The army staffs of Chile and Australia met for their yearly"
        " talks this week.\n\nBrigadier Helen MacArthur headed the Australian team at"
        " the talks, with Captain Tom Reid beside her. The Chilean team was received by"
        " General Pablo Soto.\n\nThe talks covered training in cold weather."
    )
    assert _countries(text, tmp_path, "Helen MacArthur") == {"AU"}


def test_a_numbered_task_force_after_a_bare_title(tmp_path: Path) -> None:
    text = (
        "Manila, May 6 - Philippine Navy spokesman Commander Jose Reyes said the Philippine"
        " Navy chief hosted Rear Admiral Dale Pruitt, Commander, Task Force 9 of the US"
        " Navy, on Monday.\n\nThe Philippines hosts the drills next year."
    )
    assert _countries(text, tmp_path, "Dale Pruitt") == {"US"}


def test_a_deputy_whose_title_leaves_out_the_chiefs_body(tmp_path: Path) -> None:
    text = (
        "Thai and Lao armies hold talks\n\nThai Army commander Gen. Somsak Chai first saw"
        " Gen. Khamla Vong, Chief of the General Staff of the Lao People's Army. Talks"
        " followed on Tuesday with Lt. Gen. Bounmy Sith, Deputy Chief of the General"
        " Staff, on river patrols.\n\nThe Thai Army said Thailand would send cadets to"
        " Thailand's neighbours."
    )
    assert _countries(text, tmp_path, "Bounmy Sith") == {"LA"}


def test_his_deputy_after_a_chief_of_staff(tmp_path: Path) -> None:
    text = (
        "KUWAIT: Norway's Defence Minister Aarne Virtanen was the guest of the Prime"
        " Minister yesterday. Present were Kuwait's Chief of Staff Lieutenant General"
        " Fahad Al-Mutairi and his Deputy Major General Salem Al-Azmi."
    )
    assert _countries(text, tmp_path, "Salem Al-Azmi") == {"KW"}


def test_a_country_before_talks_with_is_the_other_sides(tmp_path: Path) -> None:
    # The rules' reading: a country guessed for one the text ties to none is a
    # separate, marked candidate (kg.extract.country_guess, session 19).
    text = (
        "Peru's top soldier flew to Washington this week and sat down on Thursday for"
        " a meeting with Joint Chiefs of Staff Chairman Gen. Walter Brooks, aides said."
        "\n\n"
        "Gen. Brooks thanked Gen. Luis Quispe for the visit by Peru's commander."
    )
    # Peru is the visitor's: Brooks is left without a country (none is better than a
    # wrong one); before, Peru's was his post's, named nearest before it.
    assert countries(read_given(text, tmp_path, date="2024-05-06"), "Walter Brooks") == set()
