"""The imported events of an actor or a country (ICEWS records): a summary by
year and event type, then the events in pages of ``page_size``; and a country's
ties and representatives."""

from __future__ import annotations

from collections import Counter

from .data import SiteData, slug
from .markup import esc, link, table

ROOT = "../"
TOP_TYPES = 15


def _event_type(data: SiteData, event: str) -> str:
    found = data.event_types.get(event)
    if found is None:
        types = data.index.out[event].get("eventType", [])
        found = data.index.label(types[0]) if types else data.index.cls(event)
        data.event_types[event] = found
    return found


def _roles(data: SiteData, event: str, role: str) -> str:
    return ", ".join(
        link(data.href(a), data.label(a), ROOT)
        for a in sorted(set(data.index.out[event].get(role, [])))
    )


def event_row(data: SiteData, event: str) -> str:
    """One event as a table row (the same HTML on every page in ``e/``)."""
    cache = data.rows
    if event in cache:
        return cache[event]
    values = data.index.literals.get(event, {})
    datasets = data.datasets_of(event)
    where = f"{data.file_name_of(event)}:{values.get('sourceLine', [''])[0]}"
    source = link(data.href(datasets[0]), data.label(datasets[0]), ROOT) if datasets else ""
    date = esc(data.event_dates[event])
    row = (
        f'<tr data-date="{date}"><td>{date}</td>'
        f"<td>{esc(_event_type(data, event))}</td><td>{_roles(data, event, 'initiator')}</td>"
        f"<td>{_roles(data, event, 'target')}</td>"
        f'<td>{source} <span class="line">{esc(where)}</span></td></tr>'
    )
    cache[event] = row
    return row


def _pager(name: str, pages: int, current: int) -> str:
    items = []
    for number in range(1, pages + 1):
        target = f"{name}.html" if number == 1 else f"{name}-events-{number}.html"
        if number == current:
            items.append(f'<span class="current">{number}</span>')
        else:
            items.append(f'<a href="{esc(target)}">{number}</a>')
    return '<p class="pager">Pages of events: ' + " ".join(items) + "</p>"


def event_section(data: SiteData, node: str, page_size: int) -> tuple[list[tuple[str, str]], str]:
    """The events section of a node's page, and the further pages of its events."""
    events = data.events_of.get(node, [])
    if not events:
        return [], ""
    years = Counter(data.year(e) or "no date" for e in events)
    kinds = Counter(_event_type(data, e) for e in events)
    html = f'<section id="events"><h2>Events in imported data ({len(events)})</h2>'
    html += '<div class="summary">' + table(
        ["year", "events"], [[esc(y), str(n)] for y, n in sorted(years.items())]
    )
    html += (
        table(
            ["event type", "events"],
            [[esc(k), str(n)] for k, n in kinds.most_common(TOP_TYPES)],
        )
        + "</div>"
    )
    pages = (len(events) + page_size - 1) // page_size
    name = slug(node)
    head = (
        "<thead><tr>"
        + "".join(f"<th>{h}</th>" for h in ("date", "event type", "initiator", "target", "source"))
        + "</tr></thead>"
    )
    chunks = []
    for number in range(1, pages + 1):
        rows = "".join(
            event_row(data, e) for e in events[(number - 1) * page_size : number * page_size]
        )
        body = f'<table class="events">{head}<tbody>{rows}</tbody></table>'
        if pages > 1:
            body = _pager(name, pages, number) + body
        chunks.append(body)
    html += chunks[0] + "</section>"
    extra = []
    back = link(data.href(node), data.label(node), ROOT)
    for number, chunk in enumerate(chunks[1:], start=2):
        extra.append(
            (
                f"e/{name}-events-{number}.html",
                f"<h1>Events of {back}, page {number} of {pages}</h1>{chunk}",
            )
        )
    return extra, html


def country_section(data: SiteData, country: str) -> str:
    html = '<section id="country"><h2>Bilateral ties by partner and year</h2>'
    partners = data.ties.get(country, {})
    years = sorted({y for by_year in partners.values() for y in by_year})
    if partners:
        rows = []
        for partner, by_year in sorted(partners.items(), key=lambda kv: -sum(kv[1].values())):
            rows.append(
                [link(data.href(partner), data.label(partner), ROOT)]
                + [str(by_year.get(y, "")) for y in years]
                + [str(sum(by_year.values()))]
            )
        html += table(["partner", *years, "all"], rows, "ties")
    else:
        html += "<p>No meetings, agreements or statements of support with another country.</p>"
    html += "<h2>Representatives over time</h2>"
    rows = []
    holdings = data.holdings_in.get(country, [])
    for h in sorted(holdings, key=lambda h: (h.since or h.reported, h.holder)):
        rows.append(
            [
                link(data.href(h.holder), data.label(h.holder), ROOT),
                link(data.href(h.post), data.label(h.post), ROOT),
                esc(h.since),
                esc(h.until),
                esc(h.reported),
            ]
        )
    held = {h.holder for h in holdings}
    for person in data.people_of.get(country, []):
        if person not in held:
            rows.append([link(data.href(person), data.label(person), ROOT), "", "", "", ""])
    html += table(["person", "post", "since", "until", "reported on"], rows, "representatives")
    return html + "</section>"
