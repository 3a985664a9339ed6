"""The lead and infobox of a profile: what a relations article says in its first paragraph.

Facts come from the Factbook (border, memberships, trade partners, capitals); documents add
what the Factbook cannot know (a supranational union the pair forms, missions, treaties). Each
statement cites where it came from, and carries the typed values behind it in `data`.
"""

from __future__ import annotations

import math
import re
from typing import Any

from bilateral.countries.nonstate_table import place_name
from bilateral.orgcodes import common_code
from bilateral.profile.context import Context
from bilateral.profile.model import Statement
from bilateral.profile.narrate import cap, date_phrase, join_names, prose
from bilateral.store.organisations import NOTABLE

# Organisations whose members pool sovereignty (common market / customs or political union).
SUPRANATIONAL = ("EU", "EAEU", "CARICOM", "ECOWAS", "CAN", "MERCOSUR", "SADC", "AU")
# Supranational unions a document may name that the Factbook's membership lists do not carry.
UNION_NAMES = re.compile(r"\b(Union State|Benelux|Nordic Passport Union|Common Travel Area)\b")


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def km(v: float) -> str:
    return f"{v:,.0f} km"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of the Earth's mean radius (6,371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def _fact(ctx: Context, iso3: str, field: str) -> dict[str, Any] | None:
    for r in ctx.kb.facts.get(iso3, []):
        if r["field"] == field and r["status"] != "not reported":
            return r
    return None


def border_statement(ctx: Context) -> Statement:
    na, nb = cap(ctx.pa), ctx.pb
    border = ctx.kb.border(ctx.a["iso3"], ctx.b["iso3"])
    if border:
        length = f" of {km(border['length_km'])}" if border["length_km"] else ""
        return Statement(f"{na} and {nb} share a land border{length}.", [ctx.factbook()],
                         {"border": True, "length_km": border["length_km"]})
    said = [r for r in ctx.docs.borders if r.get("shared")]
    if said:
        return Statement(f"{na} and {nb} share a border.", [ctx.doc_ref(said[0])], {"border": True})
    return Statement(f"{na} and {nb} do not share a land border.", [ctx.factbook()], {"border": False})


def shared_organisations(ctx: Context) -> list[dict[str, Any]]:
    """Factbook shared memberships, plus organisations only a document names (each with its ref)."""
    out = [{"code": s["code"], "name": s["name"], "ref": ctx.factbook()}
           for s in ctx.kb.shared_memberships(ctx.a["iso3"], ctx.b["iso3"])]
    known = {o["code"] for o in out}
    for r in ctx.docs.organisations:
        if r.get("code") and r["code"] not in known:
            known.add(r["code"])
            out.append({"code": r["code"], "name": r.get("name") or ctx.kb.organisations.get(r["code"]),
                        "ref": ctx.doc_ref(r)})
    return out


def _org_label(o: dict[str, Any]) -> str:
    code = common_code(o["code"])  # "the Group of 20 (G20)", as articles write it
    return f"the {o['name']} ({code})" if o["name"] else code


def organisations_statement(ctx: Context, orgs: list[dict[str, Any]],
                            named_before: set[str] = frozenset()) -> Statement | None:
    """Both sides' memberships: up to six notable ones by name, then how many others.

    Organisations the lead already named as supranational ties (`named_before`) are not named
    again: the sentence then says "also", and its count covers only the rest.
    """
    rest = [o for o in orgs if o["code"] not in named_before]
    if not rest:
        return None
    notable = [o for o in rest if o["code"] in NOTABLE]
    named = notable[:6] or rest[:3]
    others = len(rest) - len(named)
    also = " also" if len(rest) < len(orgs) else ""
    text = f"Both are{also} members of " + join_names([_org_label(o) for o in named])
    if others:  # the comma only after a list: "of the UN and of 22 others", "of A, B and C, and of 4 others"
        plural = "s" if others > 1 else ""
        text += f"{',' if len(named) > 1 else ''} and of {others} other international organisation{plural}"
    refs = list(dict.fromkeys(o["ref"] for o in rest))
    return Statement(text + ".", refs, {"shared_organisations": [o["code"] for o in orgs]})


def supranational_statement(ctx: Context, orgs: list[dict[str, Any]]) -> Statement | None:
    unions = [o for o in orgs if o["code"] in SUPRANATIONAL]
    refs = list(dict.fromkeys(o["ref"] for o in unions))
    names = [_org_label(o) for o in unions]
    for ev in ctx.events():
        m = UNION_NAMES.search(ev.get("evidence") or "")
        if m and f"the {m.group(1)}" not in names:
            names.append(f"the {m.group(1)}")
            refs.append(ev["ref"])
    if not names:
        return None
    return Statement(f"Their supranational ties include {join_names(names)}.", refs,
                     {"supranational": [o["code"] for o in unions]})


