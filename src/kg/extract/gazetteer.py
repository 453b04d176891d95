"""The reference tables as phrases for spaCy's EntityRuler, and the pipeline.

spaCy is an optional extra: it is imported only when a pipeline is built, so that
``import kg`` works without it and ``kg extract`` can say what to install."""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..errors import DataError, EnvironmentProblem
from ..model.identity import normalise
from ..model.reference import Place, ReferenceData, rows
from ..model.reference import load as load_reference
from .gaps import gapped
from .name_endings import NameEndings
from .officials import Officials
from .rank_spelling import rank_spellings
from .ties import settle_ties

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import EntityRuler
    from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]
    from spacy.tokens import Doc

# The kinds of trigger phrase in extract_phrases.csv that the event rules act on.
TRIGGERS = {
    "meet",
    "meet-between",
    "meet-each",
    "host",
    "visit",
    "sign",
    "sign-by",
    "sign-passive",
    "sign-for",
    "congratulate",
    "appoint",
    "appointment",
    "support",
    "support-mutual",
    "provide",
    "occasion",
    "join",
    "joined-by",
    "sign-purpose",
    "signing-of",
    "sign-end",
}
TRIGGER_LABELS = {t.upper() for t in TRIGGERS}
# What names a country: its name ('Ghana') or its demonym ('Ghanaian'). Here, not
# in kg.extract.findings, so that the modules findings imports can read them too.
NATION_LABELS = frozenset({"COUNTRY", "DEMONYM"})
# The possessive as the tokenizer splits it off a name, with either apostrophe, and
# the bare apostrophe of a plural's ('the Philippines' Secretary B'; session 32).
POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
# Either apostrophe, as outlets write it.
_APOSTROPHES = re.compile("['\u2019]")
# Honorifics with a dot that the tokenizer would otherwise split off ('Mr.' it keeps).
HONORIFICS_DOTTED = ("H.E.", "Mr.", "Ms.", "Mrs.", "Dr.", "Sen.", "Gen.")

# Initials of two letters that Mongolian names open with ('Ts.Elbegdorj'); glued to
# the name, as Mongolian outlets write it, they are a token of their own (session 32).
DIGRAPH_INITIALS = ("Ch", "Kh", "Sh", "Ts", "Zh", "Ya", "Yu")
_GLUED_INITIAL = rf"(?:{'|'.join(DIGRAPH_INITIALS)})\.(?=[A-Z][a-z])"


@dataclass(frozen=True)
class PostTitle:
    post: str
    label: str
    ministry: str
    abroad: bool


