"""Where each live source lives, overridable so tests (and mirrors) can point elsewhere.

Every base URL has a default (the source's official endpoint) and an environment variable; the
CLI's `--api-url`-style options override both. Tests set the variables to a local server on
127.0.0.1, so no test can reach the internet by accident.
"""

from __future__ import annotations

import os

DEFAULTS: dict[str, tuple[str, str]] = {
    # name: (environment variable, default URL)
    "wikipedia": ("BILATERAL_WIKIPEDIA_API", "https://{lang}.wikipedia.org/w/api.php"),
    "wikidata": ("BILATERAL_WIKIDATA_SPARQL", "https://query.wikidata.org/sparql"),
    "worldbank": ("BILATERAL_WORLDBANK_API", "https://api.worldbank.org/v2"),
    "hdr": (
        "BILATERAL_HDR_CSV",
        "https://hdr.undp.org/sites/default/files/2023-24_HDR/HDR23-24_Composite_indices_complete_time_series.csv",
    ),
    "desa": (
        "BILATERAL_DESA_XLSX",
        "https://www.un.org/development/desa/pd/sites/www.un.org.development.desa.pd/files/"
        "undesa_pd_2024_ims_stock_by_sex_destination_and_origin.xlsx",
    ),
}


def base_url(name: str, override: str | None = None, **fmt: str) -> str:
    """The URL of source `name`: `override`, else its environment variable, else the official one.

    `{lang}`-style placeholders are filled from `fmt` (the Wikipedia API is per language).
    """
    env, default = DEFAULTS[name]
    url = override or os.environ.get(env) or default
    if "{" in url:
        url = url.format(**fmt)
    return url.rstrip("/") if name == "worldbank" else url
