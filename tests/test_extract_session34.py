"""kg extract, session 34: persons named only as a post's former holder, or as the
sender or addressee of greetings passed on; a slashed date read by its weekday;
courtesy calls in the plural; a listed official titled as an international body's
staff; on short invented articles (our own words, invented people; not news)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kg.extract.events import ArticleReader
from kg.extract.findings import Findings
from kg.extract.gazetteer import load_gazetteer, pipeline
from kg.extract.officials import Listed, Officials
from kg.model import resources

from .drafts import days, draft, names, participants, read

_DATE = "2025-04-10"
_NOTE = "(Invented test article for kg extract; not news.)\n\n"


# Invented: a visitor passes on greetings from a minister at home and sends his own
# to a minister of the host's; a former minister is remembered for an old deal.
GREETINGS = (
    f"{_NOTE}VALLETTA, April 9 (Agency) - Maltese Defence Minister Karl Vella received"
    " Estonian Defence Minister Tiit Saar in Valletta on Wednesday.\n\n"
    "Saar conveyed greetings and warm wishes from Estonian Foreign Minister Mart Kask"
    " and asked Vella to pass his best wishes to Interior Minister Joe Grech.\n\n"
    "Both sides recalled the coastal patrol deal which former Defence Minister Anton"
    " Borg had championed a decade ago.\n"
)


def test_senders_of_greetings_and_former_holders_are_named_in_passing(
    tmp_path: Path,
) -> None:
    found = names(read(GREETINGS, tmp_path, date=_DATE))
    assert {"Karl Vella", "Tiit Saar"} <= found
    assert not {"Mart Kask", "Joe Grech", "Anton Borg"} & found


# Invented: a release that writes the day as day/month/year after its weekday; 3/11
# could be 3 November or March 11, and only 3 November 2024 was a Sunday.
SLASHED = (
    f"{_NOTE}CAIRO - Egyptian Defence Minister Hany Farid received on Sunday 3/11/2024"
    " Greek Chief of Defence General Nikos Alexiou at the ministry's headquarters.\n"
)


def test_a_weekday_tells_which_way_a_slashed_date_reads(tmp_path: Path) -> None:
    result = draft(SLASHED, tmp_path, date="2024-11-05")
    assert days(result) == {frozenset({"Hany Farid", "Nikos Alexiou"}): "2024-11-03"}


# Invented: calls in the plural, one on each of two hosts.
CALLS = (
    f"{_NOTE}WINDHOEK, April 9 (Agency) - Zambian Army Commander Lieutenant General Moses"
    " Banda paid courtesy calls to Namibian Defence Minister Frieda Haufiku and the Chief"
    " of the Defence Force, Air Vice Marshal Peter Nauyoma, in Windhoek on Wednesday.\n"
)


def test_courtesy_calls_in_the_plural_are_one_on_each_host(tmp_path: Path) -> None:
    met = sorted(sorted(m) for m in participants(draft(CALLS, tmp_path, date=_DATE)))
    assert met == [["Frieda Haufiku", "Moses Banda"], ["Moses Banda", "Peter Nauyoma"]]


def _read_with_official(text: str, official: Listed) -> Findings:
    """What the reader finds in an invented article, with officials.csv holding one
    invented official besides its own rows."""
    folder = resources.reference_dir(None).resolve()
    gaz = load_gazetteer(folder)
    table = Officials([*gaz.officials.listed.values(), official])
    return ArticleReader(replace(gaz, officials=table), text, _DATE, pipeline(folder)).read()


# Invented: a former prime minister whom the table lists with her country now heads
# an alliance's staff; an article titles her so.
AT_THE_ALLIANCE = (
    f"{_NOTE}BRUSSELS, April 9 (Agency) - NATO Secretary-General Lena Varkonyi met"
    " Montenegrin Defence Minister Ivan Kovac at the alliance's headquarters on"
    " Wednesday.\n"
)
AT_HOME = (
    f"{_NOTE}BUDAPEST, April 9 (Agency) - Lena Varkonyi met Montenegrin Defence"
    " Minister Ivan Kovac in Budapest on Wednesday.\n"
)


def test_a_listed_official_titled_as_a_bodys_staff_serves_no_country() -> None:
    official = Listed("Lena Varkonyi", ("HU",), 3)
    (staff,) = [
        p for p in _read_with_official(AT_THE_ALLIANCE, official).persons if p.name == official.name
    ]
    assert staff.country is None
    (listed,) = [
        p for p in _read_with_official(AT_HOME, official).persons if p.name == official.name
    ]
    assert listed.country == "HU"
