"""kg extract: drafts of curated triples, scored against hand-curated gold readings.

The seed article is real; the articles in tests/fixtures/extract are invented for
these tests (see its README).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

import kg.extract as extract_module
from kg.cli import main
from kg.curation.reading import read_source
from kg.curation.validation import check
from kg.errors import EnvironmentProblem, UsageError
from kg.extract import article_dates, extract
from kg.extract.evaluation import TARGETED, Reading, report_lines, score

from .conftest import FIXTURES, ROOT

ARTICLES = FIXTURES / "extract"
SEED = "000_ce432b95e0a567d5"
INVENTED = sorted(p.stem for p in (ARTICLES / "sources").glob("*.txt"))


def _case(name: str) -> tuple[Path, Path, Path]:
    """(data folder, article, gold file) of one test article."""
    data = ROOT / "data" if name == SEED else ARTICLES
    return data, data / "sources" / f"{name}.txt", data / "curated" / f"{name}.tsv"


def _facts(name: str, data: Path) -> dict[tuple[str, str], set[str]]:
    _, article, _ = _case(name)
    facts: dict[tuple[str, str], set[str]] = {}
    for s, p, o, _ in extract(article, data_dir=data).facts:
        facts.setdefault((s, p), set()).add(o)
    return facts


def test_at_least_four_invented_articles_with_gold_files() -> None:
    assert len(INVENTED) >= 4
    for name in INVENTED:
        assert (ARTICLES / "curated" / f"{name}.tsv").is_file()


@pytest.mark.slow
@pytest.mark.parametrize("name", [SEED, *INVENTED])
def test_precision_and_recall_reach_the_targets(name: str) -> None:
    data, article, gold = _case(name)
    draft = extract(article, data_dir=data)
    scores = {s.kind: s for s in score(Reading.of(draft.facts), Reading.read(gold))}
    for kind in TARGETED:
        s = scores[kind]
        assert s.precision >= 0.9 and s.recall >= 0.9, (kind, s.missing, s.extra)
    # Every gold reading has persons and a meeting, so the scores above are not vacuous.
    assert scores["persons with rank and country"].gold >= 2
    assert scores["meetings"].gold >= 1


@pytest.mark.parametrize("name", [SEED, *INVENTED])
def test_the_draft_validates(name: str, tmp_path: Path) -> None:
    """The draft alone, in a data folder of its own, passes kg validate (SHACL included)."""
    _, article, _ = _case(name)
    data = tmp_path / "data"
    (data / "sources").mkdir(parents=True)
    (data / "curated").mkdir()
    shutil.copy(article, data / "sources" / article.name)
    out = data / "curated" / f"{name}.tsv"
    draft = extract(data / "sources" / article.name, data_dir=data, output=out)
    out.write_text(draft.text, encoding="utf-8")
    curated, problems = check(data)
    assert problems == []
    assert curated is not None and len(curated.resolved) == len(draft.facts)


def test_the_seed_draft_validates_with_the_curated_data(tmp_path: Path) -> None:
    """Reused ids and repeated definitions do not clash with the curated seed."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    draft = extract(data / "sources" / f"{SEED}.txt", data_dir=data)
    assert draft.source_id == f"{SEED}_draft"  # the seed's own id is taken
    (data / "curated" / "seed-draft.tsv").write_text(draft.text, encoding="utf-8")
    _, problems = check(data)
    assert problems == []


def test_entities_of_the_knowledge_graph_are_reused_by_id() -> None:
    facts = _facts(SEED, ROOT / "data")
    assert facts[("zakir-hasanov", "hasRank")] == {"rank:post-soviet-army.colonel-general"}
    assert facts[("andrei-ravkov", "hasRank")] == {"rank:post-soviet-army.lieutenant-general"}
    assert ("by-military-attache-in-az", "accreditedTo") in facts
    assert facts[("az-ministry-of-defence", "ministryOf")] == {"country:AZ"}
    text = extract(ROOT / "data" / "sources" / f"{SEED}.txt", data_dir=ROOT / "data").text
    assert "# person Zakir Hasanov (already in the knowledge graph)" in text


def test_without_a_knowledge_graph_new_ids_are_made() -> None:
    facts = _facts(SEED, ARTICLES)
    assert facts[("zakir-hasanov", "label")] == {"Zakir Hasanov"}
    assert facts[("az-minister-of-defence", "label")] == {"Minister of Defence of Azerbaijan"}


