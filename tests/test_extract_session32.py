"""kg extract, session 32: a name written with and without its stroke, a verb that
closes a name in a title-case headline, a company's name after a post, signed
statements and treaties, a passive signing whose list stops before 'during', and a
listed official written shorter or spelt otherwise; on short invented articles (our
own words, invented people; not news)."""

from __future__ import annotations

from pathlib import Path

from kg.extract.officials import Listed, Officials
from kg.model.identity import normalise

from .drafts import countries, draft, names, participants, read, signings

_DATE = "2025-04-10"
_NOTE = "(Invented test article for kg extract; not news.)\n\n"


def test_a_stroked_letter_does_not_tell_two_labels_apart() -> None:
    assert normalise("Władysław Nowicki") == normalise("Wladyslaw Nowicki")
    assert normalise("Guðrún Þórsdóttir") == normalise("Gudrun Thorsdottir")


# Invented: the lead writes the minister's name without its strokes, a quote with them.
STROKED = (
    f"{_NOTE}Polish minister holds talks in Vilnius\n\n"
    "VILNIUS - Polish Minister of National Defence Wladyslaw Nowicki met Lithuanian"
    " Defence Minister Rasa Petraitiene in Vilnius on Thursday to discuss air defence.\n\n"
    '"We spoke about the eastern flank," Minister of National Defence Władysław'
    " Nowicki said after the talks.\n"
)


def test_a_name_with_and_without_its_strokes_is_one_person_spelt_with_them(
    tmp_path: Path,
) -> None:
    result = draft(STROKED, tmp_path, date=_DATE)
    assert participants(result) == [frozenset({"Władysław Nowicki", "Rasa Petraitiene"})]


# Invented: a title-case headline whose verb follows the secretary's name.
HEADLINE_VERB = (
    f"{_NOTE}Secretary of Defense John Hale Spoke With Brazilian Counterpart Today\n\n"
    "WASHINGTON - U.S. Secretary of Defense John Hale spoke by phone on Thursday with"
    " Brazilian Defense Minister Paulo Moreira about joint exercises.\n"
)


def test_a_headline_verb_closes_the_name_before_it(tmp_path: Path) -> None:
    found = names(read(HEADLINE_VERB, tmp_path, date=_DATE))
    assert "John Hale Spoke" not in found
    assert {"John Hale", "Paulo Moreira"} <= found


# Invented: a shipyard's head is named with the company after his post.
SHIPYARD = (
    f"{_NOTE}Navy chiefs meet in Ankara\n\n"
    "ANKARA - Turkish Minister of National Defence Kemal Aydin received Pakistan's"
    " Minister for Defence Production Tariq Javed in Ankara on Thursday.\n\n"
    "Managing Director Gwadar Shipyard and Engineering Works Rear Admiral Imran Qadir"
    " also attended the meeting.\n"
)


def test_a_company_after_a_post_is_no_person(tmp_path: Path) -> None:
    found = names(read(SHIPYARD, tmp_path, date=_DATE))
    assert not any("Shipyard" in name for name in found), found
    assert {"Kemal Aydin", "Tariq Javed"} <= found


# Invented: a statement and treaties are signed documents too.
STATEMENT = (
    f"{_NOTE}Ministers sign statement\n\n"
    "ULAANBAATAR - Mongolian Defence Minister Bold Ganbaatar and Japanese Defense"
    " Minister Kenji Mori held official talks on Thursday and signed a joint statement"
    " on the aims of their security cooperation.\n"
)
TREATIES = (
    f"{_NOTE}Leaders sign treaties\n\n"
    "LISBON - Portuguese Prime Minister Rui Matos and Angolan President Jose Lunda"
    " signed 13 cooperation treaties in Lisbon on Thursday.\n"
)


def test_a_signed_statement_is_a_document(tmp_path: Path) -> None:
    found = signings(draft(STATEMENT, tmp_path, date=_DATE))
    assert found == [({"Bold Ganbaatar", "Kenji Mori"}, _DATE)]


def test_treaties_in_the_plural_are_a_document(tmp_path: Path) -> None:
    found = signings(draft(TREATIES, tmp_path, date=_DATE))
    assert found == [({"Rui Matos", "Jose Lunda"}, _DATE)]


# Invented: the signing took place during a call on a president, who did not sign.
DURING_A_CALL = (
    f"{_NOTE}Chile and the Philippines sign defence pact\n\n"
    "MANILA - Chile and the Philippines on Thursday signed a defence cooperation"
    " agreement.\n\n"
    "The agreement was inked by Chilean Minister of Defense Ana Rojas and Philippine"
    " Defense Secretary Ramon Cruz during the former's courtesy call to President Luis"
    " Santos at the palace.\n"
)