@dataclass
class Gazetteer:
    """The reference tables, as phrases for the EntityRuler and as lookups."""

    reference: ReferenceData
    names: dict[str, str]
    posts: list[PostTitle]
    rank_use: dict[str, tuple[str, str]]
    patterns: list[dict[str, Any]]
    abbreviations: dict[str, str] = field(default_factory=dict)
    """A rank as abbreviated or in another word order (normalised) -> its label."""
    dotted: set[str] = field(default_factory=set)
    """Abbreviated words that end with a dot ('Lt.'), kept whole by the tokenizer."""
    national: dict[str, str] = field(default_factory=dict)
    """A ministry only one country has by that name ('Department of Defense') -> it."""
    name_words: dict[str, str] = field(default_factory=dict)
    """name_stopwords.csv: a word of or around a name (an honorific, a particle, a
    body's noun, a headline's verb) -> its kind."""
    meeting_words: dict[str, str] = field(default_factory=dict)
    """meeting_words.csv: a word that speaks of a meeting, puts it ahead or apart
    ('met', 'will', 'telephone') -> its kind (the guessed meeting, round 5)."""
    reporting: frozenset[str] = frozenset()
    """Reporting verbs as written ('said', 'told'): extract_phrases.csv's kind 'report'."""
    bodies: frozenset[str] = frozenset()
    """international_organizations.csv's names and aliases ('NATO', 'European Union'):
    a post in one of them is no country's (round 6)."""
    place_words: dict[str, str] = field(default_factory=dict)
    """place_words.csv: a word of the places of meetings -> its kind: 'site' (a
    country before it names a site: 'Burma Camp'), 'visitor' ('visiting'), 'title'
    (a lowercase word a title after 'visiting' may have) (round 10)."""
    capitals: dict[str, str] = field(default_factory=dict)
    """capitals.csv: a country -> its capital, a place of places.csv (round 10)."""
    side_words: dict[str, str] = field(default_factory=dict)
    """side_words.csv: a word that tells a person's side -> its kind: 'navy' (a
    rank both ladders write alike is the navy's beside it), 'group' (a group named
    with a country: 'UPDF officers'), 'list' and 'head' (the words that introduce
    its members or its head) (round 9)."""
    royal_styles: dict[str, PostTitle] = field(default_factory=dict)
    """royal_styles.csv: a monarch's style that is a given name too ('Sultan',
    'Emir') -> the post it names where the text ties it to a country (session 17)."""
    country_guess_weights: dict[str, float] = field(default_factory=dict)
    """country_guess_weights.csv: a feature of kg.extract.country_guess -> its
    weight; with none, persons the text gives no country stay without (session 19)."""
    name_endings: NameEndings = field(default_factory=NameEndings)
    """name_endings.csv: how many persons of each country have names that end so
    (kg.extract.name_endings, session 19)."""
    officials: Officials = field(default_factory=Officials)
    """officials.csv: the officials of the gold readings and their posts' countries
    (kg.extract.officials, session 20)."""
    meeting_place_weights: dict[str, float] = field(default_factory=dict)
    """meeting_place_weights.csv: a feature of kg.extract.place_choice -> its weight;
    with none, each meeting keeps the place the rules gave it (session 21)."""

    @functools.cached_property
    def title_words(self) -> frozenset[str]:
        """The capitalised words of the post titles and ministries ('Defense',
        'Armed', 'Forces'): a title that runs on past the tables is made of them."""
        titles = [str(p["pattern"]) for p in self.patterns if p["label"] == "POST"]
        words = {w for p in self.posts for w in f"{p.label} {p.ministry}".split()}
        words |= {w for title in titles for w in title.split()}
        return frozenset(w for w in words if w[:1].isupper())

    @functools.cached_property
    def post_titles(self) -> dict[str, int]:
        """The post titles of the tables, lowercased, with their index in ``posts``:
        looked up by group words ('the Defence Ministers') once per entity."""
        return {
            str(p["pattern"]).lower(): int(p["id"]) for p in self.patterns if p["label"] == "POST"
        }

    @functools.cached_property
    def country_names(self) -> frozenset[str]:
        """The country names the ruler knows, as written ('South Korea', 'Korea')."""
        return frozenset(
            p["pattern"]
            for p in self.patterns
            if p["label"] == "COUNTRY" and isinstance(p["pattern"], str)
        )

    @functools.cached_property
    def named_cities(self) -> dict[str, str]:
        """A country -> its city of the same name (Singapore, Hong Kong, Djibouti,
        Luxembourg ...): the ruler reads the name as the country (ties.PRECEDENCE),
        and a meeting placed in the country is placed in that city (session 14)."""
        countries = {
            (str(p["pattern"]).lower(), p["id"])
            for p in self.patterns
            if p["label"] == "COUNTRY" and isinstance(p["pattern"], str)
        }
        return {
            place.country: place.place
            for place in self.reference.places.values()
            for label in (place.label, *place.aliases)
            if (label.lower(), place.country) in countries
        }

    def as_place(self, location: str) -> str:
        """A meeting's location with a country of ``named_cities`` as its city."""
        city = self.named_cities.get(location.removeprefix("country:"))
        return f"place:{city}" if location.startswith("country:") and city else location

    @functools.cached_property
    def _meeting_word_patterns(self) -> dict[str, re.Pattern[str]]:
        # Compiled once, since every sentence is asked.
        return _kind_patterns(self.meeting_words, re.I)

    @functools.cached_property
    def _side_word_patterns(self) -> dict[str, re.Pattern[str]]:
        # As written: 'Navy' in a title, not 'navy' in a sentence about boats.
        return _kind_patterns(self.side_words, 0)

    @functools.cached_property
    def world_cities(self) -> dict[str, list[Place]]:
        """world_cities.csv by name (as ``normalise`` writes it): every city of that
        name, one per country (kg.extract.world_city, session 18)."""
        found: dict[str, list[Place]] = {}
        for city in self.reference.cities.values():
            found.setdefault(normalise(city.label), []).append(city)
        return found

    def country_of(self, location: str) -> str | None:
        """The country of a meeting's location ('place:baku' -> 'AZ', 'country:AZ'
        -> 'AZ'); None when it has none."""
        kind, _, where = location.partition(":")
        if kind == "place":
            place = self.reference.place(where)
            return place.country if place is not None else None
        return where or None if kind == "country" else None

    def speaks_of(self, kind: str, text: str) -> bool:
        """Whether the text uses a word of meeting_words.csv of that kind; one of talks
        held apart not inside a phrase of kind 'in-person' (session 22)."""
        pattern = self._meeting_word_patterns.get(kind)
        if kind == "remote" and (in_person := self._meeting_word_patterns.get("in-person")):
            text = in_person.sub(" ", text)
        return pattern is not None and pattern.search(text) is not None

    def tells_side(self, kind: str, text: str) -> bool:
        """Whether the text uses a word of side_words.csv of that kind, as written."""
        pattern = self._side_word_patterns.get(kind)
        return pattern is not None and pattern.search(text) is not None

    def side_count(self, kind: str, text: str) -> int:
        """How many words of side_words.csv of that kind the text uses, as written."""
        pattern = self._side_word_patterns.get(kind)
        return len(pattern.findall(text)) if pattern is not None else 0

    def side_phrase(self, doc: Doc, k: int, kind: str, longest: int) -> int:
        """How many words from ``k`` make a phrase of side_words.csv of that kind,
        the longest first (up to ``longest``); 0 when none does."""
        return next(
            (
                n
                for n in range(longest, 0, -1)
                if self.side_words.get(" ".join(t.lower_ for t in doc[k : k + n])) == kind
            ),
            0,
        )

    def country_name(self, code: str) -> str:
        return self.names.get(code) or self.reference.countries[code].name

    def rank(self, label: str, country: str | None) -> str | None:
        """``rank:...`` for a rank as written, in the ladder the country uses."""
        wanted = normalise(label)
        wanted = normalise(self.abbreviations.get(wanted, wanted))
        keys = [
            r.key
            for r in self.reference.ranks.values()
            if wanted in {normalise(r.label), *(normalise(a) for a in r.aliases)}
        ]
        if not keys:
            return None
        army, navy = self.rank_use.get(country or "", self.rank_use["*"])
        for key in keys:
            if key.split(".")[0] in (army, navy):
                return f"rank:{key}"
        if not country:
            return f"rank:{keys[0]}"
        # The country's ladders have no such rank. A ladder that rank_system_use.csv
        # gives to no country (the air forces') is open to all; another country's
        # ladder is not, since a wrong ladder is worse than no rank.
        named = {system for pair in self.rank_use.values() for system in pair}
        for key in keys:
            if key.split(".")[0] not in named:
                return f"rank:{key}"
        return None


