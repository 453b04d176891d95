"""kg extract, session 37: a one-word 'name' that is a common word of the article
(a quotation's 'We', a headline's 'Issues'), a caption whose last words would run
on into the page's date line under it ('... Attaché, A B' / 'Published date: ...'),
a king named by his given name alone ('King A'), envoys presenting their
credentials (listed after 'The ambassadors are', or named after the first),
'Gen. of the Army', a general of the army as wires shorten the rank, one replaced
in a post or honoured at a grave, a Yugoslav minister, and a given name that is a
month's ('Foreign Minister January A'); on short invented articles (our own words,
invented people; not news)."""

from __future__ import annotations

from pathlib import Path

from kg.extract.gazetteer import pipeline
from kg.extract.nonnames import common_word

from .drafts import countries, days, draft, names, participants, person, places, read

_REFERENCE = Path(__file__).resolve().parent.parent / "data" / "reference"

_DATE = "2025-04-10"
_NOTE = "(Invented test article for kg extract; not news.)\n\n"


# Invented: a navy chief quoted after the talks, his quotation opening with 'We'.
QUOTED = (
    f"{_NOTE}KOCHI, April 9 - Indian Navy chief Admiral Vikram Rao met the commander of"
    " the Royal Thai Navy, Admiral Somchai Wongsa, in Kochi on Wednesday.\n\n"
    'Speaking on the sidelines of the event, the Navy chief said, "We are happy to'
    ' hold the fifth edition of the exercise."\n'
)


def test_a_quotation_opening_with_we_names_nobody(tmp_path: Path) -> None:
    assert names(read(QUOTED, tmp_path, date=_DATE)) == {"Vikram Rao", "Somchai Wongsa"}


def test_a_word_the_article_writes_in_small_letters_is_no_name() -> None:
    nlp = pipeline(_REFERENCE)
    docs = [
        nlp("Ministers Discuss Cooperation Issues"),
        nlp("During the talks, issues of training were raised."),
    ]
    assert common_word("Issues", docs)
    assert common_word("We", docs)  # a stop word, written in small letters or not
    assert not common_word("Gurung", docs)
    assert not common_word("Sita Issues", docs)  # two words: a name's, whatever they mean


# Invented: a ministry release whose photo caption stands over the page's date line.
CAPTIONED = (
    f"{_NOTE}Minister Petrovic with the Greek Defence Attaché, Colonel Nikos Andreou\n"
    "Published date: 09.04.2025 11:00 | Author: press office\n\n"
    "Minister of Defence Dragan Petrovic had a meeting today with the Defence Attaché of"
    " Greece, Colonel Nikos Andreou, in Podgorica.\n"
)


def test_a_caption_does_not_run_on_into_the_date_line_under_it(tmp_path: Path) -> None:
    result = draft(CAPTIONED, tmp_path, date=_DATE)
    assert "Nikos Andreou" in names(read(CAPTIONED, tmp_path, date=_DATE))
    assert participants(result) == [frozenset({"Dragan Petrovic", "Nikos Andreou"})]


# Invented: a king named by his given name alone, and one with his reign's number.
KING = (
    f"{_NOTE}AMMAN, April 9 (Agency) - King Abdullah received visiting Moroccan Foreign"
    " Minister Karim Alaoui at the Royal Court in Amman on Wednesday.\n\n"
    "King Abdullah stressed the close ties between Jordan and Morocco, the Royal Court"
    " said.\n"
)
NUMBERED = KING.replace("King Abdullah received", "King Abdullah II received").replace(
    "King Abdullah stressed", "The King stressed"
)


def test_a_king_of_one_given_name_keeps_the_style(tmp_path: Path) -> None:
    assert "King Abdullah" in names(read(KING, tmp_path, date=_DATE))
    assert participants(draft(KING, tmp_path, date=_DATE)) == [
        frozenset({"King Abdullah", "Karim Alaoui"})
    ]


def test_a_king_with_his_reigns_number_goes_without_it(tmp_path: Path) -> None:
    found = names(read(NUMBERED, tmp_path, date=_DATE))
    assert "Abdullah II" in found
    assert not any(name.startswith("King") for name in found)


# Invented: a president receiving the credentials of envoys listed after a plural title.
LISTED_ENVOYS = (
    f"{_NOTE}LILONGWE, April 9 (Agency) - Malawian President Peter Chirwa on Wednesday"
    " received the letters of credence of five new ambassadors at the State House in"
    " Lilongwe.\n\n"
    "The ambassadors are Lena Varga from Hungary, Tomas Berg from Sweden, Akira Sato from"
    " Japan, Ana Silva from Portugal and Jan Novak from the Czech Republic.\n\n"
    "President Chirwa welcomed the envoys and wished them a fruitful stay.\n"
)
ENVOYS = {
    "Lena Varga": "HU",
    "Tomas Berg": "SE",
    "Akira Sato": "JP",
    "Ana Silva": "PT",
    "Jan Novak": "CZ",
}


