"""kg extract: round 24 rules for which persons are drafted, each on a short
invented article (our own words, invented people; not news): nouns that close no
name ('Meeting', 'News', 'Integration', 'Ties', 'Officer', the headline verb
'Probes'), a monarch named by one name after 'King', and the person on whose
behalf another speaks or whose message another brings."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading

from .drafts import draft, names, participants, read

_DATE = "2024-05-07"


def test_a_gathering_after_a_rank_is_no_name(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nSTRELSAU, May 7 - Ruritanian"
        " Defence Minister Karel Vondra met Freedonian Defence Minister Olga Rudd in"
        " Strelsau on Tuesday. Vondra said both sides would prepare the next"
        " General Staff Planning Meeting in the autumn."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert {"Karel Vondra", "Olga Rudd"} <= found
    assert not any("Meeting" in n for n in found)


def test_a_section_of_the_outlet_is_no_name(tmp_path: Path) -> None:
    text = (
        "General News of Tuesday, 7 May 2024\n\n(Invented test article for kg extract;"
        " not news.)\n\nSTRELSAU, May 7 - Lieutenant General Piotr Hask, the chief of"
        " the Ruritanian defence staff, received his Freedonian counterpart, Major"
        " General Amos Tell, in Strelsau on Tuesday."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert "News" not in found
    assert {"Piotr Hask", "Amos Tell"} <= found


def test_a_portfolio_after_and_is_no_name(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 7 - The new envoy"
        " of Freedonia, Pavel Amsel, presented his letters on Tuesday. The ceremony was"
        " attended by Norway's Minister of Trade and Regional Integration, Dr. Mira"
        " Kostal, along with staff of the Ministry of Trade and Regional Integration,"
        " and embassy staff."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert "Regional Integration" not in found
    assert "Mira Kostal" in found


def test_a_headline_in_title_case_names_nobody_by_its_nouns(tmp_path: Path) -> None:
    text = (
        "15 May 2024\n\nRuritania: Army Chief of Staff Probes With Norwegian Defense"
        " Minister Joint Naval Ties\n\n(Invented test article for kg extract; not"
        " news.)\n\nArmy Chief of Staff Jan Brodsky met on Tuesday the Norwegian Defense"
        " Minister Lars Ekdal and his delegation in Oslo."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert not any("Probes" in n or "Ties" in n for n in found)
    assert {"Jan Brodsky", "Lars Ekdal"} <= found


def test_officer_closes_a_title_the_tables_lack(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nSTRELSAU, May 7 - Ruritanian"
        " police commissioner Tomas Grell met with the Freedonian Chief Diplomatic"
        " Officer Nora Halvik in Strelsau on Tuesday to talk about border checks."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert "Nora Halvik" in found
    assert not any("Officer" in n for n in found)


def test_a_monarch_is_named_by_one_name(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 7 - His"
        " Majesty King Rudolf received Freedonian Defence Minister Olga Rudd at the"
        " palace in Oslo on Tuesday and discussed training of officers."
    )
    result = draft(text, tmp_path, date=_DATE)
    # The style stays with a lone given name, as curators write it (session 37).
    assert "King Rudolf" in names(Reading.of(result.facts))
    assert frozenset({"King Rudolf", "Olga Rudd"}) in participants(result)


def test_one_on_whose_behalf_another_speaks_is_named_in_passing(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nSTRELSAU, May 7 - Ruritanian"
        " Defence Minister Karel Vondra received Freedonian Defence Minister Olga Rudd"
        " in Strelsau on Tuesday. Major General Ivo Sklar, on behalf of Army Chief"
        " General Emil Varga, thanked the guests for their help."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert "Emil Varga" not in found
    assert {"Karel Vondra", "Olga Rudd"} <= found


def test_one_whose_message_is_brought_is_named_in_passing(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nSTRELSAU, May 7 - Freedonian"
        " Chief of Staff General Amos Tell met Ruritanian Defence Minister Karel Vondra"
        " in Strelsau on Tuesday and brought him a message sent from President Hugo"
        " Brandt."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert "Hugo Brandt" not in found
    assert {"Amos Tell", "Karel Vondra"} <= found


def test_a_bare_name_after_an_opening_time_phrase_is_a_person(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nOn Monday, Tomas Ruhl"
        " received visitors from Freedonia led by their defence chief. They spoke about"
        " officer training."
    )
    assert "Tomas Ruhl" in names(read(text, tmp_path, date=_DATE))


def test_a_title_in_lower_case_before_a_comma_introduces_a_name(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 7 - Freedonian"
        " soldiers left the border camp on Tuesday. A spokesperson, Lena Vossberg, says"
        " the embassy will stay open this week."
    )
    assert "Lena Vossberg" in names(read(text, tmp_path, date=_DATE))


def test_a_founder_recalled_is_named_in_passing(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 7 - Ruritanian"
        " Defence Minister Karel Vondra met Freedonian Defence Minister Olga Rudd in"
        " Oslo on Tuesday. Vondra praised the first republican President Anton Maly"
        " for his part in the old alliance, and recalled the national hero, Dr Petr"
        " Holan."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert {"Karel Vondra", "Olga Rudd"} <= found
    assert not {"Anton Maly", "Petr Holan"} & found


def test_one_spoken_of_in_another_s_words_is_named_in_passing(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 7 - Ruritanian"
        " Defence Minister Karel Vondra met Freedonian Defence Minister Olga Rudd in"
        " Oslo on Tuesday. Vondra said, President Ivan Skala values the ties between"
        " the two armies. Prime Minister Dana Orlik knows the region well, Rudd said."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert {"Karel Vondra", "Olga Rudd"} <= found
    assert not {"Ivan Skala", "Dana Orlik"} & found


def test_one_who_speaks_of_a_meeting_after_said_this_is_kept(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 7 - President"
        " Anton Sorel says the army has much to learn from its partners. President"
        " Sorel said this on Monday as Freedonian Defence Minister Olga Rudd came to"
        " see him in Oslo."
    )
    assert "Olga Rudd" in names(read(text, tmp_path, date=_DATE))