def test_a_passive_signing_stops_before_during(tmp_path: Path) -> None:
    found = signings(draft(DURING_A_CALL, tmp_path, date=_DATE))
    assert found == [({"Ana Rojas", "Ramon Cruz"}, _DATE)]


def _listed_in_full() -> tuple[str, str, str]:
    """An official officials.csv lists under three words or more, one country not
    Kenya's, and whose last two words no other listed name ends with: the name, the
    last two words and the country."""
    table = Officials.load(Path(__file__).resolve().parent.parent / "data/reference/officials.csv")
    tails: dict[str, list[Listed]] = {}
    for entry in table.listed.values():
        tails.setdefault(" ".join(table.key(entry.name).split()[-2:]), []).append(entry)
    for entry in sorted(table.listed.values(), key=lambda e: e.name):
        words = entry.name.split()
        tail = " ".join(words[-2:])
        if (
            len(words) >= 3
            and len(entry.countries) == 1
            and entry.countries != ("KE",)
            and all(w.isalpha() and len(w) >= 5 for w in words[-2:])
            and all(len(w) >= 2 for w in words)  # no initial ('A Necdet Sezer')
            and len(tails[table.key(tail)]) == 1
        ):
            return entry.name, tail, entry.countries[0]
    raise AssertionError("the test needs such a listed official")


def _kenyan_host(guest: str) -> str:
    return (
        f"{_NOTE}Ministers meet in Nairobi\n\n"
        f"NAIROBI - Kenyan Defence Cabinet Secretary Amos Kiprono received {guest} in"
        " Nairobi on Thursday to discuss regional security.\n"
    )


def test_a_listed_official_written_shorter_or_otherwise_takes_the_tables_country(
    tmp_path: Path,
) -> None:
    full, tail, country = _listed_in_full()
    *given, first, last = full.split()
    respelt = " ".join([*given, f"{first[:-1]}{'a' if first[-1] != 'a' else 'e'}", last])
    for n, written in enumerate([tail, respelt]):
        folder = tmp_path / str(n)
        folder.mkdir()
        reading = read(_kenyan_host(f"visiting minister {written}"), folder, date=_DATE)
        assert countries(reading, written) == {country}, (full, written)


# Invented: a Mongolian name written, as Mongolian outlets write it, with its initial glued on.
GLUED_INITIAL = (
    f"{_NOTE}Prime minister meets US defense secretary\n\n"
    "ULAANBAATAR - The Prime Minister of Mongolia D.Tsogbadrakh met with visiting US"
    " Secretary of Defense John Hale in Ulaanbaatar on Thursday.\n"
)


def test_an_initial_glued_to_a_name_is_read_with_it(tmp_path: Path) -> None:
    result = draft(GLUED_INITIAL, tmp_path, date=_DATE)
    assert participants(result) == [frozenset({"D.Tsogbadrakh", "John Hale"})]


# Invented: legislators and a governor named after their titles, and an envoy whose
# portfolio ends in a plural noun.
LEGISLATORS = (
    f"{_NOTE}Minister holds talks with US lawmakers\n\n"
    "TOKYO - Foreign Minister Kenji Mori held a video teleconference with"
    " Representative Diana Cole on Thursday.\n\n"
    "Earlier, Mori met Ohio Governor Samuel Brant and Congressman Luis Ortega in Tokyo.\n\n"
    "He also received U.S. Special Representative for Arctic Negotiations Kurt Vance.\n"
)


def test_legislators_and_governors_are_read_by_their_titles(tmp_path: Path) -> None:
    found = names(read(LEGISLATORS, tmp_path, date=_DATE))
    assert {"Diana Cole", "Samuel Brant", "Luis Ortega", "Kurt Vance"} <= found, found


# Invented: a style before the name that is no part of it.
STYLED = (
    f"{_NOTE}Delegation holds talks in Kabul\n\n"
    "KABUL - Defence Minister Mullah Rahim Hotak received Pakistani Defence Minister"
    " Tariq Javed in Kabul on Thursday.\n"
)


def test_mullah_is_a_style_not_a_name(tmp_path: Path) -> None:
    assert names(read(STYLED, tmp_path, date=_DATE)) == {"Rahim Hotak", "Tariq Javed"}


def _met_there(words: str) -> str:
    return (
        f"{_NOTE}Army chiefs agree to train together\n\n"
        "BEIJING, April 10 - The two sides agreed on Thursday to train their land forces"
        " together.\n\n"
        "The armies have grown closer, said Zhou Wenhao, Chief of General Staff of the"
        " Chinese army.\n\n"
        f"Zhou {words} with Ramon Cerqueda, commander of the Brazilian Army.\n"
    )