def test_seed_references_resolve_to_the_entities_introduced() -> None:
    """'Hasanov', 'the ministers' and 'the two countries' resolve to who was introduced."""
    facts = _facts(SEED, ROOT / "data")
    congratulation = next(s for (s, p) in facts if p == "congratulator")
    assert facts[(congratulation, "congratulator")] == {"zakir-hasanov"}
    assert facts[(congratulation, "congratulatee")] == {"andrei-kaptilovich"}
    plan = next(s for (s, p), o in facts.items() if p == "a" and o == {"Plan"})
    assert facts[(plan, "signatory")] == {"zakir-hasanov", "andrei-ravkov"}
    assert facts[(plan, "validFrom")] == {"2020-01-01"}
    assert facts[(plan, "validUntil")] == {"2020-12-31"}
    assert len(facts[(plan, "hasProvision")]) == 3
    meeting = next(s for (s, p), o in facts.items() if p == "a" and o == {"Meeting"})
    assert facts[(meeting, "location")] == {"place:baku"}
    occasion = facts[(meeting, "occasion")].pop()
    assert facts[(occasion, "a")] == {"OrganizationMeeting"}


def test_short_references_and_signatories() -> None:
    """'the deputy minister and Ermekov signed' names both signatories."""
    facts = _facts("104_kg_ru_bishkek", ARTICLES)
    memo = next(s for (s, p), o in facts.items() if p == "a" and o == {"Agreement"})
    assert facts[(memo, "signatory")] == {"pavel-sorokin", "talant-ermekov"}
    assert facts[(memo, "party")] == {"country:KG", "country:RU"}
    appointment = next(s for (s, p), o in facts.items() if p == "a" and o == {"Appointment"})
    assert facts[(appointment, "appointee")] == {"aibek-toktogulov"}
    assert facts[(appointment, "appointedTo")] == {"kg-military-attache-in-ru"}


def test_ranks_follow_the_ladder_of_the_country() -> None:
    turkish = _facts("102_tr_az_navy", ARTICLES)
    assert turkish[("kemal-aydin", "hasRank")] == {"rank:nato-army.general"}
    assert turkish[("elchin-mammadli", "hasRank")] == {"rank:post-soviet-navy.rear-admiral"}


def test_talks_between_and_a_later_participant() -> None:
    """'Talks between A, and B were held', then 'C ... attended the talks'."""
    facts = _facts("109_uz_tj_dushanbe", ARTICLES)
    meeting = next(s for (s, p), o in facts.items() if p == "a" and o == {"Meeting"})
    assert facts[(meeting, "participant")] == {
        "bakhodir-rustamov",
        "sherali-nazarov",
        "jamshid-ergashev",
    }
    assert facts[(meeting, "date")] == {"2021-10-29"}  # written 29.10.2021
    appointment = next(s for (s, p), o in facts.items() if p == "a" and o == {"Appointment"})
    assert facts[(appointment, "appointedTo")] == {"uz-military-attache-in-tj"}
    support = next(s for (s, p), o in facts.items() if p == "a" and o == {"Support"})
    assert facts[(support, "supporter")] == {"country:UZ"}  # "The Uzbek side backs ..."
    assert facts[(support, "supportedParty")] == {"country:TJ"}


def test_a_patronymic_name_is_the_curated_person() -> None:
    """'Zakir Asgar oglu Hasanov' is zakir-hasanov of the knowledge graph."""
    facts = _facts("110_ge_az_baku", ROOT / "data")
    assert facts[("zakir-hasanov", "label")] == {"Zakir Hasanov"}
    meeting = next(s for (s, p), o in facts.items() if p == "a" and o == {"Meeting"})
    assert facts[(meeting, "participant")] == {"zakir-hasanov", "juansher-tsiklauri"}


def test_posts_the_table_does_not_name() -> None:
    """A generic title ('Head of ...') becomes a post of its own words, in the ministry
    it names; 'Deputy' before a known title makes the deputy's post."""
    facts = _facts("111_by_az_kz_minsk", ARTICLES)
    head = "by-head-of-the-international-military-cooperation-dep"
    assert facts[(head, "label")] == {
        "Head of the International Military Cooperation Department"
        " of the Ministry of Defence of Belarus"
    }
    assert facts[(head, "postIn")] == {"by-ministry-of-defence"}
    deputy = "az-deputy-minister-of-emergency-situations"
    assert facts[(deputy, "label")] == {"Deputy Minister of Emergency Situations of Azerbaijan"}
    assert facts[("oleg-voinov", "hasRank")] == {"rank:post-soviet-army.major-general"}
    assert facts[("rafael-gasimov", "hasRank")] == {"rank:post-soviet-army.lieutenant-general"}
    assert "country:US" not in {o for objs in facts.values() for o in objs}


