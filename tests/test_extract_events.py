"""kg extract: meetings and agreements in the shapes news reports them, on the
invented articles of tests/fixtures/extract-events (delegations, receptions,
attendees, several meetings in one sentence, signings that imply a meeting,
signings with no signatory named, recalled signings)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.curation.validation import check
from kg.extract import extract
from kg.extract.evaluation import Reading

from .conftest import FIXTURES

EVENTS = FIXTURES / "extract-events"
ARTICLES = sorted(p.stem for p in EVENTS.glob("*.txt"))
FORMER_USSR = {"AM", "AZ", "BY", "EE", "GE", "KG", "KZ", "LT", "LV", "MD", "RU", "TJ", "TM", "UA"}
FORMER_USSR |= {"UZ"}

MeetingKey = tuple[frozenset[str], str, str, str | None]
SignedKey = tuple[frozenset[str], str, bool]

# Per article: its meetings as (participants, date, place, host) and its signed
# documents as (signatories, date, whether signed at a meeting), read from the text.
EXPECTED: dict[str, tuple[set[MeetingKey], list[SignedKey]]] = {
    "301_es_cl_delegation": (
        {
            (
                frozenset(
                    {"Lucia Ferrer Olmedo", "Tomas Aravena", "Andres Quiroga", "Paula Renard"}
                ),
                "2024-03-14",
                "place:madrid",
                "Lucia Ferrer Olmedo",
            )
        },
        [],
    ),
    "302_ke_tz_ug_receptions": (
        {
            (
                frozenset({"Joseph Mwangi Kariuki", guest}),
                "2023-06-05",
                "place:nairobi",
                "Joseph Mwangi Kariuki",
            )
            for guest in ("Halima Said Mrisho", "Peter Okello Ayo")
        },
        [],
    ),
    "303_br_pt_one_on_one": (
        {
            (
                frozenset(
                    {
                        "Rafael Coutinho Alves",
                        "Helena Marques Vaz",
                        "Sergio Pontes",
                        "Nuno Barreiros",
                    }
                ),
                "2022-09-20",
                "place:brasilia",
                None,
            )
        },
        [],
    ),
    "304_no_ca_signing_visit": (
        {(frozenset({"Erik Haugland", "Claire Dubois"}), "2021-05-12", "place:oslo", None)},
        [(frozenset({"Erik Haugland", "Claire Dubois"}), "2021-05-12", True)],
    ),
    "305_ma_sn_both_signed": (
        {
            (
                frozenset({"Karim Benslimane", "Aminata Diallo Sow"}),
                "2023-02-08",
                "place:rabat",
                None,
            )
        },
        [(frozenset({"Karim Benslimane", "Aminata Diallo Sow"}), "2023-02-08", True)],
    ),
    "306_mx_co_meetings_documents": (
        {
            (frozenset({"Andres Felipe Rincon", guest}), "2022-11-09", "place:mexico-city", None)
            for guest in ("Luis Ortega Marin", "Jorge Salcedo Ruiz")
        },
        # 'two documents ... were signed': the first stands for the signing; the
        # second is a comment for the curator to name (session 34).
        [(frozenset(), "2022-11-09", True)],
    ),
    "307_gh_ng_signed_with": (
        {
            (
                frozenset({"Kwame Asante Boateng", "Musa Bello Danjuma"}),
                "2022-04-04",
                "place:accra",
                None,
            ),
            (
                frozenset({"Musa Bello Danjuma", "Ama Owusu Mensah"}),
                "2022-04-04",
                "place:accra",
                "Ama Owusu Mensah",
            ),
        },
        [(frozenset({"Kwame Asante Boateng", "Musa Bello Danjuma"}), "2022-04-04", True)] * 2,
    ),
    "308_pe_ec_plan_no_signatory": (set(), [(frozenset(), "2025-03-03", False)]),
}


def _events(reading: Reading) -> tuple[set[MeetingKey], list[SignedKey]]:
    def label(entity: str) -> str:
        return reading.one(entity, "label")

    meetings = {
        (
            frozenset(label(p) for p in reading.all(m, "participant")),
            reading.one(m, "date"),
            reading.one(m, "location"),
            label(reading.one(m, "host")) if reading.one(m, "host") else None,
        )
        for m in reading.of_class("Meeting")
    }
    signed = [
        (
            frozenset(label(p) for p in reading.all(a, "signatory")),
            reading.one(a, "signedOn"),
            bool(reading.one(a, "signedAt")),
        )
        for a in reading.of_class("Agreement", "Plan")
    ]
    return meetings, signed


def _read(text: str, tmp_path: Path) -> Reading:
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    return Reading.of(extract(article).facts)


def test_eight_invented_articles_three_countries_outside_the_former_ussr() -> None:
    assert sorted(EXPECTED) == ARTICLES
    countries: set[str] = set()
    for name in ARTICLES:
        assert "Invented" in (EVENTS / f"{name}.txt").read_text("utf-8")
        facts = extract(EVENTS / f"{name}.txt").facts
        countries |= {o[8:] for _, _, o, _ in facts if o.startswith("country:")}
    assert len(countries - FORMER_USSR) >= 3


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_meetings_and_agreements_of_each_article(name: str) -> None:
    meetings, signed = _events(Reading.of(extract(EVENTS / f"{name}.txt").facts))
    assert (meetings, signed) == EXPECTED[name]


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_draft_validates_alone(name: str, tmp_path: Path) -> None:
    """Agreements with no signatory and meetings implied by signings included."""
    data = tmp_path / "data"
    (data / "sources").mkdir(parents=True)
    (data / "curated").mkdir()
    shutil.copy(EVENTS / f"{name}.txt", data / "sources")
    out = data / "curated" / f"{name}.tsv"
    draft = extract(data / "sources" / f"{name}.txt", data_dir=data, output=out)
    out.write_text(draft.text, encoding="utf-8")
    _, problems = check(data)
    assert problems == []


def test_a_city_that_ends_a_name_is_not_the_place(tmp_path: Path) -> None:
    # Lima is a city; here it is a surname, and the meeting was in Brasilia.
    reading = _read(
        "Brasilia, 3 May 2022 - Brazilian Defence Minister Rafael Coutinho Lima met Portuguese"
        " Defence Minister Helena Vaz in Brasilia.\n\n(Invented test text.)\n",
        tmp_path,
    )
    meetings = reading.of_class("Meeting")
    assert [reading.one(m, "location") for m in meetings] == ["place:brasilia"]


def test_a_signing_by_video_conference_is_no_meeting(tmp_path: Path) -> None:
    reading = _read(
        "Ottawa, 3 May 2022 - Canadian Defence Minister Claire Dubois and Norwegian Defence"
        " Minister Erik Haugland signed a memorandum on cyber defence by video conference.\n\n"
        "(Invented test text.)\n",
        tmp_path,
    )
    assert reading.of_class("Meeting") == []
    _, signed = _events(reading)
    assert signed == [(frozenset({"Claire Dubois", "Erik Haugland"}), "2022-05-03", False)]


def test_the_same_meeting_mentioned_twice_is_one(tmp_path: Path) -> None:
    reading = _read(
        "Rabat, 8 February 2023 - Moroccan Defence Minister Karim Benslimane met with"
        " Senegalese Defence Minister Aminata Diallo Sow in Rabat. Benslimane and Sow held"
        " a one-on-one meeting before the plenary talks.\n\n(Invented test text.)\n",
        tmp_path,
    )
    assert len(reading.of_class("Meeting")) == 1


def test_an_attache_introduced_at_the_meeting_joins_it(tmp_path: Path) -> None:
    reading = _read(
        "Lisbon, 4 April 2022 - Portuguese Defence Minister Helena Marques Vaz met with"
        " Canadian Ambassador Claire Dubois in Lisbon. The ambassador then introduced to the"
        " minister the new Canadian defence attache, Colonel Mark Tremblay.\n\n"
        "(Invented test text.)\n",
        tmp_path,
    )
    meetings, _ = _events(reading)
    assert [m[0] for m in meetings] == [
        frozenset({"Helena Marques Vaz", "Claire Dubois", "Mark Tremblay"})
    ]


def test_two_named_before_evaluating_todays_meeting_met(tmp_path: Path) -> None:
    reading = _read(
        "Oslo, 4 April 2022 - Norwegian Defence Minister Erik Haugland and Chilean Ambassador"
        " Paula Renard described today's meeting in Oslo as useful.\n\n(Invented test text.)\n",
        tmp_path,
    )
    meetings, _ = _events(reading)
    assert meetings == {
        (frozenset({"Erik Haugland", "Paula Renard"}), "2022-04-04", "place:oslo", None)
    }


def test_everyone_listed_before_attended_the_meeting_joins_it(tmp_path: Path) -> None:
    reading = _read(
        "Dakar, 4 April 2022 - Senegalese Defence Minister Aminata Diallo Sow received"
        " Moroccan Defence Minister Karim Benslimane in Dakar. Senegalese General Ousmane Ba"
        " and Moroccan Ambassador Leila Tazi also attended the meeting.\n\n"
        "(Invented test text.)\n",
        tmp_path,
    )
    meetings, _ = _events(reading)
    assert [m[0] for m in meetings] == [
        frozenset({"Aminata Diallo Sow", "Karim Benslimane", "Ousmane Ba", "Leila Tazi"})
    ]


def test_a_later_mention_with_one_more_person_is_the_same_meeting(tmp_path: Path) -> None:
    reading = _read(
        "Madrid, 4 April 2022 - Spanish Defence Minister Lucia Ferrer Olmedo met with Chilean"
        " Defence Minister Tomas Aravena in Madrid. Ferrer Olmedo, Aravena and Chilean"
        " Ambassador Paula Renard then held talks on naval training.\n\n(Invented test text.)\n",
        tmp_path,
    )
    meetings, _ = _events(reading)
    assert meetings == {
        (
            frozenset({"Lucia Ferrer Olmedo", "Tomas Aravena", "Paula Renard"}),
            "2022-04-04",
            "place:madrid",
            None,
        )
    }


def test_an_ambassador_meets_in_the_country_of_accreditation(tmp_path: Path) -> None:
    # No city or country says where: the ambassador's post does.
    reading = _read(
        "Invented test text, 4 April 2022.\n\nChilean Ambassador to Norway Paula Renard and"
        " Norwegian Defence Minister Erik Haugland described today's meeting as useful.\n",
        tmp_path,
    )
    meetings, _ = _events(reading)
    assert [m[2] for m in meetings] == ["country:NO"]


def test_a_plan_signed_by_two_countries_names_them_as_parties() -> None:
    # With no signatory it is drafted as an Agreement (a Plan needs signatories).
    facts = extract(EVENTS / "308_pe_ec_plan_no_signatory.txt").facts
    plans = {s for s, p, o, _ in facts if p == "a" and o == "Agreement"}
    assert len(plans) == 1
    plan = plans.pop()
    assert {o for s, p, o, _ in facts if s == plan and p == "party"} == {"country:PE", "country:EC"}
    assert {(p, o) for s, p, o, _ in facts if s == plan and p.startswith("valid")} == {
        ("validFrom", "2025-01-01"),
        ("validUntil", "2026-12-31"),
    }


def test_held_talks_with_words_between(tmp_path: Path) -> None:
    reading = _read(
        "Dakar, 4 April 2022 - Senegalese Defence Minister Aminata Diallo Sow and Moroccan"
        " Defence Minister Karim Benslimane held the third annual strategic defence talks in"
        " Dakar. They will hold further talks with Spanish Defence Minister Lucia Ferrer"
        " Olmedo in May.\n\n(Invented test text.)\n",
        tmp_path,
    )
    meetings, _ = _events(reading)
    assert meetings == {
        (
            frozenset({"Aminata Diallo Sow", "Karim Benslimane"}),
            "2022-04-04",
            "place:dakar",
            None,
        )
    }


def test_the_document_signed_later_in_the_article_is_the_same_one(tmp_path: Path) -> None:
    reading = _read(
        "Nairobi, 5 May 2023 - Kenya and Tanzania signed a defence cooperation agreement,"
        " officials in Nairobi said on Friday. The agreement was signed on 3 May by Kenyan"
        " Defence Minister Joseph Mwangi Kariuki and Tanzanian Defence Minister Halima Said"
        " Mrisho in Nairobi.\n\n(Invented test text.)\n",
        tmp_path,
    )
    _, signed = _events(reading)
    assert signed == [
        (frozenset({"Joseph Mwangi Kariuki", "Halima Said Mrisho"}), "2023-05-03", True)
    ]
    labels = [reading.one(a, "label") for a in reading.of_class("Agreement")]
    assert labels == ["Defence cooperation agreement"]
