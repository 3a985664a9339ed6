"""Diplomatic missions, diplomatic relations and memberships from the Wikidata Query Service.

Queries go to the public SPARQL endpoint as GET requests with `format=json` (the SPARQL 1.1 JSON
results format: `head.vars` and `results.bindings`, each binding `{type, value}`), so answers are
cacheable by URL. States are selected by their ISO 3166-1 alpha-3 code (P298) rather than by item
id, so the product needs no table of country items and answers come back keyed by the codes the
knowledge base uses.

- Missions: items that are instances of (a subclass of) embassy Q3917681, consulate general
  Q372690 or consulate Q7843791, with operator P137 (the sending state), country P17 (the receiving
  state) and located-in P131 (the city, or its parent when P131 names a district); dissolved
  missions (P576) are skipped.
- Relations: P530 (diplomatic relation) statements between the states, with start P580 / end P582.
- Memberships: P463 (member of) statements with start P580 / end P582 qualifiers and their time
  precision, mapped to the product's organisation codes by `wikidata_orgs.org_code`.
Deprecated statements are ignored. Every row keeps the Wikidata ids it came from as `source_ref`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from bilateral.errors import DownloadError
from bilateral.sources import http
from bilateral.sources.config import base_url
from bilateral.sources.wikidata_orgs import org_code

SOURCE = "Wikidata"
ENTITY = "http://www.wikidata.org/entity/"
# Most specific first: an item that is both a consulate general and a consulate is a consulate general.
MISSION_CLASSES = (("Q3917681", "embassy"), ("Q372690", "consulate-general"), ("Q7843791", "consulate"))
PRECISION = {9: 4, 10: 7, 11: 10}  # Wikidata time precision -> ISO date prefix length


def _values(var: str, codes: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ " + " ".join(f'"{c}"' for c in codes) + " }"


def missions_query(senders: list[str], receivers: list[str] | None) -> str:
    classes = " ".join(f'(wd:{q} "{k}")' for q, k in MISSION_CLASSES)
    recv = _values("receiverIso", receivers) if receivers else ""
    return f"""SELECT DISTINCT ?mission ?missionLabel ?kind ?senderIso ?receiverIso ?city ?cityLabel ?parentLabel
WHERE {{
  {_values("senderIso", senders)}
  {recv}
  VALUES (?class ?kind) {{ {classes} }}
  ?sender wdt:P298 ?senderIso .
  ?mission wdt:P137 ?sender ; wdt:P31/wdt:P279* ?class ; wdt:P17 ?receiver .
  ?receiver wdt:P298 ?receiverIso .
  FILTER(?sender != ?receiver)
  FILTER NOT EXISTS {{ ?mission wdt:P576 ?dissolved }}
  OPTIONAL {{ ?mission wdt:P131 ?city . OPTIONAL {{ ?city wdt:P131 ?parent }} }}
  SERVICE wikibase:label {{ bd:serviceParam wikibase:language "en". }}
}}"""


def relations_query(states: list[str], partners: list[str] | None) -> str:
    part = _values("bIso", partners) if partners else ""
    return f"""SELECT ?a ?aIso ?b ?bIso ?start ?startPrec ?end ?endPrec WHERE {{
  {_values("aIso", states)}
  {part}
  ?a wdt:P298 ?aIso ; p:P530 ?st .
  ?st ps:P530 ?b ; wikibase:rank ?rank .
  FILTER(?rank != wikibase:DeprecatedRank)
  ?b wdt:P298 ?bIso .
  OPTIONAL {{ ?st pqv:P580 [ wikibase:timeValue ?start ; wikibase:timePrecision ?startPrec ] }}
  OPTIONAL {{ ?st pqv:P582 [ wikibase:timeValue ?end ; wikibase:timePrecision ?endPrec ] }}
}}"""


def memberships_query(states: list[str]) -> str:
    return f"""SELECT ?c ?iso ?org ?orgLabel ?short ?start ?startPrec ?end ?endPrec WHERE {{
  {_values("iso", states)}
  ?c wdt:P298 ?iso ; p:P463 ?st .
  ?st ps:P463 ?org ; wikibase:rank ?rank .
  FILTER(?rank != wikibase:DeprecatedRank)
  OPTIONAL {{ ?st pqv:P580 [ wikibase:timeValue ?start ; wikibase:timePrecision ?startPrec ] }}
  OPTIONAL {{ ?st pqv:P582 [ wikibase:timeValue ?end ; wikibase:timePrecision ?endPrec ] }}
  OPTIONAL {{ ?org wdt:P1813 ?short . FILTER(lang(?short) = "en") }}
  SERVICE wikibase:label {{ bd:serviceParam wikibase:language "en". }}
}}"""


def _validate(body: bytes, url: str) -> Any:
    data = http.parse_json(body, url)
    bindings(data, url)
    return data


def bindings(data: Any, url: str) -> list[dict[str, str]]:
    """The rows of a SPARQL JSON result as {var: value}; a clear error if it is not one."""
    try:
        rows = data["results"]["bindings"]
        if not isinstance(data["head"]["vars"], list) or not isinstance(rows, list):
            raise TypeError
        return [{k: str(v["value"]) for k, v in r.items()} for r in rows]
    except (KeyError, TypeError, AttributeError):
        raise DownloadError(f"unexpected answer from {url}: not a SPARQL JSON result") from None


def run(query: str, *, endpoint: str | None = None, **get_kw: Any) -> tuple[list[dict[str, str]], http.Answer]:
    """Run one SELECT query; returns its rows and the (possibly cached) answer it came from."""
    url = base_url("wikidata", endpoint)
    ans = http.get(url, params={"query": query, "format": "json"}, cache="wikidata", validate=_validate, **get_kw)
    return bindings(ans.json(), ans.url), ans


def qid(uri: str) -> str:
    return uri[len(ENTITY):] if uri.startswith(ENTITY) else uri.rsplit("/", 1)[-1]


def wd_date(value: str | None, precision: str | None) -> str | None:
    """A Wikidata time as ISO text cut to its precision ("1992", "1992-05", "1992-05-15")."""
    if not value or value.startswith("-") or value.startswith("http"):
        return None
    try:
        keep = PRECISION.get(int(precision or 11), 4 if int(precision or 11) < 9 else 10)
    except ValueError:
        keep = 10
    return value.lstrip("+")[:keep]


@dataclass
class WikidataRows:
    """Knowledge-base rows from one or more answers, with the answers' provenance."""

    missions: list[tuple] = field(default_factory=list)
    memberships: list[tuple] = field(default_factory=list)
    relations: list[tuple] = field(default_factory=list)
    unmapped_orgs: set[str] = field(default_factory=set)
    answers: list[http.Answer] = field(default_factory=list)

    def extend(self, other: WikidataRows) -> None:
        self.missions += other.missions
        self.memberships += other.memberships
        self.relations += other.relations
        self.unmapped_orgs |= other.unmapped_orgs
        self.answers += other.answers


