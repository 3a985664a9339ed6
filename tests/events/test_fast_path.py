"""The compiled GDELT fast path stores and quarantines exactly what the DuckDB reader does.

Both paths load the same files into two homes; the stored events (every canonical column) and the
quarantine (file, line, reason, raw line) must be equal. Inputs: the real GDELT 1.0 and 2.0
samples, and the real rows mutated field by field with values that readers treat differently
(spaces, signs, exponents, decimals in integer fields, overflow, junk, invalid UTF-8, short and
long rows, empty lines, codes in lower case, dates at the edges).
"""

from __future__ import annotations

import math
import os
import random
import zipfile
from datetime import date, timedelta
from pathlib import Path

import duckdb
import numpy as np
import pytest

from bilateral.events import gdelt_fast, gdelt_kernel
from bilateral.events.formats import FORMATS
from bilateral.events.load import load_files
from bilateral.events.store import events_dir, parquet_sql, read_quarantine

_TODAY = date.today().strftime("%Y%m%d").encode()
_VALUES = [
    b"", b" ", b" 12", b"12 ", b"+3", b"-0", b"1e2", b"1.5", b"1.0", b".5", b"5.", b"-.5", b"1,5", b"abc", b"-",
    b".", b"0x10", b"2147483648", b"99999999999999999999", b"12345678901234567", b"-3.44827586206897",
    b"1.23456789012345678", b"inf", b"nan", b"CAF\xe9", b"\xc3\xa9t\xc3\xa9", b"\xed\xa0\x80", b"usa", b" USA ",
    b"040", b"40", b" 040", b"0400", b"999", b"19790000", b"20190229", b"20200229", b"18000101", b"17991231",
    _TODAY, (date.today() + timedelta(days=3)).strftime("%Y%m%d").encode(), b"00191017", b"201910170",
]  # fmt: skip


def _mutants(path: Path, seed: int, n: int, *, cr: bool = False) -> bytes:
    """The file's rows, then n copies of random rows with one to three fields replaced (fresh ids).

    With `cr`, some lines end in CR LF: DuckDB's reader refuses a file that mixes line ends as a
    whole, so those are only loaded by the fast path (see the test below).
    """
    rng = random.Random(seed)
    rows = [r for r in path.read_bytes().split(b"\n") if r]
    out = list(rows)
    for k in range(n):
        f = rows[rng.randrange(len(rows))].split(b"\t")
        f[0] = str(800_000_000 + k).encode()
        for _ in range(rng.randint(1, 3)):
            f[rng.randrange(len(f))] = rng.choice(_VALUES)
        line = b"\t".join(f)
        roll = rng.random()
        if roll < 0.03 and cr:
            line += b"\r"
        elif roll < 0.06:
            line = b"\t".join(f[: rng.randrange(1, len(f))])
        elif roll < 0.08:
            line += b"\textra"
        elif roll < 0.10:
            line = b""
        out.append(line)
    return b"\n".join(out) + b"\n"


def _load(home: Path, files: list[Path], source: str, fast: bool) -> tuple[list, list, tuple]:
    os.environ["BILATERAL_HOME"] = str(home)
    report = load_files(files, source, fast=fast)
    con = duckdb.connect()
    rows = []
    if any(events_dir().glob("year=*/month=*/*.parquet")):
        rows = con.sql(f"SELECT * FROM {parquet_sql(events_dir())} ORDER BY event_id, source_ref").fetchall()
    rows = [tuple("NaN" if isinstance(v, float) and math.isnan(v) else v for v in r) for r in rows]
    q = read_quarantine().select(["source_ref", "line", "reason", "raw"]).sort(["source_ref", "line", "reason", "raw"])
    counts = (report.rows_read, report.rows_loaded, report.rows_quarantined, sorted(report.reasons.items()))
    return rows, q.rows(), counts


def _compare(tmp_path: Path, files: list[Path], source: str, monkeypatch: pytest.MonkeyPatch) -> tuple:
    monkeypatch.setenv("BILATERAL_HOME", str(tmp_path / "fast"))
    fast = _load(tmp_path / "fast", files, source, True)
    slow = _load(tmp_path / "slow", files, source, False)
    assert fast[2] == slow[2]
    assert fast[0] == slow[0]
    # A raw line that is not UTF-8 is kept as each reader decoded it; compare those by line only.
    assert [(r[0], r[1], r[2]) for r in fast[1]] == [(r[0], r[1], r[2]) for r in slow[1]]
    assert [r for r in fast[1] if r[2] != "not UTF-8"] == [r for r in slow[1] if r[2] != "not UTF-8"]
    return fast


