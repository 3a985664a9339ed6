"""Spark and DuckDB give identical series from the same SQL: on the real samples and on 1 M generated rows."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.spark,
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
    pytest.mark.skipif(shutil.which("java") is None, reason="Java is not installed (Debian default-jre-headless)"),
]


@pytest.fixture(scope="module")
def spark_ready() -> Iterator[None]:
    from bilateral.events.engines import spark_session

    spark_session()  # one session for the module (and the process)
    yield


@pytest.mark.parametrize(
    "a,b,freq,directed,dedup",
    [("USA", "PRK", "month", False, False), ("USA", "CHN", "year", True, True)],
)  # fmt: skip
def test_engines_agree_on_the_real_samples(loaded_home: Path, spark_ready: None, a: str, b: str, freq: str,
                                           directed: bool, dedup: bool) -> None:  # fmt: skip
    from bilateral.events.series import dyad_series

    duck = dyad_series(a, b, freq, directed=directed, dedup=dedup)  # type: ignore[arg-type]
    spark = dyad_series(a, b, freq, directed=directed, dedup=dedup, engine="spark")  # type: ignore[arg-type]
    assert duck.height > 0 and duck["events"].sum() > 0
    assert spark.equals(duck)


def test_engines_agree_on_a_million_generated_rows(tmp_path_factory: pytest.TempPathFactory,
                                                   spark_ready: None) -> None:  # fmt: skip
    from bilateral.events.generate import generate_gdelt2
    from bilateral.events.load import load_files
    from bilateral.events.series import dyad_series

    home = tmp_path_factory.mktemp("spark-1m")
    raw = generate_gdelt2(home / "synthetic.export.CSV", 1_000_000, seed=7, anchor=date(2019, 6, 1), years=3)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BILATERAL_HOME", str(home / "home"))
        report = load_files([raw], "gdelt2")
        assert report.rows_loaded == 1_000_000
        duck = dyad_series("USA", "CHN", "month", include_documents=False)
        spark = dyad_series("USA", "CHN", "month", engine="spark", include_documents=False)
        assert duck["events"].sum() > 10_000 and duck.height > 12
        assert spark.equals(duck)
