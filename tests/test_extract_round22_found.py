"""kg extract: round 22 rules for meetings found, each on a short invented article
(our own words, invented people; not news): a full post title with no name after
it ('the Chilean defence minister', 'The Norwegian Defence Secretary') stands
for the person read before with that very post, so the meeting it tells is read."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft, participants


def _met(text: str, tmp_path: Path) -> list[frozenset[str]]:
    return participants(draft(text, tmp_path, date="2024-05-07"))


def test_a_full_title_after_the_verb_is_the_guest_read_before(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 7 - A"
        " memorandum on defence training was signed in Oslo on Tuesday by Norwegian"
        " Chief of Staff Major General Anton Brask and the visiting Chilean Minister"
        " of Defence Brigadier General Oskar Velling.\n\nSeparately, Army Commander"
        " Major General Malik Haddad received the Chilean defence minister at his office."
    )
    assert frozenset({"Malik Haddad", "Oskar Velling"}) in _met(text, tmp_path)


def test_a_full_title_as_the_subject_is_the_one_of_its_country(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 7 - During"
        " the dialogue in Oslo, Norway's Defence Secretary Air Vice Marshal Piet"
        " Lamberg and Chilean Defence Secretary Tomas Edvik led their delegations."
        " The Chilean Defence Secretary later held discussions with Deputy Minister"
        " of Defence Major General Ida Sorn."
    )
    assert frozenset({"Tomas Edvik", "Ida Sorn"}) in _met(text, tmp_path)


def test_a_title_whose_holder_waits_for_a_country_is_still_read(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 7 - Minister"
        " of Defence Karel Dunst opened a training centre in Oslo on Tuesday. Among the"
        " guests were the Chilean ambassador to Norway, Lena Voss, and the Peruvian"
        " ambassador, Arno Kell. The meeting between the Minister of Defence and the"
        " Chilean Ambassador was held at noon. Later in the day, the Minister of Defence"
        " received the Peruvian Ambassador."
    )
    met = _met(text, tmp_path)
    assert frozenset({"Karel Dunst", "Lena Voss"}) in met
    assert frozenset({"Karel Dunst", "Arno Kell"}) in met


def test_a_family_name_in_capitals_first_is_read(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nTOKYO, May 7 - Defense"
        " Minister TANAKA Hiroshi received Chilean Defence Minister Lucia Quispe in Tokyo"
        " on Tuesday for talks on training. Tanaka praised the ties of the two navies."
    )
    assert frozenset({"TANAKA Hiroshi", "Lucia Quispe"}) in _met(text, tmp_path)


def test_a_time_in_the_persons_own_clause_does_not_date_the_meeting(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 6 - Norwegian"
        " Defence Minister Aarne Virtanen received Chilean Army Commander General Lucia"
        " Quispe in Oslo on Monday. General Quispe, who was given the command in March,"
        " later met Chief of Defence Admiral Olaf Haraldsen."
    )
    assert frozenset({"Lucia Quispe", "Olaf Haraldsen"}) in _met(text, tmp_path)


def test_a_guest_after_a_dotted_his_excellency_is_read(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 7 - The Minister"
        " of Defence, Aarne Virtanen, held a meeting with the Ambassador of the Republic"
        " of Chile, HE. Lena Voss, on training and exercises."
    )
    assert frozenset({"Aarne Virtanen", "Lena Voss"}) in _met(text, tmp_path)


def test_a_guest_with_a_nickname_in_brackets_is_read_whole(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nOSLO, May 7 - Norwegian"
        " Defence Minister Aarne Virtanen received the US Charge d'Affaires in Norway,"
        " Mr. William (Bill) Hart, to talk about training."
    )
    # Read whole; the label leaves the nickname out, as one in quotes (session 18).
    assert frozenset({"Aarne Virtanen", "William Hart"}) in _met(text, tmp_path)


def test_a_state_secretary_for_defence_named_first_is_read(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nAarne Virtanen, Norway's"
        " State Secretary for Defence arrived in Santiago on Monday for a visit to Chile."
        " The Norwegian guest and his team were welcomed at the air base by Rear Admiral"
        " Lucia Quispe, Chief of Staff of the Chilean Navy."
    )
    assert frozenset({"Aarne Virtanen", "Lucia Quispe"}) in _met(text, tmp_path)


def test_a_newly_appointed_guest_listed_after_another_takes_part(tmp_path: Path) -> None:
    text = (
        "(Invented test article for kg extract; not news.)\n\nSANTIAGO, May 7 - Chilean"
        " Defence Minister Lucia Quispe hosted British Ambassador to Chile Paul Hart,"
        " and the newly appointed Defence Attaché, Colonel Ray Dunmore,"
        " for a working lunch."
    )
    assert frozenset({"Lucia Quispe", "Paul Hart", "Ray Dunmore"}) in _met(text, tmp_path)
