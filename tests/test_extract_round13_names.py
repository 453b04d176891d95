"""kg extract: names, round 13, on short invented articles (our own words, marked as
invented): a name after a title the tables did not know ('Principal Secretary',
'National Security Advisor', 'Speaker', 'Chargé d\u2019Affaires' written with a curly apostrophe)
is read as a person."""

from __future__ import annotations

from pathlib import Path

import pytest

from .drafts import names as _names
from .drafts import read as _read

_NOTE = "(Invented test article for kg extract; not news.)\n\n"


@pytest.mark.parametrize(
    "title",
    [
        "Principal Secretary",
        "Assistant Secretary",
        "National Security Advisor",
        "Presidential Adviser",
        "Parliament Speaker",
        "Charge d\u2019Affaires",
    ],
)
def test_a_name_after_an_open_title(tmp_path: Path, title: str) -> None:
    reading = _read(
        _NOTE + "Zembla and Ostria discuss ties\n\nOSTRIA CITY, May 4, 2021 -- Zemblan"
        " Defense Minister Karel Vostrik met on Tuesday with Ostrian officials.\nVostrik"
        f" also met the Ostrian {title} Dora Plenk on training.",
        tmp_path,
        "2021-05-04",
    )
    assert "Dora Plenk" in _names(reading)


def test_a_headline_readout_names_no_post_before_an_open_title(tmp_path: Path) -> None:
    reading = _read(
        _NOTE + "Readout of Director Carl Brandt's meeting with UK Defence Secretary Tom"
        " Ashby\n\nSecretary of Defense Carl Brandt met with his counterpart from the United"
        " Kingdom, UK Defence Secretary Tom Ashby, yesterday in London.",
        tmp_path,
        "2024-05-05",
    )
    labels = {reading.one(p, "label") for p in reading.of_class("Post")}
    assert not any(label.startswith("Readout") for label in labels)


def test_an_apostrophe_then_a_space_ends_a_name(tmp_path: Path) -> None:
    reading = _read(
        _NOTE + "Readout from Director Jon Hale' Bilateral Meeting with Karel Vostrik\n\n"
        "OSTRIA CITY, May 4, 2021 -- Ostrian Defense Director Jon Hale met Zemblan Defense"
        " Minister Karel Vostrik on Tuesday.",
        tmp_path,
        "2021-05-04",
    )
    assert "Jon Hale" in _names(reading)
    assert not any("Bilateral" in name for name in _names(reading))
