"""`bilateral data fetch`: download a dataset from its producer into the dyads cache.

Downloads go through `bilateral.download.fetch` (resume, retries, progress bar). None of the
producers publishes checksums, so the SHA-256 of the first download is recorded in
`checksums.json` next to the cache and every later use of the cached file is verified against it:
a file that changed on disk is reported, never silently used. Zip archives are checked and
unpacked into the cache, where the loaders find their members (also one folder down).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

import httpx

from bilateral.download import fetch
from bilateral.dyads.sources import FETCHABLE, dataset
from bilateral.errors import BilateralError, DownloadError
from bilateral.paths import cache_dir

MIRROR_ENV = "BILATERAL_DYADS_MIRROR"
CHECKSUMS = "checksums.json"


@dataclass(frozen=True)
class Fetched:
    dataset: str
    file: str
    path: Path
    bytes: int
    sha256: str
    from_cache: bool
    extracted: tuple[str, ...]


def _checksums_path(root: Path) -> Path:
    return root / CHECKSUMS


def load_checksums(root: Path | None = None) -> dict[str, dict[str, str]]:
    """The recorded {file name: {sha256, url, fetched}} of the cache (empty when none)."""
    p = _checksums_path(root or cache_dir("dyads"))
    if not p.is_file():
        return {}
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise BilateralError(f"{p}: unreadable checksum record ({e}); delete it to start afresh") from None


def _save_checksums(root: Path, data: dict[str, dict[str, str]]) -> None:
    p = _checksums_path(root)
    tmp = p.with_name(p.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(p)


def _urls(key: str, mirror: str | None) -> list[str]:
    ds = dataset(key)
    if key not in FETCHABLE or ds.url is None:
        raise BilateralError(f"dataset {key!r} has no official download; fetchable: {', '.join(FETCHABLE)}")
    urls = [ds.url, *ds.extra_urls]
    mirror = mirror or os.environ.get(MIRROR_ENV)
    if mirror:
        urls = [mirror.rstrip("/") + "/" + u.rsplit("/", 1)[-1] for u in urls]
    return urls


def _extract(archive: Path, root: Path) -> tuple[str, ...]:
    """Unpack a zip into `root`, refusing corrupt archives and paths that escape the cache."""
    if not zipfile.is_zipfile(archive):
        raise DownloadError(f"{archive.name}: not a valid zip archive (corrupted or partial download)")
    try:
        with zipfile.ZipFile(archive) as z:
            bad = z.testzip()
            if bad is not None:
                raise DownloadError(f"{archive.name}: corrupted member {bad} in the zip archive")
            names = []
            for info in z.infolist():
                target = (root / info.filename).resolve()
                if not str(target).startswith(str(root.resolve())):
                    raise DownloadError(f"{archive.name}: member {info.filename} would unpack outside the cache")
                if info.is_dir():
                    continue
                z.extract(info, root)
                names.append(info.filename)
    except zipfile.BadZipFile as e:
        raise DownloadError(f"{archive.name}: corrupted zip archive ({e})") from None
    return tuple(names)


def fetch_dataset(key: str, *, mirror: str | None = None, refresh: bool = False, progress: bool = True,
                  retries: int = 4, client: httpx.Client | None = None) -> list[Fetched]:
    """Download every file of dataset `key` (official URL, or the same file name under `mirror`)."""
    root = cache_dir("dyads")
    sums = load_checksums(root)
    done = []
    for url in _urls(key, mirror):
        name = url.rsplit("/", 1)[-1]
        target = root / name
        recorded = sums.get(name, {}).get("sha256") if not refresh else None
        try:
            res = fetch(url, target, checksum=recorded, progress=progress, refresh=refresh, retries=retries,
                        client=client)
        except DownloadError as e:
            hint = " (the cached copy changed since it was first fetched; re-run with --refresh)" if (
                recorded and "checksum mismatch" in str(e)) else ""
            raise DownloadError(f"{key}: {name}: {e}{hint}") from None
        digest = res.checksum.split(":", 1)[1]
        extracted: tuple[str, ...] = ()
        if name.lower().endswith(".zip"):
            try:
                extracted = _extract(target, root)
                for inner in [m for m in extracted if m.lower().endswith(".zip")]:  # zips inside the zip
                    extracted += _extract(root / inner, (root / inner).parent)
            except DownloadError:
                target.unlink(missing_ok=True)
                sums.pop(name, None)
                _save_checksums(root, sums)
                raise
        if name not in sums or refresh:
            now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            sums[name] = {"sha256": digest, "url": url, "fetched": now}
            _save_checksums(root, sums)
        done.append(Fetched(key, name, target, res.bytes, digest, res.from_cache, extracted))
    return done
