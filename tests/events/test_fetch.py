"""`events fetch gdelt` against a local HTTP server that serves zipped real samples and one corrupted file."""

from __future__ import annotations

import functools
import hashlib
import threading
import zipfile
from collections.abc import Iterator
from datetime import date
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bilateral.cli import main
from bilateral.events.fetch import fetch_gdelt, parse_master_list, select_files
from bilateral.events.store import scan_events
from bilateral.paths import cache_dir

OFFICIAL = "http://data.gdeltproject.org"


def _zip(src: Path, target: Path, member: str) -> bytes:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(src, member)
    return target.read_bytes()


@pytest.fixture(scope="module")
def mirror(tmp_path_factory: pytest.TempPathFactory, gdelt2_file: Path, gdelt1_file: Path) -> Iterator[str]:
    root = tmp_path_factory.mktemp("gdelt-mirror")
    (root / "gdeltv2").mkdir()
    (root / "events").mkdir()
    good = _zip(gdelt2_file, root / "gdeltv2/20191024143000.export.CSV.zip", "20191024143000.export.CSV")
    intact = _zip(gdelt2_file, root / "gdeltv2/20191024144500.export.CSV.zip", "20191024144500.export.CSV")
    corrupted = bytearray(intact)
    corrupted[len(corrupted) // 2] ^= 0xFF  # served bytes differ from what the list's MD5 describes
    (root / "gdeltv2/20191024144500.export.CSV.zip").write_bytes(bytes(corrupted))
    later = _zip(gdelt2_file, root / "gdeltv2/20191026000000.export.CSV.zip", "20191026000000.export.CSV")
    md5 = lambda b: hashlib.md5(b).hexdigest()  # noqa: E731
    (root / "gdeltv2/masterfilelist.txt").write_text(
        f"{len(good)} {md5(good)} {OFFICIAL}/gdeltv2/20191024143000.export.CSV.zip\n"
        f"1234 0123456789abcdef0123456789abcdef {OFFICIAL}/gdeltv2/20191024143000.mentions.CSV.zip\n"
        f"{len(intact)} {md5(intact)} {OFFICIAL}/gdeltv2/20191024144500.export.CSV.zip\n"
        "malformed line\n"
        f"{len(later)} {md5(later)} {OFFICIAL}/gdeltv2/20191026000000.export.CSV.zip\n"
    )
    daily = _zip(gdelt1_file, root / "events/20160728.export.CSV.zip", "20160728.export.CSV")
    (root / "events/md5sums").write_text(f"{md5(daily)}  20160728.export.CSV.zip\n{'0' * 32}  1982.zip\n")
    (root / "events/filesizes").write_text(f"{len(daily)} 20160728.export.CSV.zip\n99 1982.zip\n")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_master_list_selection_by_day_and_kind() -> None:
    text = (f"10 {'a' * 32} {OFFICIAL}/gdeltv2/20191024143000.export.CSV.zip\n"
            f"10 {'b' * 32} {OFFICIAL}/gdeltv2/20191024143000.mentions.CSV.zip\n"
            f"10 {'c' * 32} {OFFICIAL}/gdeltv2/20191025000000.export.CSV.zip\nbroken\n")  # fmt: skip
    files = parse_master_list(text, "http://mirror")
    assert len(files) == 3 and files[0].url == "http://mirror/gdeltv2/20191024143000.export.CSV.zip"
    day = date(2019, 10, 24)
    assert [f.name for f in select_files(files, day, day, 2)] == ["20191024143000.export.CSV.zip"]
    assert [f.name for f in select_files(files, day, day, 2, "mentions")] == ["20191024143000.mentions.CSV.zip"]
    assert len(select_files(files, day, date(2019, 10, 25), 2)) == 2


def test_fetch_verifies_md5_and_rejects_the_corrupted_file(tmp_home: Path, mirror: str) -> None:
    day = date(2019, 10, 24)
    report = fetch_gdelt(day, day, base=mirror, progress=False)
    assert [f.name for f, _, _ in report.downloaded] == ["20191024143000.export.CSV.zip"]
    assert [f.name for f, _ in report.rejected] == ["20191024144500.export.CSV.zip"]
    assert "checksum mismatch" in report.rejected[0][1]
    cached = sorted(p.name for p in (cache_dir("gdelt") / "v2").iterdir())
    assert cached == ["20191024143000.export.CSV.zip"]  # the corrupted file was not kept
    again = fetch_gdelt(day, day, base=mirror, progress=False)
    assert again.downloaded[0][2] is True  # served from the cache


def test_fetch_gdelt1_daily_files(tmp_home: Path, mirror: str) -> None:
    report = fetch_gdelt(date(2016, 7, 28), date(2016, 7, 28), version=1, base=mirror, progress=False)
    assert [f.name for f, _, _ in report.downloaded] == ["20160728.export.CSV.zip"] and not report.rejected


def test_cli_fetch_and_load_reports_the_rejection(tmp_home: Path, mirror: str, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["events", "fetch", "gdelt", "--from", "2019-10-24", "--to", "2019-10-24", "--base-url", mirror,
              "--load", "--format", "csv"])  # fmt: skip
    assert exit_info.value.code == 2
    out, err = capsys.readouterr()
    assert "20191024143000.export.CSV.zip,downloaded" in out and "20191024144500.export.CSV.zip,rejected" in out
    assert "loaded 2111 rows" in err and err.strip().splitlines()[-1].startswith("error: 1 file(s) rejected")
    assert scan_events().collect().height == 2111


def test_cli_fetch_bad_dates_are_user_errors(tmp_home: Path, mirror: str, capsys) -> None:
    for args in (["--from", "2019-13-01", "--to", "2019-12-01"], ["--from", "2019-10-25", "--to", "2019-10-24"]):
        with pytest.raises(SystemExit) as exit_info:
            main(["events", "fetch", "gdelt", *args, "--base-url", mirror])
        assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "is not a date" in err and "before --from" in err
