"""Build a peacesciencer-style dyad-year panel with bilateral and look at it (fits nothing).

    .venv/bin/python examples/dyad_panel.py [DATA_DIR]

DATA_DIR holds the dataset files: by default the download cache (fill it with
`bilateral data fetch cow-states contiguity igo atop`), or e.g. ../shared/data/dyads.
"""

from __future__ import annotations

import sys
from pathlib import Path

import polars as pl

from bilateral.dyads import (
    add_atop_alliance,
    add_capital_distance,
    add_contiguity,
    add_cow_majors,
    add_igos,
    citations,
    create_dyadyears,
    filter_prd,
    set_data_dir,
)


def main() -> None:
    if len(sys.argv) > 1:
        set_data_dir(Path(sys.argv[1]))
    panel = (
        create_dyadyears("cow", years=(1946, 2014), directed=False)
        .pipe(add_contiguity)
        .pipe(add_igos)
        .pipe(add_atop_alliance)
        .pipe(add_capital_distance)
        .pipe(add_cow_majors)
    )
    print(f"{panel.height:,} non-directed COW dyad-years, 1946-2014")
    print(panel.filter((pl.col("ccode1") == 365) & (pl.col("ccode2") == 370)).tail(5))  # Russia-Belarus
    relevant = filter_prd(panel)
    print(f"politically relevant: {relevant.height:,} dyad-years")
    print(relevant.group_by("conttype").agg(pl.len(), pl.col("dyadigos").mean().alias("mean_shared_igos"),
                                            pl.col("atop_defense").mean().alias("share_defense_pact"))
          .sort("conttype"))
    print("pandas users: panel.to_pandas()")
    for c in citations(panel):
        print(f"- {c['citation']}")


if __name__ == "__main__":
    main()