def test_the_issue_of_a_support_can_follow_the_supported_country(tmp_path: Path) -> None:
    """An invented sentence: 'supports Azerbaijan in the restoration of ...'."""
    article = tmp_path / "support.txt"
    article.write_text(
        "Ankara, 12 January 2022\n\nMinister Aksoy said that Turkey supports Azerbaijan"
        " in the restoration of the liberated territories.\n",
        encoding="utf-8",
    )
    facts = {f[:3] for f in extract(article).facts}
    topic = "restoration-of-the-liberated-territories"
    assert (topic, "label", "Restoration of the liberated territories") in facts
    support = next(s for s, p, o in facts if p == "issue" and o == topic)
    assert {
        (support, "supporter", "country:TR"),
        (support, "supportedParty", "country:AZ"),
    } <= facts


def test_a_negated_signing_is_not_an_agreement() -> None:
    facts = _facts("103_by_rs_minsk", ARTICLES)
    classes = {o for (s, p), objs in facts.items() if p == "a" for o in objs}
    assert not classes & {"Agreement", "Plan"}


def test_the_draft_is_deterministic() -> None:
    _, article, _ = _case("101_kz_uz_talks")
    assert extract(article, data_dir=ARTICLES).text == extract(article, data_dir=ARTICLES).text


def test_every_candidate_has_a_confidence_comment() -> None:
    _, article, _ = _case("102_tr_az_navy")
    lines = extract(article, data_dir=ARTICLES).text.splitlines()
    body = lines[lines.index("subject\tpredicate\tobject\tevidence") + 1 :]
    comments = [line for line in body if line.startswith("#")]
    assert len(comments) == 7  # 2 persons, their 2 posts, a meeting, a protocol, a support
    assert all("; confidence " in line for line in comments)
    assert all(0 < float(line.rsplit("confidence ", 1)[1]) <= 1 for line in comments)


def test_dates_as_articles_write_them() -> None:
    text = "Baku, 21 September 2022. On March 3, 2021 ... date 2019-10-29; on 29 June"
    assert [d[1] for d in article_dates(text, 2021)] == [
        "2022-09-21",
        "2021-03-03",
        "2019-10-29",
        "2021-06-29",
    ]


def test_an_article_without_a_date_needs_date(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Colonel General Zakir Hasanov met with Andrei Ravkov.\n", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        extract(article)
    assert caught.value.message == f"{article} states no date"
    assert caught.value.hint == "pass the article's date: --date YYYY-MM-DD"
    draft = extract(article, date="2020-01-02")
    assert "@date\t2020-01-02" in draft.text


def test_cli_writes_the_draft_and_scores_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ARTICLES)
    out = tmp_path / "draft.tsv"
    name = "106_ge_lt_tbilisi"
    code = main(
        [
            "extract",
            f"sources/{name}.txt",
            "--data",
            ".",
            "-o",
            str(out),
            "--eval",
            f"curated/{name}.tsv",
        ]
    )
    assert code == 0
    captured = capsys.readouterr()
    assert "meetings *                         1     1     1      1.00   1.00" in captured.out
    assert captured.out.rstrip().endswith("): met")
    assert "meetings 0.85 / 0.80, agreements 0.80 / 0.80" in captured.out
    assert captured.err.startswith(f"Wrote {out}: 3 persons")
    source, problems = read_source(out, ARTICLES)
    assert problems == [] and source.meta["date"] == "2021-06-30"