def partner_statements(ctx: Context) -> list[Statement]:
    """Each side's main export partners and where the other ranks among them (and among imports).

    The Factbook's shares are of one year, so the sentence says which and speaks in the past:
    "In 2023, Japan's main export partners were the United States (19%), China (18%) and Taiwan
    (6%); South Korea was its number 4 export market (6%)."
    """
    out: list[Statement] = []
    for me, other in ((ctx.a, ctx.b), (ctx.b, ctx.a)):
        exports = ctx.kb.trade_partners(me["iso3"], "export")
        imports = ctx.kb.trade_partners(me["iso3"], "import")
        if not exports and not imports:
            continue
        year = next((p["year"] for p in exports or imports if p["year"]), None)
        verb = "was" if year else "is"
        parts, data = [], {"iso3": me["iso3"]}
        for label, rows in (("export", exports), ("import", imports)):
            if not rows:
                continue
            rank = next((i for i, p in enumerate(rows, 1) if p["partner_iso3"] == other["iso3"]), None)
            share = next((p["share"] for p in rows if p["partner_iso3"] == other["iso3"]), None)
            data[f"{label}_rank_of_other"], data[f"{label}_share_of_other"] = rank, share
            word = "export market" if label == "export" else "source of imports"
            pct = f" ({share:g}%)" if share is not None else ""
            subject = f"{prose(other['name'])} {verb} " if not parts else ""
            if rank == 1:
                parts.append(f"{subject}its largest {word}{pct}")
            elif rank:
                parts.append(f"{subject}its number {rank} {word}{pct}")
        top = join_names([f"{_partner(ctx, p)} ({p['share']:g}%)" if p["share"] is not None else _partner(ctx, p)
                          for p in exports[:3]])
        whose = possessive(prose(me["name"]))
        text = ""
        if top:
            text = f"In {year}, {whose} main export partners were {top}" if year else \
                cap(f"{whose} main export partners are {top}")
        if parts:
            text += ("; " if text else (f"In {year}, for " if year else "For ") + f"{prose(me['name'])}, ") + \
                " and ".join(parts)
        elif top:
            text += f"; {prose(other['name'])} {verb} not among the partners the Factbook lists"
        if text:
            data["export_partners"] = [{"partner": _partner(ctx, p), "share": p["share"]} for p in exports]
            out.append(Statement(text + ".", [ctx.factbook()], data))
    return out


def _partner(ctx: Context, p: dict[str, Any]) -> str:
    """A partner's name: a state's display name, a territory's (the Factbook lists Hong Kong, Bermuda), or the text."""
    c = ctx.kb.country(p["partner_iso3"]) if p["partner_iso3"] else None
    if c:
        return prose(c["name"])
    return place_name(p["partner_iso3"]) or p["partner_name"] or "?"


def treaties_statement(ctx: Context, limit: int = 6) -> Statement | None:
    """Key treaties: the pair's AGREE events from documents, earliest first."""
    agree = [e for e in ctx.events() if e["plover"] == "AGREE" and e["year"]]
    if not agree:
        return None
    dates = [date_phrase(e["date"], e["year"]).split(" ", 1)[1] for e in agree[:limit]]
    text = f"Agreements between them recorded in the sources include those of {join_names(dates)}"
    if len(agree) > limit:
        text += f", among {len(agree)} in all"
    return Statement(text + ".", list(dict.fromkeys(e["ref"] for e in agree[:limit])),
                     {"treaties": [{"date": e["date"], "evidence": e["evidence"], "event": e["id"]} for e in agree]})


def distance_statement(ctx: Context) -> Statement | None:
    pts = []
    for c in (ctx.a, ctx.b):
        lat, lon, cap = (_fact(ctx, c["iso3"], f) for f in ("capital_lat", "capital_lon", "capital"))
        if not (lat and lon and cap) or lat["value_num"] is None or lon["value_num"] is None:
            return None
        pts.append((lat["value_num"], lon["value_num"], cap["value_text"]))
    d = haversine_km(pts[0][0], pts[0][1], pts[1][0], pts[1][1])
    return Statement(f"Their capitals, {pts[0][2]} and {pts[1][2]}, are {km(d)} apart (great-circle distance).",
                     [ctx.factbook()], {"capital_distance_km": round(d, 1)})


def build_lead(ctx: Context) -> list[Statement]:
    orgs = shared_organisations(ctx)
    unions = supranational_statement(ctx, orgs)
    named = set(unions.data["supranational"]) if unions else set()
    parts = [border_statement(ctx), unions, organisations_statement(ctx, orgs, named),
             *partner_statements(ctx), treaties_statement(ctx), distance_statement(ctx)]
    return [p for p in parts if p is not None]


def mission_label(ctx: Context, m: dict[str, Any]) -> str:
    kind = (m.get("kind") or "mission").replace("-", " ")
    return f"{kind.capitalize()} of {ctx.prose_of(m['sender'])}, {m.get('city') or '?'}"


def build_infobox(ctx: Context, missions: list[dict[str, Any]]) -> dict[str, Any]:
    """The infobox: each side's main mission in the other (embassy first), as the article's."""
    box: dict[str, Any] = {"country_a": ctx.a["name"], "country_b": ctx.b["name"],
                           "iso3_a": ctx.a["iso3"], "iso3_b": ctx.b["iso3"]}
    for key, sender in (("mission_a", ctx.a["iso3"]), ("mission_b", ctx.b["iso3"])):
        mine = [m for m in missions if m["sender"] == sender]
        mine.sort(key=lambda m: m.get("kind") != "embassy")
        box[key] = mission_label(ctx, mine[0]) if mine else None
        box[key + "_ref"] = mine[0]["ref"] if mine else None
    return box
