"""One polite, resumable, verified downloader for every source bilateral fetches.

GDELT files, COW CSVs, Wikipedia and Wikidata answers all come through `fetch()` so that caching,
resume, checksums, retries and the progress bar behave the same everywhere. A download is written
to `<target>.part` and renamed only once complete and verified, so an interrupted fetch never
leaves a file that looks finished.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

from bilateral import __version__
from bilateral.errors import DownloadError

USER_AGENT = f"bilateral/{__version__} (relations knowledge base; https://pypi.org/project/bilateral)"
RETRY_STATUSES = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class FetchResult:
    path: Path
    from_cache: bool
    bytes: int
    checksum: str  # "<algo>:<hex>" of the final file


def file_digest(path: Path, algo: str = "sha256") -> str:
    h = hashlib.new(algo)
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _check(path: Path, expected: str | None, algo: str, url: str) -> str:
    digest = file_digest(path, algo)
    if expected and digest.lower() != expected.lower():
        path.unlink(missing_ok=True)
        raise DownloadError(f"checksum mismatch for {url}: expected {algo} {expected}, got {digest}")
    return f"{algo}:{digest}"


def fetch(
    url: str,
    target: Path,
    *,
    checksum: str | None = None,
    algo: str = "sha256",
    client: httpx.Client | None = None,
    retries: int = 4,
    backoff: float = 0.5,
    progress: bool = True,
    refresh: bool = False,
    sleep: Callable[[float], None] = time.sleep,
) -> FetchResult:
    """Download `url` to `target` unless a verified copy is already there.

    `checksum` (hex, of `algo`) is verified when given; a mismatch deletes the file and raises.
    A partial `<target>.part` is resumed with an HTTP Range request. 429 and 5xx answers are
    retried with exponential backoff, honouring `Retry-After`.
    """
    target = Path(target)
    if target.exists() and not refresh:
        return FetchResult(target, True, target.stat().st_size, _check(target, checksum, algo, url))
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    own_client = client is None
    client = client or httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=60, follow_redirects=True)
    try:
        for attempt in range(retries + 1):
            try:
                _stream_to(client, url, part, progress)
                break
            except _Retry as r:
                if attempt == retries:
                    raise DownloadError(f"{url}: HTTP {r.status} after {retries + 1} attempts") from None
                sleep(r.retry_after if r.retry_after is not None else backoff * 2**attempt)
            except httpx.TransportError as e:
                if attempt == retries:
                    raise DownloadError(f"{url}: {type(e).__name__}: {e}") from None
                sleep(backoff * 2**attempt)
    finally:
        if own_client:
            client.close()
    digest = _check(part, checksum, algo, url)
    part.replace(target)
    return FetchResult(target, False, target.stat().st_size, digest)


class _Retry(Exception):
    def __init__(self, status: int, retry_after: float | None) -> None:
        self.status = status
        self.retry_after = retry_after


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _stream_to(client: httpx.Client, url: str, part: Path, progress: bool) -> None:
    have = part.stat().st_size if part.exists() else 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    with client.stream("GET", url, headers=headers) as resp:
        if resp.status_code in RETRY_STATUSES:
            raise _Retry(resp.status_code, _retry_after(resp.headers.get("Retry-After")))
        if resp.status_code == 416:  # we already hold the whole file
            return
        if resp.status_code >= 400:
            raise DownloadError(f"{url}: HTTP {resp.status_code}")
        mode = "ab" if (have and resp.status_code == 206) else "wb"
        if mode == "wb":
            have = 0
        length = resp.headers.get("Content-Length")
        total = have + int(length) if length and length.isdigit() else None
        with part.open(mode) as out, Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            disable=not progress,
            transient=True,
        ) as bar:
            task = bar.add_task(url.rsplit("/", 1)[-1][:40], total=total, completed=have)
            received = 0
            for chunk in resp.iter_bytes(1 << 16):
                out.write(chunk)
                received += len(chunk)
                bar.advance(task, len(chunk))
        if total is not None and have + received < total:
            raise DownloadError(f"{url}: truncated body ({have + received} of {total} bytes)")
