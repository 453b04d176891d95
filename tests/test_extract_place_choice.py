"""kg extract: each meeting's place weighed against the article's other places
(session 21, kg.extract.place_choice), on short invented articles (our own words,
invented people; not news)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.extract import extract
from kg.extract.evaluation import Reading

from .conftest import ROOT
from .drafts import data_copy, draft, extract_command

# The wire's home city opens the meeting's own sentence; the meeting was in Zambia,
# which the minister is visiting. The rules take the dateline's city: the article
# names it twice, so it is more than where the report was filed (filed_home).
HOME_DATELINE = (
    "Indian defence minister calls on Zambian leaders\n\n"
    "New Delhi: Defence Minister Arvind Kumar Rao, who is on an official visit to Zambia,"
    " on Monday called on Zambian Vice President Grace Mwansa Tembo.\n\n"
    "Mr Rao is visiting Lusaka, Zambia from March 4 to 6, the first visit by an Indian"
    " defence minister to the country.\n\n"
    "The two sides discussed training, hydrography and the supply of patrol boats."
    " Mr Rao flies back to New Delhi on Thursday.\n"
)


def _data(tmp_path: Path, weights: str | None) -> Path:
    """A copy of the reference tables with these weights (None: no table)."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "reference", data / "reference")
    table = data / "reference" / "meeting_place_weights.csv"
    if weights is None:
        table.unlink()
    else:
        table.write_text(f"feature,weight,comment\n{weights}", encoding="utf-8")
    return data


def _place(reading: Reading) -> str:
    (meeting,) = reading.of_class("Meeting")
    return reading.one(meeting, "location")


# Weights that prefer a country a participant is visiting (the shipped table is
# empty: see kg.extract.place_choice).
VISITED = "visited|country,3.0,\n"


def test_a_home_dateline_in_the_meetings_sentence_gives_way_to_the_country_visited(
    tmp_path: Path,
) -> None:
    draft(HOME_DATELINE, tmp_path, date="2024-03-05")
    article = tmp_path / "a.txt"  # where draft() wrote it
    result = extract(article, date="2024-03-05", data_dir=_data(tmp_path, VISITED))
    reading = Reading.of(result.facts)
    assert _place(reading) == "country:ZM"
    (comment,) = [line for line in result.text.splitlines() if line.startswith("# meeting")]
    assert "place weighed among the article's places; the rules read place:new-delhi" in comment
    (located,) = [f for f in result.facts if f[1] == "location"]
    assert "official visit to Zambia" in located[3]  # the words that name the place


def test_without_weights_or_below_the_margin_the_rules_place_stands(
    tmp_path: Path,
) -> None:
    draft(HOME_DATELINE, tmp_path, date="2024-03-05")
    article = tmp_path / "a.txt"  # where draft() wrote it
    shapes = [None, "", "current,1.0,\n", "visited|country,0.4,\n"]  # "": as shipped
    for n, weights in enumerate(shapes):
        data = _data(tmp_path / str(n), weights)
        result = extract(article, date="2024-03-05", data_dir=data)
        assert _place(Reading.of(result.facts)) == "place:new-delhi"
        assert "place weighed" not in result.text


def test_a_weight_moves_the_meeting_to_the_place_its_feature_describes(
    tmp_path: Path,
) -> None:
    draft(HOME_DATELINE, tmp_path, date="2024-03-05")
    article = tmp_path / "a.txt"
    # The rules' New Delhi weighed down; of the other places, a capital named near
    # the meeting's sentence wins: Lusaka, named in the next one.
    weights = "capital|city,1.0,\nnear|city,2.0,\ncurrent,-5.0,\n"
    result = extract(article, date="2024-03-05", data_dir=_data(tmp_path, weights))
    assert _place(Reading.of(result.facts)) == "place:lusaka"


def test_every_feature_computed_is_one_the_weights_table_may_name() -> None:
    from kg.extract.events import ArticleReader
    from kg.extract.gazetteer import load_gazetteer, pipeline
    from kg.extract.place_choice import candidates, place_evidence
    from kg.model.ranker_features import PLACE_CHOICE_FEATURES

    folder = ROOT / "data" / "reference"
    gaz = load_gazetteer(folder)
    reader = ArticleReader(gaz, HOME_DATELINE, "2024-03-05", pipeline(folder))
    findings = reader.read()
    evidence = place_evidence(gaz, reader.docs)
    (meeting,) = findings.meetings
    places, rows = candidates(gaz, evidence, meeting)
    # The meeting's place first, then its country and the others the article names.
    assert places[:2] == [meeting.location, "country:IN"]
    assert {"country:ZM", "place:lusaka", "country:IN"} <= set(places)
    computed = {name for row in rows for name in row}
    assert computed <= PLACE_CHOICE_FEATURES
    assert len(computed) >= 20


def test_the_draft_with_a_weighed_place_validates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.cli import main

    data = data_copy(tmp_path)
    table = data / "reference" / "meeting_place_weights.csv"
    table.write_text(f"feature,weight,comment\n{VISITED}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = data / "curated" / "article.tsv"
    assert extract_command(tmp_path, HOME_DATELINE, "2024-03-05", out) == 0
    assert main(["validate", "--data", "data"]) == 0
    assert "problem" not in capsys.readouterr().err
    assert "\tlocation\tcountry:ZM\t" in out.read_text(encoding="utf-8")


def test_a_table_the_training_tool_writes_reads_back_as_its_weights(tmp_path: Path) -> None:
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.ranker import table_text

    weights = {"near": -0.5, "current|city": 1.25}
    data = _data(tmp_path, None)
    text = table_text(weights, 'fitted on "tune50"')
    assert text.splitlines()[1] == "current|city,1.25,\"fitted on 'tune50'\""
    (data / "reference" / "meeting_place_weights.csv").write_text(text, encoding="utf-8")
    assert load_gazetteer((data / "reference").resolve()).meeting_place_weights == weights


def test_a_weight_that_is_no_number_stops_the_draft_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = data_copy(tmp_path)
    table = data / "reference" / "meeting_place_weights.csv"
    table.write_text("feature,weight,comment\nnear,1.0,\nvisited,many,\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "article.tsv"
    assert extract_command(tmp_path, HOME_DATELINE, "2024-03-05", out) == 1
    err = capsys.readouterr().err
    assert "data/reference/meeting_place_weights.csv:3: weight 'many' of 'visited'" in err
    assert "Traceback" not in err and not out.exists()
