"""kg validate: every kind of problem has a fixture with its exact message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.curation.validation import check

from .conftest import FIXTURES, ROOT

INVALID = sorted((FIXTURES / "invalid").glob("*.tsv"))


def test_seed_data_is_valid() -> None:
    curated, problems = check(ROOT / "data")
    assert problems == []
    assert curated is not None
    assert [s.id for s in curated.sources] == ["000_ce432b95e0a567d5"]


def test_tiny_fixture_is_valid(tiny_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    assert capsys.readouterr().out == "ok: 1 source(s), 36 curated facts, no problems\n"


def test_a_validity_period_of_one_day_is_valid(
    tiny_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tiny = tiny_data / "curated" / "tiny.tsv"
    text = tiny.read_text(encoding="utf-8")
    assert "validUntil\t2022-12-31" in text
    tiny.write_text(text.replace("validUntil\t2022-12-31", "validUntil\t2022-01-01"), "utf-8")
    assert main(["validate"]) == 0, capsys.readouterr().err


@pytest.mark.parametrize("fixture", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_fixture_gives_exact_message(
    fixture: Path, tiny_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(fixture, tiny_data / "curated" / "tiny.tsv")
    assert main(["validate"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == fixture.with_suffix(".expected").read_text(encoding="utf-8")


def test_every_invalid_fixture_has_expected_output() -> None:
    assert len(INVALID) >= 20
    for fixture in INVALID:
        assert fixture.with_suffix(".expected").is_file(), fixture.name


def test_problems_in_several_files_are_all_reported(
    tiny_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(FIXTURES / "invalid" / "unknown-property.tsv", tiny_data / "curated" / "tiny.tsv")
    second = (FIXTURES / "invalid" / "unknown-rank.tsv").read_text(encoding="utf-8")
    (tiny_data / "curated" / "second.tsv").write_text(
        second.replace("@id\ttiny", "@id\tsecond"), encoding="utf-8"
    )
    assert main(["validate"]) == 1
    err = capsys.readouterr().err
    assert "data/curated/tiny.tsv:10: unknown property 'hasRnak'" in err
    assert "data/curated/second.tsv:10: unknown reference" in err
    assert err.endswith("2 problem(s) in 2 file(s); nothing was built or changed.\n")


def test_two_sources_may_repeat_a_fact(tiny_data: Path) -> None:
    text = (tiny_data / "curated" / "tiny.tsv").read_text(encoding="utf-8")
    (tiny_data / "curated" / "again.tsv").write_text(
        text.replace("@id\ttiny", "@id\tagain"), encoding="utf-8"
    )
    curated, problems = check(tiny_data)
    assert problems == []
    assert curated is not None and len(curated.sources) == 2


def test_same_source_id_twice(tiny_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(tiny_data / "curated" / "tiny.tsv", tiny_data / "curated" / "copy.tsv")
    assert main(["validate"]) == 1
    assert (
        "data/curated/tiny.tsv:2: source id 'tiny' is also used by data/curated/copy.tsv"
        in capsys.readouterr().err
    )


def test_spreadsheet_export_quoting_and_padding(tiny_data: Path) -> None:
    path = tiny_data / "curated" / "tiny.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[8] = lines[8].replace("\tAidar Testov\t", '\t"Aidar Testov"\t') + "\t\t"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    curated, problems = check(tiny_data)
    assert problems == []
    assert curated is not None
    labels = {str(o) for _, p, o in curated.asserted if p.endswith("#label")}
    assert "Aidar Testov" in labels


def test_not_utf8(tiny_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tiny_data / "curated" / "tiny.tsv"
    path.write_bytes(path.read_bytes().replace(b"Aidar Testov\t", b"A\xefdar Testov\t", 1))
    assert main(["validate"]) == 1
    assert capsys.readouterr().err.startswith(
        "data/curated/tiny.tsv:9: the file is not valid UTF-8\n    fix: save the file as UTF-8"
    )


def test_missing_source_text(tiny_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tiny_data / "sources" / "tiny.txt").unlink()
    assert main(["validate"]) == 1
    assert capsys.readouterr().err.startswith(
        "data/curated/tiny.tsv:6: the source text sources/tiny.txt is not in the data folder\n"
    )


def test_usage_errors_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["validate"]) == 2
    assert capsys.readouterr().err == (
        "kg validate: no data folder at data\n"
        "    fix: run from the project folder or pass --data DIR\n"
    )
    (tmp_path / "data").mkdir()
    assert main(["validate"]) == 2
    assert "no curated files (*.tsv) in data/curated" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["validate", "--no-such-option"])
    assert exit_info.value.code == 2


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        (
            "rank:post-soviet-army.general-lieutenant",
            "did you mean rank:post-soviet-army.lieutenant-general?",
        ),
        (
            "rank:post-soviet-army.colonel-generl",
            "did you mean rank:post-soviet-army.colonel-general?",
        ),
        ("rank:post-soviet-army.grand-vizier", "add a row to data/reference/ranks.csv"),
        ("rank:soviet.colonel", "a ladder of data/reference/rank_systems.csv"),
        ("place:gabala", "add a row `gabala,LABEL,City,ISO2,ALIASES`"),
        ("place:bakuu", "did you mean place:baku?"),
    ],
)
def test_suggestions_stay_in_the_table(written: str, hint: str) -> None:
    from kg.model.reference import load

    with pytest.raises(KeyError) as info:
        load(ROOT / "data").resolve(written)
    message = info.value.args[0]
    assert hint in message
    if "did you mean" in hint:
        assert message == hint
    else:
        assert "did you mean" not in message
