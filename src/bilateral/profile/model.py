"""The Profile of a pair: what a relations article says, as data with its sources.

A Profile is rendering-neutral: renderers (terminal, Markdown, HTML, wikitext, JSON) walk the
same object. Every statement carries the keys of the references it rests on; `references`
lists each source once, numbered in order of first citation.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from bilateral.profile.compare import Comparison

PROFILE_SCHEMA_VERSION = "1"


@dataclass
class Reference:
    key: str  # stable id, e.g. "factbook-2025" or "doc:<hash prefix>"
    title: str
    detail: str = ""  # year, revision, URL or file
    number: int = 0


@dataclass
class Statement:
    text: str
    refs: list[str] = field(default_factory=list)  # Reference keys
    data: dict[str, Any] = field(default_factory=dict)  # typed values behind the sentence


@dataclass
class Section:
    key: str
    title: str
    statements: list[Statement] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)  # tabular items (events, missions, figures)
    empty_hint: str = ""  # how to fill the section when it is empty

    @property
    def empty(self) -> bool:
        return not self.statements and not self.rows


@dataclass
class Profile:
    a: dict[str, Any]
    b: dict[str, Any]
    title: str
    lead: list[Statement]
    comparison: Comparison
    sections: list[Section]
    references: list[Reference]
    infobox: dict[str, Any] = field(default_factory=dict)
    series: list[dict[str, Any]] = field(default_factory=list)  # yearly counts by quad (profile.series)
    documents: list[dict[str, Any]] = field(default_factory=list)  # the pair's ingested documents

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": PROFILE_SCHEMA_VERSION,
            "title": self.title,
            "pair": [self.a["iso3"], self.b["iso3"]],
            "countries": [self.a, self.b],
            "infobox": self.infobox,
            "lead": [asdict(s) for s in self.lead],
            "sections": [
                {**asdict(s), "empty": s.empty} for s in self.sections
            ],
            "empty_sections": [s.key for s in self.sections if s.empty],
            "comparison": self.comparison.to_dict(),
            "series": self.series,
            "documents": self.documents,
            "references": [asdict(r) for r in self.references],
        }


class References:
    """Collects references in order of first citation and numbers them."""

    def __init__(self) -> None:
        self._refs: dict[str, Reference] = {}

    def cite(self, key: str, title: str, detail: str = "") -> str:
        if key not in self._refs:
            self._refs[key] = Reference(key, title, detail, len(self._refs) + 1)
        return key

    def all(self) -> list[Reference]:
        return list(self._refs.values())
