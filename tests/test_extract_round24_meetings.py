"""kg extract: round 24 rules for meetings, each on a short invented article (our
own words, invented people; not news): a day named relative to the article's in
the next sentence about the same encounter dates it, and that sentence's city
places it; a list of one side's persons before 'met with' all met the guest; a
meeting placed in a country takes the city the sentence before names for a
meeting; 'also attended in the meeting' adds a participant; Santa Marta is a
city (Colombia)."""

from __future__ import annotations

from pathlib import Path

from .drafts import draft

# Each article ends with this mark (and drafts.draft adds it once more).
MARK = "\n\n(Invented test article for kg extract; not news.)"


def _met(text: str, tmp_path: Path, date: str) -> dict[frozenset[str], tuple[str, str]]:
    meetings = draft(text + MARK, tmp_path, date=date).findings.meetings
    return {frozenset(p.name for p in m.participants): (m.date, m.location) for m in meetings}


# A page's header: its date, a headline and the hour, before the lede (the
# opening paragraphs' first day would date the meeting anyway, round 7).
HEADER = (
    "12 Mar 2025\n\nA minister's day at the army barracks draws questions\n\n"
    "9:05 am on 12 March 2025\n\n"
)


def test_yesterday_in_the_next_sentence_dates_the_briefing(tmp_path: Path) -> None:
    text = HEADER + (
        "Ruritania's army chief, General Tomas Edvik, has briefed the visiting"
        " Freedonian foreign minister, Lena Voss, on the state of the border.\n\n"
        "A radio station says Edvik gave the briefing yesterday when Voss called at the"
        " army's main barracks."
    )
    met = _met(text, tmp_path, "2025-03-12")
    assert met[frozenset({"Tomas Edvik", "Lena Voss"})][0] == "2025-03-11"


def test_the_talks_held_on_a_weekday_date_the_meeting(tmp_path: Path) -> None:
    text = HEADER.replace("12 Mar", "10 Mar").replace("12 March", "10 March") + (
        "Ruritanian Foreign Minister Lena Voss has held talks with Freedonia's"
        " army commander, General Tomas Edvik.\n\nNothing of the talks, which were held"
        " on Saturday, is to be published."
    )
    met = _met(text, tmp_path, "2025-03-10")  # a Monday
    assert met[frozenset({"Tomas Edvik", "Lena Voss"})][0] == "2025-03-08"


def test_the_next_sentence_that_dates_the_meeting_also_places_it(tmp_path: Path) -> None:
    text = HEADER + (
        "Fiji's army chief, Commodore Tomas Edvik, has this week briefed the visiting"
        " New Zealand foreign minister, Lena Voss, about the islands.\n\nA radio station"
        " says Edvik"
        " gave the briefing yesterday when Voss stopped at the army's barracks in Suva."
    )
    met = _met(text, tmp_path, "2025-03-12")
    assert met[frozenset({"Tomas Edvik", "Lena Voss"})] == ("2025-03-11", "place:suva")


def test_a_list_of_hosts_before_met_with_all_met_the_guest(tmp_path: Path) -> None:
    text = (
        "Estonian Defence Minister Karl Brenner and Estonian Chief of Defence"
        " General Otto Falk met with Chilean Defence Minister Rufus Firefly in Tallinn"
        " on Tuesday to talk about training."
    )
    met = _met(text, tmp_path, "2025-03-05")
    assert frozenset({"Karl Brenner", "Otto Falk", "Rufus Firefly"}) in met


def test_the_city_of_the_sentence_before_places_the_meeting(tmp_path: Path) -> None:
    text = (
        "Addis Ababa, March 5/2025 (Agency) An Ethiopian army delegation led by General"
        " Rufus Firefly has ended a working trip to Saudi Arabia.\n\nOn its two-day trip"
        " the delegation held a meeting in Riyadh where it spoke about training.\n\nDuring the"
        " discussion, General Firefly also conferred with General Otto Falk, Saudi"
        " Arabia's Chief of Staff, about exercises."
    )
    met = _met(text, tmp_path, "2025-03-05")
    assert met[frozenset({"Rufus Firefly", "Otto Falk"})][1] == "place:riyadh"


def test_also_attended_in_the_meeting_adds_a_participant(tmp_path: Path) -> None:
    text = (
        "Estonian Defence Minister Karl Brenner on Tuesday received Chilean"
        " Defence Minister Rufus Firefly in Tallinn.\n\nThe talks covered training."
        " Estonian State Secretary Anna Weiss also attended in the meeting."
    )
    meetings = draft(text + MARK, tmp_path, date="2025-03-05").findings.meetings
    assert "Anna Weiss" in {p.name for m in meetings for p, _ in m.joined}


def test_santa_marta_places_a_meeting(tmp_path: Path) -> None:
    text = (
        "Chilean Defence Minister Rufus Firefly met with his Colombian counterpart"
        " Otto Falk on Friday in the Colombian city of Santa Marta."
    )
    met = _met(text, tmp_path, "2025-03-08")
    assert met[frozenset({"Rufus Firefly", "Otto Falk"})][1] == "place:santa-marta"
