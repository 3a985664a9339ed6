"""The JSON API, `/api/v1/...`: countries, a pair's profile, its events and its event series.

A thin shell over the library: parameters are validated here (FastAPI answers 422 for a bad
one), everything else is `bilateral.profile`. Responses are plain JSON documents whose shapes
are described in the OpenAPI spec at `/openapi.json`.
"""

from __future__ import annotations

import json
from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, Field

from bilateral.web.cache import StampedCache
from bilateral.web.cache import profile as cached_profile
from bilateral.web.deps import BadParameterError, resolve_pair

router = APIRouter(prefix="/api/v1", tags=["api"])


class Plover(str, Enum):
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
    OTHER = "OTHER"


class EventSource(str, Enum):
    documents = "documents"
    data = "data"
    all = "all"


class Freq(str, Enum):
    year = "year"
    quarter = "quarter"
    month = "month"


class CountryOut(BaseModel):
    iso3: str
    iso2: str | None = None
    name: str
    un_member: bool | None = None


class EventOut(BaseModel):
    id: str
    date: str | None = None
    year: int | None = None
    period: str
    actors: list[str]
    plover: str
    quad: str
    sentence: str
    evidence: str | None = None
    span: list[int | None]
    ref: str
    reference: int | None = Field(None, description="Number of the cited reference in the pair's profile")


class EventsOut(BaseModel):
    pair: list[str]
    count: int
    events: list[EventOut]
    references: list[dict[str, Any]]


class SeriesRow(BaseModel):
    period: str
    events: int
    verbal_coop: int
    material_coop: int
    verbal_conflict: int
    material_conflict: int
    neutral: int
    coop: int
    conflict: int
    net: int
    goldstein: float | None = None
    sources: list[str]


class SeriesOut(BaseModel):
    pair: list[str]
    freq: str
    series: list[SeriesRow]


class ErrorOut(BaseModel):
    error: str
    detail: str
    suggestions: list[str] = []


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "Unknown country (with suggestions)"},
    422: {"description": "Invalid parameter"},
    503: {"model": ErrorOut, "description": "Knowledge base busy or unreadable"},
}


def _cache(request: Request) -> StampedCache:
    return request.app.state.cache


Cache = Annotated[StampedCache, Depends(_cache)]


@router.get("/countries", response_model=list[CountryOut], summary="States, for pickers and type-ahead")
def countries(cache: Cache, un_only: bool = Query(False, description="Only UN member states"),
              q: str | None = Query(None, max_length=80, description="Keep names or codes containing this")) -> Any:
    from bilateral.store import queries

    if not q:  # the common request: serve the cached JSON bytes
        return JSONBytes(cache.get(("countries-json", un_only), lambda con: _dumps(
            [_country(r) for r in queries.countries(con, un_only=un_only)])))
    rows = cache.get(("countries", un_only), lambda con: queries.countries(con, un_only=un_only))
    if q:
        needle = q.strip().lower()
        rows = [r for r in rows if needle in (r["name"] or "").lower() or needle in (r["iso3"] or "").lower()
                or needle == (r["iso2"] or "").lower()]
    return [_country(r) for r in rows]


def _country(r: dict[str, Any]) -> dict[str, Any]:
    return {"iso3": r["iso3"], "iso2": r["iso2"], "name": r["name"], "un_member": r["un_member"]}


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":")).encode("utf-8")


class JSONBytes(Response):
    """A JSON body serialised once and cached (profiles are ~100 KB; encoding them per request
    would cost more than assembling them from the cache)."""

    media_type = "application/json"


def _profile(cache: StampedCache, a: str, b: str):  # noqa: ANN202
    ia, ib = resolve_pair(a, b)
    return cached_profile(cache, ia, ib)


@router.get("/pairs/{a}/{b}", responses={200: {"content": {"application/json": {"schema": {"type": "object"}}},
                                               "description": "Profile JSON, schema v1 (profile.schema.json)"},
                                          **ERRORS},
            response_class=JSONBytes, summary="The relations profile of a pair (profile JSON schema v1)")
