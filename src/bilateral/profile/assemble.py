"""Assemble a Profile for a pair from the knowledge base.

The lead and infobox come from facts and documents (`profile.lead`), the body sections from
documents and event data (`profile.sections`), the comparison from facts (`profile.compare`).
Sections with nothing in them stay in the Profile, marked empty, with a hint on how to fill
them; renderers leave them out. `assemble_from` works on preloaded tables (`profile.kb.KB`) so
that `bilateral profile --all` reads the reference tables once for thousands of pairs.
"""

from __future__ import annotations

import duckdb

from bilateral.errors import BilateralError
from bilateral.profile import queries as pq
from bilateral.profile import sections
from bilateral.profile.context import FACTBOOK_DETAIL, FACTBOOK_KEY, FACTBOOK_TITLE, Context, PairDocs, period_of
from bilateral.profile.kb import KB, cached_kb
from bilateral.profile.lead import build_infobox, build_lead, haversine_km, shared_organisations
from bilateral.profile.model import Profile
from bilateral.profile.series import pair_series

__all__ = ["assemble_from", "assemble_profile", "haversine_km", "period_of", "resolve_pair"]


def resolve_pair(a: str, b: str) -> tuple[str, str]:
    """Resolve two user inputs to ISO alpha-3 codes; the same state twice is an error."""
    from bilateral.countries import resolve

    ca, cb = resolve(a), resolve(b)
    if ca.iso3 == cb.iso3:
        raise BilateralError(f"{a!r} and {b!r} are the same country ({ca.name}); give two different states")
    return ca.iso3, cb.iso3


def assemble_from(kb: KB, con: duckdb.DuckDBPyConnection | None, a: str, b: str, *,
                  with_series: bool = True) -> Profile:
    """The Profile of `a` and `b` from preloaded tables; `con` is read only for pairs with documents
    and, with `with_series`, for the pair's event data (summary and yearly series). Bulk runs pass
    `with_series=False`: scanning the event store once per pair would dominate their time."""
    ca, cb = kb.country(a), kb.country(b)
    if not ca or not cb:
        missing = a if not ca else b
        raise BilateralError(f"{missing} is not in the knowledge base",
                             hint="rebuild with `bilateral db build --force`")
    docs = PairDocs.read(con, a, b) if con is not None and kb.has_documents(a, b) else PairDocs()
    use_data = con is not None and with_series
    ctx = Context(kb, ca, cb, docs, event_data=pq.store_event_summary(con, a, b) if use_data else [])
    lead = build_lead(ctx)
    orgs = shared_organisations(ctx)
    body = [sections.history(ctx), sections.economy(ctx), sections.tension(ctx), sections.military(ctx)]
    missions = sections.missions(ctx)
    body += [missions, sections.see_also(ctx, orgs)]
    ctx.refs.cite(FACTBOOK_KEY, FACTBOOK_TITLE, FACTBOOK_DETAIL)  # the comparison always rests on it
    series = pair_series(con, a, b, "year", history=ctx.events()) if use_data else []
    return Profile(
        ca, cb, f"{ca['name']}–{cb['name']} relations", lead, kb.compare(a, b), body, ctx.refs.all(),
        build_infobox(ctx, missions.rows), series=series,
        documents=[{"doc_id": d["doc_id"], "title": d["title"], "source": d["source"]} for d in docs.documents],
    )


def assemble_profile(con: duckdb.DuckDBPyConnection, a: str, b: str, *, cached: bool = False) -> Profile:
    """The Profile of states `a` and `b` (ISO alpha-3) from an open knowledge base connection.

    One-off callers (the CLI) read only the two states' rows; long-lived callers (the web app,
    benchmarks) pass `cached=True` to read all reference tables once per process and file
    (`kb.cached_kb`), after which a profile only queries the pair's documents.
    """
    kb = cached_kb(con) if cached else KB.load(con, [a, b])
    return assemble_from(kb, con, a, b)