# Located-in (P131) often names a city district ("Khamovniki District"); the city is then its parent.
DISTRICT = re.compile(r"\b(district|borough|ward|arrondissement|raion|rayon|okrug|quarter|neighbou?rhood|"
                      r"municipality|commune|sector|precinct)\b", re.IGNORECASE)
QID_LIKE = re.compile(r"^Q\d+$")


def _city(r: dict[str, str]) -> str | None:
    city, parent = r.get("cityLabel") or None, r.get("parentLabel") or None
    if city and QID_LIKE.match(city):
        city = None  # the label service falls back to the id when there is no English label
    if parent and QID_LIKE.match(parent):
        parent = None
    if city and parent and DISTRICT.search(city) and not DISTRICT.search(parent):
        return parent
    return city


def mission_rows(rows: list[dict[str, str]]) -> list[tuple]:
    """(sender, receiver, city, kind, source, source_ref, doc_id, span_start, span_end, evidence)."""
    rank = {k: i for i, (_, k) in enumerate(MISSION_CLASSES)}
    best: dict[str, dict[str, str]] = {}
    for r in rows:
        q = qid(r["mission"])
        if q not in best or rank.get(r["kind"], 9) < rank.get(best[q]["kind"], 9):
            best[q] = r
    out = []
    for q, r in sorted(best.items()):
        city = _city(r)
        out.append((r["senderIso"], r["receiverIso"], city, r["kind"], SOURCE, q, None, None, None,
                    r.get("missionLabel")))
    return out


def relation_rows(rows: list[dict[str, str]]) -> list[tuple]:
    """`facts` rows (field diplomatic_relations, name = partner iso3, date = start)."""
    out: dict[tuple[str, str], tuple] = {}
    for r in rows:
        start, end = wd_date(r.get("start"), r.get("startPrec")), wd_date(r.get("end"), r.get("endPrec"))
        key = (r["aIso"], r["bIso"])
        ref = f"{qid(r['a'])}/P530/{qid(r['b'])}"
        year = int(start[:4]) if start else None
        status = f"ended {end}" if end else None
        row = (r["aIso"], "diplomatic_relations", None, None, None, year, None, None, r["bIso"], status,
               start, False, SOURCE, ref, None)
        if key not in out or (start and not out[key][10]):
            out[key] = row
    return list(out.values())


def membership_rows(rows: list[dict[str, str]]) -> tuple[list[tuple], set[str]]:
    """(iso3, org, status, start_date, end_date, source, source_ref) and the unmapped org items."""
    out: dict[tuple, tuple] = {}
    unmapped: set[str] = set()
    for r in rows:
        org = qid(r["org"])
        code = org_code(org, r.get("orgLabel"), r.get("short"))
        if code is None:
            unmapped.add(org)
            continue
        start, end = wd_date(r.get("start"), r.get("startPrec")), wd_date(r.get("end"), r.get("endPrec"))
        row = (r["iso"], code, None, start, end, SOURCE, f"{qid(r['c'])}/P463/{org}")
        out[(r["iso"], code, start, end)] = row
    return list(out.values()), unmapped


def fetch_rows(
    states: list[str], partners: list[str] | None, *, endpoint: str | None = None,
    on_query: Callable[[str], None] | None = None, **get_kw: Any,
) -> WikidataRows:
    """Missions, relations and memberships of `states` (towards `partners`, or everyone)."""
    out = WikidataRows()
    for name, query in (
        ("missions", missions_query(states, partners)),
        ("relations", relations_query(states, partners)),
        ("memberships", memberships_query(states)),
    ):
        rows, ans = run(query, endpoint=endpoint, **get_kw)
        out.answers.append(ans)
        if name == "missions":
            out.missions = mission_rows(rows)
        elif name == "relations":
            out.relations = relation_rows(rows)
        else:
            out.memberships, out.unmapped_orgs = membership_rows(rows)
        if on_query:
            on_query(name)
    return out