def pair(a: str, b: str, cache: Cache) -> Response:
    ia, ib = resolve_pair(a, b)
    return JSONBytes(cache.computed(("profile-json", ia, ib), lambda: _dumps(cached_profile(cache, ia, ib).to_dict())))


@router.get("/pairs/{a}/{b}/events", response_model=EventsOut, responses=ERRORS,
            summary="The pair's dated events from documents, filtered by year range and PLOVER type")
def events(
    a: str, b: str, cache: Cache,
    from_: int | None = Query(None, alias="from", ge=1, le=9999, description="First year (inclusive)"),
    to: int | None = Query(None, ge=1, le=9999, description="Last year (inclusive)"),
    type: Plover | None = Query(None, description="PLOVER event type"),  # noqa: A002 - the API's name
    source: EventSource = Query(EventSource.documents,
                                description="Events from ingested documents, from loaded event data, or both"),
    limit: int = Query(500, ge=1, le=5000, description="At most this many event-data rows (newest first)"),
) -> Any:
    if from_ is not None and to is not None and from_ > to:
        raise BadParameterError(f"from={from_} is after to={to}")
    profile = _profile(cache, a, b)
    numbers = {r.key: r.number for r in profile.references}
    history = profile.section("history")
    rows = []
    if source != EventSource.documents:
        rows += _data_events(cache, profile, from_, to, type.value if type else None, limit, numbers)
    for e in (history.rows if history and source != EventSource.data else []):
        year = e["year"]
        if from_ is not None and (year is None or year < from_):
            continue
        if to is not None and (year is None or year > to):
            continue
        if type is not None and e["plover"] != type.value:
            continue
        rows.append({**e, "reference": numbers.get(e["ref"])})
    refs = [{"number": r.number, "title": r.title, "detail": r.detail} for r in profile.references
            if r.key in {e["ref"] for e in rows}]
    return {"pair": [profile.a["iso3"], profile.b["iso3"]], "count": len(rows), "events": rows, "references": refs}


@router.get("/schemas/profile", summary="The JSON Schema (draft 2020-12) of the profile document, version 1")
def profile_schema() -> dict[str, Any]:
    from importlib import resources

    text = resources.files("bilateral.profile").joinpath("profile.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def _data_events(cache: StampedCache, profile: Any, year_from: int | None, year_to: int | None,
                 plover: str | None, limit: int, numbers: dict[str, int]) -> list[dict[str, Any]]:
    """Event-data rows of the pair as API events, with a generated sentence each."""
    from bilateral.profile.narrate import event_sentence, prose
    from bilateral.profile.queries import store_events

    a, b = profile.a["iso3"], profile.b["iso3"]
    names = {a: profile.a["name"], b: profile.b["name"]}
    rows = cache.get(("data-events", a, b, year_from, year_to, plover, limit),
                     lambda con: store_events(con, a, b, year_from=year_from, year_to=year_to, plover=plover,
                                              limit=limit))
    out = []
    for r in rows:
        date = str(r["date"]) if r["date"] else None
        actors = [x for x in (r["actor1_iso3"], r["actor2_iso3"]) if x]
        ref = f"events:{r['source']}"
        out.append({
            "id": r["event_id"], "date": date, "year": r["year"],
            "period": f"{r['year'] // 10 * 10}s" if r["year"] else "undated", "actors": actors,
            "plover": r["plover"] or "OTHER", "quad": r["quad"] or "neutral",
            "sentence": event_sentence(date, r["year"], actors, r["plover"], lambda c: prose(names.get(c, c)),
                                       cameo=r["cameo_code"]),
            "evidence": r["source_url"], "span": [None, None], "ref": ref, "reference": numbers.get(ref),
        })
    return out


@router.get("/pairs/{a}/{b}/series", response_model=SeriesOut, responses=ERRORS,
            summary="Event counts per period by quad class (documents and event data)")
def series(a: str, b: str, cache: Cache, freq: Freq = Query(Freq.year, description="Period length")) -> Any:
    from bilateral.profile.series import pair_series

    ia, ib = resolve_pair(a, b)
    rows = cache.get(("series", ia, ib, freq.value), lambda con: pair_series(con, ia, ib, freq.value))
    return {"pair": [ia, ib], "freq": freq.value, "series": rows}
