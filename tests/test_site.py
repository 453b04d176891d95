"""The static site: escaping, links, facts against SPARQL, paging of imported
events, and (lane `browser`) search, links and timelines in Debian's Chromium."""

from __future__ import annotations

import csv
import re
import shutil
from collections import Counter
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pyoxigraph as ox
import pytest

from kg.api import build
from kg.builder.exports import BuildResult
from kg.cli import main
from kg.icews.importer import import_icews
from kg.model.namespaces import ASSERTED_GRAPH, IMPORTED_GRAPHS, INFERRED_GRAPH, KG
from kg.model.ontology import vocabulary
from kg.site import SiteData, write_site
from kg.site.data import HERE, local, slug
from kg.site.markup import CSP, outside_link, safe_url
from kg.site.timeline import collect

ID = "https://w3id.org/kg-state-actors/id/"
ARTICLE = ID + "source/000_ce432b95e0a567d5"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EVIL_LABEL = "<img src=x onerror=alert(1)>"
EVIL_QUOTE = 'He said <a href="javascript:alert(2)">x</a> </script><script>alert(3)</script> too.'
MAX_PAGE = 1_000_000


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str, dict[str, str | None]]] = []
        self.inline_scripts = 0
        self.csp: list[str] = []
        self._in_script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for name in ("href", "src"):
            if a.get(name) is not None:
                self.links.append((tag, str(a[name]), a))
        if tag == "script":
            self._in_script = a
        if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy":
            self.csp.append(str(a.get("content")))

    def handle_data(self, data: str) -> None:
        script = self._in_script
        if script is not None and data.strip() and script.get("type") != "application/json":
            self.inline_scripts += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None


def walk(site: Path) -> tuple[set[Path], list[str]]:
    """Follow every link from index.html; the pages reached and the problems found."""
    problems: list[str] = []
    seen: set[Path] = set()
    todo = [site / "index.html"]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        text = path.read_text(encoding="utf-8")
        if len(text.encode()) > MAX_PAGE:
            problems.append(f"{path}: over 1 MB")
        parser = Links()
        parser.feed(text)
        if parser.csp != [CSP]:
            problems.append(f"{path}: CSP {parser.csp}")
        if parser.inline_scripts:
            problems.append(f"{path}: {parser.inline_scripts} inline scripts")
        for tag, target, attrs in parser.links:
            parts = urlsplit(target)
            if parts.scheme:
                if (
                    tag != "a"
                    or attrs.get("class") != "out"
                    or parts.scheme not in ("http", "https")
                ):
                    problems.append(f"{path}: outside address {target!r} in <{tag}>")
                continue
            resolved = (path.parent / unquote(parts.path)).resolve()
            if not resolved.is_file() or site.resolve() not in resolved.parents:
                problems.append(f"{path}: broken link {target!r}")
            elif resolved.suffix == ".html":
                todo.append(resolved)
    return seen, problems


@pytest.fixture(scope="module")
def seed_site(seed_build: tuple[Path, BuildResult]) -> Path:
    return seed_build[0] / "site"


@pytest.fixture(scope="module")
def seed_data(seed_build: tuple[Path, BuildResult]) -> SiteData:
    return SiteData.from_store(seed_build[0] / "store")


def test_only_http_links_from_data() -> None:
    for bad in (
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:x",
        "//evil.example/x",
        "http:/no-host",
        'https://example.org/"onmouseover="alert(1)',
        "",
    ):
        assert safe_url(bad) is None, bad
        assert "<a" not in outside_link(bad)
    assert safe_url("https://example.org/a?b=c&d=e") == "https://example.org/a?b=c&d=e"
    assert 'href="https://example.org/a?b=c&amp;d=e"' in outside_link(
        "https://example.org/a?b=c&d=e"
    )


def test_slugs_are_distinct_file_names() -> None:
    names = [ID + "a/b", ID + "a_2fb", ID + "a.b", ID + "A b", ID + "x" * 300, ID + "x" * 301]
    slugs = [slug(n) for n in names]
    assert len(set(slugs)) == len(slugs)
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+", s) and len(s) <= 120 for s in slugs)


