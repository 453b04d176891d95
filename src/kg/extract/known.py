"""Entities already in the knowledge graph (the curated files), reused by id in a draft."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..curation.reading import curated_files, read_source
from ..model.identity import Resolver, normalise


@dataclass
class Known:
    """Entities of the knowledge graph (the curated files), reused by id."""

    resolver: Resolver
    persons: dict[str, set[str]]
    labels: dict[tuple[str, str], set[str]]
    ids: set[str]
    label_of: dict[str, str]
    sources: set[str] = field(default_factory=set)

    @classmethod
    def from_data(cls, data_dir: Path | None) -> Known:
        resolver = Resolver.empty()
        persons: dict[str, set[str]] = defaultdict(set)
        labels: dict[tuple[str, str], set[str]] = defaultdict(set)
        ids: set[str] = set()
        label_of: dict[str, str] = {}
        sources: set[str] = set()
        if data_dir is not None and (data_dir / "curated").is_dir():
            for file in curated_files(data_dir):
                source, _ = read_source(file, data_dir)
                sources.add(source.id)
                classes = {f.subject: f.object for f in source.facts if f.predicate == "a"}
                ids.update(classes)
                for fact in source.facts:
                    if fact.predicate not in ("label", "altLabel"):
                        continue
                    cls_name = classes.get(fact.subject, "")
                    if fact.predicate == "label":
                        label_of.setdefault(fact.subject, fact.object)
                    if cls_name == "Person":
                        persons[" ".join(resolver.tokens(fact.object))].add(fact.subject)
                    else:
                        labels[(cls_name, normalise(fact.object))].add(fact.subject)
        return cls(resolver, persons, labels, ids, label_of, sources)

    def add(self, source_id: str, facts: list[tuple[str, str, str, str]]) -> None:
        """Take in a draft just made, so that the next draft of a batch reuses its
        entities by id and mints no id it already used."""
        self.sources.add(source_id)
        classes = {s: o for s, p, o, _ in facts if p == "a"}
        self.ids.update(classes)
        for subject, predicate, obj, _ in facts:
            if predicate != "label":
                continue
            self.label_of.setdefault(subject, obj)
            if classes.get(subject) == "Person":
                self.persons.setdefault(" ".join(self.resolver.tokens(obj)), set()).add(subject)
            else:
                key = (classes.get(subject, ""), normalise(obj))
                self.labels.setdefault(key, set()).add(subject)

    def person(self, name: str) -> str | None:
        found = self.persons.get(" ".join(self.resolver.tokens(name)), set())
        return next(iter(found)) if len(found) == 1 else None

    def entity(self, cls_name: str, label: str) -> str | None:
        found = self.labels.get((cls_name, normalise(label)), set())
        return next(iter(found)) if len(found) == 1 else None