def test_envoys_listed_after_a_plural_title_are_read_each_with_a_country(tmp_path: Path) -> None:
    reading = read(LISTED_ENVOYS, tmp_path, date=_DATE)
    for name, country in ENVOYS.items():
        assert countries(reading, name) == {country}


def test_each_envoy_presenting_credentials_meets_the_receiver(tmp_path: Path) -> None:
    result = draft(LISTED_ENVOYS, tmp_path, date=_DATE)
    assert sorted(participants(result), key=sorted) == sorted(
        (frozenset({"Peter Chirwa", name}) for name in ENVOYS), key=sorted
    )
    assert set(days(result).values()) == {"2025-04-09"}
    assert set(places(result).values()) == {"place:lilongwe"}


# Invented: the first envoy named with the receiver, the others in a later sentence.
LATER_ENVOYS = (
    f"{_NOTE}Envoys of three nations present credentials to President\n\n"
    "NEW DELHI, April 9 - Indian President Anjali Mehta received the credentials of the"
    " Ambassador of Chile, Rosa Pinto, at Rashtrapati Bhavan in New Delhi on Wednesday.\n\n"
    "High Commissioner of Ghana Kwame Owusu and Ambassador of Norway Erik Dahl also"
    " presented their credentials at the ceremony.\n"
)


def test_envoys_named_later_meet_the_receiver_of_the_first(tmp_path: Path) -> None:
    result = draft(LATER_ENVOYS, tmp_path, date=_DATE)
    assert sorted(participants(result), key=sorted) == sorted(
        (frozenset({"Anjali Mehta", name}) for name in ("Rosa Pinto", "Kwame Owusu", "Erik Dahl")),
        key=sorted,
    )


# Invented: a general of the army whose rank a wire shortens to 'Gen. of the Army'.
GENERAL_OF_THE_ARMY = (
    f"{_NOTE}MOSCOW, April 9 - Russia's top soldier, Gen. of the Army Pavel Orlov, held"
    " talks in Moscow on Wednesday with Kazakh army chief Colonel General Ruslan"
    " Abenov.\n"
)


def test_general_of_the_army_shortened_is_read_in_the_countrys_ladder(tmp_path: Path) -> None:
    reading = read(GENERAL_OF_THE_ARMY, tmp_path, date=_DATE)
    assert reading.one(person(reading, "Pavel Orlov"), "hasRank") == (
        "rank:post-soviet-army.general-of-the-army"
    )
    assert participants(draft(GENERAL_OF_THE_ARMY, tmp_path, date=_DATE)) == [
        frozenset({"Pavel Orlov", "Ruslan Abenov"})
    ]


# Invented: a minister who lays a wreath at a leader's grave, and who replaced another.
HONOURED = (
    f"{_NOTE}BAKU, April 9 - Georgian Defence Minister Levan Beridze met Azerbaijani"
    " Defence Minister Colonel General Rauf Aliyev in Baku on Wednesday.\n\n"
    "Before the talks, Beridze laid a wreath at the grave of national leader Kamran"
    " Huseynov. Beridze, who replaced Irakli Tsiklauri as minister in March, also visited"
    " a military academy.\n"
)


def test_one_honoured_at_a_grave_or_replaced_is_named_in_passing(tmp_path: Path) -> None:
    assert names(read(HONOURED, tmp_path, date=_DATE)) == {"Levan Beridze", "Rauf Aliyev"}


# Invented: a minister of Yugoslavia (of which Serbia is the continuing state)
# visiting Moscow while Kosovo is in the news.
YUGOSLAV = (
    f"{_NOTE}MOSCOW, May 14 - Yugoslav Defence Minister Petar Jankovic held talks with"
    " Russian Defence Minister Igor Sokolov in Moscow on Thursday on the situation in"
    " Kosovo.\n"
)


def test_a_yugoslav_minister_is_serbias(tmp_path: Path) -> None:
    reading = read(YUGOSLAV, tmp_path, date="2000-05-15")
    assert countries(reading, "Petar Jankovic") == {"RS"}
    assert countries(reading, "Igor Sokolov") == {"RU"}


# Invented: a foreign minister whose given name is a month's.
MONTH_NAMED = (
    f"{_NOTE}DODOMA, April 9 - Tanzanian Foreign Minister January Kikwete held talks with"
    " Kenyan Foreign Minister Alfred Mutua in Dodoma on Wednesday.\n\n"
    "The President October 25 visit was also discussed.\n"
)


def test_a_month_after_a_title_and_before_a_name_is_a_given_name(tmp_path: Path) -> None:
    assert names(read(MONTH_NAMED, tmp_path, date=_DATE)) == {"January Kikwete", "Alfred Mutua"}
    assert participants(draft(MONTH_NAMED, tmp_path, date=_DATE)) == [
        frozenset({"January Kikwete", "Alfred Mutua"})
    ]