@pytest.mark.parametrize("source", ["gdelt2", "gdelt1"])
def test_real_samples_give_identical_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str,
                                            gdelt2_file: Path, gdelt1_file: Path) -> None:  # fmt: skip
    path = gdelt2_file if source == "gdelt2" else gdelt1_file
    rows, quarantine, counts = _compare(tmp_path, [path], source, monkeypatch)
    assert len(rows) == counts[1] > 700 and not quarantine


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_mutated_rows_give_identical_stores_and_quarantines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gdelt2_file: Path, gdelt1_file: Path, seed: int
) -> None:
    for source, real in (("gdelt2", gdelt2_file), ("gdelt1", gdelt1_file)):
        path = tmp_path / f"{source}-{seed}.tsv"
        path.write_bytes(_mutants(real, seed, 1500))
        rows, quarantine, counts = _compare(tmp_path / source, [path], source, monkeypatch)
        # The mutations must exercise both outcomes, or the comparison proves little.
        assert counts[2] > 200 and len(rows) > (2000 if source == "gdelt2" else 700)
        assert len({r[2] for r in quarantine}) >= 4


def _shapes(real: Path) -> dict[str, bytes]:
    """Files whose shape stresses the chunk and block boundaries of the fast path."""
    rows = [r for r in real.read_bytes().split(b"\n") if r]
    long_url = rows[3].rsplit(b"\t", 1)[0] + b"\thttps://example.org/" + b"x" * 200_000
    return {
        "no final newline": b"\n".join(rows[:50]),
        "one row, no newline": rows[0],
        "a row longer than a block": b"\n".join(rows[:20] + [long_url] + rows[20:40]) + b"\n",
        "tiny, not a row": b"1\t2",
        "blank lines only between rows": b"\n\n".join(rows[:30]) + b"\n\n\n",
        "non-ASCII names": b"\n".join(r.replace(b"\tRUSSIA\t", b"\tR\xc3\x9cSSIA\t") for r in rows[:200]) + b"\n",
        # The fast path stores a code as its CAMEO lookup's text: a padded one must keep its padding.
        "padded event codes": b"\n".join(_with_field(r, 26, (b" 040", b"040 ", b" 43")[k % 3])
                                         for k, r in enumerate(rows[:60])) + b"\n",
        # Field starts are read 16 per 64-byte word: words with more tabs than that (runs of empty
        # actor fields), and rows with dozens of fields too many, must still split exactly.
        "runs of tabs": b"\n".join([_with_field(r, range(5, 25), b"") for r in rows[:40]]
                                    + [r.replace(b"\t", b"\t" * (2 + k % 3), 1 + k) for k, r in enumerate(rows[40:80])]
                                    + [r + b"\t" * (20 + 70 * (k % 2)) for k, r in enumerate(rows[80:100])]) + b"\n",
    }


def _with_field(row: bytes, ks: int | range, value: bytes) -> bytes:
    """`row` with field k (or every field in range ks) set to `value`."""
    fields = row.split(b"\t")
    for k in [ks] if isinstance(ks, int) else ks:
        fields[k] = value
    return b"\t".join(fields)


@pytest.mark.parametrize("shape", ["no final newline", "one row, no newline", "a row longer than a block",
                                   "tiny, not a row", "blank lines only between rows", "non-ASCII names",
                                   "padded event codes", "runs of tabs"])  # fmt: skip
def test_file_shapes_give_identical_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gdelt2_file: Path,
                                           shape: str) -> None:  # fmt: skip
    path = tmp_path / "shape.tsv"
    path.write_bytes(_shapes(gdelt2_file)[shape])
    rows, quarantine, counts = _compare(tmp_path, [path], "gdelt2", monkeypatch)
    assert counts[0] >= 1 and len(rows) == counts[1]
    if shape == "runs of tabs":  # both outcomes, or the comparison proves little
        assert len(rows) >= 40 and len(quarantine) >= 20


