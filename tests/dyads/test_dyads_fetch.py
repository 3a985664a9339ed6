"""`bilateral data fetch` against a local HTTP server on 127.0.0.1 serving the producers' file names."""

from __future__ import annotations

import hashlib
import io
import json
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pandas as pd
import pytest

from bilateral.cli import main
from bilateral.dyads import add_contiguity, create_dyadyears
from bilateral.dyads.fetch import fetch_dataset, load_checksums
from bilateral.dyads.sources import set_data_dir
from bilateral.errors import BilateralError, DownloadError


class _Server:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.truncate: set[str] = set()
        self.hits: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                name = self.path.rsplit("/", 1)[-1]
                server.hits.append(name)
                body = server.files.get(name)
                if body is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2] if name in server.truncate else body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/data"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> _Server:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[_Server]:
    with _Server() as s:
        yield s


@pytest.fixture
def cache_only(tmp_home: Path) -> Path:
    """Loaders read the download cache (no shared data directory)."""
    set_data_dir(None)
    return tmp_home / "cache" / "dyads"


def _contiguity_zip(dyad_dir: Path) -> bytes:
    """The official DirectContiguity320.zip layout: a folder holding the master records contdir.csv."""
    cd = pd.read_csv(dyad_dir / "ps_cow_contdir_v3.2.csv")
    m = cd[(cd.conttype > 0) & (cd.ccode1 < cd.ccode2)]
    master = pd.DataFrame({"dyad": m.ccode1 * 1000 + m.ccode2, "statelno": m.ccode1, "statelab": "A",
                           "statehno": m.ccode2, "statehab": "B", "conttype": m.conttype,
                           "begin": m.stdate.str[:4] + m.stdate.str[5:7], "end": m.enddate.str[:4] + m.enddate.str[5:7],
                           "version": 3.2})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("DirectContiguity320/contdir.csv", master.to_csv(index=False))
        z.writestr("DirectContiguity320/README.txt", "COW Direct Contiguity 3.2")
    return buf.getvalue()


def test_fetch_records_checksum_and_loaders_read_the_cache(server, cache_only, dyad_dir):
    body = (dyad_dir / "cow_statelist2024.csv").read_bytes()
    server.files["statelist2024.csv"] = body
    got = fetch_dataset("cow-states", mirror=server.url, progress=False)
    assert got[0].path == cache_only / "statelist2024.csv" and not got[0].from_cache
    sums = load_checksums(cache_only)
    assert sums["statelist2024.csv"]["sha256"] == hashlib.sha256(body).hexdigest()
    assert sums["statelist2024.csv"]["url"].startswith("http://127.0.0.1")
    again = fetch_dataset("cow-states", mirror=server.url, progress=False)
    assert again[0].from_cache and server.hits.count("statelist2024.csv") == 1
    set_data_dir(dyad_dir)
    want = create_dyadyears("cow", years=(1990, 1991))
    set_data_dir(None)
    assert create_dyadyears("cow", years=(1990, 1991)).equals(want)


def test_zip_archives_are_unpacked_where_the_loader_finds_them(server, cache_only, dyad_dir):
    server.files["DirectContiguity320.zip"] = _contiguity_zip(dyad_dir)
    server.files["statelist2024.csv"] = (dyad_dir / "cow_statelist2024.csv").read_bytes()
    fetch_dataset("cow-states", mirror=server.url, progress=False)
    got = fetch_dataset("contiguity", mirror=server.url, progress=False)
    assert "DirectContiguity320/contdir.csv" in got[0].extracted
    panel = create_dyadyears("cow", years=(1950, 1960))
    from_cache = add_contiguity(panel)["conttype"]
    set_data_dir(dyad_dir)
    assert from_cache.equals(add_contiguity(panel)["conttype"])


def test_gleditsch_ward_fetch_takes_both_official_files(server, cache_only, dyad_dir):
    v7 = pd.read_csv(dyad_dir / "gw_system_v7.csv")

    def dat(micro: int) -> bytes:
        part = v7[v7.microstate == micro]
        dmy = lambda s: f"{s[8:10]}:{s[5:7]}:{s[:4]}"  # noqa: E731
        return "".join(f"{r.gwcode}\t{r.gw_abb}\t{r.gw_name}\t{dmy(r.start)}\t{dmy(r.end)}\n"
                       for r in part.itertuples()).encode("latin-1")

    server.files["iisystem.dat"] = dat(0)
    server.files["microstatessystem.dat"] = dat(1)
    assert [f.file for f in fetch_dataset("gw-states", mirror=server.url, progress=False)] == [
        "iisystem.dat", "microstatessystem.dat"]
    got = create_dyadyears("gw", years=2010)
    assert got["microstate1"].sum() > 0
    set_data_dir(dyad_dir)
    assert got.equals(create_dyadyears("gw", years=2010))


def test_partial_download_is_an_error_naming_the_file(server, cache_only, dyad_dir):
    server.files["statelist2024.csv"] = (dyad_dir / "cow_statelist2024.csv").read_bytes()
    server.truncate.add("statelist2024.csv")
    with pytest.raises(DownloadError, match=r"cow-states: statelist2024\.csv"):
        fetch_dataset("cow-states", mirror=server.url, progress=False, retries=0)
    assert not (cache_only / "statelist2024.csv").exists()
    assert "statelist2024.csv" not in load_checksums(cache_only)


