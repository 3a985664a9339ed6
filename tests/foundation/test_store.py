"""The knowledge base: built from the installed packages, versioned, safe under concurrency and corruption."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from bilateral.errors import DatabaseError
from bilateral.store import build_database, connect, queries, reading, transaction
from bilateral.store import schema as schema_mod


def test_factbook_values_reach_the_knowledge_base(built_db: Path) -> None:
    with reading(built_db) as con:
        facts = {(r["iso3"], r["field"]): r for r in queries.facts(con, ["BLR", "RUS"], ["population", "area_total"])}
        assert facts[("BLR", "population")]["value_num"] == 9_460_972
        assert facts[("BLR", "population")]["year"] == 2025
        assert facts[("BLR", "population")]["raw"] == "9,460,972 (2025 est.)"
        assert facts[("BLR", "area_total")]["value_num"] == 207_600
        assert facts[("RUS", "population")]["value_num"] == 140_134_279
        assert facts[("RUS", "area_total")]["value_num"] == 17_098_242
        for r in facts.values():  # provenance on every row
            assert r["source"] == "CIA World Factbook 2025" and r["source_ref"]
        border = queries.border(con, "BLR", "RUS")
        assert border["length_km"] == 1312
        shared = {r["code"] for r in queries.shared_memberships(con, "BLR", "RUS")}
        assert {"CIS", "CSTO", "EAEU", "UN"} <= shared
        assert "EU" not in shared and "NATO" not in shared


def test_every_un_member_is_a_country_row(built_db: Path) -> None:
    with reading(built_db) as con:
        n_un = con.execute("SELECT count(*) FROM countries WHERE un_member").fetchone()[0]
        no_facts = con.execute(
            "SELECT list(iso3) FROM countries c WHERE un_member AND NOT EXISTS "
            "(SELECT 1 FROM facts f WHERE f.iso3 = c.iso3 AND f.field = 'population' AND f.value_num > 0)"
        ).fetchone()[0]
    assert n_un == 193
    assert not no_facts, f"UN members without a population fact: {no_facts}"


def test_connect_builds_on_first_use(tmp_home: Path) -> None:
    from bilateral.paths import db_path

    assert not db_path().exists()
    with reading() as con:
        assert queries.meta(con)["schema_version"] == str(schema_mod.SCHEMA_VERSION)
    assert db_path().exists()


def test_corrupt_file_names_the_file_and_the_fix(tmp_path: Path) -> None:
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"not a database" * 1000)
    with pytest.raises(DatabaseError) as e:
        connect(path=bad)
    assert str(bad) in str(e.value) and "bilateral db build --force" in str(e.value)
    empty = tmp_path / "empty.duckdb"
    empty.touch()
    with pytest.raises(DatabaseError, match="not a readable"):
        connect(path=empty)
    foreign = tmp_path / "foreign.duckdb"
    duckdb.connect(str(foreign)).execute("CREATE TABLE t (a INT)").close()
    with pytest.raises(DatabaseError, match="not a bilateral knowledge base"):
        connect(path=foreign)
    # --force repairs the corrupt file in place
    build_database(bad, force=True)
    with reading(bad) as con:
        assert con.execute("SELECT count(*) FROM countries").fetchone()[0] >= 193


def test_build_refuses_to_overwrite_without_force(built_db: Path) -> None:
    with pytest.raises(DatabaseError, match="--force"):
        build_database(built_db)


HOLD_WRITER = textwrap.dedent(
    """
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])
    print("locked", flush=True)
    time.sleep(30)
    """
)


def test_second_writer_gets_database_is_busy(tmp_path: Path) -> None:
    path = tmp_path / "kb.duckdb"
    build_database(path)
    proc = subprocess.Popen([sys.executable, "-c", HOLD_WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseError, match="database is busy"):
            connect(read_only=False, path=path, wait=0.3)
    finally:
        proc.kill()
        proc.wait()


READER = textwrap.dedent(
    """
    import sys
    from bilateral.store import reading
    with reading(__import__('pathlib').Path(sys.argv[1])) as con:
        print(con.execute("SELECT count(*) FROM countries").fetchone()[0], flush=True)
        sys.stdin.readline()
    """
)


def test_concurrent_readers(built_db: Path) -> None:
    readers = [
        subprocess.Popen([sys.executable, "-c", READER, str(built_db)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    try:
        counts = [int(p.stdout.readline()) for p in readers]  # all three hold the file open at once
        with reading(built_db) as con:
            mine = con.execute("SELECT count(*) FROM countries").fetchone()[0]
        assert counts == [mine] * 3
    finally:
        for p in readers:
            p.communicate("\n", timeout=30)


def test_transaction_is_all_or_nothing(tmp_path: Path) -> None:
    path = tmp_path / "kb.duckdb"
    build_database(path)
    with pytest.raises(RuntimeError):
        with transaction(path) as con:
            con.execute("INSERT INTO documents (doc_id, content_hash, title) VALUES ('d1', 'h', 'x')")
            con.execute("INSERT INTO missions (sender, receiver, source) VALUES ('BLR', 'RUS', 'test')")
            raise RuntimeError("crash midway")
    with reading(path) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM missions").fetchone()[0] == 0


def test_migration_upgrades_an_older_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kb.duckdb"
    build_database(path)
    newer = [*schema_mod.MIGRATIONS, (schema_mod.SCHEMA_VERSION + 1, "CREATE TABLE added_later (x INTEGER);")]
    import bilateral.store.connection as conn_mod

    monkeypatch.setattr(conn_mod, "MIGRATIONS", newer)
    monkeypatch.setattr(conn_mod, "SCHEMA_VERSION", newer[-1][0])
    with connect(read_only=True, path=path) as con:
        assert queries.meta(con)["schema_version"] == str(newer[-1][0])
        assert con.execute("SELECT count(*) FROM added_later").fetchone()[0] == 0


def test_force_rebuild_keeps_ingested_documents(tmp_path: Path) -> None:
    path = tmp_path / "kb.duckdb"
    build_database(path)
    with transaction(path) as con:
        con.execute("INSERT INTO documents (doc_id, content_hash, title) VALUES ('d1', 'h', 'kept')")
        con.execute("INSERT INTO memberships VALUES ('BLR', 'CSTO', NULL, '1994-04-20', NULL, 'Wikidata', 'Q1')")
        factbook_rows = con.execute("SELECT count(*) FROM memberships").fetchone()[0] - 1
    report = build_database(path, force=True)
    assert report.carried_over.get("documents") == 1
    assert report.carried_over.get("memberships (fetched)") == 1
    with reading(path) as con:
        assert con.execute("SELECT title FROM documents").fetchone()[0] == "kept"
        assert con.execute("SELECT count(*) FROM memberships").fetchone()[0] == factbook_rows + 1
        assert con.execute("SELECT start_date FROM memberships WHERE source = 'Wikidata'").fetchone()[0] == "1994-04-20"
