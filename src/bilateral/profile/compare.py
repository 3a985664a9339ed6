"""The country comparison table of a relations article, for any pair, from the knowledge base.

The rows mirror the "Country comparison" table of Wikipedia relations articles. Each cell keeps
the typed value it shows (for the ratio column and for JSON consumers) and the year and source it
came from; a missing value says so rather than showing an empty cell.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import duckdb

from bilateral.store import queries

NOT_REPORTED = "not reported"
NOT_OFFLINE = "not available offline"


@dataclass
class Cell:
    text: str
    value: float | None = None
    unit: str | None = None
    year: int | None = None
    source: str | None = None
    source_ref: str | None = None
    derived: bool = False


@dataclass
class ComparisonRow:
    key: str
    label: str
    a: Cell
    b: Cell
    ratio: float | None = None  # a / b where both are numbers

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Comparison:
    a: dict[str, Any]
    b: dict[str, Any]
    rows: list[ComparisonRow] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "rows": [r.to_dict() for r in self.rows]}

    def records(self) -> list[dict[str, Any]]:
        """Flat rows for table output (csv, md, wikitext, terminal)."""
        out = []
        for r in self.rows:
            out.append({
                "row": r.label,
                self.a["name"]: r.a.text,
                self.b["name"]: r.b.text,
                "ratio": f"{r.ratio:,.3g}" if r.ratio is not None else "",
                "year": _years(r.a.year, r.b.year),
                "source": _sources(r.a.source, r.b.source),
            })
        return out


def _years(a: int | None, b: int | None) -> str:
    ys = sorted({y for y in (a, b) if y})
    return "/".join(str(y) for y in ys)


def _sources(a: str | None, b: str | None) -> str:
    return "; ".join(dict.fromkeys(s for s in (a, b) if s))


def _num(v: float, unit: str | None = None) -> str:
    if unit == "USD":
        for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(v) >= scale:
                return f"${v / scale:,.3f} {word}".replace(".000 ", " ")
        return f"${v:,.0f}"
    if unit == "%":
        return f"{v:g}%"
    if abs(v) >= 100 or float(v).is_integer():
        return f"{v:,.0f}"
    return f"{v:,.1f}"


class _Facts:
    """The facts of one state, indexed by field."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.by_field: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            self.by_field.setdefault(r["field"], []).append(r)

    def all(self, name: str) -> list[dict[str, Any]]:
        return [r for r in self.by_field.get(name, []) if r["status"] != NOT_REPORTED]

    def one(self, name: str) -> dict[str, Any] | None:
        rows = self.all(name)
        return rows[0] if rows else None


def _cell_num(f: dict[str, Any] | None, unit_text: str = "") -> Cell:
    if not f or f["value_num"] is None:
        return Cell(NOT_REPORTED)
    text = _num(f["value_num"], f["unit"]) + unit_text
    if f["year"]:
        text += f" ({f['year']})"
    return Cell(text, f["value_num"], f["unit"], f["year"], f["source"], f["source_ref"], bool(f["derived"]))


def _cell_text(rows: list[dict[str, Any]], fmt) -> Cell:
    if not rows:
        return Cell(NOT_REPORTED)
    first = rows[0]
    return Cell("; ".join(fmt(r) for r in rows), None, None, first["year"], first["source"], first["source_ref"])


def _share_list(rows: list[dict[str, Any]], limit: int = 4) -> Cell:
    def share(r: dict[str, Any]) -> str:
        if r["low"] is not None and r["high"] is not None:
            return f"{r['low']:g}–{r['high']:g}% {r['name']}"
        return f"{r['value_num']:g}% {r['name']}" if r["value_num"] is not None else str(r["name"])

    ranked = sorted(rows, key=lambda r: -(r["value_num"] if r["value_num"] is not None else (r["high"] or 0)))
    return _cell_text(ranked[:limit], share)


def _person(r: dict[str, Any]) -> str:
    title = f"{r['name']} " if r["name"] else ""
    since = f" (since {r['date']})" if r["date"] else ""
    return f"{title}{r['value_text']}{since}"


def _pair_cells(fa: _Facts, fb: _Facts, key: str) -> tuple[Cell, Cell]:
    return _row_cell(fa, key), _row_cell(fb, key)


