"""kg extract: a country guessed for a person the text ties to none (session 19,
kg.extract.country_guess), on short invented articles (our own words, invented
people; not news), and the ranker that weighs the candidates (kg.extract.ranker)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.extract.name_endings import NameEndings, endings
from kg.extract.ranker import best, fit

from .conftest import ROOT
from .drafts import countries, data_copy, draft, extract_command, valid_draft

# Luis Ortega Vial leads a delegation the text calls Chilean: no post, no country
# of his own; the rules give him none.
DELEGATION = (
    "Chile and Kenya discuss peacekeeping training\n\n"
    "NAIROBI, May 14 -- Kenyan Defence Cabinet Secretary Wanjiru Kamau on Tuesday held"
    " talks in Nairobi with a Chilean delegation led by Luis Ortega Vial on training for"
    " peacekeeping missions.\n\n"
    "Kamau said Kenya valued the experience Chile had gained in Haiti and Cyprus, and"
    " Ortega Vial invited Kenyan officers to courses in Santiago.\n"
)


def _data_without_weights(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "reference", data / "reference")
    (data / "reference" / "country_guess_weights.csv").unlink()
    return data


def test_a_person_the_text_ties_to_no_country_gets_the_likeliest_as_a_guess(
    tmp_path: Path,
) -> None:
    from kg.extract import extract
    from kg.extract.evaluation import Reading

    result = draft(DELEGATION, tmp_path, date="2024-05-15")
    reading = Reading.of(result.facts)
    assert countries(reading, "Luis Ortega Vial") == {"CL"}
    assert countries(reading, "Wanjiru Kamau") == {"KE"}  # the text's own, untouched
    (text,) = [c for c in result.text.splitlines() if "Official of Chile" in c and "#" in c]
    assert "a guess: the text gives no country" in text and "confidence 0.40" in text
    # Without the weights table the person stays without a country, as before.
    article = tmp_path / "a.txt"  # where draft() wrote it
    plain = Reading.of(
        extract(article, date="2024-05-15", data_dir=_data_without_weights(tmp_path)).facts
    )
    assert countries(plain, "Luis Ortega Vial") == set()
    assert countries(plain, "Wanjiru Kamau") == {"KE"}


def test_the_draft_with_a_guessed_country_validates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    drafted = valid_draft(tmp_path, monkeypatch, capsys, DELEGATION, "2024-05-15")
    assert "\tpostFor\tcountry:CL\t" in drafted


@pytest.mark.parametrize(
    ("table", "column", "message"),
    [
        # The third row's weight, then its count, replaced by a word.
        ("country_guess_weights.csv", 1, "weight 'many' of '{0}' is not a number"),
        ("name_endings.csv", 2, "row {0},{1},many is not an ending, a country and a count"),
        ("officials.csv", 2, "row {0},{1},many is not a name, its countries and a count"),
    ],
)
def test_a_cell_that_is_no_number_stops_the_draft_at_its_line(
    table: str,
    column: int,
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = data_copy(tmp_path) / "reference" / table
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    cells = lines[3].rstrip("\n").split(",")
    cells[column] = "many"
    message = message.format(*cells)
    lines[3] = ",".join(cells) + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "delegation.tsv"
    code = extract_command(tmp_path, DELEGATION, "2024-05-15", out)
    err = capsys.readouterr().err
    assert code == 1
    assert f"data/reference/{table}:4: {message}" in err
    assert "Traceback" not in err and not out.exists()


# Two colonels, one of each of the two countries the article names alike: only the
# endings of their names tell which is whose.
BORDER_TALKS = (
    "TBILISI, May 14 -- Georgia and Armenia agreed on Tuesday to widen exchanges"
    " between their border guards.\n\n"
    "Colonel Davit Kapanadze met Colonel Gevorg Sargsyan in Tbilisi on Tuesday, and the"
    " two signed a protocol on joint patrols along the border of Georgia and Armenia.\n"
)


def test_the_endings_of_names_tell_two_sides_apart(tmp_path: Path) -> None:
    from kg.extract import extract
    from kg.extract.evaluation import Reading

    reading = Reading.of(draft(BORDER_TALKS, tmp_path, date="2024-05-15").facts)
    assert countries(reading, "Davit Kapanadze") == {"GE"}
    assert countries(reading, "Gevorg Sargsyan") == {"AM"}
    # Without name_endings.csv both get the country the dateline names.
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "reference", data / "reference")
    (data / "reference" / "name_endings.csv").unlink()
    plain = Reading.of(extract(tmp_path / "a.txt", date="2024-05-15", data_dir=data).facts)
    assert countries(plain, "Davit Kapanadze") == countries(plain, "Gevorg Sargsyan") == {"GE"}


def test_name_endings_count_each_persons_country() -> None:
    assert endings("Gevorg Sargsyan-Petrosyan") == [
        "org", "vorg", "yan", "syan", "yan", "syan"
    ]  # fmt: skip
    assert endings("Ána Li") == ["ana"]  # accents dropped, short words left out
    table = NameEndings.of(
        [("Aram Petrosyan", ["AM"]), ("Tigran Sargsyan", ["AM"]), ("Levan Beridze", ["GE"])]
    )
    assert table.counts["*"] == {"AM": 2, "GE": 1}
    assert table.counts["syan"] == {"AM": 2}
    assert table.affinity("Hayk Grigoryan", "AM") > 0 > table.affinity("Hayk Grigoryan", "GE")
    assert table.affinity("Jo Li", "AM") == 0.0  # no ending counted
    assert not NameEndings() and table


def test_the_ranker_picks_the_best_scored_candidate_and_the_first_of_equals() -> None:
    features = [{"named": 1.0}, {"named": 2.0, "visiting": 1.0}, {"named": 2.0}]
    assert best(["AA", "BB", "CC"], features, {"named": 1.0}) == "BB"  # BB and CC tie
    assert best(["AA", "BB", "CC"], features, {"named": 1.0, "visiting": -5.0}) == "CC"
    assert best(["AA"], [{"named": 1.0}], {}) is None  # no weights: no guess
    assert best([], [], {"named": 1.0}) is None


def test_fitted_weights_favour_what_tells_the_right_candidate() -> None:
    # 'near' marks the right candidate in each example, 'named' is noise.
    examples = [
        ([{"near": 1.0, "named": 1.0}, {"named": 2.0}], [0]),
        ([{"named": 3.0}, {"near": 1.0}], [1]),
        ([{"near": 1.0, "named": 2.0}, {"named": 1.0}, {"named": 1.0}], [0]),
    ]
    weights = fit(examples)
    assert weights["near"] > weights["named"]
    assert all(
        best([str(n) for n in range(len(f))], f, weights) == str(right[0]) for f, right in examples
    )
    assert fit(examples) == weights  # deterministic
    assert fit([([{"near": 1.0}], [])]) == {}  # no right candidate: nothing to learn


def test_every_feature_the_guess_computes_is_one_the_weights_table_may_name(
    tmp_path: Path,
) -> None:
    from kg.extract.country_guess import CountryEvidence
    from kg.extract.events import ArticleReader
    from kg.extract.gazetteer import load_gazetteer, pipeline
    from kg.model.reference_tables import COUNTRY_GUESS_FEATURES

    folder = ROOT / "data" / "reference"
    gaz = load_gazetteer(folder)
    reader = ArticleReader(gaz, BORDER_TALKS + DELEGATION, "2024-05-15", pipeline(folder))
    findings = reader.read()
    evidence = CountryEvidence(gaz, findings, reader.docs)
    computed = {
        name
        for person in findings.persons
        for features in evidence.scored(person)[1]
        for name in features
    }
    assert computed <= COUNTRY_GUESS_FEATURES
    assert len(computed) >= 15  # two small articles already call on most of them