def test_a_name_after_with_after_the_meetings_place_is_its_guest(tmp_path: Path) -> None:
    for n, words in enumerate(
        ["spoke in a meeting in Beijing", "held talks in Beijing", "met in Beijing"]
    ):
        folder = tmp_path / str(n)
        folder.mkdir()
        result = draft(_met_there(words), folder, date=_DATE)
        assert participants(result) == [frozenset({"Zhou Wenhao", "Ramon Cerqueda"})], words


# Invented: a Mongolian name whose initial has two letters, glued on.
TWO_LETTER_INITIAL = (
    f"{_NOTE}President receives US defense secretary\n\n"
    "ULAANBAATAR - President Ch.Ganbold received visiting US Secretary of Defense John"
    " Hale in Ulaanbaatar on Thursday.\n"
)


def test_a_two_letter_initial_glued_to_a_name_is_read_with_it(tmp_path: Path) -> None:
    result = draft(TWO_LETTER_INITIAL, tmp_path, date=_DATE)
    assert participants(result) == [frozenset({"Ch.Ganbold", "John Hale"})]


# Invented: headlines in title case run on into a byline, with verbs after names, and
# a hall, a ministry's portfolio and a time word that name nobody.
HEADLINES = (
    f"{_NOTE}Foreign Minister Rosa Delgado Becomes First Envoy To Visit\n"
    "Turkish minister also talks trade with Spanish counterpart Rosa Delgado\n"
    "By Selin Aydin Kaya\n"
    "ANKARA - Turkish Foreign Minister Kemal Aydin met Spanish Foreign Minister Rosa"
    " Delgado at the Great Hall of the Republic on Thursday.\n\n"
    "SecDef Mark Hollis and Sheikh Omar bin Khalid, Minister of State Affairs and"
    " International Co-operation, were among those who welcomed him. Earlier Delgado"
    " had received a guard of honour.\n"
)


def test_headline_bylines_verbs_and_body_words_name_nobody(tmp_path: Path) -> None:
    found = names(read(HEADLINES, tmp_path, date=_DATE))
    assert found == {"Rosa Delgado", "Kemal Aydin", "Mark Hollis", "Omar bin Khalid"}, found


# Invented: credentials presented in a hall whose name is no person's, under a
# headline whose verb follows a title.
CREDENTIALS = (
    f"{_NOTE}Lao Foreign Minister Concludes Goodwill Visit\n\n"
    "HANOI - President Tran Van Long received the credentials presented by nine new"
    " ambassadors at the Great Hall of the Nation in Hanoi on Thursday.\n"
)


def test_a_great_hall_and_a_headline_verb_are_no_persons(tmp_path: Path) -> None:
    assert names(read(CREDENTIALS, tmp_path, date=_DATE)) == {"Tran Van Long"}


# Invented: a minister's round of talks at a conference, his country told nowhere
# near his title, each later talk opened by 'the minister' or 'he'.
ROUND_OF_TALKS = (
    f"{_NOTE}Minister holds talks on conference sidelines\n\n"
    "VIENNA: Foreign Minister Tariq Aziz Khan saw several of his peers on Saturday on"
    " the margins of a security forum.\n\n"
    "He first held talks with Foreign Minister of Finland Pekka Laine on trade.\n\n"
    "After that, the minister met with Foreign Minister of Jordan Omar Al Khatib to"
    " review regional issues.\n"
)


def test_the_minister_of_a_round_of_talks_is_its_subject(tmp_path: Path) -> None:
    result = draft(ROUND_OF_TALKS, tmp_path, date=_DATE)
    assert set(participants(result)) == {
        frozenset({"Tariq Aziz Khan", "Pekka Laine"}),
        frozenset({"Tariq Aziz Khan", "Omar Al Khatib"}),
    }


# Invented: a defence minister's day of talks at a regional meeting, one list of
# guests naming a country in the plural with its apostrophe, and a meeting to come.
DAY_OF_TALKS = (
    f"{_NOTE}Minister meets counterparts at regional forum\n\n"
    "SINGAPORE - Defence Minister Anita Rao met US Defense Secretary John Hale in"
    " Singapore on Thursday.\n\n"
    "Rao also met Australian Defence Minister Peter Grant, the Philippines' Secretary of"
    " National Defense Ramon Cruz and Vietnam's Defence Minister Tran Van Long.\n\n"
    "Rao will also hold a bilateral meeting with Singaporean Defence Minister Lim Boon"
    " Keng.\n"
)


def test_a_plural_countrys_apostrophe_and_a_meeting_to_come(tmp_path: Path) -> None:
    met = set(participants(draft(DAY_OF_TALKS, tmp_path, date=_DATE)))
    assert met == {
        frozenset({"Anita Rao", guest})
        for guest in ("John Hale", "Peter Grant", "Ramon Cruz", "Tran Van Long")
    }