def test_corrupted_zip_is_an_error_naming_the_file(server, cache_only):
    server.files["DirectContiguity320.zip"] = b"PK\x03\x04 this is not really a zip archive" * 50
    with pytest.raises(DownloadError, match=r"DirectContiguity320\.zip: not a valid zip archive"):
        fetch_dataset("contiguity", mirror=server.url, progress=False)
    assert not (cache_only / "DirectContiguity320.zip").exists()


def test_a_cached_file_that_changed_is_refused(server, cache_only, dyad_dir):
    server.files["statelist2024.csv"] = (dyad_dir / "cow_statelist2024.csv").read_bytes()
    fetch_dataset("cow-states", mirror=server.url, progress=False)
    with (cache_only / "statelist2024.csv").open("ab") as f:
        f.write(b"XXX,999,Nowhere,2000,1,1,2024,12,31,2024\n")
    with pytest.raises(DownloadError, match=r"statelist2024\.csv.*checksum mismatch.*--refresh"):
        fetch_dataset("cow-states", mirror=server.url, progress=False)
    refreshed = fetch_dataset("cow-states", mirror=server.url, progress=False, refresh=True)
    assert not refreshed[0].from_cache


def test_a_corrupted_cached_csv_names_the_file(cache_only):
    cache_only.mkdir(parents=True, exist_ok=True)
    (cache_only / "statelist2024.csv").write_text("stateabb,ccode,statenme\nUSA,two,America\n")
    with pytest.raises(BilateralError, match=r"statelist2024\.csv: missing column\(s\) styear"):
        create_dyadyears("cow")
    (cache_only / "statelist2024.csv").write_bytes(b"")
    with pytest.raises(BilateralError, match=r"statelist2024\.csv: file is empty"):
        create_dyadyears("cow")


def test_truncated_gzip_source_names_the_file(tmp_path, dyad_dir):
    (tmp_path / "cow_statelist2024.csv").write_bytes((dyad_dir / "cow_statelist2024.csv").read_bytes())
    data = (dyad_dir / "ps_cow_igo_ndy_v3.csv.gz").read_bytes()
    (tmp_path / "ps_cow_igo_ndy_v3.csv.gz").write_bytes(data[: len(data) // 3])
    set_data_dir(tmp_path)
    from bilateral.dyads import add_igos

    with pytest.raises(BilateralError, match=r"ps_cow_igo_ndy_v3\.csv\.gz: corrupted gzip"):
        add_igos(create_dyadyears("cow", years=2000))


def test_cli_fetch_and_unknown_dataset(server, cache_only, dyad_dir, capsys):
    server.files["statelist2024.csv"] = (dyad_dir / "cow_statelist2024.csv").read_bytes()
    main(["data", "fetch", "cow-states", "--mirror", server.url, "--format", "json"])
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["file"] == "statelist2024.csv" and rows[0]["cached"] is False
    with pytest.raises(SystemExit) as e:
        main(["data", "fetch", "polity"])
    assert e.value.code == 2
    assert "unknown dataset 'polity'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["data", "fetch", "democracy"])
    assert "no official download" in capsys.readouterr().err


def test_missing_dataset_says_how_to_fetch_it(cache_only):
    with pytest.raises(BilateralError, match="bilateral data fetch cow-states"):
        create_dyadyears("cow")


def test_zip_inside_a_zip_is_unpacked_too(server, cache_only, dyad_dir):
    """COW ships NMC as a documentation zip holding NMC-60-abridged.zip holding the CSV."""
    from bilateral.dyads import add_nmc

    nmc = pd.read_csv(dyad_dir / "ps_cow_nmc.csv")
    nmc.insert(0, "stateabb", "XXX")
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("NMC-60-abridged.csv", nmc.fillna(-9).to_csv(index=False))
    outer = io.BytesIO()
    with zipfile.ZipFile(outer, "w") as z:
        z.writestr("NMC_Documentation-6.0/NMC-60-abridged.zip", inner.getvalue())
        z.writestr("NMC_Documentation-6.0/NMC_Codebook_6.0.txt", "codebook")
    server.files["NMC_Documentation-6.0.zip"] = outer.getvalue()
    server.files["statelist2024.csv"] = (dyad_dir / "cow_statelist2024.csv").read_bytes()
    fetch_dataset("cow-states", mirror=server.url, progress=False)
    got = fetch_dataset("nmc", mirror=server.url, progress=False)
    assert "NMC-60-abridged.csv" in got[0].extracted
    panel = add_nmc(create_dyadyears("cow", years=2000))
    usa = panel.filter(panel["ccode1"] == 2)["cinc1"].unique().to_list()
    assert usa == [float(nmc[(nmc.ccode == 2) & (nmc.year == 2000)].cinc.iloc[0])]


def test_a_column_whose_type_shows_late_is_still_read(tmp_path):
    from bilateral.dyads.readers import read_csv

    rows = [f"{i},{i % 7}" for i in range(3000)] + ["3000,2.5"]
    p = tmp_path / "late.csv"
    p.write_text("ccode,value\n" + "\n".join(rows) + "\n")
    df = read_csv(p, ["ccode", "value"])
    assert df.height == 3001 and df["value"][-1] == 2.5
