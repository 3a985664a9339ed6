"""The pair's Wikipedia relations article, fetched through the MediaWiki Action API and ingested.

Finding the article: relations articles are titled "A–B relations" with an en dash, usually in
alphabetical order, sometimes with a hyphen or in the other order, and with the names Wikipedia
uses ("United States", "Ivory Coast") rather than ISO's. One `action=query` with every candidate
title (both orders, en dash and hyphen, common name variants; at most 50 titles per request) and
`redirects=1` finds it in a single round trip. The wikitext of the latest revision is then fetched
with its revision id and timestamp and handed to the document pipeline with source
`wikipedia:<lang>:<title>@<revid>`, so every record extracted from it cites that exact revision.
Fetching again ingests only when the revision changed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from bilateral.errors import BilateralError, DownloadError
from bilateral.paths import cache_dir
from bilateral.sources import http
from bilateral.sources.config import base_url

SOURCE = "Wikipedia"
MAX_TITLES = 50  # the Action API's limit on `titles` for ordinary clients

# Names Wikipedia's article titles use where the product's display name or ISO's differs.
# Source: the titles of Wikipedia's country articles and "Foreign relations of ..." navboxes (2025).
TITLE_NAMES: dict[str, tuple[str, ...]] = {
    "USA": ("United States",),
    "GBR": ("United Kingdom",),
    "RUS": ("Russia", "Soviet Union"),
    "CHN": ("China", "People's Republic of China"),
    "TWN": ("Taiwan", "Republic of China"),
    "KOR": ("South Korea",),
    "PRK": ("North Korea",),
    "CIV": ("Ivory Coast",),
    "CZE": ("Czech Republic",),
    "MKD": ("North Macedonia",),
    "BHS": ("The Bahamas", "Bahamas"),
    "GMB": ("The Gambia", "Gambia"),
    "TLS": ("East Timor", "Timor-Leste"),
    "CPV": ("Cape Verde",),
    "SWZ": ("Eswatini",),
    "FSM": ("Federated States of Micronesia", "Micronesia"),
    "VAT": ("Holy See",),
    "PSE": ("Palestine", "State of Palestine"),
    "COD": ("Democratic Republic of the Congo",),
    "COG": ("Republic of the Congo",),
    "IRN": ("Iran",),
    "SYR": ("Syria",),
    "VNM": ("Vietnam",),
    "LAO": ("Laos",),
    "TUR": ("Turkey",),
    "MDA": ("Moldova",),
    "BOL": ("Bolivia",),
    "VEN": ("Venezuela",),
    "TZA": ("Tanzania",),
    "BRN": ("Brunei",),
    "MMR": ("Myanmar",),
}


@dataclass(frozen=True)
class Revision:
    """The latest revision of an article: what the document pipeline ingests, and its citation."""

    lang: str
    title: str
    revid: int
    timestamp: str  # ISO 8601, as the API gives it
    text: str
    url: str  # the API request that returned it
    fetched_at: dt.datetime
    note: str | None = None  # set when a cached answer stood in for a failed fetch

    @property
    def source(self) -> str:
        return f"wikipedia:{self.lang}:{self.title}@{self.revid}"

    @property
    def page_url(self) -> str:
        return f"https://{self.lang}.wikipedia.org/w/index.php?title={self.title.replace(' ', '_')}&oldid={self.revid}"


@dataclass
class WikipediaReport:
    """What `fetch_wikipedia` did; `status` is new, replaced or unchanged."""

    pair: tuple[str, str]
    title: str
    revid: int
    timestamp: str
    source: str
    status: str
    fetched_at: dt.datetime
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def name_variants(iso3: str, name: str, extra: tuple[str, ...] = ()) -> list[str]:
    """The names a relations article title may use for a state, most likely first (at most 3)."""
    out = list(TITLE_NAMES.get(iso3, ())) + [name, *extra]
    seen: list[str] = []
    for n in out:
        n = n.strip()
        if n and "," not in n and n not in seen:
            seen.append(n)
    return seen[:3]


def candidate_titles(names_a: list[str], names_b: list[str]) -> list[str]:
    """Every "A–B relations" title to try: alphabetical order first, then the other; en dash first."""
    titles: list[str] = []
    for x in names_a:
        for y in names_b:
            first, second = sorted((x, y))
            for p, q in ((first, second), (second, first)):
                for dash in ("–", "-"):
                    t = f"{p}{dash}{q} relations"
                    if t not in titles:
                        titles.append(t)
    return titles[:MAX_TITLES]


def _api_error(data: Any, url: str) -> None:
    if isinstance(data, dict) and "error" in data:
        err = data["error"] or {}
        raise DownloadError(f"MediaWiki API error from {url}: {err.get('code', '?')}: {err.get('info', '')}")
    if not isinstance(data, dict) or not isinstance(data.get("query"), dict):
        raise DownloadError(f"unexpected answer from {url}: no 'query' object")


def _validate_query(body: bytes, url: str) -> Any:
    data = http.parse_json(body, url)
    _api_error(data, url)
    return data


def find_article(
    a: tuple[str, str], b: tuple[str, str], *, lang: str = "en", api_url: str | None = None,
    offline: bool = False, **get_kw: Any,
) -> str:
    """The title of the relations article of states `a` and `b` (each `(iso3, name)`).

    Titles are tried with English names; for another language edition the English article is
    found first and its interlanguage link gives the title there. Raises `BilateralError` naming
    the titles tried when Wikipedia has no such article.
    """
    if lang != "en":
        english = find_article(a, b, lang="en", api_url=api_url, offline=offline, **get_kw)
        return interlanguage_title(english, lang, api_url=api_url, offline=offline, **get_kw)
    titles = candidate_titles(name_variants(*a), name_variants(*b))
    params = {"action": "query", "titles": "|".join(titles), "redirects": "1", "format": "json",
              "formatversion": "2"}
    url = base_url("wikipedia", api_url, lang=lang)
    ans = http.get(url, params=params, cache="wikipedia", validate=_validate_query, offline=offline, **get_kw)
    data = ans.json()
    _api_error(data, ans.url)
    q = data["query"]
    # Map every tried title through normalisation and redirects to the page it lands on.
    hop = {r["from"]: r["to"] for r in q.get("normalized", []) + q.get("redirects", [])}
    found = {p["title"] for p in q.get("pages", []) if not p.get("missing") and not p.get("invalid")}
    for t in titles:
        seen: set[str] = set()
        while t in hop and t not in seen:
            seen.add(t)
            t = hop[t]
        if t in found:
            return t
    shown = ", ".join(repr(t) for t in titles[:4] if "–" in t)
    raise BilateralError(
        f"no {lang}.wikipedia.org article on {a[1]}–{b[1]} relations (tried {len(titles)} titles, e.g. {shown})"
    )


def interlanguage_title(title: str, lang: str, *, api_url: str | None = None, offline: bool = False,
                        **get_kw: Any) -> str:
    """The title in edition `lang` of English article `title`, from its interlanguage link."""
    params = {"action": "query", "titles": title, "prop": "langlinks", "lllang": lang, "redirects": "1",
              "format": "json", "formatversion": "2"}
    url = base_url("wikipedia", api_url, lang="en")
    ans = http.get(url, params=params, cache="wikipedia", validate=_validate_query, offline=offline, **get_kw)
    data = ans.json()
    _api_error(data, ans.url)
    for page in data["query"].get("pages", []):
        for link in page.get("langlinks", []):
            if link.get("lang") == lang and (link.get("title") or link.get("*")):
                return str(link.get("title") or link.get("*"))
    raise BilateralError(f"the English article {title!r} has no {lang}.wikipedia.org version")


def _validate_revision(body: bytes, url: str) -> Any:
    data = http.parse_json(body, url)
    _api_error(data, url)
    _revision_of(data, url)
    return data


def _revision_of(data: dict[str, Any], url: str) -> tuple[str, dict[str, Any]]:
    pages = data["query"].get("pages") or []
    if not pages or pages[0].get("missing") or not pages[0].get("revisions"):
        raise DownloadError(f"unexpected answer from {url}: no revision in the answer")
    page = pages[0]
    rev = page["revisions"][0]
    slot = (rev.get("slots") or {}).get("main") or {}
    if "content" not in slot or "revid" not in rev:
        raise DownloadError(f"unexpected answer from {url}: revision without content or id")
    return page["title"], rev


def fetch_revision(
    title: str, *, lang: str = "en", api_url: str | None = None, offline: bool = False, **get_kw: Any,
) -> Revision:
    """The latest revision of `title`: wikitext, revision id and timestamp."""
    params = {"action": "query", "prop": "revisions", "titles": title, "rvprop": "ids|timestamp|content",
              "rvslots": "main", "redirects": "1", "format": "json", "formatversion": "2"}
    url = base_url("wikipedia", api_url, lang=lang)
    ans = http.get(url, params=params, cache="wikipedia", validate=_validate_revision, offline=offline, **get_kw)
    data = ans.json()
    _api_error(data, ans.url)
    real_title, rev = _revision_of(data, ans.url)
    return Revision(lang, real_title, int(rev["revid"]), str(rev.get("timestamp", "")),
                    rev["slots"]["main"]["content"], ans.url, ans.fetched_at, ans.note)


def save_wikitext(rev: Revision) -> Any:
    """Keep the revision's wikitext as a file (the document pipeline reads files; users can too)."""
    safe = re.sub(r"[^\w.-]+", "_", rev.title, flags=re.UNICODE).strip("_")
    path = cache_dir("wikipedia") / rev.lang / f"{safe}@{rev.revid}.wikitext"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        tmp.write_text(rev.text, encoding="utf-8")
        tmp.replace(path)
    return path
