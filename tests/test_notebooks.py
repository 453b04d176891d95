"""Every notebook runs top to bottom in a fresh kernel, against a real build."""

from __future__ import annotations

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
    ]


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path: Path, seed_build: tuple[Path, BuildResult], tmp_path: Path) -> None:
    (tmp_path / "build").symlink_to(seed_build[0])
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
