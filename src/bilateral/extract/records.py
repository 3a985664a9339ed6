"""The records extraction produces, each carrying the character span it was read from.

`Extraction.to_gold_json` renders them in exactly the schema of the corpus gold files
(`../shared/corpus/README.md`), which is also the contract of `bilateral extract --format json`,
so the scorer, the CLI and the knowledge base all speak one format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bilateral.orgcodes import common_code


@dataclass
class EventRecord:
    """Something the text says happened: date, actors (ISO3 / org codes), PLOVER type, span."""

    date: str
    actors: list[str]
    plover: str
    quad: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    vague: bool = False
    cameo_root: str | None = None
    negated: bool = False
    confidence: float = 0.5
    trigger: str = ""


@dataclass
class MissionRecord:
    """A diplomatic mission: `sender` state keeps a `kind` of mission in `city` of `receiver`."""

    sender: str
    receiver: str | None
    city: str
    kind: str
    start: int
    end: int


@dataclass
class OrgRecord:
    """An organisation the text says both states belong to."""

    code: str
    name: str
    start: int
    end: int


@dataclass
class BorderRecord:
    """A statement that the two states do (or do not) share a border."""

    shared: bool
    start: int
    end: int


@dataclass
class FigureRecord:
    """A quantitative fact: value in `unit` (%, USD, people), what it measures, its year."""

    what: str
    value: float
    unit: str
    year: int | None
    start: int
    end: int


@dataclass
class Extraction:
    """Everything extracted from one document."""

    title: str = ""
    pair: tuple[str, str] | None = None
    events: list[EventRecord] = field(default_factory=list)
    missions: list[MissionRecord] = field(default_factory=list)
    organizations: list[OrgRecord] = field(default_factory=list)
    border: BorderRecord | None = None
    figures: list[FigureRecord] = field(default_factory=list)

    def _border_json(self) -> dict[str, Any]:
        """Whether the pair shares a land border: as the text says, else as the Factbook's land boundaries say
        (annotators answer from geography when an article is silent), with where the answer came from."""
        if self.border is not None:
            return {"border": self.border.shared, "border_source": "text"}
        if self.pair:
            from bilateral.countries.factbook import neighbours

            known = neighbours(self.pair[0])
            if known is not None:
                return {"border": self.pair[1] in known, "border_source": "CIA World Factbook 2025"}
        return {"border": None, "border_source": None}

    def to_gold_json(self, text: str) -> dict[str, Any]:
        """The gold schema: events with `start`/`end` offsets and `evidence` (exact substring)."""
        events = []
        for e in self.events:
            item: dict[str, Any] = {
                "date": e.date,
                "actors": list(e.actors),
                "plover": e.plover,
                "quad": e.quad,
                "start": e.start,
                "end": e.end,
                "evidence": text[e.start : e.end],
            }
            if e.vague:
                item["vague"] = True
            events.append(item)
        return {
            "title": self.title,
            "pair": list(self.pair) if self.pair else None,
            "events": events,
            "missions": [
                {"sender": m.sender, "receiver": m.receiver, "city": m.city, "kind": m.kind} for m in self.missions
            ],
            "organizations": [common_code(o.code) for o in self.organizations],  # "G20", as articles write it
            **self._border_json(),
            "figures": [
                {
                    "what": f.what,
                    "value": int(f.value) if float(f.value).is_integer() else f.value,
                    "unit": f.unit,
                    "year": f.year,
                    "evidence": text[f.start : f.end],
                }
                for f in self.figures
            ],
        }
