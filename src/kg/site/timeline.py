"""A timeline drawn on the server as inline SVG: posts and ranks as periods,
meetings, signings and statements as dated marks (by month when there are too
many to tell apart). Every text is escaped; colours are SVG attributes, not
inline CSS (the pages' Content-Security-Policy forbids inline styles)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from .data import SiteData
from .markup import esc

WIDTH, LEFT, RIGHT, ROW = 960, 10, 90, 18
MARK_LIMIT = 300
"""Above this many dated events, the marks become monthly counts."""
KIND_COLOUR = {
    "Meeting": "#ff7f0e",
    "Agreement": "#9467bd",
    "Statement": "#2ca02c",
    "Appointment": "#e377c2",
    "Event": "#7f7f7f",
}
STATEMENT_CLASSES = {"Support", "Congratulation", "Statement"}


@dataclass(frozen=True)
class Period:
    start: str
    end: str
    label: str
    href: str | None
    kind: str


@dataclass(frozen=True)
class Mark:
    date: str
    label: str
    href: str | None
    kind: str


def _day(text: str) -> int | None:
    try:
        return dt.date.fromisoformat(text[:10]).toordinal()
    except ValueError:
        return None


def _kind(data: SiteData, node: str) -> str:
    found = data.kinds.get(node)
    if found is None:
        found = data.kinds[node] = _find_kind(data, node)
    return found


def _find_kind(data: SiteData, node: str) -> str:
    cls = data.classes.get(node) or data.index.cls(node)
    if cls in STATEMENT_CLASSES or data.index.is_a(node, "Statement"):
        return "Statement"
    if data.index.is_a(node, "Agreement"):
        return "Agreement"
    if data.index.is_a(node, "Meeting"):
        return "Meeting"
    return cls if cls in KIND_COLOUR else "Event"


def collect(data: SiteData, node: str) -> tuple[list[Period], list[Mark]]:
    """The periods and marks of a person's, ministry's or country's timeline."""
    cls = data.classes.get(node, "")
    periods: list[Period] = []
    for h in data.holdings:
        if (
            (cls == "Person" and h.holder == node)
            or (cls == "Ministry" and node in data.index.out.get(h.post, {}).get("postIn", []))
            or (cls == "Country" and node in h.countries)
        ):
            start = h.since or h.reported
            if start:
                who = "" if cls == "Person" else f"{data.label(h.holder)}: "
                periods.append(
                    Period(
                        start, h.until or start, who + data.label(h.post), data.href(h.node), "post"
                    )
                )
    if cls == "Person":
        for rank in sorted(set(data.index.out.get(node, {}).get("hasRank", []))):
            for ev in data.evidence.get((node, "hasRank", rank), [])[:1]:
                if ev.date:
                    label = f"rank: {data.label(rank)}"
                    periods.append(Period(ev.date, ev.date, label, data.href(rank), "rank"))
    marks: dict[str, Mark] = {}
    for fact in data.facts(node):
        if fact.literal:
            continue
        other = fact.value if fact.direction == "out" else fact.subject
        date = data.index.date(other)
        if (
            date
            and other in data.classes
            and data.classes[other] != "PostHolding"
            and (data.index.is_a(other, "Event") or data.index.is_a(other, "Agreement"))
        ):
            marks[other] = Mark(date, data.label(other), data.href(other), _kind(data, other))
    dates = data.event_dates
    for event in data.events_of.get(node, []):
        date = dates[event]
        if date:
            marks[event] = Mark(date, data.label(event), None, _kind(data, event))
    return sorted(periods, key=lambda p: (p.start, p.label)), sorted(
        marks.values(), key=lambda m: (m.date, m.label)
    )