def test_the_eval_report_is_the_table_the_cli_prints(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI prints report_lines' table, with 'n/a' for a precision over no draft
    item and a recall over no gold item."""
    monkeypatch.chdir(ARTICLES)
    name = "106_ge_lt_tbilisi"
    code = main(["extract", f"sources/{name}.txt", "--data", ".", "--eval", f"curated/{name}.tsv"])
    assert code == 0
    printed = capsys.readouterr().out.splitlines()
    draft = extract(Path("sources", f"{name}.txt"), data_dir=Path("."))
    scores = score(Reading.of(draft.facts), Reading.read(Path("curated", f"{name}.tsv")))
    lines = report_lines(scores)
    assert lines == printed[: len(lines)]
    # Row i + 1 is the fact type of scores[i]; the article leaves some types unstated.
    empty = {i + 1 for i, s in enumerate(scores) if s.gold == s.draft == 0}
    assert empty
    for i in empty:
        assert lines[i].split()[-2:] == ["n/a", "n/a"]


def test_cli_errors_are_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2
    assert "cannot read" in capsys.readouterr().err
    article = ARTICLES / "sources" / "101_kz_uz_talks.txt"
    assert main(["extract", str(article), "--date", "2021-13-01"]) == 2
    err = capsys.readouterr().err
    assert err == "kg extract: --date '2021-13-01' is not a date\n    fix: write it as YYYY-MM-DD\n"
    assert main(["extract", str(article), "--eval", str(tmp_path / "gold.tsv")]) == 2
    assert "no such gold file" in capsys.readouterr().err


def test_without_spacy_the_message_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)
    extract_module.pipeline.cache_clear()
    try:
        with pytest.raises(EnvironmentProblem) as caught:
            extract(ARTICLES / "sources" / "101_kz_uz_talks.txt")
        assert caught.value.exit_code == 3
        assert "pip install 'kg[extract]'" in caught.value.hint
    finally:
        extract_module.pipeline.cache_clear()


def test_a_draft_saved_in_a_curated_folder_points_at_its_data_folder(tmp_path: Path) -> None:
    """Regression: without --data, @text was written relative to curated/, not to the
    data folder above it, and the draft did not validate."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "curated").mkdir()
    article = tmp_path / "sources" / "e.txt"
    article.write_text(
        '"Belarus supports Azerbaijan," said Colonel Ivan Petrov, the military attaché'
        " of Belarus in Azerbaijan, on 4 May 2020.\n",
        encoding="utf-8",
    )
    out = tmp_path / "curated" / "e.tsv"
    draft = extract(article, output=out)
    assert "@text\tsources/e.txt" in draft.text
    out.write_text(draft.text, encoding="utf-8")
    assert check(tmp_path)[1] == []
    # The issue is only the country: it is named as support for it.
    assert ("support-for-azerbaijan", "label", "Support for Azerbaijan") in {
        f[:3] for f in draft.facts
    }


def test_air_force_ranks(tmp_path: Path) -> None:
    """An invented sentence: air force ranks come from the nato-air ladder."""
    article = tmp_path / "air.txt"
    article.write_text(
        "Islamabad, 2 March 2023\n\nThe Chief of the Air Staff of Pakistan, Air Chief Marshal"
        " Imran Qureshi, received the Commander of the Air Force of Azerbaijan,"
        " Lieutenant General Ramiz Tahirov, in Islamabad.\n",
        encoding="utf-8",
    )
    facts: dict[tuple[str, str], set[str]] = {}
    for s, p, o, _ in extract(article).facts:
        facts.setdefault((s, p), set()).add(o)
    assert facts[("imran-qureshi", "hasRank")] == {"rank:nato-air.air-chief-marshal"}
    assert facts[("ramiz-tahirov", "hasRank")] == {"rank:post-soviet-army.lieutenant-general"}
    assert facts[("pk-chief-of-the-air-staff", "postFor")] == {"country:PK"}
    meeting = next(s for (s, p), o in facts.items() if p == "a" and o == {"Meeting"})
    assert facts[(meeting, "host")] == {"imran-qureshi"}
    assert facts[(meeting, "location")] == {"place:islamabad"}


def test_a_meeting_without_a_place_is_drafted_with_what_to_add(tmp_path: Path) -> None:
    """An invented text that names no place: the meeting is drafted with a comment
    saying what to add; the draft validates, the missing place a warning."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "curated").mkdir()
    article = tmp_path / "sources" / "x.txt"
    article.write_text(
        "On 3 May 2021, Colonel General Ivan Orlov met with Major General Petr Sidorov.\n",
        encoding="utf-8",
    )
    draft = extract(article, output=tmp_path / "curated" / "x.tsv")
    meeting = "orlov-sidorov-meeting-2021-05-03"
    assert f"# meeting of Ivan Orlov and Petr Sidorov (no place found: add `{meeting}" in draft.text
    assert f"\n{meeting}\ta\tMeeting\t" in draft.text
    assert not any(s == meeting and p == "location" for s, p, *_ in draft.facts)
    (tmp_path / "curated" / "x.tsv").write_text(draft.text, encoding="utf-8")
    problems = check(tmp_path)[1]
    assert [p for p in problems if not p.warning] == []
    assert any("the meeting has no place" in p.message for p in problems)


def test_hard_wrapped_text_reads_as_its_paragraphs(tmp_path: Path) -> None:
    """The seed wrapped at 72 columns, as an editor may save it, gives the same reading;
    the draft's quotes still validate against the wrapped text."""
    import textwrap

    original = (ROOT / "data" / "sources" / f"{SEED}.txt").read_text(encoding="utf-8")
    wrapped = "\n\n".join(
        "\n".join(textwrap.wrap(paragraph, 72)) for paragraph in original.split("\n\n")
    )
    assert wrapped.count("\n") > original.count("\n") + 10
    data = tmp_path / "data"
    (data / "sources").mkdir(parents=True)
    (data / "curated").mkdir()
    article = data / "sources" / "seed-wrapped.txt"
    article.write_text(wrapped, encoding="utf-8")
    draft = extract(article, data_dir=data)
    gold = Reading.read(ROOT / "data" / "curated" / f"{SEED}.tsv")
    assert all(s.precision == s.recall == 1.0 for s in score(Reading.of(draft.facts), gold))
    (data / "curated" / "seed-wrapped.tsv").write_text(draft.text, encoding="utf-8")
    assert check(data)[1] == []
