"""kg extract: a country guessed for a person the text ties to none (session 19,
kg.extract.country_guess), on short invented articles (our own words, invented
people; not news), and the ranker that weighs the candidates (kg.extract.ranker)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.extract.ranker import best, fit

from .conftest import ROOT
from .drafts import countries, data_copy, draft, extract_command

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
    data = data_copy(tmp_path)
    monkeypatch.chdir(tmp_path)
    out = data / "curated" / "delegation.tsv"
    assert extract_command(tmp_path, DELEGATION, "2024-05-15", out) == 0
    assert "\tpostFor\tcountry:CL\t" in out.read_text(encoding="utf-8")
    assert main(["validate", "--data", "data"]) == 0
    assert "problem" not in capsys.readouterr().err


def test_a_weight_that_is_no_number_stops_the_draft_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    table = data_copy(tmp_path) / "reference" / "country_guess_weights.csv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    feature = lines[3].split(",")[0]
    lines[3] = f"{feature},high,\n"
    table.write_text("".join(lines), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "delegation.tsv"
    code = extract_command(tmp_path, DELEGATION, "2024-05-15", out)
    err = capsys.readouterr().err
    assert code == 1
    assert f"data/reference/country_guess_weights.csv:4: weight 'high' of {feature!r}" in err
    assert "Traceback" not in err and not out.exists()


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
