"""Run one aggregation SQL on DuckDB (embedded, default) or Spark (clusters), over the events store.

Why two engines behind one function: a laptop user wants zero setup (DuckDB reads the Parquet store
in-process), a data engineer with billions of GDELT rows wants the same numbers from a cluster.
Both engines see the same canonical relation: the Parquet store (partition columns year/month
typed as integers), optionally unioned with the knowledge base's `doc_events`, optionally filtered
by source and collapsed by `dedup_sql`. The caller passes a function that builds its query from
the name of that relation, so the SQL text is literally the same for both engines.

Spark: `BILATERAL_SPARK_MASTER` (default `local[2]`) picks the master; the session is created once
per process and reused. Java and pyspark (the `spark` extra) are needed; their absence is a user
error with an install hint, not a traceback.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

import duckdb
import polars as pl

from bilateral.errors import BilateralError
from bilateral.events import canonical
from bilateral.events.dedup import dedup_sql
from bilateral.events.schemas import CANONICAL, CANONICAL_COLUMNS
from bilateral.events.store import PARTITION_GLOB, doc_events_sql, events_dir, events_sql

SqlBuilder = Callable[[str], str]


def _restrict(relation: str, sources: Iterable[str] | None, dedup: bool) -> str:
    if sources is not None:
        names = ", ".join("'" + s.replace("'", "") + "'" for s in sources)
        relation = f"(SELECT * FROM {relation} src WHERE source IN ({names}))"
    if dedup:
        relation = dedup_sql(relation)
    return relation


def run_duckdb(
    build: SqlBuilder,
    *,
    sources: Iterable[str] | None = None,
    dedup: bool = False,
    include_documents: bool = True,
    root: Path | None = None,
    con: duckdb.DuckDBPyConnection | None = None,
) -> pl.DataFrame:
    """Run `build(relation)` on DuckDB over the store; returns a Polars DataFrame."""
    own = con is None
    con = con or duckdb.connect()
    try:
        if own:
            con.execute("SET enable_progress_bar = false")
        relation = _restrict(events_sql(con, include_documents=include_documents, root=root), sources, dedup)
        return con.sql(build(relation)).pl()
    finally:
        if own:
            con.close()


_SPARK = None

# Spark driver logging: errors only, so that CLI output stays clean.
_LOG4J = """rootLogger.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
"""


def spark_available() -> str | None:
    """None if the Spark engine can run here, else the reason it cannot."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install 'bilateral[spark]')"
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        return "Java is not installed (Debian: apt-get install default-jre-headless)"
    return None


def spark_session():
    """The process-wide SparkSession (local[2] unless BILATERAL_SPARK_MASTER says otherwise)."""
    global _SPARK
    reason = spark_available()
    if reason:
        raise BilateralError(f"--engine spark unavailable: {reason}")
    if _SPARK is None:
        import tempfile
        import warnings

        log4j = Path(tempfile.gettempdir()) / "bilateral-spark-log4j2.properties"
        log4j.write_text(_LOG4J, encoding="utf-8")
        with warnings.catch_warnings():
            # pyspark warns about pandas >= 3 at session start; the engine does not use pandas.
            warnings.filterwarnings("ignore", message="PySpark does not yet fully support", category=FutureWarning)
            from pyspark.sql import SparkSession

            _SPARK = (
                SparkSession.builder.master(os.environ.get("BILATERAL_SPARK_MASTER", "local[2]"))
                .appName("bilateral")
                .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile=file:{log4j}")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "4")
                # List the year=/month= partitions on the driver instead of launching a Spark job for it.
                .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.driver.memory", os.environ.get("BILATERAL_SPARK_DRIVER_MEMORY", "2g"))
                .config("spark.sql.ansi.enabled", "false")
                .getOrCreate()
            )
        _SPARK.sparkContext.setLogLevel("ERROR")
    return _SPARK


_LOOKUP_TYPES = {"String": "string", "Boolean": "boolean"}  # Spark types of the lookup frames' columns

_SPARK_TYPES = {"VARCHAR": "string", "INTEGER": "int", "BIGINT": "bigint", "DOUBLE": "double", "DATE": "date",
                "BOOLEAN": "boolean"}  # fmt: skip


def _spark_events_view(spark, include_documents: bool, root: Path | None) -> str:
    """Register the canonical relation as the temp view `bilateral_events`; return its name."""
    store = root or events_dir()
    ddl = ", ".join(f"{c} {_SPARK_TYPES[t]}" for c, t in CANONICAL)
    if any(store.glob(PARTITION_GLOB)):
        spark.read.parquet(store.as_posix()).createOrReplaceTempView("bilateral_stored")
        for name, frame in zip(canonical.LOOKUP_TABLES, canonical.lookup_frames(), strict=True):
            ddl_ = ", ".join(f"{c} {_LOOKUP_TYPES[str(t)]}" for c, t in frame.schema.items())
            spark.createDataFrame(frame.rows(), ddl_).createOrReplaceTempView(name)
        df = spark.sql(canonical.select_sql("bilateral_stored", *canonical.LOOKUP_TABLES))
        df = df.selectExpr(*[f"CAST({c} AS {_SPARK_TYPES[t]}) AS {c}" for c, t in CANONICAL])
    else:
        df = spark.createDataFrame([], ddl)
    if include_documents:
        con = duckdb.connect()
        try:
            docs = doc_events_sql(con)
            if docs:
                rows = con.sql(f"SELECT {', '.join(CANONICAL_COLUMNS)} FROM {docs}").fetchall()
                if rows:
                    df = df.unionByName(spark.createDataFrame(rows, ddl))
        finally:
            con.close()
    df.createOrReplaceTempView("bilateral_events")
    return "bilateral_events"


def run_spark(
    build: SqlBuilder,
    *,
    sources: Iterable[str] | None = None,
    dedup: bool = False,
    include_documents: bool = True,
    root: Path | None = None,
) -> pl.DataFrame:
    """Run `build(relation)` on Spark over the same store; returns a Polars DataFrame."""
    spark = spark_session()
    view = _spark_events_view(spark, include_documents, root)
    result = spark.sql(build(_restrict(view, sources, dedup)))
    names = result.columns
    rows = [tuple(r) for r in result.collect()]
    return pl.DataFrame(rows, schema=names, orient="row", infer_schema_length=None)
