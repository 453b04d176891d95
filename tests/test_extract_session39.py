"""kg extract, session 39: a call told by the verb alone ('A telephoned B'), a
passive signing whose document is set off from its verb by an aside ('The treaty,
the first of its kind, was signed ... by A and B'), a summit's host named after
'which was hosted by' in such a sentence (no signatory), and 'mutual support' (both
parties, not a country named later in the sentence), a city written with a straight
apostrophe where the table has a curly one ('Xi'an') and 'Presidency' before a
member's name, and a hyphenated given name written only after the surname alone
('Kassym-Jomart Tokayev' after 'President Tokayev'), and a national post's title
of another country after the name ('B, secretary of defense of the Philippines'),
and words glued where a page lost a line break ('CounterpartFu Quanyou', 'Camera
IconForeign Minister'); on short invented articles (our own words, invented people;
not news)."""

from __future__ import annotations

from pathlib import Path

from kg.extract.evaluation import Reading

from .drafts import countries, draft, names, participants, places, signings

_DATE = "2025-05-10"

# Invented: a wire story of a congratulatory call, told with 'telephoned'.
CALL = (
    "SANTIAGO, May 9 (Invented Wire) -- Chilean President Ana Morales on Friday"
    " telephoned Peruvian President Jorge Quispe to congratulate him on his election.\n\n"
    "During the ten-minute conversation, the two leaders agreed to meet later this year.\n"
)


def test_telephoned_is_a_call_drafted_with_no_place(tmp_path: Path) -> None:
    result = draft(CALL, tmp_path, date=_DATE)
    assert participants(result) == [frozenset({"Ana Morales", "Jorge Quispe"})]
    assert places(result) == {frozenset({"Ana Morales", "Jorge Quispe"}): ""}


# Invented: a newspaper's report of a treaty, its signing told in a second sentence
# whose subject an aside (with commas of its own) parts from the verb.
TREATY = (
    "Portugal and Ghana on Friday signed a new treaty of friendship and cooperation with"
    " a defence clause.\n\n"
    "The treaty, similar to those Portugal signed with Angola, Mozambique and Cabo Verde,"
    " was signed in Porto by Portuguese Prime Minister Rui Carvalho and Ghanaian"
    " President Kwame Boateng.\n"
)


def test_a_treaty_parted_from_its_passive_verb_by_an_aside_is_signed(tmp_path: Path) -> None:
    result = draft(TREATY, tmp_path, date=_DATE)
    assert signings(result) == [({"Rui Carvalho", "Kwame Boateng"}, "2025-05-09")]


# Invented: a release of a summit's memorandum whose host is named after 'which was
# hosted by' and whose witness after 'witnessed by'; the signatories come before.
HOSTED = (
    "LUSAKA, May 9 - Malawian President Peter Banda and Tanzanian President Grace Mushi"
    " on Friday signed a memorandum of understanding on border trade.\n\n"
    "The memorandum, as we reported this morning, was signed at the close of the"
    " regional summit which was hosted by Zambian President Joseph Mwale and was"
    " witnessed by Kenyan President Daniel Otieno.\n"
)


def test_a_summits_host_after_which_was_hosted_by_does_not_sign(tmp_path: Path) -> None:
    result = draft(HOSTED, tmp_path, date=_DATE)
    assert signings(result) == [({"Peter Banda", "Grace Mushi"}, "2025-05-09")]


# Invented: a treaty committing its parties to mutual support, a third country named
# later in the sentence.
MUTUAL = (
    "Norway and Estonia on Friday signed a defence treaty committing the parties to"
    " mutual support in case of an attack, as the two allies strengthen ties following"
    " Russia's invasion of Ukraine.\n"
)


def test_mutual_support_is_the_parties_not_a_country_named_later(tmp_path: Path) -> None:
    supports = {
        (s.supporter, s.party) for s in draft(MUTUAL, tmp_path, date=_DATE).findings.supports
    }
    assert supports == {("NO", "EE"), ("EE", "NO")}


# Invented: a wire story datelined in the capital about talks in a city whose name
# the table writes with a curly apostrophe and the outlet with a straight one.
APOSTROPHE = (
    "BEIJING, Sept 19 - Defense Minister Li Wenhua met with Pakistan's Chief of Army"
    " Staff General Tariq Mehmood Khan in Xi'an on Monday.\n"
)


def test_a_city_written_with_a_straight_apostrophe_is_read(tmp_path: Path) -> None:
    result = draft(APOSTROPHE, tmp_path, date="2022-09-20")
    assert places(result) == {frozenset({"Li Wenhua", "Tariq Mehmood Khan"}): "place:xi-an"}


# Invented: a release from a country whose collective head of state is called its
# Presidency, the word standing right before a member's name.
PRESIDENCY = (
    "SARAJEVO, Dec 8 - The Chairman of the Bosnian Presidency Marko Jelic received the"
    " new commander of the European Union force, Major General Anders Holm, in"
    " Sarajevo on Saturday.\n"
)


def test_presidency_is_no_part_of_a_name(tmp_path: Path) -> None:
    result = draft(PRESIDENCY, tmp_path, date="2007-12-09")
    assert participants(result) == [frozenset({"Marko Jelic", "Anders Holm"})]


# Invented: a presidential release that names the president by his surname first and
# in full, a hyphenated given name, only in its last sentence.
HYPHENATED = (
    "ASTANA, Nov 5 - President Seitkali received Defence Minister Nurlan Abenov today.\n\n"
    "Minister Abenov went on to inform Aibek-Nurlan Seitkali on the housing of officers.\n"
)


def test_a_hyphenated_given_name_is_kept_whole_when_written_later(tmp_path: Path) -> None:
    result = draft(HYPHENATED, tmp_path, date="2020-11-05")
    assert participants(result) == [frozenset({"Aibek-Nurlan Seitkali", "Nurlan Abenov"})]


# Invented: a wire story under a headline whose guest is named with the title of a
# post that one country's ministry has by that name, of another country.
NATIONAL = (
    "Chinese, Philippine Military Leaders Hold Talks\n\n"
    "Chinese Minister of National Defense Li Wenhua held talks Saturday with Ramon"
    " Cruz, secretary of defense of the Philippines.\n"
)


def test_a_national_posts_title_of_another_country_after_the_name(tmp_path: Path) -> None:
    # 'Secretary of Defense' is the US department's title (national_ministries.csv),
    # but the words after the name give the Philippines.
    reading = Reading.of(draft(NATIONAL, tmp_path, date="2000-10-08").facts)
    assert countries(reading, "Ramon Cruz") == {"PH"}


# Invented: a page whose headline lost its line break, so that its last word and the
# first word of the text are glued ('CounterpartNadia Ruiz'), under a picture's
# caption words glued the same way ('Camera IconDefence Minister').
GLUED = (
    "Defence Minister Meets Chilean CounterpartNadia Ruiz, Minister of National"
    " Defence of Chile, met her Peruvian counterpart Jorge Salas in Lima on Tuesday.\n\n"
    "Camera IconDefence Minister Jorge Salas and Nadia Ruiz during the talks.\n"
)


def test_words_glued_where_a_page_lost_a_line_break_part(tmp_path: Path) -> None:
    result = draft(GLUED, tmp_path, date="2025-05-07")
    reading = Reading.of(result.facts)
    assert names(reading) == {"Nadia Ruiz", "Jorge Salas"}
    assert participants(result) == [frozenset({"Nadia Ruiz", "Jorge Salas"})]