def _renumbered(data: bytes, k: int) -> bytes:
    """The rows of data with 10**8 * k added to each numeric event id (files of one batch must not share ids)."""
    out = []
    for line in data.split(b"\n"):
        first, tab, rest = line.partition(b"\t")
        out.append(str(int(first) + 10**8 * k).encode() + tab + rest if first.isdigit() else line)
    return b"\n".join(out)


def test_small_files_scanned_together_give_identical_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               gdelt2_file: Path) -> None:  # fmt: skip
    """A batch of small files (a day of 15-minute exports) is scanned in jobs of several whole files: each
    row must still be stored with its own file, and each odd line quarantined with its file and line.
    The first two are zipped, as GDELT publishes them (inflated in memory, not mapped)."""
    shapes = _shapes(gdelt2_file)
    datas = [_mutants(gdelt2_file, seed, 300) for seed in (7, 8)] + [shapes[k] for k in sorted(shapes)] + [b"\n\n"]
    datas = [_renumbered(data, k) for k, data in enumerate(datas)]
    files = [_zip(tmp_path / f"2019102414{k:02d}00.export.CSV.zip", data) for k, data in enumerate(datas[:2])]
    for k, data in enumerate(datas[2:], 2):
        files.append(tmp_path / f"2019102414{k:02d}00.export.CSV")
        files[-1].write_bytes(data)
    bufs = [np.frombuffer(data, np.uint8) for data in datas]
    assert [len(job) for job in gdelt_fast._jobs(bufs, 8 << 20)] == [len(files)]  # one job for them all
    rows, quarantine, counts = _compare(tmp_path, files, "gdelt2", monkeypatch)
    monkeypatch.setenv("BILATERAL_HOME", str(tmp_path / "fast"))
    refs = {r[0] for r in duckdb.sql(f"SELECT DISTINCT source_ref FROM {parquet_sql(events_dir())}").fetchall()}
    rowless = {files[2 + sorted(shapes).index("tiny, not a row")].name, files[-1].name}
    assert refs == {f.name for f in files} - rowless and counts[1] == len(rows) > 4000
    assert len({r[0] for r in quarantine}) >= 4 and len(quarantine) > 100


def test_a_pack_with_more_odd_lines_than_one_piece_holds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          gdelt2_file: Path) -> None:  # fmt: skip
    """Small files whose odd lines overflow the kernel's slow arrays: the scan stops inside a file and
    goes on in a new piece, and every row and odd line must still be counted to its file and line."""
    monkeypatch.setattr(gdelt_kernel, "_free", [])  # an arena sized for this batch, not one left by other tests
    rows = [r for r in gdelt2_file.read_bytes().split(b"\n") if r]
    files = []
    for k in range(25):
        lines = [rows[(k * 100 + j) % len(rows)] if j % 5 == 0 else b"x" for j in range(500)]  # 400 one-field lines
        files.append(tmp_path / f"2019102414{k:02d}00.export.CSV")
        files[-1].write_bytes(_renumbered(b"\n".join(lines) + b"\n", k))
    bufs = [np.frombuffer(f.read_bytes(), np.uint8) for f in files]
    (job,) = gdelt_fast._jobs(bufs, 8 << 20)
    pieces = gdelt_kernel.segment_pieces([(bufs[f], s, e) for f, _, s, e in job], gdelt_fast.layout(FORMATS["gdelt2"]),
                                         gdelt_fast.lookups(), 20000, np.frombuffer(b"g:", np.uint8))  # fmt: skip
    assert sum(1 for _ in pieces) > 1
    rows_, quarantine, counts = _compare(tmp_path, files, "gdelt2", monkeypatch)
    assert len(quarantine) == 25 * 400 and counts[1] == len(rows_) == 25 * 100


def _zip(path: Path, member: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("20191024143000.export.CSV", member)
    return path


def test_zipped_files_inflated_in_memory_give_identical_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                gdelt2_file: Path) -> None:  # fmt: skip
    """The fast path inflates zips in memory (ISA-L); the DuckDB path extracts them to disk."""
    path = _zip(tmp_path / "20191024143000.export.CSV.zip", _mutants(gdelt2_file, 5, 800))
    rows, quarantine, counts = _compare(tmp_path, [path], "gdelt2", monkeypatch)
    assert counts[1] > 2000 and quarantine and {r[0] for r in quarantine} == {path.name}


