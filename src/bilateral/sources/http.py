"""Cached, polite GETs of API answers, on top of the shared downloader.

`bilateral.download.fetch` already does the hard parts (User-Agent, retries with backoff that honour
`Retry-After`, resume of a partial body, truncation detection, progress bar). What API answers need
in addition is a cache keyed by the full URL that remembers *when* each answer was retrieved, a
check that the body is what we expect (JSON, CSV) before it replaces a good cached copy, and a way to
keep working offline: when the network fails, the last good answer is used with a note saying so.

Layout under `cache_dir(name)`: `<key><suffix>` holds the last good body and `<key>.meta.json` its
URL, retrieval time, size and sha256. A new answer is downloaded to `<key>.new` (resumable through
`<key>.new.part`) and only replaces the cached copy once it passed validation.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import httpx

from bilateral.download import USER_AGENT, fetch
from bilateral.errors import DownloadError
from bilateral.paths import cache_dir

# (body, url) -> the parsed body (kept on the Answer when it is JSON) or None; raises DownloadError
Validator = Callable[[bytes, str], Any]


@dataclass(frozen=True)
class Answer:
    """One retrieved (or cached) answer with the facts needed to cite it."""

    url: str
    path: Path
    fetched_at: dt.datetime  # UTC, when the body was retrieved from the network
    from_cache: bool
    note: str | None = None  # set when a cached answer stands in for a failed fetch
    parsed: Any = field(default=None, repr=False, compare=False)  # what the validator returned, if any

    @property
    def body(self) -> bytes:
        return self.path.read_bytes()

    def json(self) -> Any:
        """The body as JSON (parsed once: a JSON validator's result is reused)."""
        if self.parsed is not None:
            return self.parsed
        return parse_json(self.body, self.url)

    def text(self) -> str:
        return decode_text(self.body)


def parse_json(body: bytes, url: str) -> Any:
    """Parse a JSON body or raise a one-line `DownloadError` naming the URL."""
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        where = f" at byte {e.pos}" if isinstance(e, json.JSONDecodeError) else ""
        raise DownloadError(f"malformed JSON from {url}{where}: {len(body)} bytes could not be parsed") from None


def decode_text(body: bytes) -> str:
    """UTF-8 (with or without BOM), falling back to Windows-1252 as some CSV publishers use."""
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


def full_url(url: str, params: dict[str, Any] | None = None) -> str:
    """The URL with its query string, as the cache key and the citation see it."""
    return str(httpx.URL(url, params=params)) if params else url


def cache_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]


@lru_cache(maxsize=1)
def shared_client() -> httpx.Client:
    """One client per process: connections to an API are reused (kinder to the server, and building
    a client's TLS context costs ~0.1 s each time)."""
    return httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=120, follow_redirects=True)


def _pause(seconds: float) -> None:
    """Back-off and politeness pauses (a module function so tests can record them instead)."""
    time.sleep(seconds)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _read_meta(meta: Path) -> dict[str, Any] | None:
    try:
        return json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def cached(url: str, cache: str, suffix: str = ".json") -> Answer | None:
    """The last good answer for `url` in cache `cache`, if any."""
    base = cache_dir(cache) / cache_key(url)
    body, meta = base.with_suffix(suffix), base.with_suffix(".meta.json")
    info = _read_meta(meta)
    if not body.exists() or info is None:
        return None
    return Answer(url, body, dt.datetime.fromisoformat(info["fetched_at"]), True)


def get(
    url: str,
    *,
    params: dict[str, Any] | None = None,
    cache: str,
    suffix: str = ".json",
    validate: Validator | None = None,
    max_age: float | None = None,
    offline: bool = False,
    refresh: bool = False,
    progress: bool = False,
    client: httpx.Client | None = None,
    retries: int = 4,
    backoff: float = 1.0,
    sleep: Callable[[float], None] | None = None,
) -> Answer:
    """GET `url` (with `params`) through cache `cache`.

    - `offline`: never touch the network; the cached answer or an error saying there is none.
    - `max_age` (seconds): a cached answer younger than this is used without asking the network
      (how batched fetches resume after an interruption); `refresh` ignores it.
    - Otherwise the network is asked; `validate(body, url)` must accept the answer before it replaces
      the cached copy. If the fetch or the validation fails and a cached copy exists, that copy is
      returned with a `note`; without one the `DownloadError` propagates.
    """
    url = full_url(url, params)
    sleep = sleep or _pause
    old = cached(url, cache, suffix)
    if offline:
        if old is None:
            raise DownloadError(f"offline and nothing cached for {url}", hint="run once with a network first")
        return old
    if old is not None and max_age is not None and not refresh:
        age = (_now() - old.fetched_at).total_seconds()
        if age < max_age:
            return old
    try:
        return _download(url, cache, suffix, validate, progress, client, retries, backoff, sleep)
    except DownloadError as e:
        if old is None:
            raise
        when = old.fetched_at.isoformat(timespec="seconds")
        return Answer(old.url, old.path, old.fetched_at, True, note=f"{e}; using the cached answer from {when}")


def _download(
    url: str,
    cache: str,
    suffix: str,
    validate: Validator | None,
    progress: bool,
    client: httpx.Client | None,
    retries: int,
    backoff: float,
    sleep: Callable[[float], None],
) -> Answer:
    base = cache_dir(cache) / cache_key(url)
    new = base.with_suffix(".new")
    try:
        fetch(url, new, client=client or shared_client(), retries=retries, backoff=backoff, progress=progress,
              refresh=True, sleep=sleep)
    except DownloadError as e:
        raise DownloadError(_clearer(str(e), url)) from None
    fetched_at = _now()
    body = new.read_bytes()
    try:
        if not body:
            raise DownloadError(f"empty answer from {url}")
        parsed = validate(body, url) if validate is not None else None
    except DownloadError:
        new.unlink(missing_ok=True)
        raise
    target = base.with_suffix(suffix)
    new.replace(target)
    meta = {"url": url, "fetched_at": fetched_at.isoformat(), "bytes": len(body),
            "sha256": hashlib.sha256(body).hexdigest()}
    tmp = base.with_suffix(".meta.tmp")
    tmp.write_text(json.dumps(meta), encoding="utf-8")
    tmp.replace(base.with_suffix(".meta.json"))
    return Answer(url, target, fetched_at, False, parsed=parsed)


def _clearer(message: str, url: str) -> str:
    """Name a cut-off body as such rather than by the transport's exception class."""
    if "RemoteProtocolError" in message or "IncompleteRead" in message or "truncated" in message:
        detail = message.split(": ", 2)[-1] if message.startswith(url) else message
        return f"truncated answer from {url} (connection closed early: {detail})"
    return message
