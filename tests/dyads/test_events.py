"""`add_events`: yearly PLOVER/quad counts and Goldstein sums per dyad-year from an events frame."""

from __future__ import annotations

import polars as pl
import pytest

from bilateral.dyads import add_events, create_dyadyears
from bilateral.errors import BilateralError


@pytest.fixture
def events() -> pl.DataFrame:
    """A small events table in the canonical columns, with real ISO codes (and a non-state actor)."""
    return pl.DataFrame({
        "year": [2000, 2000, 2000, 2001, 2003, 2003, 1989],
        "actor1_iso3": ["USA", "USA", "RUS", "DEU", "USA", None, "DEU"],
        "actor2_iso3": ["RUS", "RUS", "USA", "FRA", "RUS", "USA", "FRA"],
        "plover": ["CONSULT", "ASSAULT", "CONSULT", "AID", "CONSULT", "PROTEST", "CONSULT"],
        "quad": ["verbal_coop", "material_conflict", "verbal_coop", "material_coop", "verbal_coop",
                 "verbal_conflict", "verbal_coop"],
        "goldstein": [1.0, -9.0, 1.0, 7.4, 1.0, -2.0, 1.0],
    })


def _row(frame: pl.DataFrame, a: int, b: int, year: int) -> dict:
    return frame.filter((pl.col("ccode1") == a) & (pl.col("ccode2") == b) & (pl.col("year") == year)).to_dicts()[0]


def test_directed_counts_follow_actor_order(events):
    panel = create_dyadyears("cow", years=(1985, 2005))
    got = add_events(panel, events=events)
    assert got.height == panel.height
    usa_rus = _row(got, 2, 365, 2000)
    assert usa_rus["events_total"] == 2 and usa_rus["plover_consult"] == 1 and usa_rus["plover_assault"] == 1
    assert usa_rus["events_material_conflict"] == 1 and usa_rus["goldstein_sum"] == pytest.approx(-8.0)
    assert _row(got, 365, 2, 2000)["events_total"] == 1
    assert _row(got, 2, 365, 2002)["events_total"] == 0  # inside the events' years: no events is 0
    assert _row(got, 2, 365, 2005)["events_total"] is None  # after the last event year: unknown
    assert _row(got, 2, 365, 1985)["events_total"] is None
    assert _row(got, 255, 220, 2001)["plover_aid"] == 1  # ISO DEU in 2001 is unified Germany, COW 255
    assert _row(got, 260, 220, 1989)["events_total"] == 1  # but West Germany, COW 260, in 1989


def test_nondirected_panels_count_both_directions(events):
    panel = create_dyadyears("cow", years=(1999, 2003), directed=False)
    got = add_events(panel, events=events)
    assert _row(got, 2, 365, 2000)["events_total"] == 3
    assert _row(got, 2, 365, 2000)["goldstein_sum"] == pytest.approx(-7.0)
    assert got["events_total"].sum() == 5  # the event without actor1 is left out


def test_gw_panels_use_gw_codes(events):
    got = add_events(create_dyadyears("gw", years=(2000, 2003)), events=events)
    assert got.filter((pl.col("gwcode1") == 2) & (pl.col("gwcode2") == 365) & (pl.col("year") == 2000))[
        "events_total"].item() == 2


def test_events_table_without_needed_columns_is_refused(events):
    with pytest.raises(BilateralError, match="lacks column"):
        add_events(create_dyadyears("cow", years=2000), events=events.drop("goldstein"))


def test_default_events_come_from_the_events_store(tmp_home, shared):
    """A real GDELT 2.0 export loaded into a private store; add_events() reads it via scan_events()."""
    from collections import Counter

    from bilateral.countries.codes import iso3_to_cow
    from bilateral.events.load import load_files
    from bilateral.events.store import scan_events

    load_files([shared / "data" / "events" / "gdelt" / "20191024143000.export.CSV"], "gdelt2")
    ev = scan_events().filter(pl.col("year") == 2019).collect()
    expected: Counter = Counter()
    for y, a, b in ev.select("year", "actor1_iso3", "actor2_iso3").iter_rows():
        ca, cb = (iso3_to_cow(a, y) if a else None), (iso3_to_cow(b, y) if b else None)
        if ca is not None and cb is not None and ca != cb:
            expected[(ca, cb)] += 1
    got = add_events(create_dyadyears("cow", years=2019))
    assert sum(expected.values()) > 100
    assert got["events_total"].sum() == sum(expected.values())
    (a, b), n = expected.most_common(1)[0]
    assert _row(got, a, b, 2019)["events_total"] == n
