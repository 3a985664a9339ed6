"""Dyad-year and state-year panels: peacesciencer's core for Python, in Polars.

    from bilateral.dyads import create_dyadyears, add_contiguity, add_igos, citations
    panel = create_dyadyears("cow", years=(1946, 2014)).pipe(add_contiguity).pipe(add_igos)
    citations(panel)

Data files are read from `data_dir()` (the download cache, `$BILATERAL_DYADS_DATA`, or
`set_data_dir(path)`); `bilateral data fetch <dataset>` fills the cache from the producers.
"""

from bilateral.dyads.cite import citations, used_datasets
from bilateral.dyads.create import create_dyadyears, create_stateyears
from bilateral.dyads.events import add_events
from bilateral.dyads.sources import DATASETS, data_dir, set_data_dir
from bilateral.dyads.tags import panel_info
from bilateral.dyads.verbs import (
    add_atop_alliance,
    add_capital_distance,
    add_contiguity,
    add_cow_majors,
    add_cow_trade,
    add_democracy,
    add_gml_mids,
    add_igos,
    add_mids,
    add_nmc,
    filter_prd,
)

__all__ = [
    "DATASETS",
    "add_atop_alliance",
    "add_capital_distance",
    "add_contiguity",
    "add_cow_majors",
    "add_cow_trade",
    "add_democracy",
    "add_events",
    "add_gml_mids",
    "add_igos",
    "add_mids",
    "add_nmc",
    "citations",
    "create_dyadyears",
    "create_stateyears",
    "data_dir",
    "filter_prd",
    "panel_info",
    "set_data_dir",
    "used_datasets",
]
