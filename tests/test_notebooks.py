"""Every notebook runs top to bottom in a fresh kernel, against a real build."""

from __future__ import annotations

import lzma
import re
import shutil
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from kg.builder.exports import BuildResult

from .conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks() -> None:
    assert [p.name for p in NOTEBOOKS] == [
        "01-tour.ipynb",
        "02-relationships.ipynb",
        "03-views.ipynb",
        "04-icews.ipynb",
    ]


# 04-icews imports ICEWS 2014 into a build of its own; here only the records of
# the South Caucasus, Belarus and Azerbaijan's ministers (KG_ICEWS_SLICE).
ICEWS = ROOT / "data" / "icews" / "icews14.tsv.xz"
SLICE = "Azerbaijan|Armenia|Georgia|Belarus|Hasanov|Mammadyarov"


def _sliced_records() -> int:
    with lzma.open(ICEWS, "rt", encoding="utf-8") as f:
        records = f.read().splitlines()[1:]
    pattern = re.compile(SLICE)
    return sum(1 for r in records if any(pattern.search(x) for x in r.split("\t")[0:3:2]))


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(
    path: Path,
    seed_build: tuple[Path, BuildResult],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "build").symlink_to(seed_build[0])
    monkeypatch.setenv("KG_DATA", str(ROOT / "data"))
    monkeypatch.setenv("KG_ICEWS", str(ICEWS))
    monkeypatch.setenv("KG_ICEWS_BUILD", str(tmp_path / "icews-build"))
    monkeypatch.setenv("KG_ICEWS_SLICE", SLICE)
    work = tmp_path / "notebooks"
    work.mkdir()
    shutil.copy(path, work / path.name)
    notebook = nbformat.read(work / path.name, as_version=4)
    assert all(not c.get("outputs") for c in notebook.cells if c.cell_type == "code"), (
        "commit notebooks without outputs"
    )
    NotebookClient(
        notebook, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(work)}}
    ).execute()
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    if path.stem == "03-views":
        frames = [h for h in html if h.startswith("<iframe srcdoc=")]
        assert len(frames) == 4
        views, page = frames[:3], frames[3]
        assert all("https://cdn" not in h and "&lt;script&gt;" in h for h in views)
        # The entity page of the site: facts with their quotes, the timeline, no script.
        assert "Zakir Hasanov" in page and "&lt;svg" in page and "&lt;q&gt;" in page
        assert "&lt;script" not in page
    if path.stem == "01-tour":
        text = " ".join(html)
        assert "Zakir Hasanov" in text and "Colonel General" in text
    if path.stem == "02-relationships":
        assert any("image/png" in o.get("data", {}) for o in outputs)
    if path.stem == "04-icews":
        printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
        assert f"imported {_sliced_records():,} records as 'icews14-slice'" in printed
        assert sum("image/png" in o.get("data", {}) for o in outputs) == 3
        contacts, tie, brokers = html
        # Hasanov's most frequent counterpart in 2014: Georgia's defence minister.
        assert "Irakli Alasania" in contacts
        assert "2019-10" in tie
        assert all(c in brokers for c in ("Armenia", "Azerbaijan", "Georgia"))
