"""A local HTTP server that replays API answers, and a private knowledge base per test.

No test here touches the internet: the live sources' base URLs are pointed (through their
environment variables) at a `ThreadingHTTPServer` on 127.0.0.1 whose answers the tests build in the
APIs' documented formats. Each route holds a queue of responses; the last one repeats.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from sources_replay import Replay, _handler

from bilateral.store import build_database


@pytest.fixture
def server() -> Iterator[Replay]:
    replay = Replay()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(replay))
    httpd.daemon_threads = True
    replay.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    replay.httpd = httpd
    yield replay
    replay.stop()


@pytest.fixture(scope="session")
def base_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kb") / "bilateral.duckdb"
    build_database(path)
    return path


@pytest.fixture
def live(tmp_home: Path, base_kb: Path, server: Replay, monkeypatch: pytest.MonkeyPatch) -> Replay:
    """A private knowledge base (a copy of a freshly built one) and every source pointed at `server`."""
    shutil.copy(base_kb, tmp_home / "bilateral.duckdb")
    monkeypatch.setenv("BILATERAL_WIKIPEDIA_API", server.url + "/{lang}/w/api.php")
    monkeypatch.setenv("BILATERAL_WIKIDATA_SPARQL", server.url + "/sparql")
    monkeypatch.setenv("BILATERAL_WORLDBANK_API", server.url + "/wb/v2")
    monkeypatch.setenv("BILATERAL_HDR_CSV", server.url + "/hdr/HDR23-24_Composite_indices_complete_time_series.csv")
    monkeypatch.setenv("BILATERAL_DESA_XLSX",
                       server.url + "/desa/undesa_pd_2024_ims_stock_by_sex_destination_and_origin.xlsx")
    return server


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the downloader's back-off pauses instead of waiting them out."""
    slept: list[float] = []
    monkeypatch.setattr("bilateral.sources.http._pause", slept.append)
    return slept


