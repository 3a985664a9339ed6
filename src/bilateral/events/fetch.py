"""Download GDELT event files for a date range, verified against the MD5s GDELT publishes.

GDELT 2.0 lists every 15-minute file in `gdeltv2/masterfilelist.txt`, one `size md5 url` line per
file; GDELT 1.0 publishes `events/md5sums` (`md5  name`) and `events/filesizes` (`size name`) for
its daily files (YYYYMMDD.export.CSV.zip, from 2013-04-01), monthly files (YYYYMM.zip, 2006 to
2013-03) and yearly files (YYYY.zip, 1979 to 2005). We read the list, pick the files that cover the
range, and download each with `bilateral.download.fetch` (resume, MD5 check, progress bar) into
`cache_dir("gdelt")`. A file whose MD5 does not match is deleted and reported, never kept.

`base_url` (or `BILATERAL_GDELT_BASE_URL`) replaces `http://data.gdeltproject.org` everywhere,
both for the lists and for the file URLs they contain: tests serve files from 127.0.0.1 and
mirrors work the same way.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from bilateral.download import fetch
from bilateral.errors import BilateralError, DownloadError
from bilateral.paths import cache_dir

OFFICIAL = "http://data.gdeltproject.org"
LIST_MAX_AGE_S = 3600


@dataclass(frozen=True)
class RemoteFile:
    url: str
    name: str
    md5: str
    size: int | None


@dataclass
class FetchReport:
    downloaded: list[tuple[RemoteFile, Path, bool]] = field(default_factory=list)  # (file, path, from_cache)
    rejected: list[tuple[RemoteFile, str]] = field(default_factory=list)  # (file, reason)

    @property
    def paths(self) -> list[Path]:
        return [p for _, p, _ in self.downloaded]


def base_url(override: str | None = None) -> str:
    return (override or os.environ.get("BILATERAL_GDELT_BASE_URL") or OFFICIAL).rstrip("/")


def _rebase(url: str, base: str) -> str:
    return base + url[len(OFFICIAL):] if url.startswith(OFFICIAL) else url


def parse_master_list(text: str, base: str = OFFICIAL) -> list[RemoteFile]:
    """GDELT 2.0 `masterfilelist.txt` -> files (malformed lines are skipped, as GDELT's own has a few)."""
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) != 3 or not re.fullmatch(r"[0-9a-fA-F]{32}", parts[1]) or not parts[0].isdigit():
            continue
        url = _rebase(parts[2], base)
        out.append(RemoteFile(url, url.rsplit("/", 1)[-1], parts[1].lower(), int(parts[0])))
    return out


def parse_v1_lists(md5sums: str, filesizes: str, base: str = OFFICIAL) -> list[RemoteFile]:
    """GDELT 1.0 `md5sums` + `filesizes` -> files under `<base>/events/`."""
    sizes = {}
    for line in filesizes.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0].isdigit():
            sizes[parts[1]] = int(parts[0])
    out = []
    for line in md5sums.splitlines():
        parts = line.split()
        if len(parts) == 2 and re.fullmatch(r"[0-9a-fA-F]{32}", parts[0]):
            name = parts[1].lstrip("*")
            out.append(RemoteFile(f"{base}/events/{name}", name, parts[0].lower(), sizes.get(name)))
    return out


def _v2_day(name: str) -> date | None:
    m = re.match(r"(\d{4})(\d{2})(\d{2})\d{6}\.", name)
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _v1_span(name: str) -> tuple[date, date] | None:
    """The event dates a GDELT 1.0 file covers (day, month or year files)."""
    if m := re.fullmatch(r"(\d{4})(\d{2})(\d{2})\.export\.CSV\.zip", name):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := re.fullmatch(r"(\d{4})(\d{2})\.zip", name):
        y, mo = int(m[1]), int(m[2])
        nxt = date(y + (mo == 12), mo % 12 + 1, 1)
        return date(y, mo, 1), nxt - timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})\.zip", name):
        return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    return None


def select_files(
    files: list[RemoteFile], start: date, end: date, version: int, kind: str = "export"
) -> list[RemoteFile]:
    """Files of one kind (export | mentions | gkg, v2) whose dates fall in [start, end]."""
    if end < start:
        raise BilateralError(f"--to {end} is before --from {start}")
    chosen = []
    for f in files:
        if version == 2:
            d = _v2_day(f.name)
            if d and start <= d <= end and f".{kind}." in f.name.lower():
                chosen.append(f)
        else:
            span = _v1_span(f.name)
            if span and span[0] <= end and span[1] >= start:
                chosen.append(f)
    return sorted(chosen, key=lambda f: f.name)


def _list_text(url: str, name: str, refresh: bool, progress: bool) -> str:
    target = cache_dir("gdelt") / "lists" / name
    stale = not target.exists() or time.time() - target.stat().st_mtime > LIST_MAX_AGE_S
    fetch(url, target, refresh=refresh or stale, progress=progress)
    return target.read_text(encoding="utf-8", errors="replace")


def remote_files(version: int, base: str, *, refresh: bool = False, progress: bool = True) -> list[RemoteFile]:
    """The published file list of GDELT 1.0 or 2.0 (cached for an hour)."""
    if version == 2:
        return parse_master_list(_list_text(f"{base}/gdeltv2/masterfilelist.txt", "masterfilelist.txt", refresh,
                                            progress), base)  # fmt: skip
    if version == 1:
        md5 = _list_text(f"{base}/events/md5sums", "v1-md5sums", refresh, progress)
        sizes = _list_text(f"{base}/events/filesizes", "v1-filesizes", refresh, progress)
        return parse_v1_lists(md5, sizes, base)
    raise BilateralError(f"unknown GDELT version {version}; expected 1 or 2")


def fetch_gdelt(
    start: date,
    end: date,
    *,
    version: int = 2,
    kind: str = "export",
    base: str | None = None,
    refresh: bool = False,
    progress: bool = True,
    target_dir: Path | None = None,
) -> FetchReport:
    """Download (or find cached) GDELT files for [start, end]; MD5 mismatches are rejected and reported."""
    root = base_url(base)
    files = select_files(remote_files(version, root, refresh=refresh, progress=progress), start, end, version, kind)
    out_dir = target_dir or cache_dir("gdelt") / f"v{version}"
    report = FetchReport()
    for f in files:
        try:
            res = fetch(f.url, out_dir / f.name, checksum=f.md5, algo="md5", progress=progress)
            report.downloaded.append((f, res.path, res.from_cache))
        except DownloadError as e:
            report.rejected.append((f, str(e)))
    return report
