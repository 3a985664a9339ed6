"""The resolver's on-disk index cache gives the same answers as a fresh build and survives corruption."""

from __future__ import annotations

import json

from bilateral.countries import country_table
from bilateral.paths import cache_dir


def test_cached_index_equals_a_fresh_build(tmp_home):
    built = country_table.load_index()  # no cache yet: builds and writes it
    files = list(cache_dir("countries").glob("name-index-*.json"))
    assert len(files) == 1
    cached = country_table.load_index()  # now read back from the file
    assert country_table._to_json(cached) == country_table._to_json(built)
    assert cached.countries["BLR"] == built.countries["BLR"]
    assert cached.names["byelorussia"].iso3s == {"BLR"}
    assert len(cached.countries) >= 197


def test_corrupt_cache_is_rebuilt(tmp_home):
    country_table.load_index()
    (path,) = cache_dir("countries").glob("name-index-*.json")
    path.write_text("{not json", encoding="utf-8")
    idx = country_table.load_index()
    assert idx.countries["RUS"].name == "Russia"
    assert json.loads(path.read_text(encoding="utf-8"))["countries"]["RUS"]["iso3"] == "RUS"


def test_stale_cache_files_are_removed(tmp_home):
    stale = cache_dir("countries") / "name-index-0000000000000000.json"
    stale.write_text("{}", encoding="utf-8")
    country_table.load_index()
    assert not stale.exists()
