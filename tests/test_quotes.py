"""curation.quotes: the look-alike character that makes a quote miss is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli import main
from kg.curation.quotes import variant_hint


def test_straight_apostrophe_for_a_typographic_one() -> None:
    hint = variant_hint("the minister's visit", "on monday the minister\u2019s visit began")
    assert hint is not None
    assert '"\'" (apostrophe)' in hint
    assert "'\u2019' (right single quotation mark)" in hint


def test_hyphen_for_an_en_dash() -> None:
    hint = variant_hint("2019-2020 plan", "the 2019\u20132020 plan")
    assert hint is not None and "(en dash)" in hint and "(hyphen-minus)" in hint


def test_no_hint_when_the_words_differ() -> None:
    assert variant_hint("the ministers met", "the ministers\u2019 meeting") is None
    assert variant_hint("same text", "same text") is None


def test_validate_names_the_character(tiny_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tiny_data / "sources" / "tiny.txt"
    body = text.read_text(encoding="utf-8")
    assert "the ministers signed" in body
    text.write_text(
        body.replace("the ministers signed", "the ministers\u2019 aides signed"), "utf-8"
    )
    curated = tiny_data / "curated" / "tiny.tsv"
    facts = curated.read_text(encoding="utf-8")
    curated.write_text(
        facts.replace("the ministers signed", "the ministers' aides signed"), encoding="utf-8"
    )
    assert main(["validate"]) == 1
    err = capsys.readouterr().err
    quoted = facts.count("the ministers signed")
    assert err.count("the evidence quote is not in the source text") == quoted
    assert err.count("where the article has '\u2019' (right single quotation mark)") == quoted
