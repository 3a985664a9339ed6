"""Fetch a pair's Wikipedia relations article and ingest it through the document pipeline.

The document pipeline (`bilateral.documents`) owns reading wikitext and storing documents and the
records extracted from them, transactionally and idempotently; this module only finds the article,
decides whether its revision is new, and hands the wikitext over with the revision as provenance.
"""

from __future__ import annotations

from typing import Any

from bilateral.sources import wikipedia
from bilateral.sources.log import log_fetch
from bilateral.sources.wikipedia import Revision, WikipediaReport
from bilateral.store import reading, transaction


def _held_revisions(lang: str, title: str) -> list[tuple[str, str | None, str]]:
    """(doc_id, revision, source) of documents already ingested from this article."""
    prefix = f"wikipedia:{lang}:{title}@"
    with reading() as con:
        return con.execute(
            "SELECT doc_id, revision, source FROM documents WHERE starts_with(source, ?)", [prefix]
        ).fetchall()


def _ingest(rev: Revision, pair: tuple[str, str]) -> Any:
    from bilateral.documents.ingest import ingest
    from bilateral.documents.read import read_document

    path = wikipedia.save_wikitext(rev)
    doc = read_document(path, source=rev.source, kind="mediawiki")
    doc.source = rev.source
    doc.title = doc.title or rev.title
    doc.meta.update({
        "revision": str(rev.revid), "revision_timestamp": rev.timestamp, "url": rev.page_url,
        "api_url": rev.url, "fetched_at": rev.fetched_at.isoformat(), "lang": rev.lang,
    })
    return ingest(doc, pair=pair)


def _counts(report: Any) -> dict[str, int]:
    counts = getattr(report, "counts", None)
    if isinstance(counts, dict):
        return {str(k): int(v) for k, v in counts.items() if isinstance(v, int)}
    return {}


def fetch_wikipedia(
    a: tuple[str, str], b: tuple[str, str], *, lang: str = "en", api_url: str | None = None,
    offline: bool = False, **get_kw: Any,
) -> WikipediaReport:
    """Find, download and ingest the relations article of `a` and `b` (each `(iso3, name)`).

    The document is ingested only when its revision is not already in the knowledge base; a new
    revision replaces the old one's document and records (the pipeline matches it by title and pair).
    """
    title = wikipedia.find_article(a, b, lang=lang, api_url=api_url, offline=offline, **get_kw)
    rev = wikipedia.fetch_revision(title, lang=lang, api_url=api_url, offline=offline, **get_kw)
    pair = (a[0], b[0])
    held = _held_revisions(lang, rev.title)
    notes = [rev.note] if rev.note else []
    if any(r[1] == str(rev.revid) or r[2] == rev.source for r in held):
        return WikipediaReport(pair, rev.title, rev.revid, rev.timestamp, rev.source, "unchanged",
                               rev.fetched_at, {}, notes)
    report = _ingest(rev, pair)
    status = str(getattr(report, "status", "new"))
    with transaction() as con:
        log_fetch(con, wikipedia.SOURCE, f"{lang}:{rev.title}@{rev.revid}", rev.fetched_at,
                  timestamp=rev.timestamp, pair=list(pair), url=rev.page_url, status=status)
    if status == "unchanged":
        notes.append(f"revision {rev.revid} has the same text as the one already ingested")
    return WikipediaReport(pair, rev.title, rev.revid, rev.timestamp, rev.source, status, rev.fetched_at,
                           _counts(report), notes)
