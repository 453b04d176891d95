"""The top of the rank ladders (ranks.csv) and the ladder each country uses
(rank_system_use.csv): a rank as written is read in the country's ladder."""

from __future__ import annotations

import pytest

from kg.extract.gazetteer import load_gazetteer
from kg.model import resources
from kg.model.reference import load, rows


@pytest.mark.parametrize(
    ("written", "country", "rank"),
    [
        ("Field Marshal", "EG", "rank:nato-army.field-marshal"),
        ("Field Marshal", "GB", "rank:nato-army.field-marshal"),
        ("General of the Army", "US", "rank:nato-army.field-marshal"),
        ("General of the Army", "RU", "rank:post-soviet-army.general-of-the-army"),
        ("Marshal of the Russian Federation", "RU", "rank:post-soviet-army.marshal"),
        ("Admiral of the Fleet", "GB", "rank:nato-navy.admiral-of-the-fleet"),
        ("Fleet Admiral", "US", "rank:nato-navy.admiral-of-the-fleet"),
        ("Admiral of the Fleet", "RU", "rank:post-soviet-navy.admiral-of-the-fleet"),
    ],
)
def test_top_ranks_in_the_ladder_of_the_country(written: str, country: str, rank: str) -> None:
    gazetteer = load_gazetteer(resources.reference_dir())
    assert gazetteer.rank(written, country) == rank


def test_the_top_ranks_are_above_the_four_star_ranks() -> None:
    ranks = load().ranks
    for top, below in [
        ("nato-army.field-marshal", "nato-army.general"),
        ("nato-navy.admiral-of-the-fleet", "nato-navy.admiral"),
        ("post-soviet-army.marshal", "post-soviet-army.general-of-the-army"),
    ]:
        assert ranks[top].nato_level == ranks[below].nato_level + 1 == 10
        assert ranks[top].position == ranks[below].position + 1


def test_every_country_ladder_is_a_rank_system_with_ranks() -> None:
    folder = resources.reference_dir()
    use = rows(folder / "rank_system_use.csv", ["country", "army", "navy", "comment"])
    systems = {rank.key.split(".")[0] for rank in load().ranks.values()}
    assert any(row["country"] == "*" for _, row in use)  # every other country has one
    for _, row in use:
        assert {row["army"], row["navy"]} <= systems
