"""CAMEO codes and what an ICEWS action becomes: ``cameo.csv`` (the codes, their
labels and the spellings data sets use) and ``icews_actions.csv`` (the class of
the event and the actors' roles; the longest matching code prefix wins)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..model import resources
from ..model.identity import normalise
from ..model.reference import rows


def _table(name: str, columns: list[str]) -> list[dict[str, str]]:
    return [row for _, row in rows(resources.reference_dir() / name, columns)]


@dataclass(frozen=True)
class Action:
    code: str
    cls: str
    subject_role: str
    object_role: str
    host: str
    date_property: str


class Cameo:
    """CAMEO codes with their labels; looks up a data set's relation names."""

    def __init__(self) -> None:
        self.labels: dict[str, str] = {}
        self._by_label: dict[str, str] = {}
        for row in _table("cameo.csv", ["code", "label", "aliases"]):
            code = row["code"]
            self.labels[code] = row["label"]
            names = [row["label"], *(a for a in row["aliases"].split("|") if a)]
            for name in names:
                key = normalise(name)
                # "Consult" labels both 04 and 040: the specific code wins.
                if len(code) >= len(self._by_label.get(key, "")):
                    self._by_label[key] = code
        self.actions = [
            Action(
                row["code"],
                row["class"],
                row["subject_role"],
                row["object_role"],
                row["host"],
                row["date_property"],
            )
            for row in _table(
                "icews_actions.csv",
                [
                    "code",
                    "class",
                    "subject_role",
                    "object_role",
                    "host",
                    "date_property",
                    "comment",
                ],
            )
        ]

    @lru_cache(maxsize=4096)  # noqa: B019 (one Cameo per import; a few hundred labels)
    def code(self, label: str) -> str | None:
        text = label.strip()
        if text.isdigit() and text in self.labels:
            return text
        return self._by_label.get(normalise(text))

    @lru_cache(maxsize=4096)  # noqa: B019
    def action(self, code: str | None) -> Action:
        """The row of icews_actions.csv with the longest prefix of ``code``."""
        best = self.actions[0]
        for action in self.actions:
            if (
                code is not None
                and code.startswith(action.code)
                and len(action.code) > len(best.code)
            ):
                best = action
        return best

    def broader(self, code: str) -> str | None:
        if len(code) <= 2:
            return None
        parent = code[:-1]
        return parent if parent in self.labels else self.broader(parent)


__all__ = ["Action", "Cameo"]