@functools.lru_cache(maxsize=4)
def load_gazetteer(reference_folder: Path) -> Gazetteer:
    reference = load_reference(reference_folder.parent)
    patterns: list[dict[str, Any]] = []

    def add(label: str, phrase: str, ident: str) -> None:
        # Outlets write an apostrophe straight or curly ("Xi'an", the table's U+2019): both.
        for written in dict.fromkeys(_APOSTROPHES.sub(a, phrase) for a in "'\u2019"):
            patterns.append({"label": label, "pattern": written, "id": ident})

    names: dict[str, str] = {}
    for _, row in rows(reference_folder / "country_names.csv", ["name", "country"]):
        names.setdefault(row["country"], row["name"])
        add("COUNTRY", row["name"], row["country"])
    for code, country in reference.countries.items():
        for name in {country.name, country.official_name or country.name, names.get(code, "")}:
            if name and "," not in name:
                add("COUNTRY", name, code)
                if not name.lower().startswith("republic"):
                    add("COUNTRY", f"Republic of {name}", code)
    for _, row in rows(reference_folder / "demonyms.csv", ["demonym", "country"]):
        add("DEMONYM", row["demonym"], row["country"])
    # A country's forces by their own name or acronym ('UPDF Chief of Staff', 'the
    # RTA'): read as its demonym, matched as written (case too: 'RAO' is no 'Rao').
    for _, row in rows(reference_folder / "force_names.csv", ["name", "country", "comment"]):
        patterns.append(
            {"label": "DEMONYM", "pattern": [{"ORTH": row["name"]}], "id": row["country"]}
        )
    for rank in reference.ranks.values():
        for label in (rank.label, *rank.aliases):
            add("RANK", label, normalise(label))
            if " " in label:
                add("RANK", label.replace(" ", "-"), normalise(label))  # Lieutenant-General
    abbreviations: dict[str, str] = {}
    dotted: set[str] = set()
    for _, row in rows(
        reference_folder / "rank_abbreviations.csv", ["abbreviation", "rank", "comment"]
    ):
        for written in rank_spellings(row["abbreviation"]):
            add("RANK", written, normalise(row["rank"] or written))
            abbreviations[normalise(written)] = row["rank"]
        dotted.update(w for w in row["abbreviation"].split() if w.endswith("."))
        # 'Maj.-Gen.' and 'Lt-Gen.' one token too, so that no sentence ends inside.
        dotted.update(
            w for w in rank_spellings(row["abbreviation"]) if "-" in w and w.endswith(".")
        )
    posts: list[PostTitle] = []
    for _, row in rows(
        reference_folder / "post_titles.csv", ["title", "post", "label", "ministry", "abroad"]
    ):
        add("POST", row["title"], str(len(posts)))
        posts.append(PostTitle(row["post"], row["label"], row["ministry"], row["abroad"] == "yes"))
    for place in reference.places.values():
        for label in (place.label, *place.aliases):
            add("PLACE", label, place.place)
    reporting: set[str] = set()
    for _, row in rows(reference_folder / "extract_phrases.csv", ["phrase", "kind", "comment"]):
        if row["kind"] == "report":
            # Looked up as written, not matched: 'Said' is a given name too.
            reporting.add(row["phrase"])
        elif (gap := gapped(row["phrase"])) is not None:
            patterns.append({"label": row["kind"].upper(), "pattern": gap, "id": row["kind"]})
        else:
            add(row["kind"].upper(), row["phrase"], row["kind"])
    rank_use = {
        row["country"]: (row["army"], row["navy"])
        for _, row in rows(
            reference_folder / "rank_system_use.csv", ["country", "army", "navy", "comment"]
        )
    }
    national = {
        row["ministry"]: row["country"]
        for _, row in rows(
            reference_folder / "national_ministries.csv", ["ministry", "country", "comment"]
        )
    }
    return Gazetteer(
        reference,
        names,
        posts,
        rank_use,
        patterns,
        abbreviations,
        dotted,
        national,
        {
            row["word"]: row["kind"]
            for _, row in rows(reference_folder / "name_stopwords.csv", ["word", "kind", "comment"])
        },
        {
            row["word"].lower(): row["kind"]
            for _, row in rows(reference_folder / "meeting_words.csv", ["word", "kind", "comment"])
        }
        if (reference_folder / "meeting_words.csv").exists()
        else {},
        frozenset(reporting),
        frozenset(
            name
            for _, row in rows(
                reference_folder / "international_organizations.csv", ["name", "aliases"]
            )
            for name in [row["name"], *row["aliases"].split("|")]
            if name
        ),
        side_words={
            row["word"]: row["kind"]
            for _, row in rows(reference_folder / "side_words.csv", ["word", "kind", "comment"])
        }
        if (reference_folder / "side_words.csv").exists()
        else {},
        place_words={
            row["word"]: row["kind"]
            for _, row in rows(reference_folder / "place_words.csv", ["word", "kind", "comment"])
        }
        if (reference_folder / "place_words.csv").exists()
        else {},
        capitals={
            row["country"]: row["place"]
            for _, row in rows(reference_folder / "capitals.csv", ["country", "place", "comment"])
        }
        if (reference_folder / "capitals.csv").exists()
        else {},
        royal_styles={
            row["style"]: PostTitle(row["post"], row["label"], "", False)
            for _, row in rows(
                reference_folder / "royal_styles.csv", ["style", "post", "label", "comment"]
            )
        }
        if (reference_folder / "royal_styles.csv").exists()
        else {},
        country_guess_weights=_weights(reference_folder / "country_guess_weights.csv"),
        meeting_place_weights=_weights(reference_folder / "meeting_place_weights.csv"),
        name_endings=NameEndings.load(reference_folder / "name_endings.csv"),
        officials=Officials.load(reference_folder / "officials.csv", reference.countries),
    )


