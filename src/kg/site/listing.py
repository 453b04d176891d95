"""The index page, the lists per class (faceted by country and by year) and the
compact search index that assets/search.js reads."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator

from ..version import __version__
from .data import SiteData, slug
from .markup import esc, link, page, table

LIST_PAGE = 1000
"""Entities per page of a list."""


def search_index(data: SiteData) -> str:
    """Every label and other name of every page, as a script that sets
    ``window.kgSearch`` (a script file, not JSON: pages opened from file:// may
    not fetch() their neighbours)."""
    classes = sorted(set(data.classes.values()))
    position = {c: i for i, c in enumerate(classes)}
    entries = [
        [data.label(n), " | ".join(data.alt.get(n, [])), position[c], slug(n)]
        for n, c in sorted(data.classes.items(), key=lambda kv: (data.label(kv[0]).lower(), kv[0]))
    ]
    text = json.dumps(
        {"classes": classes, "entities": entries}, ensure_ascii=False, separators=(",", ":")
    )
    return f"window.kgSearch = {text};\n"


def index_page(data: SiteData) -> str:
    counts = Counter(data.classes.values())
    rows = [[link(f"list/{c}.html", c), str(n)] for c, n in sorted(counts.items())]
    body = "<h1>Knowledge graph of state actors</h1>"
    body += (
        f"<p>{len(data.classes)} entities, {len(data.sources)} sources; every fact with its source"
        f" and quote. Made by kg {esc(__version__)}.</p>"
    )
    body += (
        '<section id="search-box"><h2 id="search">Search</h2>'
        '<input id="q" type="search" placeholder="A name or another name" aria-label="Search">'
        '<p id="found" class="hint"></p><ul id="results"></ul></section>'
    )
    body += "<h2>Entities by class</h2>" + table(["class", "entities"], rows, "classes")
    sources = sorted(data.sources.values(), key=lambda s: (s.kind, s.date, s.iri))
    body += (
        '<h2>Sources</h2><ul class="sources">'
        + "".join(
            f"<li>{link(data.href(s.iri), s.title or s.iri)}"
            f' <span class="date">{esc(s.date)}</span>'
            f' <span class="cls">{esc(s.kind)}</span></li>'
            for s in sources
        )
        + "</ul>"
    )
    return page("Knowledge graph of state actors", body, 0, ["search-index.js", "assets/search.js"])


def _page_name(base: str, number: int) -> str:
    """The file name, in its folder, of page ``number`` of a list."""
    name = base.split("/")[-1]
    return f"{name}.html" if number == 1 else f"{name}-{number}.html"


def _list_pages(
    data: SiteData, base: str, title: str, members: list[str], facets: str
) -> Iterator[tuple[str, str]]:
    pages = max(1, (len(members) + LIST_PAGE - 1) // LIST_PAGE)
    for number in range(1, pages + 1):
        name = f"{base}.html" if number == 1 else f"{base}-{number}.html"
        chunk = members[(number - 1) * LIST_PAGE : number * LIST_PAGE]
        rows = [
            [
                link(data.href(n), data.label(n), "../"),
                esc(", ".join(data.alt.get(n, []))),
                ", ".join(
                    link(data.href(c), data.label(c), "../")
                    for c in sorted(data.countries_of.get(n, set()))
                ),
                esc(data.year(n)),
            ]
            for n in chunk
        ]
        pager = ""
        if pages > 1:
            pager = (
                '<p class="pager">'
                + " ".join(
                    f'<span class="current">{k}</span>'
                    if k == number
                    else f'<a href="{esc(_page_name(base, k))}">{k}</a>'
                    for k in range(1, pages + 1)
                )
                + "</p>"
            )
        body = f"<h1>{esc(title)} ({len(members)})</h1>{facets}{pager}"
        body += table(["name", "other names", "country", "year"], rows, "list")
        yield f"{name}", page(title, body, 1)


def list_pages(data: SiteData) -> Iterator[tuple[str, str]]:
    by_class: dict[str, list[str]] = defaultdict(list)
    for node, cls in data.classes.items():
        by_class[cls].append(node)
    for cls, members in sorted(by_class.items()):
        members.sort(key=lambda n: (data.label(n).lower(), n))
        by_country: dict[str, list[str]] = defaultdict(list)
        by_year: dict[str, list[str]] = defaultdict(list)
        for n in members:
            for c in data.countries_of.get(n, set()):
                by_country[c].append(n)
            if data.year(n):
                by_year[data.year(n)].append(n)
        facets = ""
        if by_country:
            facets += (
                '<p class="facets">By country: '
                + " ".join(
                    f'<a href="{esc(cls)}--country-{esc(slug(c))}.html">'
                    f"{esc(data.label(c))}</a> ({len(m)})"
                    for c, m in sorted(by_country.items(), key=lambda kv: data.label(kv[0]))
                )
                + "</p>"
            )
        if by_year:
            facets += (
                '<p class="facets">By year: '
                + " ".join(
                    f'<a href="{esc(cls)}--year-{esc(y)}.html">{esc(y)}</a> ({len(m)})'
                    for y, m in sorted(by_year.items())
                )
                + "</p>"
            )
        everything = f'<p class="facets"><a href="{esc(cls)}.html">All {esc(cls)}</a></p>'
        yield from _list_pages(data, f"list/{cls}", cls, members, facets)
        for c, m in sorted(by_country.items()):
            yield from _list_pages(
                data, f"list/{cls}--country-{slug(c)}", f"{cls} of {data.label(c)}", m, everything
            )
        for y, m in sorted(by_year.items()):
            yield from _list_pages(data, f"list/{cls}--year-{y}", f"{cls} in {y}", m, everything)
