"""The body sections of a profile, in the order of a relations article.

History holds every document event of the pair (one generated sentence each, grouped by
decade); the thematic sections reuse those events by topic (energy words for Economic relations,
conflict quads for Diplomatic tension, military words for Military cooperation), the way an
article retells the same episodes under several headings.
"""

from __future__ import annotations

import re
from typing import Any

from bilateral.profile.context import CONFLICT_QUADS, Context, matches
from bilateral.profile.lead import possessive
from bilateral.profile.model import Section, Statement
from bilateral.profile.narrate import cap, join_names, prose

ENERGY = re.compile(
    r"\b(gas|oil|energy|pipelines?|petroleum|fuel|electricity|power plant|nuclear power|Gazprom|Rosneft|"
    r"Transneft|Beltransgaz|Naftogaz|LNG|coal|refiner(?:y|ies)|transit)\b", re.I)
MILITARY = re.compile(
    r"\b(military|troops|army|armed forces|forces|drills?|exercises?|defen[cs]e|weapons?|missiles?|radars?|"
    r"bases?|soldiers|invasion|mercenar(?:y|ies)|contractors|warships?|navy|air force|nuclear weapons|"
    r"alliance|arms)\b", re.I)
# Alliances and security bodies among the Factbook's membership codes.
MILITARY_ORGS = {"NATO": "North Atlantic Treaty Organization", "CSTO": "Collective Security Treaty Organization",
                 "PFP": "Partnership for Peace", "EAPC": "Euro-Atlantic Partnership Council",
                 "SCO": "Shanghai Cooperation Organization"}
OPPOSED = (("NATO", "CSTO"),)

EMPTY_EVENTS = ("No events yet: add a relations article with `bilateral ingest FILE --pair A B`, "
                "or event data with `bilateral events load`.")


EVENT_SOURCES = {"gdelt1": "GDELT 1.0 event data", "gdelt2": "GDELT 2.0 event data",
                 "icews": "ICEWS coded event data", "polecat": "POLECAT event data"}


def _event_data_statement(ctx: Context, s: dict[str, Any]) -> Statement:
    """One sentence summing up a dataset's events for the dyad (the timeline lists documents' events)."""
    title = EVENT_SOURCES.get(s["source"], f"{s['source']} event data")
    ref = ctx.refs.cite(f"events:{s['source']}", title, f"files: {s['files']}" if s.get("files") else "")
    span = f" from {s['first']} to {s['last']}" if s["first"] and s["first"] != s["last"] else (
        f" on {s['first']}" if s["first"] else "")
    tone = f", mean Goldstein score {s['goldstein']:+.2f}" if s["goldstein"] is not None else ""
    events = f"{s['n']:,} event" + ("s" if s["n"] != 1 else "")
    text = (f"{title} records {events} between {ctx.pa} and {ctx.pb}{span}: "
            f"{s['coop']:,} cooperative and {s['conflict']:,} conflictual{tone}.")
    data = {k: (str(v) if k in ("first", "last") and v is not None else v) for k, v in s.items() if k != "files"}
    return Statement(text, [ref], data)


def history(ctx: Context) -> Section:
    sec = Section("history", "History", empty_hint=EMPTY_EVENTS)
    sec.statements = [_event_data_statement(ctx, s) for s in ctx.event_data]
    sec.rows = list(ctx.events())
    return sec


def _share_statement(ctx: Context, me: dict[str, Any], other: dict[str, Any]) -> Statement | None:
    """'B takes 6% of A's exports (2023) and supplies 10% of its imports (2023).'"""
    bits, data = [], {"iso3": me["iso3"], "partner": other["iso3"]}
    for direction, verb in (("export", "takes"), ("import", "supplies")):
        row = next((p for p in ctx.kb.trade_partners(me["iso3"], direction) if p["partner_iso3"] == other["iso3"]),
                   None)
        if row and row["share"] is not None:
            whose = "its" if bits else possessive(prose(me["name"]))
            bits.append(f"{verb} {row['share']:g}% of {whose} {direction}s"
                        + (f" ({row['year']})" if row["year"] else ""))
            data[f"{direction}_share"], data[f"{direction}_year"] = row["share"], row["year"]
    if not bits:
        return None
    return Statement(f"{cap(prose(other['name']))} {join_names(bits)}.", [ctx.factbook()], data)