def _row_cell(f: _Facts, key: str) -> Cell:
    if key == "population":
        return _cell_num(f.one("population"))
    if key == "area":
        return _cell_num(f.one("area_total"), " km²")
    if key == "density":
        return _cell_num(f.one("population_density"), "/km²")
    if key == "government":
        return _cell_text(f.all("government_type")[:1], lambda r: r["value_text"])
    if key == "capital":
        cap = f.one("capital")
        if not cap:
            return Cell(NOT_REPORTED)
        pop = f.one("capital_population")
        text = cap["value_text"] + (f" – {_num(pop['value_num'])} ({pop['year']})" if pop and pop["value_num"] else "")
        return Cell(text, pop["value_num"] if pop else None, "people" if pop else None,
                    pop["year"] if pop else None, cap["source"], cap["source_ref"])
    if key == "languages":
        official = [r for r in f.all("language") if r["status"] == "official"]
        return _cell_text(official or f.all("language")[:1], lambda r: r["name"])
    if key == "head_of_government":
        return _cell_text(f.all("head_of_government"), _person)
    if key == "head_of_state":
        return _cell_text(f.all("chief_of_state"), _person)
    if key == "religions":
        return _share_list(f.all("religion"))
    if key == "ethnic_groups":
        return _share_list(f.all("ethnic_group"))
    if key == "gdp_nominal":
        return _with_per_capita(f.one("gdp_official"), f.one("gdp_official_per_capita"))
    if key == "gdp_ppp":
        return _with_per_capita(f.one("gdp_ppp"), f.one("gdp_per_capita"))
    if key == "currency":
        return _cell_text(
            f.all("currency")[:1], lambda r: f"{r['value_text']} – {r['name']}" if r["name"] else r["value_text"]
        )
    raise KeyError(key)


def _with_per_capita(total: dict[str, Any] | None, per: dict[str, Any] | None) -> Cell:
    cell = _cell_num(total)
    if per and per["value_num"] is not None and cell.value is not None:
        label = " per capita, derived" if per["derived"] else " per capita"
        cell.text += f"; {_num(per['value_num'], 'USD')}{label} ({per['year']})"
    return cell


ROWS: list[tuple[str, str, bool]] = [  # key, label, numeric (gets a ratio)
    ("population", "Population", True),
    ("area", "Area", True),
    ("density", "Population density", True),
    ("government", "Government", False),
    ("capital", "Capital", True),
    ("languages", "Official languages", False),
    ("head_of_government", "Head of government", False),
    ("head_of_state", "Head of state", False),
    ("religions", "Main religions", False),
    ("ethnic_groups", "Ethnic groups", False),
    ("gdp_nominal", "GDP (nominal)", True),
    ("gdp_ppp", "GDP (PPP)", True),
    ("currency", "Currency", False),
    ("hdi", "Human Development Index", True),
    ("expatriates", "Expatriates", True),
]


def _indicator_cell(rows: list[dict[str, Any]], iso3: str, name: str) -> Cell:
    for r in rows:
        if r["iso3"] == iso3 and r["indicator"] == name:
            return Cell(f"{r['value']:g} ({r['year']})", r["value"], r["unit"], r["year"], r["source"], r["source_ref"])
    return Cell(NOT_OFFLINE)


MIGRANT_STOCK = "migrant_stock_from_"  # indicator of the destination state (UN DESA, `bilateral fetch indicators`)


def indicator_names(a: str, b: str) -> list[str]:
    """The indicators the comparison reads: HDI, and each side's migrant stock from the other."""
    return ["hdi", MIGRANT_STOCK + b, MIGRANT_STOCK + a]


def _expatriate_cell(ind: list[dict[str, Any]], dest: str, origin: str, origin_name: str) -> Cell:
    cell = _indicator_cell(ind, dest, MIGRANT_STOCK + origin)
    if cell.value is not None:
        cell.text = f"{cell.value:,.0f} from {origin_name} ({cell.year})"
        cell.unit = cell.unit or "people"
    return cell


def compare_rows(
    ca: dict[str, Any], cb: dict[str, Any], facts_a: list[dict], facts_b: list[dict], ind: list[dict[str, Any]]
) -> Comparison:
    """The 15 rows from already-read facts and latest indicator rows (shared by SQL and in-memory paths)."""
    a, b = ca["iso3"], cb["iso3"]
    fa, fb = _Facts(facts_a), _Facts(facts_b)
    out = Comparison(ca, cb)
    for key, label, numeric in ROWS:
        if key == "hdi":
            ra, rb = _indicator_cell(ind, a, "hdi"), _indicator_cell(ind, b, "hdi")
        elif key == "expatriates":
            ra = _expatriate_cell(ind, a, b, cb.get("name", b))
            rb = _expatriate_cell(ind, b, a, ca.get("name", a))
        else:
            ra, rb = _pair_cells(fa, fb, key)
        ratio = ra.value / rb.value if numeric and ra.value is not None and rb.value else None
        out.rows.append(ComparisonRow(key, label, ra, rb, ratio))
    return out


def compare(con: duckdb.DuckDBPyConnection, a: str, b: str) -> Comparison:
    """The 15 comparison rows for states `a` and `b` (ISO alpha-3 codes)."""
    ca = queries.country(con, a) or {"iso3": a, "name": a}
    cb = queries.country(con, b) or {"iso3": b, "name": b}
    rows = queries.facts(con, [a, b])
    ind = queries.indicators(con, [a, b], indicator_names(a, b))
    return compare_rows(
        ca, cb, [r for r in rows if r["iso3"] == a], [r for r in rows if r["iso3"] == b], ind
    )