def test_a_zip_with_a_bad_crc_is_quarantined_whole(tmp_home: Path, tmp_path: Path, gdelt2_file: Path) -> None:
    path = _zip(tmp_path / "bad.zip", gdelt2_file.read_bytes())
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.infolist()[0]
    data[info.header_offset + 30 + len(info.filename) + 1000] ^= 0xFF  # a byte of the deflated stream
    path.write_bytes(bytes(data))
    report = load_files([path], "gdelt2")
    assert report.files[0].status == "quarantined" and report.rows_loaded == 0
    assert list(report.reasons) == ["truncated or corrupt zip"]


def test_ids_already_in_the_store_are_refused_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     gdelt2_file: Path) -> None:  # fmt: skip
    """A second file repeating stored ids (and some of its own): both paths refuse the same rows."""
    first = tmp_path / "first.tsv"
    first.write_bytes(_mutants(gdelt2_file, 11, 300))
    rows = [r for r in gdelt2_file.read_bytes().split(b"\n") if r]
    second = tmp_path / "second.tsv"
    fresh = [b"\t".join([str(700_000_000 + k).encode()] + r.split(b"\t")[1:]) for k, r in enumerate(rows[:500])]
    second.write_bytes(b"\n".join(rows[100:300] + fresh + fresh[:50]) + b"\n")
    out = []
    for fast in (True, False):
        home = tmp_path / f"home-{fast}"
        monkeypatch.setenv("BILATERAL_HOME", str(home))
        load_files([first], "gdelt2", fast=fast)
        out.append(_load(home, [second], "gdelt2", fast))
    assert out[0] == out[1]
    reasons = dict(out[0][2][3])
    assert reasons["duplicate event id (already in store)"] == 200 and reasons["duplicate event id"] == 50


def test_most_real_rows_take_the_fast_path(gdelt2_file: Path, gdelt1_file: Path, fast_path_counts) -> None:
    """The fast path must actually carry the real rows (else it is only the fallback being tested)."""
    for source, path in (("gdelt2", gdelt2_file), ("gdelt1", gdelt1_file)):
        fast, slow, lines = fast_path_counts(path.read_bytes(), source)
        assert lines > 700 and (fast, slow) == (lines, 0)


def test_a_chunk_keeps_its_common_month_in_place_whatever_its_first_row(gdelt2_file: Path) -> None:
    """Set 0 (rows written as they are) must be the month most rows have, not the first row's month.

    The real sample has 2,067 rows of 2019-10 and 44 of older months; one of those is put first.
    """
    import numpy as np

    lines = gdelt2_file.read_bytes().splitlines(keepends=True)
    older = next(i for i, line in enumerate(lines) if line.split(b"\t")[1][:6] != b"201910")
    data = b"".join([lines[older]] + lines[:older] + lines[older + 1 :])
    buf = np.frombuffer(data, np.uint8)
    fmt = FORMATS["gdelt2"]
    assert gdelt_kernel._main_month([(buf, 0, len(buf))], 1) == 201910
    assert gdelt_kernel._main_month([(buf, 0, len(lines[older]))], 1) == int(lines[older].split(b"\t")[1][:6])
    assert gdelt_kernel._main_month([(np.frombuffer(b"no\tdate\n", np.uint8), 0, 8)], 1) == -1
    # Several files scanned together: each is sampled, in proportion to its size.
    one_line = np.frombuffer(lines[older], np.uint8)
    assert gdelt_kernel._main_month([(one_line, 0, len(one_line)), (buf, 0, len(buf))], 1) == 201910
    (piece,) = gdelt_fast._pieces(buf, 0, len(buf), gdelt_fast.layout(fmt), gdelt_fast.lookups(),
                                  (date.today() - date(1970, 1, 1)).days - 1, np.frombuffer(b"g:", np.uint8), [])
    assert (int(piece.state[2]), int(piece.state[0]), int(piece.state[1])) == (201910, 2067, 44)


