"""curation.time_checks over the multi-article corpus: each flawed article gives its
warning, with the lines of both facts involved; the clean corpus gives none."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.model import resources

from .test_identity_checks import at, corpus, here, warnings

__all__ = ["here"]


def where(problem: object) -> str:
    return f"{problem.path}:{problem.line}"  # type: ignore[attr-defined]


def test_two_holders_of_one_post_at_once(here: Path) -> None:
    data = corpus(here, "a06")
    (problem,) = warnings(data)
    assert where(problem) == at(data, "a06", "testov-kz-minister-2020", "holder")
    assert "kz-minister-of-defence has one holder at a time" in problem.message
    assert at(data, "a05", "fiktivov-kz-minister", "holder") in problem.message


def test_posts_of_several_holders_come_from_the_data_folders_tables(here: Path) -> None:
    # Regression: the table was read from the bundled folder even when --data had
    # its own reference folder, so a post listed there still warned.
    data = corpus(here, "a06")
    shutil.copytree(resources.reference_dir(), data / "reference")
    with (data / "reference" / "multi_holder_posts.csv").open("a", encoding="utf-8") as table:
        table.write("minister of defence,every minister of defence (a test of the folder)\n")
    assert warnings(data) == []


def test_a_rank_that_falls(here: Path) -> None:
    data = corpus(here, "a13")
    (problem,) = warnings(data)
    assert where(problem) == at(data, "a13", "nurlan-fiktivov", "hasRank")
    assert "rank falls from Lieutenant General" in problem.message
    assert at(data, "a05", "nurlan-fiktivov", "hasRank") in problem.message


def test_sources_disagree_on_a_rank(here: Path) -> None:
    data = corpus(here, "a09")
    (problem,) = warnings(data)
    assert where(problem) == at(data, "a09", "sergei-primerov", "hasRank")
    assert problem.message.startswith("sources disagree: sergei-primerov has hasRank")
    assert problem.message.endswith(at(data, "a08", "sergei-primerov", "hasRank"))


def test_one_person_in_two_places_on_one_day(here: Path) -> None:
    data = corpus(here, "a14")
    (problem,) = warnings(data)
    assert where(problem) == at(data, "a14", "primeradze-primerov-2023-01-13", "location")
    assert "sergei-primerov is at place:tbilisi" in problem.message
    assert at(data, "a13", "fiktivov-primerov-2023-01-13", "location") in problem.message


def test_sources_disagree_on_a_place(here: Path) -> None:
    data = corpus(here, "a16")
    (problem,) = warnings(data)
    assert where(problem) == at(data, "a16", "fiktiv-testov-2019-09-02", "location")
    assert at(data, "a03", "fiktiv-testov-2019-09-02", "location") in problem.message


def test_an_event_after_its_article(here: Path) -> None:
    data = corpus(here, "a11")
    (problem,) = warnings(data)
    assert where(problem) == at(data, "a11", "primeradze-fiktivov-2022-04-04", "date")
    assert "after the article that reports it (2022-04-05)" in problem.message


def test_every_flaw_at_once_and_strict(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    flawed = sorted(
        p.stem for p in (Path(__file__).parent / "fixtures/corpus/flawed/curated").glob("*.tsv")
    )
    corpus(here, *flawed)
    assert main(["validate"]) == 0
    captured = capsys.readouterr()
    assert captured.out.endswith(f"{len(flawed)} warning(s)\n")
    assert main(["validate", "--strict"]) == 1
    err = capsys.readouterr().err
    for name in flawed:
        assert f"data/curated/{name}.tsv:" in err
