"""A static site of the knowledge graph: an index with search and lists, a page
per entity (facts grouped by meaning, each with its source, date and quote; a
timeline; the neighbourhood), a page per source. Opens from the file system,
offline; a Content-Security-Policy allows nothing but the site's own files.

``site`` may import model, sparql and graph; builder imports it."""

from __future__ import annotations

from pathlib import Path

from ..graph.projection import Index
from ..progress import QUIET, Progress
from .data import SiteData
from .write import PAGE_SIZE, SiteResult, write_site


def write_site_of_build(
    build: Path, out: Path, page_size: int = PAGE_SIZE, progress: Progress = QUIET
) -> SiteResult:
    """The site of everything in a build's store: curated and imported data. The
    graph comes from the build's index files (a pass over the store when they are
    of another version of it); the store answers the queries for evidence,
    sources and other names only. ``progress`` hears of the index (when it is
    read from the store) and of the pages written."""
    from ..sparql import store

    held = store.open_read_only(build)  # a UsageError when there is no store
    index = Index.open(build, save=False, progress=progress)
    progress.stage("site: read the data")
    return write_site(SiteData.from_ox(held, index), out, page_size, progress)


__all__ = ["PAGE_SIZE", "SiteData", "SiteResult", "write_site", "write_site_of_build"]
