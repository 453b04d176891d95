"""curation.identity_checks over the multi-article corpus: one entity per person,
each variant reported with both locations, sameAs merges recorded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import OWL, RDFS, SKOS

from kg.curation.identity_checks import name_keys
from kg.curation.validation import check
from kg.errors import Problem
from kg.model.identity import Resolver
from kg.model.namespaces import ID

from .conftest import FIXTURES

CORPUS = FIXTURES / "corpus"


def corpus(tmp_path: Path, *flawed: str) -> Path:
    """The clean corpus at ./data, with the flawed variants of the named articles."""
    data = tmp_path / "data"
    shutil.copytree(CORPUS / "clean", data)
    for name in flawed:
        for kind, ext in (("curated", "tsv"), ("sources", "txt")):
            shutil.copy(CORPUS / "flawed" / kind / f"{name}.{ext}", data / kind / f"{name}.{ext}")
    return data


def at(data: Path, name: str, *words: str) -> str:
    """``path:line`` of the first line of an article's curated file with all the words."""
    path = data / "curated" / f"{name}.tsv"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if all(w in line.split("\t") for w in words):
            return f"data/curated/{name}.tsv:{number}"
    raise AssertionError(f"no line with {words} in {path}")


def warnings(data: Path) -> list[Problem]:
    curated, problems = check(data)
    assert curated is not None, problems
    assert all(p.warning for p in problems)
    return problems


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_clean_corpus_has_no_warnings(here: Path) -> None:
    assert warnings(corpus(here)) == []


def test_same_id_with_two_labels(here: Path) -> None:
    data = corpus(here, "a04")
    (problem,) = warnings(data)
    assert f"{problem.path}:{problem.line}" == at(data, "a04", "sergei-primerov", "label")
    assert "'Sergey Primerov' here and 'Sergei Primerov' at " in problem.message
    assert problem.message.endswith(at(data, "a02", "sergei-primerov", "label"))
    assert "altLabel" in problem.hint


def test_one_person_under_two_ids(here: Path) -> None:
    data = corpus(here, "a12")
    (problem,) = warnings(data)
    assert f"{problem.path}:{problem.line}" == at(data, "a12", "primerov-sergei-ivanovich", "label")
    assert at(data, "a02", "sergei-primerov", "label") in problem.message
    assert "probably one person" in problem.message
    assert "sameAs" in problem.hint and "differentFrom" in problem.hint


def test_different_from_silences_the_warning(here: Path) -> None:
    data = corpus(here, "a12")
    path = data / "curated" / "a12.tsv"
    quote = "Lieutenant General Primerov Sergei Ivanovich"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"primerov-sergei-ivanovich\tdifferentFrom\tsergei-primerov\t{quote}\n")
    assert warnings(data) == []


def test_same_as_makes_one_entity_with_every_label(here: Path) -> None:
    data = corpus(here)
    curated, _ = check(data)
    assert curated is not None
    kept, joined = ID["sergei-primerov"], ID["sergey-primerov"]
    subjects = {s for s, _, _ in curated.asserted} | {o for _, _, o in curated.asserted}
    assert joined not in subjects
    assert set(curated.asserted.objects(kept, RDFS.label)) == {Literal("Sergei Primerov")}
    assert set(curated.asserted.objects(kept, SKOS.altLabel)) == {
        Literal("Sergey Primerov"),
        Literal("Primerov Sergei Ivanovich"),
    }
    assert (kept, OWL.sameAs, joined) in curated.provenance


def test_another_class_in_another_file(here: Path) -> None:
    data = corpus(here)
    path = data / "curated" / "a09.tsv"
    quote = "Lieutenant General Sergei Primerov"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"sergei-primerov\ta\tAgent\t{quote}\n")
    (problem,) = warnings(data)
    assert f"{problem.path}:{problem.line}" == at(data, "a09", "sergei-primerov", "Agent")
    assert problem.message.endswith(at(data, "a02", "sergei-primerov", "Person"))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sergei Primerov", "Primerov Sergey Ivanovich"),
        ("Kim Jong-Un", "Kim Jong Un"),
        ("Pavlo Klimkin", "Pavel Klimkin"),
        ("Sergei Shoigu", "Sergey Shoygu"),
        ("Mikhail Mishustin", "Mihail Mishustin"),
    ],
)
def test_name_variants_meet(one: str, other: str) -> None:
    resolver = Resolver.empty()
    assert name_keys(resolver, one) & name_keys(resolver, other)


def test_different_people_do_not_meet() -> None:
    resolver = Resolver.empty()
    assert not name_keys(resolver, "Giorgi Fiktiv") & name_keys(resolver, "Nurlan Fiktivov")


def test_an_id_used_with_another_class_names_its_definition(here: Path) -> None:
    data = corpus(here)
    path = data / "curated" / "a09.tsv"
    quote = "Lieutenant General Sergei Primerov"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"kz-minister-of-defence\thasRank\trank:post-soviet-army.colonel\t{quote}\n")
    curated, problems = check(data)
    assert curated is None
    (problem,) = [p for p in problems if not p.warning]
    assert problem.message.startswith(
        "kz-minister-of-defence is a Post (defined at "
        + at(data, "a01", "kz-minister-of-defence", "Post")
        + "), but hasRank applies to a Person"
    )
