"""An entity's page as one self-contained document, for a notebook: the site's
style inlined, no scripts (the neighbourhood drawing is left out), the same
escaped content. Its links point into the site folder and do not navigate
inside a notebook's sandboxed frame."""

from __future__ import annotations

import re

from .data import SiteData
from .markup import CSP
from .pages import entity_pages
from .write import HERE

INLINE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def inline_page(data: SiteData, node: str) -> str:
    _name, html = next(entity_pages(data, node, page_size=100))
    css = (HERE / "assets" / "site.css").read_text(encoding="utf-8")
    html = html.replace(f'content="{CSP}"', f'content="{INLINE_CSP}"', 1)
    html = html.replace(
        '<link rel="stylesheet" href="../assets/site.css">', f"<style>{css}</style>", 1
    )
    html = html.replace('<link rel="stylesheet" href="../assets/vis-network.css">', "", 1)
    # Our own script tags (the data never makes one: it is escaped).
    html = re.sub(r'<script defer src="[^"]*"></script>', "", html)
    return re.sub(r'<section id="neighbourhood">.*?</section>', "", html, flags=re.S)