def economy(ctx: Context) -> Section:
    sec = Section("economy", "Economic relations", empty_hint=(
        "No trade shares between the two in the Factbook's partner lists, and no figures or energy "
        "events from documents."))
    for me, other in ((ctx.a, ctx.b), (ctx.b, ctx.a)):
        st = _share_statement(ctx, me, other)
        if st:
            sec.statements.append(st)
    for r in ctx.docs.figures:
        if r["unit"] == "km":
            continue  # the border's length: geography, which the lead's border sentence gives from the Factbook
        sec.rows.append({"kind": "figure", "what": r["what"], "value": r["value"], "unit": r["unit"],
                         "year": r["year"], "evidence": r["evidence"], "span": [r["span_start"], r["span_end"]],
                         "ref": ctx.doc_ref(r)})
    sec.rows += [{**e, "kind": "event"} for e in ctx.events() if matches(e, ENERGY)]
    return sec


def tension(ctx: Context) -> Section:
    sec = Section("tension", "Diplomatic tension", empty_hint="No conflict events between the two in the sources.")
    sec.rows = [e for e in ctx.events() if e["quad"] in CONFLICT_QUADS]
    if sec.rows:
        kinds: dict[str, int] = {}
        for e in sec.rows:
            kinds[e["plover"]] = kinds.get(e["plover"], 0) + 1
        years = sorted({e["year"] for e in sec.rows if e["year"]})
        span = f" between {years[0]} and {years[-1]}" if len(years) > 1 else (f" in {years[0]}" if years else "")
        listed = ", ".join(f"{n} {k.lower()}" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1]))
        sec.statements.append(Statement(
            f"The sources record {len(sec.rows)} conflictual events{span} ({listed}).",
            list(dict.fromkeys(e["ref"] for e in sec.rows)), {"count": len(sec.rows), "by_type": kinds}))
    return sec


def military(ctx: Context) -> Section:
    sec = Section("military", "Military cooperation", empty_hint="No shared alliances or military events known.")
    a, b = ctx.a["iso3"], ctx.b["iso3"]
    shared = [s for s in ctx.kb.shared_memberships(a, b) if s["code"] in MILITARY_ORGS]
    if shared:
        names = [f"the {MILITARY_ORGS[s['code']]} ({s['code']})" for s in shared]
        sec.statements.append(Statement(f"Both belong to {join_names(names)}.", [ctx.factbook()],
                                        {"shared_alliances": [s["code"] for s in shared]}))
    mine = {iso: {m["org"] for m in ctx.kb.memberships.get(iso, []) if m["status"] is None} for iso in (a, b)}
    for x, y in OPPOSED:
        for p, q in ((a, b), (b, a)):
            if x in mine[p] and y in mine[q] and not (y in mine[p] or x in mine[q]):
                sec.statements.append(Statement(
                    f"{cap(ctx.prose_of(p))} belongs to {x} and {ctx.prose_of(q)} to {y}, opposing alliances.",
                    [ctx.factbook()], {"opposed_alliances": {p: x, q: y}}))
    sec.rows = [e for e in ctx.events() if matches(e, MILITARY)]
    return sec


def missions(ctx: Context) -> Section:
    sec = Section("missions", "Resident diplomatic missions", empty_hint=(
        "No missions known: ingest a relations article (`bilateral ingest FILE --pair A B`) "
        "or fetch Wikidata (`bilateral fetch wikidata A B`)."))
    seen = set()
    for r in ctx.docs.missions:
        key = (r["sender"], r["receiver"], (r["city"] or "").lower(), r["kind"])
        if key in seen:
            continue
        seen.add(key)
        sec.rows.append({"sender": r["sender"], "receiver": r["receiver"], "city": r["city"], "kind": r["kind"],
                         "sender_name": ctx.name_of(r["sender"]), "receiver_name": ctx.name_of(r["receiver"]),
                         "evidence": r.get("evidence"), "ref": ctx.doc_ref(r)})
    return sec


def see_also(ctx: Context, orgs: list[dict[str, Any]]) -> Section:
    """Links a reader would follow next: each side's foreign relations, the border, shared unions."""
    from bilateral.store.organisations import NOTABLE

    sec = Section("see_also", "See also")
    items = [f"Foreign relations of {prose(ctx.a['name'])}", f"Foreign relations of {prose(ctx.b['name'])}"]
    if ctx.kb.border(ctx.a["iso3"], ctx.b["iso3"]):
        items.append(f"{ctx.a['name']}–{ctx.b['name']} border")
    items += [o["name"] for o in orgs if o["code"] in NOTABLE and o["code"] != "UN" and o["name"]][:5]
    sec.rows = [{"title": t} for t in items]
    return sec
