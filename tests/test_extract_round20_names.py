"""kg extract: round 20 rules for names, each on a short invented article (our own
words, invented people; not news): a name does not run on into 'The' that opens
the next line, a portfolio's word that closes a title ('Finance and
Administration') is no first name, 'Cde' (comrade) is an honorific, and a
lower-case post title ('defense Minister A B') opens a name of two words or more."""

from __future__ import annotations

from pathlib import Path

from .drafts import names, read


def test_a_name_ends_before_the_next_lines_the(tmp_path: Path) -> None:
    found = names(
        read(
            "General Karel Vostrin met with his Zentian counterpart, Chief of General"
            " Staff Major General Toma Brenik\nThe Chief of Defence Forces, Gen. Karel"
            " Vostrin, met with his Zentian counterpart, Major Gen. Toma Brenik, at the"
            " headquarters in Orlan on Monday. (Invented test article for kg extract;"
            " not news.)",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert "Toma Brenik" in found
    assert not any(n.endswith(" The") for n in found)


def test_a_portfolio_word_is_no_first_name(tmp_path: Path) -> None:
    found = names(
        read(
            "(Invented test article for kg extract; not news.)\n\nORLAN, 3 March 2025 -"
            " Zentian Minister of Defence Karel Vostrin met Dario Fenn, the Zentian"
            " Director of Finance and Administration, and Toma Brenik, the Zentian"
            " Head of Policy Coordination, in Orlan on Monday.",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert not any(n.split()[0] in ("Administration", "Coordination") for n in found)


def test_comrade_is_an_honorific(tmp_path: Path) -> None:
    found = names(
        read(
            "(Invented test article for kg extract; not news.)\n\nHARARE, 3 March 2025 -"
            " Zentian Defence Minister Karel Vostrin held talks with Cde Tafadzwa"
            " Moyo, Zimbabwe's Minister of Defence, in Harare on Monday.",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert "Tafadzwa Moyo" in found


def test_a_name_after_a_lower_case_title_is_a_person(tmp_path: Path) -> None:
    found = names(
        read(
            "(Invented test article for kg extract; not news.)\n\nORLAN, 3 March 2025 -"
            " Greek defense Minister Karel Vostrin is visiting Zentia on Monday. He met"
            " Zentian Defence Minister Toma Brenik in Orlan.",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert "Karel Vostrin" in found


def test_a_command_or_a_portfolio_is_no_name(tmp_path: Path) -> None:
    found = names(
        read(
            "(Invented test article for kg extract; not news.)\n\nORLAN, 3 March 2025 -"
            " Zentian Defence Minister Karel Vostrin called on the commander Northern"
            " Naval Area, Rear Admiral Toma Brenik, and met the director Army Public"
            " Relations in Orlan on Monday.",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert not any(n.endswith(("Area", "Relations")) for n in found)


def test_a_name_after_a_lower_case_title_that_runs_on(tmp_path: Path) -> None:
    found = names(
        read(
            "(Invented test article for kg extract; not news.)\n\nORLAN, 3 March 2025 -"
            " The chief of the Zentian Armed Forces Toma Dalko called on Defence"
            " Minister Karel Vostrin at the Ministry of Defence in Orlan on Monday.",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert "Toma Dalko" in found


def test_a_name_after_a_title_the_tables_leave_open(tmp_path: Path) -> None:
    # open_title.holder: 'intelligence chief' names no post of the tables, but the
    # two words after it are a person's name, drafted without a post.
    reading = read(
        "(Invented test article for kg extract; not news.)\n\nRuritanian foreign minister"
        " Osric Delmont, along with intelligence chief Tomas Brennick, visited Zenda for"
        " talks with Freedonian Defence Minister Ivo Stasko on Monday.",
        tmp_path,
        date="2025-03-03",
    )
    assert "Tomas Brennick" in names(reading)