def test_fact_groups_name_real_properties() -> None:
    with (HERE / "groups.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    known = set(vocabulary().properties) | {"a", "label", "altLabel"}
    assert [r["property"] for r in rows if r["property"] not in known] == []
    assert {r["group"] for r in rows} == {"identity", "posts and ranks", "events", "statements"}


def test_every_link_of_the_seed_site_works(seed_site: Path, seed_data: SiteData) -> None:
    reached, problems = walk(seed_site)
    assert problems == []
    pages = set(seed_site.rglob("*.html"))
    assert {p.resolve() for p in pages} == reached  # no page that nothing links to
    for node in seed_data.classes:
        assert (seed_site / f"e/{slug(node)}.html").is_file()
    assert (seed_site / f"s/{slug(ARTICLE)}.html").is_file()


def _page_facts(page: Path) -> Counter[tuple[str, str, str, str]]:
    text = page.read_text(encoding="utf-8")
    found: Counter[tuple[str, str, str, str]] = Counter()
    for p, d, status, value in re.findall(
        r'<tr data-p="([^"]*)" data-dir="(in|out)" data-status="(\w+)"><td>.*?</td><td>(.*?)</td>',
        text,
    ):
        found[(d, unescape(p), unescape(re.sub(r"<[^>]+>", "", value)), status)] += 1
    return found


@pytest.mark.parametrize(
    "entity", ["zakir-hasanov", "country/AZ", "hasanov-ravkov-meeting-2019-10-29"]
)
def test_page_facts_equal_sparql_answers(
    seed_site: Path, seed_store: ox.Store, seed_data: SiteData, entity: str
) -> None:
    iri = ID + entity
    rows = seed_store.query(
        f"""SELECT ?dir ?p ?v ?g WHERE {{
              VALUES ?g {{ <{ASSERTED_GRAPH}> <{INFERRED_GRAPH}> }}
              {{ GRAPH ?g {{ <{iri}> ?p ?v }} BIND ("out" AS ?dir) }}
              UNION {{ GRAPH ?g {{ ?v ?p <{iri}> }} BIND ("in" AS ?dir) }} }}"""
    )
    assert isinstance(rows, ox.QuerySolutions)
    statuses: dict[tuple[str, str, str], str] = {}
    for d, p, v, g in rows:
        name = local(p.value)
        if not (p.value.startswith(str(KG)) or name in ("a", "label", "altLabel")):
            continue
        if name == "a" and not v.value.startswith(str(KG)):
            continue  # classes of other vocabularies (schema.org, org) are not shown
        if isinstance(v, ox.Literal):
            shown = v.value
        elif name == "a":
            shown = v.value.rsplit("#", 1)[-1]
        else:
            shown = seed_data.label(v.value)
        key = (d.value, name, shown)
        asserted = g.value == str(ASSERTED_GRAPH)
        statuses[key] = "asserted" if asserted or statuses.get(key) == "asserted" else "inferred"
    expected = Counter({(d, p, v, s): 1 for (d, p, v), s in statuses.items()})
    assert _page_facts(seed_site / f"e/{slug(iri)}.html") == expected


def test_quotes_and_sources_on_pages(seed_site: Path, seed_data: SiteData) -> None:
    page = (seed_site / "e/zakir-hasanov.html").read_text(encoding="utf-8")
    for key, evidence in seed_data.evidence.items():
        if key[0] == ID + "zakir-hasanov":
            for ev in evidence:
                assert f"<q>{ev.quote}</q>" in unescape(page) or f"<q>{ev.quote}</q>" in page
    source = (seed_site / f"s/{slug(ARTICLE)}.html").read_text(encoding="utf-8")
    lines = [int(n) for n in re.findall(r'<td><span class="line">(\d+)</span></td>', source)]
    assert lines == sorted(lines)
    curated = sum(len(v) for v in seed_data.evidence.values())
    assert len(lines) == curated  # every fact curated from the article, once per evidence


@pytest.mark.slow
def test_hostile_data_is_shown_as_text(tiny_data: Path, tmp_path: Path) -> None:
    source = tiny_data / "sources" / "tiny.txt"
    source.write_text(source.read_text() + EVIL_QUOTE + "\n")
    curated = tiny_data / "curated" / "tiny.tsv"
    text = curated.read_text().replace(
        "@language\ten", "@language\ten\n@url\tjavascript:alert(7)\n@publisher\t" + EVIL_LABEL
    )
    curated.write_text(
        text
        + f"evil-person\ta\tPerson\t{EVIL_QUOTE}\n"
        + f"evil-person\tlabel\t{EVIL_LABEL}\t{EVIL_QUOTE}\n"
        + f"evil-person\taltLabel\t</script><script>alert(4)</script>\t{EVIL_QUOTE}\n"
        + f"testov-fiktiv-meeting\tparticipant\tevil-person\t{EVIL_QUOTE}\n"
    )
    out = tmp_path / "build"
    build(tiny_data, out)
    site = out / "site"
    _, problems = walk(site)
    assert problems == []
    everything = "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert "<img" not in everything and "<b" not in everything.replace("<body", "")
    assert "javascript:" not in " ".join(re.findall(r'(?:href|src)="([^"]*)"', everything))
    assert "javascript:alert(7)" in everything  # shown, as text
    person = (site / "e/evil-person.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;" in person
    assert "&lt;/script&gt;&lt;script&gt;alert(4)&lt;/script&gt;" in person
    index = (site / "search-index.js").read_text(encoding="utf-8")
    assert EVIL_LABEL in index  # data for textContent, never for innerHTML


@pytest.fixture(scope="module")
def icews_build(
    seed_build: tuple[Path, BuildResult], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    out = tmp_path_factory.mktemp("icews") / "build"
    shutil.copytree(seed_build[0], out)
    import_icews([FIXTURES / "icews" / "icews14-sample.tsv"], out)
    return out


_BASIS = re.compile(
    r'<ul class="basis" data-s="([^"]*)" data-p="([^"]*)" data-o="([^"]*)">(.*?)</ul>'
)
_PREMISE = re.compile(r'<li data-s="([^"]*)" data-p="([^"]*)" data-o="([^"]*)">')


def test_inferred_facts_list_exactly_their_premises(seed_site: Path, seed_store: ox.Store) -> None:
    rows = seed_store.query(
        f"""PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?s ?p ?o ?ps ?pp ?po WHERE {{ GRAPH ?g {{
              ?st <{KG}restsOn> ?b ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
              ?b rdf:subject ?ps ; rdf:predicate ?pp ; rdf:object ?po }} }}"""
    )
    assert isinstance(rows, ox.QuerySolutions)
    recorded: dict[tuple[str, str, str], set[tuple[str, str, str]]] = {}
    for s, p, o, ps, pp, po in rows:
        key = (s.value, local(p.value), o.value)
        recorded.setdefault(key, set()).add((ps.value, local(pp.value), po.value))
    assert any(k[1] == "hasBilateralTie" for k in recorded)  # a join rule's fact is among them
    shown: dict[tuple[str, str, str], set[tuple[str, str, str]]] = {}
    for page in seed_site.glob("e/*.html"):
        for *key, items in _BASIS.findall(page.read_text(encoding="utf-8")):
            premises = {tuple(unescape(x) for x in m) for m in _PREMISE.findall(items)}
            fact = tuple(unescape(x) for x in key)
            assert shown.setdefault(fact, premises) == premises  # the same on both ends' pages
    # Every recorded fact of an entity with a page is shown (classes of other
    # vocabularies, schema.org or prov, are not shown).
    pages = {p.stem for p in seed_site.glob("e/*.html")}
    kept = {
        k: v
        for k, v in recorded.items()
        if slug(k[0]) in pages
        and not k[1].startswith("http")
        and (k[1] != "a" or k[2].startswith(str(KG)))
    }
    assert shown == kept


def _record_of(store: ox.Store, actor: str) -> tuple[str, int]:
    """The file and line of the first record that names ``actor``, by SPARQL."""
    rows = store.query(
        f"""SELECT ?name (MIN(?line) AS ?first) WHERE {{ GRAPH ?g {{
              ?e <{KG}fromFile> ?f ; <{KG}sourceLine> ?line ; ?role <{actor}> .
              ?f <{KG}sourceFile> ?name }} }} GROUP BY ?name ORDER BY ?name LIMIT 1"""
    )
    assert isinstance(rows, ox.QuerySolutions)
    row = next(rows)
    return row["name"].value, int(row["first"].value)


@pytest.mark.slow
def test_imported_facts_show_their_data_set_and_record(icews_build: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert main(["site", "--build", str(icews_build), "-o", str(site)]) == 0
    store = ox.Store.read_only(str(icews_build / "store"))
    dataset = ID + "dataset/icews14-sample"
    actors = store.query(
        f"""SELECT DISTINCT ?a WHERE {{ GRAPH <{IMPORTED_GRAPHS}icews14-sample> {{
              ?a <{KG}sectorOf> ?c }} }} ORDER BY ?a LIMIT 3"""
    )
    assert isinstance(actors, ox.QuerySolutions)
    checked = 0
    for (actor,) in actors:
        file, line = _record_of(store, actor.value)
        page = (site / f"e/{slug(actor.value)}.html").read_text(encoding="utf-8")
        rows = re.findall(
            r'<tr data-p="([^"]*)" data-dir="out" data-status="asserted">(.*?)</tr>', page
        )
        # A link (to the actor's country) and a literal value, both from the import.
        imported = [cells for p, cells in rows if p in ("sectorOf", "sourceName")]
        assert len(imported) == 2, actor
        for cells in imported:
            assert f'href="../s/{slug(dataset)}.html"' in cells
            assert f">{file}:{line}</span>" in cells
        checked += 1
    assert checked == 3
    # Curated entities in imported events: their own facts are the curated ones;
    # only links from imported actors (to a country) are imported.
    for curated in ("zakir-hasanov", "country/AZ"):
        page = (site / f"e/{slug(ID + curated)}.html").read_text(encoding="utf-8")
        assert "<tr data-date=" in page  # it takes part in imported events
        for p, d, cells in re.findall(
            r'<tr data-p="([^"]*)" data-dir="(\w+)" data-status="asserted">(.*?)</tr>', page
        ):
            if 'class="ev imported"' in cells:
                assert d == "in" and 'href="../e/icews_2factor_2f' in cells, (curated, p)


@pytest.mark.slow
def test_imported_events_are_summarised_and_paged(
    icews_build: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    assert main(["site", "--build", str(icews_build), "-o", str(site), "--page-size", "7"]) == 0
    assert capsys.readouterr().out.startswith(f"Wrote {site}:")
    _, problems = walk(site)
    assert problems == []
    store = ox.Store.read_only(str(icews_build / "store"))
    rows = store.query(
        f"""SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH ?g {{
              ?e <{KG}fromFile> ?f ; ?role <{ID}zakir-hasanov> }} }}"""
    )
    assert isinstance(rows, ox.QuerySolutions)
    events = int(next(rows)["n"].value)
    assert events > 7
    pages = [site / "e/zakir-hasanov.html", *sorted(site.glob("e/zakir-hasanov-events-*.html"))]
    assert len(pages) == (events + 6) // 7
    shown = sum(len(re.findall(r"<tr data-date=", p.read_text(encoding="utf-8"))) for p in pages)
    assert shown == events
    first = pages[0].read_text(encoding="utf-8")
    years = re.search(r"<th>year</th><th>events</th></tr></thead><tbody>(.*?)</tbody>", first)
    assert years is not None
    assert sum(int(n) for n in re.findall(r"<td>(\d+)</td></tr>", years.group(1))) == events
    dataset = (site / f"s/{slug(ID + 'dataset/icews14-sample')}.html").read_text(encoding="utf-8")
    assert "Licence and origin" in dataset and "CC0 1.0" in dataset


def test_site_is_written_by_the_build_and_byte_identical(
    seed_build: tuple[Path, BuildResult], seed_data: SiteData, tmp_path: Path
) -> None:
    assert "site/" in seed_build[1].files
    again = tmp_path / "site"
    write_site(seed_data, again)
    ours = sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    theirs = sorted(
        p.relative_to(seed_build[0] / "site")
        for p in (seed_build[0] / "site").rglob("*")
        if p.is_file()
    )
    assert ours == theirs
    for name in ours:
        assert (again / name).read_bytes() == (seed_build[0] / "site" / name).read_bytes(), name


def test_timeline_marks_are_the_dated_events(seed_site: Path, seed_data: SiteData) -> None:
    page = (seed_site / "e/zakir-hasanov.html").read_text(encoding="utf-8")
    marks = re.findall(r'<circle class="mark" data-date="([^"]+)" data-kind="([^"]+)"', page)
    _, expected = collect(seed_data, ID + "zakir-hasanov")
    assert sorted(marks) == sorted((m.date, m.kind) for m in expected)
    # The meeting and the signing of the plan are there, on the build's dates.
    assert ("2019-10-29", "Meeting") in marks and ("2019-10-29", "Agreement") in marks
    periods = re.findall(r'<rect class="period" data-kind="(\w+)" data-start="([^"]+)"', page)
    assert ("post", "2019-10-29") in periods and ("rank", "2019-10-29") in periods


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.mark.browser
def test_browse_search_links_and_timeline(
    seed_site: Path, seed_data: SiteData, tmp_path: Path
) -> None:
    import time

    from playwright.sync_api import sync_playwright

    external: list[str] = []
    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.route(
            "**/*",
            lambda r: (
                r.continue_()
                if r.request.url.startswith("file:")
                else (external.append(r.request.url), r.abort())
            ),
        )
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((seed_site / "index.html").as_uri())
        assert page.evaluate("window.kgSearchReady === true")
        page.fill("#q", "kaptilovich")
        hits = page.evaluate("[...document.querySelectorAll('#results a')].map(a => a.textContent)")
        expected = sorted(
            seed_data.label(n)
            for n in seed_data.classes
            if "kaptilovich"
            in (seed_data.label(n) + " " + " ".join(seed_data.alt.get(n, []))).lower()
        )
        assert sorted(hits) == expected and "Andrei Kaptilovich" in hits
        page.screenshot(path=str(tmp_path / "search.png"))
        page.fill("#q", "hasanov")
        page.click("#results a:text-is('Zakir Hasanov')")
        assert page.url.endswith("/e/zakir-hasanov.html")
        deadline = time.monotonic() + 30
        while not page.evaluate("window.kgReady === true"):
            assert time.monotonic() < deadline, "the neighbourhood was not drawn"
            page.wait_for_timeout(100)
        marks = page.evaluate(
            "[...document.querySelectorAll('circle.mark')]"
            ".map(c => [c.dataset.date, c.dataset.kind, c.querySelector('title').textContent])"
        )
        _, expected_marks = collect(seed_data, ID + "zakir-hasanov")
        assert sorted(marks) == sorted(
            [m.date, m.kind, f"{m.label} ({m.date})"] for m in expected_marks
        )
        for mark in expected_marks:  # each mark's date is the event's date in the build
            assert (
                seed_data.index.date(
                    next(n for n in seed_data.classes if seed_data.label(n) == mark.label)
                )
                == mark.date
            )
        page.screenshot(path=str(tmp_path / "entity.png"), full_page=True)
        page.locator("figure.timeline").screenshot(path=str(tmp_path / "timeline.png"))
        page.click("table.facts a:text-is('Meeting of Zakir Hasanov and Andrei Ravkov in Baku')")
        assert page.url.endswith("/e/hasanov-ravkov-meeting-2019-10-29.html")
        assert page.inner_text("h1") == "Meeting of Zakir Hasanov and Andrei Ravkov in Baku"
        page.click("a.src >> nth=0")
        assert page.url.endswith(f"/s/{slug(ARTICLE)}.html")
        assert page.inner_text("h1").startswith("Azerbaijani and Belarusian defence ministers")
        page.go_back()
        assert page.url.endswith("/e/hasanov-ravkov-meeting-2019-10-29.html")
        page.goto((seed_site / f"e/{slug(ID + 'country/AZ')}.html").as_uri())
        assert "Belarus" in page.inner_text("table.ties")
        page.screenshot(path=str(tmp_path / "country.png"), full_page=True)
        browser.close()
    assert errors == [] and external == []
    assert (tmp_path / "entity.png").stat().st_size > 20_000
