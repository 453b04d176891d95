"""kg extract: round 25 rules for how persons' names are read and linked, each on a
short invented article (our own words, invented people; not news): a surname of
several words written alone before or after the full name, the Portuguese
particle 'do' inside a name, and the nouns of a camp, a landform or a vessel that
make capitalised words a place's or a thing's name, not a person's."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft, names, participants, read

_DATE = "2024-05-07"


def test_a_later_mention_by_a_surname_of_several_words_is_the_same_person(
    tmp_path: Path,
) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nLISBON, May 7 - The chief"
        " of the Portuguese army, General Tomas Da Silva Mendes Prado, received the"
        " commander of the Chilean army, General Ivo Krall, in Lisbon on Tuesday."
        " Later that day General Da Silva Mendes Prado took his guest to a museum."
    )
    assert names(read(text, tmp_path, date=_DATE)) == {"Tomas Da Silva Mendes Prado", "Ivo Krall"}
    meetings = participants(draft(text, tmp_path, date=_DATE))
    assert meetings == [{"Tomas Da Silva Mendes Prado", "Ivo Krall"}]


def test_a_hyphenated_surname_in_the_headline_is_the_full_name_below(tmp_path: Path) -> None:
    text = (
        "Ruritania: President Varga-Lenz Receives Freedonian Envoy\n\n(Invented test"
        " article for kg extract; not news.)\n\nPresident Alma Rosa Varga-Lenz on Tuesday"
        " received the new Ambassador of Freedonia to Ruritania, Pavel Amsel, at the"
        " palace in Strelsau."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert "Varga-Lenz" not in found
    assert {"Alma Rosa Varga-Lenz", "Pavel Amsel"} <= found


def test_no_tail_is_linked_in_a_name_of_lineage(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nSTRELSAU, May 7 - Defence"
        " Minister Hamid bin Salim Al Darwi of Freedonia met Ruritanian Defence Minister"
        " Karel Vondra in Strelsau on Tuesday. On Wednesday Freedonian Foreign Minister"
        " Salim Al Darwi, his father, held talks with Vondra."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert {"Hamid bin Salim Al Darwi", "Salim Al Darwi"} <= found


def test_do_is_a_particle_inside_a_name(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nSTRELSAU, May 7 - Ruritanian"
        " Defence Minister Karel Vondra also saw the Prime Minister of Freedonia, Jorge"
        " Alberto do Vale, at his office on Tuesday."
    )
    assert "Jorge Alberto do Vale" in names(read(text, tmp_path, date=_DATE))


def test_barracks_make_a_place_not_a_person(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nThe yearly staff talks of"
        " Ruritania and Freedonia took place on Tuesday 7 May 2024 in the Queen Ottilie"
        " Barracks."
        " Ruritanian Defence Minister Karel Vondra met Freedonian Defence Minister Olga"
        " Rudd there."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert not any("Barracks" in n or "Ottilie" in n for n in found)
    assert {"Karel Vondra", "Olga Rudd"} <= found


def test_a_peninsula_is_no_participant(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nSTRELSAU, May 7 - The chief"
        " of the Ruritanian defence staff, Lieutenant General Piotr Hask, co-chaired the"
        " Northern Peninsula Staff Talks, held in Strelsau from 5 to 7 May."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert "Piotr Hask" in found
    assert not any("Peninsula" in n for n in found)


def test_a_ship_is_no_person_after_a_rank_like_word(tmp_path: Path) -> None:
    text = (
        "Navy Shows Its Next-Gen Coastal Supply Ship To Guests\n\n(Invented test article"
        " for kg extract; not news.)\n\nSTRELSAU, May 7 - Ruritanian Navy chief Vice"
        " Admiral Jan Brodsky met Freedonian Defence Minister Olga Rudd in Strelsau on"
        " Tuesday."
    )
    found = names(read(text, tmp_path, date=_DATE))
    assert not any("Ship" in n for n in found)
    assert {"Jan Brodsky", "Olga Rudd"} <= found
