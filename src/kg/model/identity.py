"""Entity resolution: which curated entity an imported actor name denotes.

Names match after normalisation (case, accents, punctuation), with the declared
spelling variants of ``data/reference/name_variants.csv`` (Andrey/Andrei,
Sergei/Sergey...) and without patronymics ('Sergey Viktorovich Lavrov' is
'Sergey Lavrov'). Ministries match on country and kind ('Defense / Security
Ministry (Azerbaijan)' is the curated Ministry of Defence of Azerbaijan). A name
that fits two curated entities is ambiguous: reported, never merged.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from . import resources
from .namespaces import ID, KG
from .reference import rows

_PATRONYMIC = re.compile(r"(ovich|evich|yevich|ovna|evna|ichna)$")

ENTITIES_QUERY = f"""
PREFIX kg: <{KG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?e ?cls ?name ?country WHERE {{
  ?e a ?cls .
  VALUES ?cls {{ kg:Person kg:Ministry kg:InternationalOrganization kg:Organization }}
  {{ ?e rdfs:label ?name }} UNION {{ ?e skos:altLabel ?name }}
  OPTIONAL {{ ?e kg:ministryOf ?country }}
  FILTER (STRSTARTS(STR(?e), "{ID}") && !STRSTARTS(STR(?e), "{ID}icews/"))
}}"""


# Latin letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe"}
    | {"\u0131": "i"}  # the dotless i of Turkish
)


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """Case, accents, punctuation and spacing do not distinguish two labels; nor do
    the letters that news in English writes without their stroke ('Władysław' and
    'Wladyslaw', 'Guðlaugur' and 'Gudlaugur' in one article)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text.translate(_UNDECOMPOSED)).split())


def slug(text: str) -> str:
    """An id made of a name: 'Defense / Security Ministry' -> 'defense-security-ministry';
    'Marek Błaski' -> 'marek-blaski'. Ids are ASCII: a letter with no ASCII
    form (another script) is left out."""
    folded = normalise(text).replace("_", " ")
    return "-".join(re.sub(r"[^a-z0-9]+", " ", folded).split())


class Named(Protocol):
    """A classified name to resolve (an ICEWS actor, say): its class local name,
    and for a ministry its country code and kind."""

    @property
    def name(self) -> str: ...
    @property
    def cls(self) -> str: ...
    @property
    def country(self) -> str | None: ...
    @property
    def ministry_kind(self) -> str | None: ...


@dataclass(frozen=True)
class Resolution:
    entity: str | None
    candidates: tuple[str, ...] = ()
    how: str = ""


@dataclass
class Resolver:
    """Curated entities by normalised name key, per class."""

    names: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    short_names: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    ministries: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    variants: dict[str, str] = field(default_factory=dict)
    kinds: list[tuple[str, list[str]]] = field(default_factory=list)

    @classmethod
    def empty(cls) -> Resolver:
        resolver = cls()
        reference = resources.reference_dir()
        for _, row in rows(reference / "name_variants.csv", ["variant", "canonical", "comment"]):
            resolver.variants[row["variant"].casefold()] = row["canonical"].casefold()
        for _, row in rows(reference / "ministry_kinds.csv", ["kind", "label", "keywords"]):
            resolver.kinds.append(
                (row["kind"], [k.casefold() for k in row["keywords"].split("|") if k])
            )
        return resolver

    @classmethod
    def from_rows(cls, entries: list[tuple[str, str, str, str | None]]) -> Resolver:
        """Rows of (entity IRI, class local name, a name, ministryOf country IRI)."""
        resolver = cls.empty()
        for entity, cls_name, name, country in entries:
            resolver.add(entity, cls_name, name, country)
        return resolver

    @classmethod
    def from_store(cls, store: Any) -> Resolver:
        entries = []
        for e, c, name, country in store.query(ENTITIES_QUERY, use_default_graph_as_union=True):
            entries.append(
                (
                    e.value,
                    c.value.rsplit("#", 1)[-1],
                    name.value,
                    country.value if country else None,
                )
            )
        return cls.from_rows(entries)

    def tokens(self, name: str) -> list[str]:
        out = []
        words = normalise(name).split()
        for i, word in enumerate(words):
            word = self.variants.get(word, word)
            if not word:
                continue
            if 0 < i < len(words) - 1 and _PATRONYMIC.search(word):
                continue
            out.append(word)
        return out

    def kind(self, label: str) -> str | None:
        folded = label.casefold()
        for kind, keywords in self.kinds:
            if any(k in folded for k in keywords):
                return kind
        return None

    def add(self, entity: str, cls_name: str, name: str, country: str | None) -> None:
        tokens = self.tokens(name)
        if not tokens:
            return
        group = (
            "Organization" if cls_name in ("InternationalOrganization", "Ministry") else cls_name
        )
        self.names[(group, " ".join(tokens))].add(entity)
        if cls_name == "Person" and len(tokens) > 2:
            self.short_names[(group, f"{tokens[0]} {tokens[-1]}")].add(entity)
        if cls_name == "Ministry" and country:
            kind = self.kind(name)
            if kind:
                self.ministries[(country.rsplit("/", 1)[-1], kind)].add(entity)

    def resolve(self, actor: Named) -> Resolution:
        if actor.cls == "Ministry":
            if actor.country and actor.ministry_kind:
                found = self.ministries.get((actor.country, actor.ministry_kind), set())
                return self._pick(found, f"ministry of {actor.ministry_kind} of {actor.country}")
            return Resolution(None)
        group = {"Person": "Person", "Organization": "Organization"}.get(
            actor.cls, "Organization" if actor.cls == "InternationalOrganization" else ""
        )
        if not group:
            return Resolution(None)
        tokens = self.tokens(actor.name)
        key = " ".join(tokens)
        found = self.names.get((group, key), set())
        if found:
            return self._pick(found, "name")
        if group == "Person" and len(tokens) >= 2:
            short = f"{tokens[0]} {tokens[-1]}"
            found = self.names.get((group, short), set()) | self.short_names.get(
                (group, short), set()
            )
            return self._pick(found, "first and last name")
        return Resolution(None)

    @staticmethod
    def _pick(found: set[str], how: str) -> Resolution:
        if len(found) == 1:
            return Resolution(next(iter(found)), how=how)
        if len(found) > 1:
            return Resolution(None, tuple(sorted(found)), how)
        return Resolution(None)


__all__ = ["Named", "Resolution", "Resolver", "normalise", "slug"]
