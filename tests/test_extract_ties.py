"""kg extract: two rows of the tables that label the same words differently
(session 14). spaCy's ruler chose between the labels by a set's order, that is by
a hash of the label's id and the words' place, so the same name read one way at
the start of a sentence and the other a word later, and a row put into the middle
of post_titles.csv (which numbers the posts' ids) turned unrelated readings. The
choice is now ``ties.PRECEDENCE``'s, then the id's. Invented articles, our own
words."""

from __future__ import annotations

import csv
import random
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

from kg.extract.gazetteer import Gazetteer, load_gazetteer, pipeline
from kg.extract.ties import PRECEDENCE
from kg.model import resources

from .drafts import INVENTED, countries, draft, places, read

_REFERENCE = resources.reference_dir().resolve()

_ARTICLE = (
    "Hanoi, 5 May 2024. Commander Lena Varga met Singapore's Defence Minister Lim Boon"
    " Kiat in Singapore on Monday. In Hong Kong, Commander of the Land Forces Tomas"
    " Ruud and Luxembourg's Chief of Defence joined them; Djibouti and Hyderabad were"
    " named as the next stops. Gibraltar, Monaco, San Marino and Vatican City sent"
    " notes.\n\nCommander Ivo Marsh of Luxembourg said the talks in Luxembourg and in"
    " Hyderabad would follow." + INVENTED
)


def _ruled(gaz: Gazetteer, folder: Path, text: str) -> list[tuple[str, str, str]]:
    """The ruler's entities as (words, label, what the id names): a post by its
    title and post, since the posts' ids are their rows' numbers."""
    found = []
    for ent in pipeline(folder)(text).ents:
        ident = ent.ent_id_
        if ent.label_ == "POST":
            post = gaz.posts[int(ident)]
            ident = f"{post.post}/{post.label}"
        found.append((ent.text, ent.label_, ident))
    return found


def _shuffled_copy(tmp_path: Path, seed: int) -> Path:
    """A copy of the tables whose post titles and places are in another order."""
    folder = tmp_path / f"data{seed}" / "reference"
    shutil.copytree(_REFERENCE, folder)
    for name in ("post_titles.csv", "places.csv", "ranks.csv"):
        path = folder / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            header, *body = list(csv.reader(handle))
        random.Random(seed).shuffle(body)
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows([header, *body])
    return folder.resolve()


def test_readings_do_not_change_when_table_rows_are_reordered(tmp_path: Path) -> None:
    expected = _ruled(load_gazetteer(_REFERENCE), _REFERENCE, _ARTICLE)
    for seed in (1, 2, 3):
        folder = _shuffled_copy(tmp_path, seed)
        gaz = load_gazetteer(folder)
        assert gaz.posts != load_gazetteer(_REFERENCE).posts  # the rows did move
        assert _ruled(gaz, folder, _ARTICLE) == expected


def test_every_tie_of_the_tables_is_settled_by_the_precedence() -> None:
    """Each label that one phrase of the tables shares with another is named in
    PRECEDENCE, so that a new kind of tie is decided there, not by a hash."""
    gaz = load_gazetteer(_REFERENCE)
    nlp = pipeline(_REFERENCE)
    labels: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for p in gaz.patterns:
        if isinstance(p["pattern"], str):
            words = " ".join(t.lower_ for t in nlp.make_doc(p["pattern"]))
            labels[words].add((p["label"], str(p["id"])))
    tied = {label for found in labels.values() if len(found) > 1 for label, _ in found}
    assert tied, "the tables have ties (Singapore, Commander): the test would prove nothing"
    assert tied <= set(PRECEDENCE)
    # A post's id is its row's number, so two posts of one title would be settled
    # by the rows' order after all.
    assert not [w for w, found in labels.items() if sum(x == "POST" for x, _ in found) > 1]


@pytest.mark.parametrize(
    "name",
    ["Singapore", "Hong Kong", "Djibouti", "Luxembourg", "Monaco", "Gibraltar", "San Marino"],
)
def test_a_country_that_is_also_a_city_reads_as_the_country_wherever_it_stands(
    name: str,
) -> None:
    nlp = pipeline(_REFERENCE)
    openings = ["", "On Monday ", "Late on Monday in ", "The envoys of Chile, Peru and "]
    for opening in openings:
        doc = nlp(f"{opening}{name} said so.")
        (ent,) = [e for e in doc.ents if e.text == name]
        assert ent.label_ == "COUNTRY", opening


def test_a_city_state_gives_a_persons_country_and_a_meetings_city(tmp_path: Path) -> None:
    text = (
        "Hanoi, 5 May 2024. Defence Minister Tran Van Long met Luxembourg's Defence"
        " Minister Paul Weber in Luxembourg on Monday."
    )
    assert countries(read(text, tmp_path), "Paul Weber") == {"LU"}
    # The gold writes a meeting in a city-state as its city (place:singapore).
    assert list(places(draft(text, tmp_path)).values()) == ["place:luxembourg"]
    text = (
        "Paris, 5 May 2024. On Monday in Djibouti, Defence Minister Claire Morel met"
        " Djibouti's Chief of Defence General Omar Ali."
    )
    assert countries(read(text, tmp_path), "Omar Ali") == {"DJ"}
    assert list(places(draft(text, tmp_path)).values()) == ["place:djibouti"]


def test_commander_is_a_rank_to_the_ruler_and_the_words_beside_it_settle_it(
    tmp_path: Path,
) -> None:
    nlp = pipeline(_REFERENCE)
    for opening in ["", "On Monday ", "Then the "]:
        doc = nlp(f"{opening}Commander spoke.")
        (ent,) = [e for e in doc.ents if e.text == "Commander"]
        assert ent.label_ == "RANK", opening
    reading = read(
        "Oslo, 5 May 2024. Commander Ivo Marsh met Tomas Ruud, Commander of the Land"
        " Forces, in Oslo on Monday.",
        tmp_path,
    )
    (marsh,) = [p for p in reading.of_class("Person") if reading.one(p, "label") == "Ivo Marsh"]
    assert reading.one(marsh, "hasRank") == "rank:nato-navy.commander"


def test_two_cities_of_one_name_read_as_the_first_id() -> None:
    """'Hyderabad' is a city of India and one of Pakistan: the id first in order,
    hyderabad-in, wherever it stands (the other is written 'Hiderabad' too)."""
    nlp = pipeline(_REFERENCE)
    for opening in ["", "In ", "Talks in the city of "]:
        (ent,) = [e for e in nlp(f"{opening}Hyderabad hosted it.").ents if e.text == "Hyderabad"]
        assert (ent.label_, ent.ent_id_) == ("PLACE", "hyderabad-in"), opening
