"""Entity pages and source pages: each fact with its status, source, date and
quote, grouped by meaning, every related entity linked."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..model.status import FactStatus
from .data import GROUPS, Fact, SiteData, slug
from .events import country_section, event_section
from .markup import esc, link, outside_link, page, table
from .neighbourhood import neighbourhood
from .timeline import timeline_of

ROOT = "../"
TIMELINE_CLASSES = {"Person", "Ministry", "Country"}


def _value(data: SiteData, fact: Fact) -> str:
    if fact.predicate == "a":
        return f"<span>{esc(fact.value.rsplit('#', 1)[-1])}</span>"
    if fact.literal:
        return f"<span>{esc(fact.value)}</span>"
    other = fact.value if fact.direction == "out" else fact.subject
    return link(data.href(other), data.label(other), ROOT)


def _property(data: SiteData, fact: Fact) -> str:
    name = data.property_labels.get(fact.predicate, fact.predicate)
    if fact.direction == "in":
        return f'<span title="this entity is the object">\u2190 {esc(name)}</span>'
    return esc(name)


def evidence_html(data: SiteData, key: tuple[str, str, str]) -> str:
    parts = []
    for ev in data.evidence.get(key, []):
        parts.append(
            '<div class="ev"><q>'
            + esc(ev.quote)
            + "</q> "
            + link(data.href(ev.source), data.label(ev.source), ROOT, "src")
            + f' <span class="date">{esc(ev.date)}</span>'
            + f' <span class="line">{esc(ev.file)}:{ev.line}</span></div>'
        )
    return "".join(parts)


def _fact_text(data: SiteData, key: tuple[str, str, str]) -> str:
    s, p, o = key
    if p == "a":
        value = f"<span>{esc(o.rsplit('#', 1)[-1])}</span>"
    elif (s, p, o) in data.index.edges:
        value = link(data.href(o), data.label(o), ROOT)
    else:
        value = f"<span>{esc(o)}</span>"
    status = "inferred" if key in data.derived else "asserted"
    return (
        f'<li data-s="{esc(s)}" data-p="{esc(p)}" data-o="{esc(o)}">'
        + link(data.href(s), data.label(s), ROOT)
        + f" {esc(data.property_labels.get(p, p))} {value}"
        + f' <span class="{status}">{status}</span></li>'
    )


def imported_html(data: SiteData, fact: Fact) -> str:
    """Where an imported fact comes from: its data set, and the first record (file
    and line) that names the entity."""
    if fact.status != FactStatus.ASSERTED.value or fact.key in data.evidence:
        return ""
    by_fact, by_node = data.fact_datasets
    if fact.literal:
        datasets = sorted(by_node.get(fact.subject, set()))
    else:
        datasets = [by_fact[fact.key]] if fact.key in by_fact else []
    if not datasets:
        return ""
    file, line = data.first_record(fact.subject)
    record = (
        f' <span class="line" title="the first record that names it">{esc(file)}:{line}</span>'
        if file
        else ""
    )
    return "".join(
        f'<div class="ev imported">{link(data.href(d), data.label(d), ROOT, "src")}{record}</div>'
        for d in datasets
    )


def _status(data: SiteData, fact: Fact) -> str:
    if fact.status != FactStatus.INFERRED.value:
        return '<span class="asserted">asserted</span>'
    how = data.derived.get(fact.key)
    text = '<span class="inferred">inferred</span>'
    if how:
        text += f' <span class="rule">by {esc(data.rule_label(how))}</span>'
    basis = data.premises.get(fact.key, [])
    if basis:
        text += (
            '<div class="basis-head">from the facts:</div>'
            f'<ul class="basis" data-s="{esc(fact.subject)}" data-p="{esc(fact.predicate)}"'
            f' data-o="{esc(fact.value)}">' + "".join(_fact_text(data, k) for k in basis) + "</ul>"
        )
    return text


def facts_html(data: SiteData, node: str) -> str:
    grouped: dict[str, list[Fact]] = defaultdict(list)
    for fact in data.facts(node):
        grouped[data.group(fact)].append(fact)
    sections = []
    for group in GROUPS:
        facts = grouped.get(group)
        if not facts:
            continue
        rows = []
        for fact in facts:
            rows.append(
                f'<tr data-p="{esc(fact.predicate)}" data-dir="{fact.direction}"'
                f' data-status="{esc(fact.status)}"><td>{_property(data, fact)}</td>'
                f"<td>{_value(data, fact)}</td><td>{_status(data, fact)}</td>"
                f"<td>{evidence_html(data, fact.key)}{imported_html(data, fact)}</td></tr>"
            )
        sections.append(
            f'<section class="group"><h2>{esc(group.capitalize())}</h2>'
            '<table class="facts"><thead><tr><th>property</th><th>value</th>'
            "<th>status</th><th>source and quote</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></section>"
        )
    return "".join(sections)


def entity_pages(data: SiteData, node: str, page_size: int) -> Iterator[tuple[str, str]]:
    """The page of an entity, and the further pages of its events table."""
    cls = data.classes[node]
    label = data.label(node)
    head = (
        f'<h1>{esc(label)}</h1><p class="meta"><span class="cls">{esc(cls)}</span>'
        f" <code>{esc(node)}</code></p>"
    )
    others = data.alt.get(node, [])
    if others:
        head += '<p class="alt">Other names: ' + ", ".join(esc(n) for n in others) + "</p>"
    countries = sorted(data.countries_of.get(node, set()) - {node})
    if countries:
        head += (
            "<p>Country: "
            + ", ".join(link(data.href(c), data.label(c), ROOT) for c in countries)
            + "</p>"
        )
    body = head
    if cls in TIMELINE_CLASSES:
        body += timeline_of(data, node)
    if cls == "Country":
        body += country_section(data, node)
    body += facts_html(data, node)
    extra_pages, events_html = event_section(data, node, page_size)
    body += events_html
    scripts: list[str] = []
    view = neighbourhood(data, node)
    if view:
        body += view
        scripts = ["assets/vis-network.min.js", "assets/kg-data.js", "assets/neighbourhood.js"]
    head_css = '<link rel="stylesheet" href="../assets/vis-network.css">' if view else ""
    yield f"e/{slug(node)}.html", page(f"{label} ({cls})", body, 1, scripts, head_css)
    for name, html in extra_pages:
        yield name, page(f"{label}: events", html, 1)


def source_page(data: SiteData, source: str) -> tuple[str, str]:
    src = data.sources[source]
    meta = [("kind", esc(src.kind))]
    if src.kind == "article":
        meta += [
            ("date", esc(src.date)),
            ("publisher", esc(src.publisher or "not stated")),
            ("URL", outside_link(src.url) if src.url else "not stated"),
            ("language", esc(src.language)),
            ("curated file", esc(src.file)),
            ("note", esc(src.note)),
        ]
    body = f'<h1>{esc(src.title or source)}</h1><p class="meta"><code>{esc(source)}</code></p>'
    body += "<dl>" + "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in meta) + "</dl>"
    if src.kind == "dataset":
        body += dataset_summary(data, source)
    else:
        rows = []
        for ev, (s, p, o) in data.facts_from(source):
            value = (
                link(data.href(o), data.label(o), ROOT)
                if (s, p, o) in data.index.edges
                else f"<span>{esc(o.rsplit('#', 1)[-1] if p == 'a' else o)}</span>"
            )
            rows.append(
                [
                    f'<span class="line">{ev.line}</span>',
                    link(data.href(s), data.label(s), ROOT),
                    esc(data.property_labels.get(p, p)),
                    value,
                    f"<q>{esc(ev.quote)}</q>",
                ]
            )
        body += f"<h2>Facts curated from this source ({len(rows)})</h2>"
        body += table(["line", "subject", "property", "value", "quote"], rows, "source-facts")
    return f"s/{slug(source)}.html", page(src.title or source, body, 1)


def dataset_summary(data: SiteData, dataset: str) -> str:
    events = [e for e in data.imported_events if dataset in data.datasets_of(e)]
    by_class: dict[str, int] = defaultdict(int)
    by_year: dict[str, int] = defaultdict(int)
    actors: set[str] = set()
    for event in events:
        by_class[data.index.cls(event)] += 1
        by_year[data.year(event) or "no date"] += 1
        for role in ("initiator", "target"):
            actors.update(data.index.out[event].get(role, []))
    licence = data.sources[dataset].licence
    html = f'<h2>Licence and origin</h2><pre class="licence">{esc(licence or "not stated")}</pre>'
    html += f"<h2>Counts</h2><p>{len(events)} events, {len(actors)} actors.</p>"
    html += table(["class", "events"], [[esc(c), str(n)] for c, n in sorted(by_class.items())])
    html += table(["year", "events"], [[esc(y), str(n)] for y, n in sorted(by_year.items())])
    return html