def render(periods: list[Period], marks: list[Mark]) -> str:
    days = [d for p in periods for d in (_day(p.start), _day(p.end)) if d is not None]
    days += [d for m in marks if (d := _day(m.date)) is not None]
    if not days:
        return ""
    first, last = min(days) - 15, max(days) + 15
    span = max(last - first, 1)

    def x(day: int) -> float:
        return round(LEFT + (WIDTH - LEFT - RIGHT) * (day - first) / span, 1)

    parts: list[str] = []
    y = 24
    if periods:
        parts.append(f'<text x="{LEFT}" y="{y}" class="lane">Posts and ranks</text>')
        y += 8
        for p in periods:
            a, b = _day(p.start), _day(p.end)
            if a is None:
                continue
            b = b if b is not None and b >= a else a
            width = max(x(b) - x(a), 6.0)
            colour = "#bcbd22" if p.kind == "post" else "#8c564b"
            bar = (
                f'<rect class="period" data-kind="{p.kind}" data-start="{esc(p.start)}"'
                f' data-end="{esc(p.end)}" x="{x(a)}" y="{y}" width="{width}" height="{ROW - 6}"'
                f' fill="{colour}"><title>{esc(p.label)} ({esc(p.start)} to'
                f" {esc(p.end)})</title></rect>"
                f'<text x="{x(a) + width + 4}" y="{y + ROW - 8}" class="plabel">'
                f"{esc(p.label)}</text>"
            )
            parts.append(f'<a href="../{esc(p.href)}">{bar}</a>' if p.href else bar)
            y += ROW
        y += 10
    if marks:
        parts.append(
            f'<text x="{LEFT}" y="{y + 10}" class="lane">Meetings, signings, statements</text>'
        )
        y += 18
        kinds = sorted({m.kind for m in marks})
        if len(marks) <= MARK_LIMIT:
            for m in marks:
                day = _day(m.date)
                if day is None:
                    continue
                cy = y + 8 + ROW * kinds.index(m.kind)
                dot = (
                    f'<circle class="mark" data-date="{esc(m.date)}" data-kind="{esc(m.kind)}"'
                    f' cx="{x(day)}" cy="{cy}" r="5" fill="{KIND_COLOUR.get(m.kind, "#7f7f7f")}"'
                    f' fill-opacity="0.8"><title>{esc(m.label)} ({esc(m.date)})</title></circle>'
                )
                parts.append(f'<a href="../{esc(m.href)}">{dot}</a>' if m.href else dot)
        else:
            months = Counter((m.kind, m.date[:7]) for m in marks)
            top = max(months.values())
            for (kind, month), count in sorted(months.items()):
                day = _day(month + "-01")
                if day is None:
                    continue
                height = max(2.0, (ROW - 2) * count / top)
                base = y + ROW * (kinds.index(kind) + 1)
                parts.append(
                    f'<rect class="month" data-month="{esc(month)}" data-kind="{esc(kind)}"'
                    f' data-count="{count}" x="{x(day)}" y="{round(base - height, 1)}"'
                    f' width="{max(x(day + 28) - x(day), 2.0)}"'
                    f' height="{round(height, 1)}" fill="{KIND_COLOUR.get(kind, "#7f7f7f")}">'
                    f"<title>{count} {esc(kind)} in {esc(month)}</title></rect>"
                )
        for number, kind in enumerate(kinds):
            parts.append(
                f'<text x="{WIDTH - 4}" y="{y + 12 + ROW * number}" class="kind">{esc(kind)}</text>'
            )
        y += ROW * len(kinds) + 6
    parts.extend(_axis(first, last, x, y))
    height = y + 24
    return (
        f'<figure class="timeline"><svg xmlns="http://www.w3.org/2000/svg" role="img"'
        f' viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}">'
        f"{''.join(parts)}</svg><figcaption>Timeline: {len(periods)} periods,"
        f" {len(marks)} dated events</figcaption></figure>"
    )


def _axis(first: int, last: int, x: object, y: int) -> list[str]:
    assert callable(x)
    parts = [f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y}" y2="{y}" stroke="#888"/>']
    start, end = dt.date.fromordinal(first), dt.date.fromordinal(last)
    monthly = (last - first) < 800
    ticks = []
    year, month = start.year, start.month
    while dt.date(year, month, 1) <= end:
        if monthly or month == 1:
            ticks.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if len(ticks) > 24:
        ticks = [t for t in ticks if t.month == 1] or ticks[:: len(ticks) // 12]
    for tick in ticks:
        if tick.toordinal() < first:
            continue
        px = x(tick.toordinal())
        text = tick.isoformat()[:7] if monthly else str(tick.year)
        parts.append(
            f'<line x1="{px}" x2="{px}" y1="{y}" y2="{y + 5}" stroke="#888"/>'
            f'<text x="{px}" y="{y + 17}" class="tick">{text}</text>'
        )
    return parts


def timeline_of(data: SiteData, node: str) -> str:
    periods, marks = collect(data, node)
    return render(periods, marks)