def test_mixed_line_ends_load_as_if_all_were_lf(tmp_home: Path, tmp_path: Path, gdelt2_file: Path) -> None:
    """A file mixing CR LF and LF: DuckDB alone refuses it whole; the fast path reads both kinds."""
    data = _mutants(gdelt2_file, 7, 1500, cr=True)
    crlf, lf = tmp_path / "mixed.tsv", tmp_path / "plain.tsv"
    crlf.write_bytes(data)
    lf.write_bytes(data.replace(b"\r\n", b"\n"))
    assert data.count(b"\r\n") > 20
    with_cr = load_files([crlf], "gdelt2")
    sql = f"SELECT count(*) FROM {parquet_sql(events_dir())} WHERE source_url LIKE '%' || chr(13)"
    assert duckdb.connect().execute(sql).fetchone() == (0,)
    os.environ["BILATERAL_HOME"] = str(tmp_path / "lf")
    without = load_files([lf], "gdelt2")
    assert (with_cr.rows_read, with_cr.rows_loaded, with_cr.reasons) == (
        without.rows_read, without.rows_loaded, without.reasons)


def test_progress_reports_input_bytes_up_to_the_total(tmp_home: Path, tmp_path: Path, gdelt2_file: Path) -> None:
    calls: list[tuple[int, int]] = []
    paths = []
    for k in range(3):
        path = tmp_path / f"part{k}.tsv"
        path.write_bytes(_mutants(gdelt2_file, 20 + k, 200))
        paths.append(path)
    load_files(paths, "gdelt2", progress=lambda done, total: calls.append((done, total)))
    total = sum(p.stat().st_size for p in paths)
    assert calls and calls[-1] == (total, total)
    assert all(a[0] <= b[0] for a, b in zip(calls, calls[1:], strict=False)) and {t for _, t in calls} == {total}


def test_store_check_is_skipped_only_when_the_manifest_proves_it_safe(tmp_home: Path, tmp_path: Path,
                                                                      gdelt2_file: Path) -> None:  # fmt: skip
    """Ids already stored are found even when the store's ranges are unknown (a DuckDB-path load,
    a file left without its manifest line by a crash); fast batches record their id range."""
    from bilateral.events.store import read_manifest

    rows = [r for r in gdelt2_file.read_bytes().split(b"\n") if r]
    parts = {}
    for name, lo, hi in (("a", 0, 300), ("b", 200, 400), ("c", 1000, 1200), ("d", 1150, 1300)):
        parts[name] = tmp_path / f"{name}.tsv"
        parts[name].write_bytes(b"\n".join(rows[lo:hi]) + b"\n")
    load_files([parts["a"]], "gdelt2", fast=False)  # records no id range
    assert load_files([parts["b"]], "gdelt2").reasons == {"duplicate event id (already in store)": 100}
    entry = next(e for e in read_manifest().values() if e.name == "b.tsv")
    ids = sorted(int(r.split(b"\t")[0]) for r in rows[200:400])
    assert (entry.id_min, entry.id_max) == (ids[0], ids[-1]) and entry.batch

    os.environ["BILATERAL_HOME"] = str(tmp_path / "second-home")
    load_files([parts["a"]], "gdelt2")
    load_files([parts["c"]], "gdelt2")
    manifest = events_dir() / "_manifest.jsonl"  # drop c's line: its files are now orphans
    manifest.write_text("\n".join(ln for ln in manifest.read_text().splitlines() if '"c.tsv"' not in ln) + "\n")
    assert load_files([parts["d"]], "gdelt2").reasons == {"duplicate event id (already in store)": 50}


def test_zips_beyond_the_memory_budget_are_extracted_to_disk(tmp_home: Path, tmp_path: Path, gdelt2_file: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from bilateral.events import load

    rows = [r for r in gdelt2_file.read_bytes().split(b"\n") if r]
    zips = [_zip(tmp_path / f"{k}.zip", b"\n".join(rows[k * 700 : (k + 1) * 700]) + b"\n") for k in range(3)]
    monkeypatch.setattr(load, "_IN_MEMORY_BYTES", len(gdelt2_file.read_bytes()) // 2)  # one member fits
    kinds: list[bool] = []
    real = load._unzip

    def spy(path: Path, into: Path, *, in_memory: bool = False) -> Path | bytes:
        kinds.append(in_memory)
        return real(path, into, in_memory=in_memory)

    monkeypatch.setattr(load, "_unzip", spy)
    report = load_files(zips, "gdelt2")
    assert report.rows_loaded == 2100 and sorted(kinds) == [False, False, True]
