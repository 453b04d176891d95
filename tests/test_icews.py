"""ICEWS mapping: CAMEO codes and actions, actor classification, file formats."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kg.errors import ValidationFailed
from kg.icews.actors import Classifier
from kg.icews.cameo import Cameo
from kg.icews.mapping import Mapper, dataset_name, read
from kg.model.identity import Resolver, normalise
from kg.model.namespaces import COUNTRY, ID, KG, RDFS

from .conftest import FIXTURES

SAMPLE = FIXTURES / "icews" / "icews14-sample.tsv"


@pytest.fixture(scope="module")
def cameo() -> Cameo:
    return Cameo()


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier()


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("Consult", "040"),
        ("Make a visit", "042"),
        ("Host a visit", "043"),
        ("Sign formal agreement", "057"),
        ("Arrest, detain, or charge with legal action", "173"),
        ("Threaten with sanctions, boycott, embargo", "1312"),
        ("Demand diplomatic cooperation (such as policy support)", "102"),
        ("fight with small arms and light weapons", "190"),
        ("MAKE A VISIT", "042"),
        ("042", "042"),
    ],
)
def test_relation_names_map_to_codes(cameo: Cameo, label: str, code: str) -> None:
    if label == "fight with small arms and light weapons":
        code = cameo.code(label) or ""
        assert code.startswith("19")  # the 'fight' family, whichever sub-code
        return
    assert cameo.code(label) == code


def test_every_icews14_relation_in_the_sample_has_a_code(cameo: Cameo) -> None:
    relations = {r.relation for r in read(SAMPLE)}
    with SAMPLE.open(encoding="utf-8", newline="") as handle:
        assert relations == {row["relation"] for row in csv.DictReader(handle, delimiter="\t")}
    assert sorted(r for r in relations if cameo.code(r) is None) == []


# One row per CAMEO family the action table treats specially, and the default.
@pytest.mark.parametrize(
    ("code", "cls", "subject_role", "object_role", "host", "date_property"),
    [
        ("040", "Meeting", "participant", "participant", "", "date"),
        ("046", "Meeting", "participant", "participant", "", "date"),
        ("041", "Interaction", "initiator", "target", "", "date"),
        ("042", "Meeting", "participant", "participant", "object", "date"),
        ("043", "Meeting", "participant", "participant", "subject", "date"),
        ("044", "Meeting", "participant", "participant", "", "date"),
        ("045", "Interaction", "initiator", "target", "", "date"),
        ("051", "Support", "supporter", "supportedParty", "", "date"),
        ("057", "Agreement", "party", "party", "", "signedOn"),
        ("010", "Interaction", "initiator", "target", "", "date"),
        ("173", "Interaction", "initiator", "target", "", "date"),
        ("190", "Interaction", "initiator", "target", "", "date"),
        (None, "Interaction", "initiator", "target", "", "date"),
    ],
)
def test_action_table(
    cameo: Cameo,
    code: str | None,
    cls: str,
    subject_role: str,
    object_role: str,
    host: str,
    date_property: str,
) -> None:
    action = cameo.action(code)
    assert (action.cls, action.subject_role, action.object_role) == (
        cls,
        subject_role,
        object_role,
    )
    assert (action.host, action.date_property) == (host, date_property)


def test_broader_codes(cameo: Cameo) -> None:
    assert cameo.broader("0421") is None or cameo.broader("0421") == "042"
    assert cameo.broader("042") == "04"
    assert cameo.broader("04") is None
    assert cameo.labels["04"] == "Consult"


@pytest.mark.parametrize(
    ("name", "cls", "country", "kind"),
    [
        ("Azerbaijan", "Country", "AZ", None),
        ("Russia", "Country", "RU", None),
        ("South Korea", "Country", "KR", None),
        ("Defense / Security Ministry (Azerbaijan)", "Ministry", "AZ", "defence"),
        ("Foreign Affairs (Russia)", "Ministry", "RU", "foreign-affairs"),
        ("Head of Government (Bulgaria)", "SectorActor", "BG", None),
        ("Police (Australia)", "SectorActor", "AU", None),
        ("Police (Kosovo)", "SectorActor", "XK", None),
        ("Member of Legislative (Govt) (Azerbaijan)", "SectorActor", "AZ", None),
        ("Bank (Holy See (Vatican City State))", "SectorActor", "VA", None),
        ("Military (Taliban)", "SectorActor", None, None),
        ("Zakir Hasanov", "Person", None, None),
        ("Sergey Viktorovich Lavrov", "Person", None, None),
        ("Vojislav Šešelj", "Person", None, None),
        ("North Atlantic Treaty Organization", "InternationalOrganization", None, None),
        ("NATO", "InternationalOrganization", None, None),
        ("United Nations Children's Fund", "InternationalOrganization", None, None),
        ("Air France", "Organization", None, None),
        ("Free Syrian Army", "Organization", None, None),
        ("Kurdistan Region", "Agent", None, None),
        ("Hamas", "Agent", None, None),
        ("Channel 4", "Organization", None, None),
    ],
)
def test_actor_classification(
    classifier: Classifier, name: str, cls: str, country: str | None, kind: str | None
) -> None:
    actor = classifier.classify(name)
    assert (actor.cls, actor.country, actor.ministry_kind) == (cls, country, kind)


def test_unclassified_actors_say_so(classifier: Classifier) -> None:
    actor = classifier.classify("Hamas")
    assert actor.rule == "unclassified"


def test_mapping_of_a_visit() -> None:
    mapper = Mapper("test", Resolver.empty())
    (record,) = [r for r in read(SAMPLE) if r.relation == "Make a visit"][:1]
    mapper.add(record, SAMPLE.name, "sample")
    event = f"<{ID}icews/test/sample-{record.line}>"
    facts = set(mapper.facts)
    assert f"{event} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG.Meeting}>" in facts
    host = [f for f in facts if f.startswith(f"{event} <{KG.host}>")]
    objects = [f for f in facts if f.startswith(f"{event} <{KG.participant}>")]
    assert len(host) == 1 and len(objects) == 2
    assert f"{event} <{KG.eventType}> <{ID}cameo/042>" in facts
    assert f'{event} <{KG.sourceLine}> "{record.line}"^^' in " ".join(facts)
    file = f"<{ID}dataset/test/sample>"
    assert f"{event} <{KG.fromFile}> {file}" in facts
    assert f'{file} <{KG.sourceFile}> "{SAMPLE.name}"' in facts
    assert f"{file} <{KG.fromDataset}> <{ID}dataset/test>" in facts


def test_countries_of_actors_become_involved_countries() -> None:
    mapper = Mapper("test", Resolver.empty())
    records = [
        r
        for r in read(SAMPLE)
        if r.subject == "Defense / Security Ministry (Azerbaijan)" and r.relation == "Consult"
    ]
    assert records
    mapper.add(records[0], SAMPLE.name, "sample")
    event = f"<{ID}icews/test/sample-{records[0].line}>"
    assert f"{event} <{KG.involvesCountry}> <{COUNTRY}AZ>" in mapper.facts


def test_kosovo_is_written_with_its_user_assigned_code(tmp_path: Path) -> None:
    sample = tmp_path / "kosovo.txt"
    sample.write_text(
        "Police (Kosovo)\tMake a visit\tHead of Government (Kosovo)\t2014-02-01\n",
        encoding="utf-8",
    )
    mapper = Mapper("test", Resolver.empty())
    for record in read(sample):
        mapper.add(record, sample.name, "sample")
    facts = set(mapper.finish(set()))
    assert f'<{COUNTRY}XK> <{RDFS.label}> "Kosovo"' in " ".join(facts)


def test_named_release_without_header(tmp_path: Path) -> None:
    path = tmp_path / "train.txt"
    path.write_text("Zakir Hasanov\tConsult\tAzerbaijan\t2014-03-01\n", encoding="utf-8")
    (record,) = list(read(path))
    assert (record.line, record.subject, record.relation, record.date) == (
        1,
        "Zakir Hasanov",
        "Consult",
        "2014-03-01",
    )


def test_dataverse_release_columns(tmp_path: Path) -> None:
    # Columns as in the ICEWS Dataverse files; the row is written for this test.
    path = tmp_path / "events.2014.tab"
    path.write_text(
        "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text"
        "\tCAMEO Code\tIntensity\tTarget Name\n"
        "1\t2014-05-12\tZakir Hasanov\tDefense\tAzerbaijan\tMake a visit\t042\t1.9\tRussia\n",
        encoding="utf-8",
    )
    (record,) = list(read(path))
    assert (record.line, record.subject, record.relation, record.object, record.date) == (
        2,
        "Zakir Hasanov",
        "Make a visit",
        "Russia",
        "2014-05-12",
    )


def test_malformed_lines_are_reported_with_their_place(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(
        "subject\trelation\tobject\tdate\n"
        "Zakir Hasanov\tConsult\tAzerbaijan\t2014-03-01\n"
        "Zakir Hasanov\tConsult\n"
        "Zakir Hasanov\tConsult\tAzerbaijan\t1 March 2014\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationFailed) as info:
        list(read(path))
    assert [str(p).splitlines()[0] for p in info.value.problems] == [
        f"{path}:3: expected at least 4 tab-separated columns, found 2",
        f"{path}:4: date '1 March 2014' is not YYYY-MM-DD",
    ]


def test_dataset_names() -> None:
    assert dataset_name([Path("/x/icews14/named_quadruples.tsv")]) == "icews14"
    assert dataset_name([Path("/x/y/icews18-sample.tsv")]) == "icews18-sample"
    assert normalise("  Šešelj,  Vojislav ") == "seselj vojislav"


@pytest.mark.parametrize("suffix", [".gz", ".xz"])
def test_compressed_files_read_like_plain_ones(tmp_path: Path, suffix: str) -> None:
    import gzip
    import lzma

    opener = gzip.open if suffix == ".gz" else lzma.open
    packed = tmp_path / f"icews14-sample.tsv{suffix}"
    with opener(packed, "wb") as handle:
        handle.write(SAMPLE.read_bytes())
    assert list(read(packed)) == list(read(SAMPLE))
    assert dataset_name([packed]) == dataset_name([SAMPLE]) == "icews14-sample"


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("Bharatiya Janata", "Organization"),
        ("Awami League", "Organization"),
        ("USS Ronald Reagan", "Agent"),
        ("HMS Defender", "Agent"),
        ("Narendra Modi", "Person"),
    ],
)
def test_parties_and_ships_are_not_persons(name: str, cls: str) -> None:
    from kg.icews.actors import Classifier

    assert Classifier().classify(name).cls == cls
