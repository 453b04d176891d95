"""Write the site: every page into a fresh folder beside the target, which then
replaces the target (a reader never sees half a site)."""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..fs import swap
from ..graph.views import _asset
from ..progress import QUIET, Progress
from .data import SiteData
from .listing import index_page, list_pages, search_index
from .pages import entity_pages, source_page

HERE = Path(__file__).parent
GRAPH_ASSETS = HERE.parent / "graph" / "assets"
PAGE_SIZE = 250
"""Imported events per page of an entity's events table."""
OWN_ASSETS = ("site.css", "search.js", "neighbourhood.js")
VIS_ASSETS = ("vis-network.min.js", "vis-network.css")


@dataclass
class SiteResult:
    out: Path
    pages: int = 0
    bytes: int = 0
    largest: tuple[int, str] = (0, "")
    seconds: float = 0.0
    entities: int = 0
    sources: int = 0
    files: list[str] = field(default_factory=list)


def write_site(
    data: SiteData, out: Path, page_size: int = PAGE_SIZE, progress: Progress = QUIET
) -> SiteResult:
    """Write the site; ``progress`` advances by one for each source and entity."""
    started = time.monotonic()
    out = out.absolute()
    out.parent.mkdir(parents=True, exist_ok=True)
    fresh = out.parent / f".{out.name}.new-{os.getpid()}"
    if fresh.exists():
        shutil.rmtree(fresh)
    result = SiteResult(out, entities=len(data.classes), sources=len(data.sources))
    for folder in ("e", "s", "list", "assets"):
        (fresh / folder).mkdir(parents=True)

    def put(name: str, text: str) -> None:
        raw = text.encode("utf-8")
        (fresh / name).write_bytes(raw)
        result.pages += name.endswith(".html")
        result.bytes += len(raw)
        result.largest = max(result.largest, (len(raw), name))

    for name in OWN_ASSETS:
        put(f"assets/{name}", (HERE / "assets" / name).read_text(encoding="utf-8"))
    for name in VIS_ASSETS:
        put(f"assets/{name}", _asset(name))
    # Reading the data block, as the graph views do.
    put("assets/kg-data.js", (GRAPH_ASSETS / "data.js").read_text(encoding="utf-8"))
    put("search-index.js", search_index(data))
    put("index.html", index_page(data))
    for name, html in list_pages(data):
        put(name, html)
    progress.stage("site: write the pages", len(data.sources) + len(data.classes))
    for source in sorted(data.sources):
        put(*source_page(data, source))
        progress.advance()
    for node in sorted(data.classes):
        for name, html in entity_pages(data, node, page_size):
            put(name, html)
        progress.advance()
    swap(out, fresh)
    result.seconds = time.monotonic() - started
    return result