def _weights(path: Path) -> dict[str, float]:
    """A table of feature weights; a weight that is no number stops at its line."""
    if not path.exists():
        return {}
    found = {}
    for line, row in rows(path, ["feature", "weight", "comment"]):
        try:
            found[row["feature"]] = float(row["weight"])
            if not math.isfinite(found[row["feature"]]):
                raise ValueError(row["weight"])
        except (TypeError, ValueError):
            raise DataError(
                f"weight {row['weight']!r} of {row['feature']!r} is not a number",
                path=path,
                line=line,
                hint="write a decimal number, e.g. 0.75",
            ) from None
    return found


def _kind_patterns(table: dict[str, str], flags: int) -> dict[str, re.Pattern[str]]:
    """One pattern per kind of a word table (word -> kind), the longest words first."""
    kinds: dict[str, list[str]] = {}
    for word, kind in table.items():
        kinds.setdefault(kind, []).append(word)
    return {
        kind: re.compile(
            r"\b(?:"
            + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            + r")\b",
            flags,
        )
        for kind, words in kinds.items()
    }


@functools.lru_cache(maxsize=4)
def pipeline(reference_folder: Path) -> Language:
    """A blank English spaCy pipeline: sentencizer and the gazetteer's EntityRuler."""
    try:
        import spacy
        from spacy.util import compile_infix_regex, compile_prefix_regex
    except ImportError as exc:
        raise EnvironmentProblem(
            "kg extract needs spaCy, which is not installed",
            hint="pip install 'kg[extract]' (spaCy's rule-based parts; no model is downloaded)",
        ) from exc
    nlp = spacy.blank("en")
    gaz = load_gazetteer(reference_folder)
    tokenizer = cast("Tokenizer", nlp.tokenizer)

    # 'Lt.' and 'Brig.' are one token each, so that the sentencizer does not end a
    # sentence at their dots.
    # So are the dotted honorifics and suffixes of name_stopwords.csv ('Prof.', 'Jr.').
    name_dotted = {w for w in gaz.name_words if w.endswith(".") and " " not in w}
    for word in sorted({*gaz.dotted, *HONORIFICS_DOTTED, *name_dotted}):
        for cased in {word, word.upper(), word.capitalize()}:
            tokenizer.add_special_case(cased, [{"ORTH": cased}])
    # A bracket glued to the word before it ('A B(pix)', a photo mark some outlets
    # print after a name) opens a token of its own, so that the name ends there.
    # An en or em dash glued to the words on either side ('(Agency)-Defence') and a
    # closing bracket glued to the word after it part them too (session 17).
    infixes = [
        *(nlp.Defaults.infixes or ()),
        r"(?<=[^\W\d_])\((?=[^\W\d_])",
        r"[\u2013\u2014]",
        r"(?<=\))(?=[^\W\d_])",
        r"(?<=\b[A-Z]\.)(?=[A-Z][a-z])",  # 'N.Batbold' (two letters: _GLUED_INITIAL)
        # 'CounterpartFu Quanyou', 'LaosSergey Lavrov': words a page glued where it
        # lost a line break part too (not 'McDonald' nor 'MacArthur'; session 39).
        r"(?<=[a-z]{3})(?=[A-Z][a-z])",
    ]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    prefixes = [_GLUED_INITIAL, *(nlp.Defaults.prefixes or ())]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.add_pipe("sentencizer")
    ruler = cast(
        "EntityRuler", nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    )
    # Copied so that the phrase patterns fit the type of spaCy's patterns, token ones too.
    ruler.add_patterns([dict(p) for p in gaz.patterns])
    settle_ties(ruler)  # two labels of one span: ties.PRECEDENCE, not a set's order
    return nlp
