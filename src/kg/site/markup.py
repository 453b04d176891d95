"""The site's HTML, built from escaped pieces: every text from the data goes
through :func:`esc`, every address from the data through :func:`outside_link`,
and every page carries a Content-Security-Policy that allows nothing but the
site's own files (no inline script, no network)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape
from urllib.parse import urlsplit

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "base-uri 'none'; form-action 'none'"
)
_UNSAFE_IN_URL = re.compile(r"[\x00-\x20\x7f-\x9f\"'<>\\`]")


def esc(text: object) -> str:
    return escape(str(text), quote=True)


def safe_url(url: str) -> str | None:
    """``url`` when it is an absolute http(s) address a browser reads the same way
    we do (no whitespace, control characters or quotes that could change its
    meaning); otherwise None: the address is shown as text, never as a link."""
    if not url or _UNSAFE_IN_URL.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def outside_link(url: str, text: str | None = None) -> str:
    """A link to an address from the data, or the address as text."""
    checked = safe_url(url)
    if checked is None:
        return f'<span class="url">{esc(text or url)}</span>'
    return (
        f'<a class="out" rel="noopener noreferrer nofollow" href="{esc(checked)}">'
        f"{esc(text or url)}</a>"
    )


def link(href: str | None, text: str, root: str = "", cls: str = "") -> str:
    """A link to a page of the site (``href`` relative to the site's root), or the
    text alone when there is no page."""
    if href is None:
        return f"<span>{esc(text)}</span>"
    attr = f' class="{esc(cls)}"' if cls else ""
    return f'<a{attr} href="{esc(root + href)}">{esc(text)}</a>'


def table(head: Iterable[str], rows: Iterable[Iterable[str]], cls: str = "") -> str:
    """A table of cells that are already HTML."""
    attr = f' class="{esc(cls)}"' if cls else ""
    top = "".join(f"<th>{esc(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table{attr}><thead><tr>{top}</tr></thead><tbody>{body}</tbody></table>"


def page(title: str, body: str, depth: int, scripts: Iterable[str] = (), head: str = "") -> str:
    """A complete page; ``depth`` is how many folders below the site's root it is."""
    root = "../" * depth
    tags = "".join(f'<script defer src="{esc(root + s)}"></script>' for s in scripts)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="referrer" content="no-referrer">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title>"
        f'<link rel="stylesheet" href="{root}assets/site.css">{head}{tags}</head><body>'
        f'<nav><a href="{root}index.html">Knowledge graph of state actors</a>'
        f' <a href="{root}index.html#search">Search</a></nav>'
        f"<main>{body}</main></body></html>\n"
    )
