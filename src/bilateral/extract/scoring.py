"""Scoring an extraction against gold annotations, with the rules of the corpus scorer
(`../shared/tools/score_extraction.py`): events match when spans overlap and dates are
compatible (one-to-one, largest overlap first); missions by (sender, receiver, normalised city
[, kind]); organisations case-insensitively; figures by unit and value within 1 %.

It lives in the library so `bilateral eval` needs no external script; a test checks both give the
same numbers.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
KEYS = ("events", "missions", "missions_any_kind", "organizations", "figures")


def date_interval(value: str | None) -> tuple[date, date] | None:
    """'1995' -> the whole year, '1995-02' -> the month, '1995-02-03' -> the day, 'Y1/Y2' -> years."""
    if not value:
        return None
    value = str(value).strip()
    if "/" in value:
        lo, hi = value.split("/", 1)
        a, b = date_interval(lo), date_interval(hi)
        return (a[0], b[1]) if a and b else None
    m = _DATE.match(value)
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if mo is None:
        return date(y, 1, 1), date(y, 12, 31)
    month = int(mo)
    if d is None:
        return date(y, month, 1), date(y, month, calendar.monthrange(y, month)[1])
    return date(y, month, int(d)), date(y, month, int(d))


def compatible(gold: str | None, pred: str | None) -> bool:
    g, p = date_interval(gold), date_interval(pred)
    return bool(g and p and g[0] <= p[1] and p[0] <= g[1])


def span_of(event: dict[str, Any], text: str) -> tuple[int, int] | None:
    if isinstance(event.get("start"), int) and isinstance(event.get("end"), int):
        return event["start"], event["end"]
    ev = event.get("evidence")
    if ev:
        i = text.find(ev)
        if i >= 0:
            return i, i + len(ev)
    return None


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "pred": n_pred, "gold": n_gold, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(f, 4)}  # fmt: skip


def norm_city(c: str) -> str:
    c = c.casefold().replace("st.", "saint ").replace("-", " ")
    return re.sub(r"\s+", " ", c).strip()


def match_events(gold: dict[str, Any], pred: dict[str, Any], text: str) -> tuple[list[tuple[int, int]], list, list]:
    """One-to-one matching: [(gold index, pred index)], plus both event lists with spans."""
    gold_events = [(e, span_of(e, text)) for e in gold.get("events", [])]
    pred_events = [(e, span_of(e, text)) for e in pred.get("events", [])]
    candidates = []
    for gi, (g, gs) in enumerate(gold_events):
        for pi, (p, ps) in enumerate(pred_events):
            if not gs or not ps:
                continue
            overlap = min(gs[1], ps[1]) - max(gs[0], ps[0])
            if overlap > 0 and compatible(g.get("date"), p.get("date")):
                candidates.append((overlap, gi, pi))
    candidates.sort(reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs, gold_events, pred_events


def score_doc(gold: dict[str, Any], pred: dict[str, Any], text: str) -> dict[str, Any]:
    """Metrics of one document (same keys as the corpus scorer's per-document result)."""
    pairs, gold_events, pred_events = match_events(gold, pred, text)
    agree = {"date": 0, "actors": 0, "plover": 0, "quad": 0}
    for gi, pi in pairs:
        g, p = gold_events[gi][0], pred_events[pi][0]
        agree["date"] += str(g.get("date")) == str(p.get("date"))
        agree["actors"] += set(g.get("actors", [])) == set(p.get("actors", []))
        agree["plover"] += g.get("plover") == p.get("plover")
        agree["quad"] += g.get("quad") == p.get("quad")

    def mission_key(m: dict[str, Any], with_kind: bool) -> tuple:
        key = (m.get("sender"), m.get("receiver"), norm_city(m.get("city", "")))
        return key + ((m.get("kind"),) if with_kind else ())

    out: dict[str, Any] = {"events": prf(len(pairs), len(pred_events), len(gold_events)), "matched_agree": agree}
    for with_kind, label in ((True, "missions"), (False, "missions_any_kind")):
        gm = {mission_key(m, with_kind) for m in gold.get("missions", [])}
        pm = {mission_key(m, with_kind) for m in pred.get("missions", [])}
        out[label] = prf(len(gm & pm), len(pm), len(gm))
    go = {o.casefold() for o in gold.get("organizations", [])}
    po = {o.casefold() for o in pred.get("organizations", [])}
    out["organizations"] = prf(len(go & po), len(po), len(go))
    gf, pf = gold.get("figures", []), list(pred.get("figures", []))
    hit = 0
    for f in gf:
        for q in pf:
            v, w = f.get("value"), q.get("value")
            if (isinstance(v, (int, float)) and isinstance(w, (int, float)) and abs(v - w) <= 0.01 * abs(v)
                    and str(f.get("unit", "")).casefold() == str(q.get("unit", "")).casefold()):  # fmt: skip
                hit += 1
                pf.remove(q)
                break
    out["figures"] = prf(hit, len(pred.get("figures", [])), len(gf))
    out["border"] = gold.get("border") == pred.get("border")
    return out


def combine(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Micro-averaged totals over documents, as the corpus scorer prints them."""
    total: dict[str, Any] = {}
    for key in KEYS:
        tp = sum(r[key]["tp"] for r in results)
        total[key] = prf(tp, sum(r[key]["pred"] for r in results), sum(r[key]["gold"] for r in results))
    matched = total["events"]["tp"]
    total["matched_agree"] = {k: round(sum(r["matched_agree"][k] for r in results) / matched, 4) if matched else 0.0
                              for k in ("date", "actors", "plover", "quad")}  # fmt: skip
    total["border_correct"] = sum(r["border"] for r in results)
    total["documents"] = len(results)
    return total
