"""Profiles from loaded event data (the shared ICEWS sample and a GDELT 2.0 file), no documents."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from bilateral.profile import assemble_profile
from bilateral.profile.charts import chart_svgs
from bilateral.profile.series import pair_series


@pytest.fixture(scope="module")
def events_home(tmp_path_factory: pytest.TempPathFactory, shared: Path):
    from bilateral.events.load import load_files
    from bilateral.store import build_database

    home = tmp_path_factory.mktemp("events_home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BILATERAL_HOME", str(home))
        mp.delenv("BILATERAL_DB", raising=False)
        build_database()
        data = shared / "data" / "events"
        load_files([data / "icews" / "events.2018.sample.tab"], "icews")
        load_files([data / "gdelt" / "20191024143000.export.CSV"], "gdelt2")
        yield home


@pytest.fixture
def con(events_home, monkeypatch):
    from bilateral.store import reading

    monkeypatch.setenv("BILATERAL_HOME", str(events_home))
    with reading() as c:
        yield c


def _dyad(a: str, b: str) -> pl.DataFrame:
    from bilateral.events.store import scan_events

    pair = ((pl.col("actor1_iso3") == a) & (pl.col("actor2_iso3") == b)) | (
        (pl.col("actor1_iso3") == b) & (pl.col("actor2_iso3") == a))
    return scan_events(include_documents=False).filter(pair).collect()


def test_history_summarises_each_event_dataset_with_its_counts(con):
    direct = _dyad("PRK", "USA")
    assert direct.height > 100
    p = assemble_profile(con, "PRK", "USA")
    history = p.section("history")
    assert not history.rows and not history.empty  # no documents, but the event data is summarised
    by_source = {s.data["source"]: s for s in history.statements}
    counts = direct.group_by("source").len()
    want = {r["source"]: r["len"] for r in counts.iter_rows(named=True)}
    assert want == {k: s.data["n"] for k, s in by_source.items()}
    coop = direct.filter(pl.col("quad").is_in(["verbal_coop", "material_coop"]))
    assert sum(s.data["coop"] for s in by_source.values()) == coop.height
    titles = {r.key: r.title for r in p.references}
    assert titles["events:icews"] == "ICEWS coded event data"
    assert all(s.refs == [f"events:{k}"] for k, s in by_source.items())


def test_series_and_charts_come_from_event_data(con):
    direct = _dyad("PRK", "USA")
    yearly = pair_series(con, "PRK", "USA", "year")
    assert sum(r["events"] for r in yearly) == direct.height
    years = sorted({d.year for d in direct["date"].drop_nulls()})
    assert [r["period"] for r in yearly] == [str(y) for y in years]
    monthly = pair_series(con, "PRK", "USA", "month")
    assert sum(r["events"] for r in monthly) == direct.filter(pl.col("date").is_not_null()).height
    p = assemble_profile(con, "PRK", "USA")
    assert {"cooperation_conflict", "events_by_quad"} <= set(chart_svgs(p))


def test_a_pair_without_event_data_has_no_summary(con):
    p = assemble_profile(con, "FIN", "URY")
    assert _dyad("FIN", "URY").height == 0
    assert p.section("history").empty and p.series == []


@pytest.mark.parametrize("limit", [1, 5, 9, 60, 100_000])
def test_event_rows_are_the_newest_first_at_any_limit(con, limit):
    """Rows come in two steps (the limit-th newest date, then the months since): the one-step answer."""
    from bilateral.profile.queries import store_events

    newest = _dyad("USA", "CHN").sort(["date", "num_mentions", "event_id"], descending=[True, True, False],
                                      nulls_last=True)  # fmt: skip
    assert newest.height > 60 and newest["date"].head(9).n_unique() < 9  # ties at the cut
    got = store_events(con, "USA", "CHN", limit=limit)
    assert [r["event_id"] for r in got] == newest["event_id"].head(limit).to_list()
    in_2018 = store_events(con, "CHN", "USA", year_to=2018, plover="CONSULT", limit=limit)
    want = newest.filter((pl.col("year") <= 2018) & (pl.col("plover") == "CONSULT"))["event_id"].head(limit)
    assert [r["event_id"] for r in in_2018] == want.to_list()
