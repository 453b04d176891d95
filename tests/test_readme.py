"""The README's Python examples run against a real build and print results."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from .conftest import ROOT

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.S)


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_python_block(
    index: int, in_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "docs", in_build / "docs")
    exec(compile(BLOCKS[index], f"README.md block {index}", "exec"), {})
    out = capsys.readouterr().out
    assert "Zakir Hasanov" in out and "Andrei Ravkov" in out


def test_readme_has_two_quick_start_commands() -> None:
    text = (ROOT / "README.md").read_text()
    quick = text.split("## Quick start", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in quick.splitlines() if line.strip()]
    assert commands == ["make build", "make test"]
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_readme_provenance_query_answers(seed_store: ox.Store) -> None:
    text = (ROOT / "README.md").read_text()
    block = re.findall(r"```sparql\n(.*?)```", text, re.S)[0]
    result = seed_store.query(block, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    rows = [[term.value for term in row] for row in result]
    assert len(rows) == 1
    assert rows[0][1:] == [
        "2019-10-29",
        "Azerbaijani Defense Minister, Colonel General Zakir Hasanov",
        "curated/000_ce432b95e0a567d5.tsv",
        "15",
    ]


SHELL_LINES = [
    line.split("#")[0].strip().removeprefix(".venv/bin/")
    for block in re.findall(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    for line in block.splitlines()
    if line.strip().startswith(".venv/bin/kg ")
]


@pytest.mark.parametrize("line", SHELL_LINES)
def test_readme_kg_command_runs(
    line: str, in_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shlex

    from kg.cli import main

    tmp_path = in_build
    assert main(shlex.split(line)[1:]) == 0
    out = capsys.readouterr().out
    if line.startswith("kg export"):
        assert out.startswith("Wrote build/actors.gexf: actors projection, 3 nodes, 2 edges")
    elif line.startswith("kg view"):
        written = out.split(":", 1)[0].removeprefix("Wrote ")
        assert out.startswith("Wrote ") and (tmp_path / written).stat().st_size > 100_000
    else:
        assert "Andrei Ravkov" in out or "Zakir Hasanov" in out or "Azerbaijan" in out
