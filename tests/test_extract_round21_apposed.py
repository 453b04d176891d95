"""kg extract: round 21 rule for apposed names, on a short invented article (our own
words, invented people; not news): a name set off by commas after a title that
runs on or whose head the tables leave open ('the Undersecretary of ... for
Strategic Affairs, A B, received ...') is a person; a building's name after 'at
the Ministry of Defence,' and a portfolio ('Director General, Equipment Policy,')
are none."""

from __future__ import annotations

from pathlib import Path

from .drafts import names, read


def test_a_name_between_commas_after_a_title_is_a_person(tmp_path: Path) -> None:
    found = names(
        read(
            "(Invented test article for kg extract; not news.)\n\nORLAN, 3 March 2025 -"
            " The Undersecretary of the Ministry of Defense for Strategic Affairs,"
            " Dario bin Ali Fenn, received Zentian Minister of Defence Karel Vostrin in"
            " Orlan on Monday. Also present were the Chief of Staff, Toma Brenik, and the"
            " Permanent Secretary for the Ministry of Home Affairs, Jorel Akafo.",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert {"Dario bin Ali Fenn", "Toma Brenik", "Jorel Akafo"} <= found


def test_a_place_or_a_portfolio_after_a_comma_is_no_name(tmp_path: Path) -> None:
    found = names(
        read(
            "(Invented test article for kg extract; not news.)\n\nORLAN, 3 March 2025 -"
            " Zentian Minister of Defence Karel Vostrin met his Larian counterpart Toma"
            " Brenik in Orlan on Monday. Zentia was represented by Director General,"
            " Equipment Policy, Mr. Dario Fenn. The talks were held at the Ministry of"
            " Defence, Sunny Gardens, in Orlan.",
            tmp_path,
            date="2025-03-03",
        )
    )
    assert not found & {"Sunny Gardens", "Equipment Policy"}
