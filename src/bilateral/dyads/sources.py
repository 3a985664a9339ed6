"""The datasets a dyad-year panel can draw on: where they come from, what they are called on disk,
and how to cite them.

One registry serves three jobs: `bilateral data fetch` (official URL), the loaders (which file
names to look for in the data directory) and `citations()` (what a panel must cite). Keeping them
together means a new dataset is added in one place.

File layouts. Every dataset can be read in two layouts, tried in order:

1. the producer's OFFICIAL file (what `bilateral data fetch` downloads and unpacks), and
2. peacesciencer's processed form of it (what `../shared/data/dyads` holds and the tests read).

Where only one layout is supported the `note` field says so explicitly.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from bilateral.errors import BilateralError
from bilateral.paths import cache_dir

DATA_ENV = "BILATERAL_DYADS_DATA"
_override: Path | None = None


@dataclass(frozen=True)
class Dataset:
    """One source dataset: how to fetch it, which files hold it, how to cite it."""

    key: str
    title: str
    version: str
    citation: str
    url: str | None  # the producer's official download (None: no single official file)
    files: tuple[str, ...]  # candidate file names in the data directory, official layout first
    years: tuple[int, int] | None = None  # years the source covers (outside: null, never 0)
    note: str = ""
    extra_urls: tuple[str, ...] = field(default_factory=tuple)


COW = "Correlates of War Project"
DATASETS: dict[str, Dataset] = {
    d.key: d
    for d in [
        Dataset(
            "cow-states",
            "COW State System Membership",
            "2024",
            f"{COW}. 2024. State System Membership List, v2024. https://correlatesofwar.org/data-sets/state-system-membership/",
            "https://correlatesofwar.org/wp-content/uploads/statelist2024.csv",
            ("statelist2024.csv", "cow_statelist2024.csv"),
            (1816, 2024),
        ),
        Dataset(
            "cow-states-2016",
            "COW State System Membership",
            "2016",
            f"{COW}. 2017. State System Membership List, v2016. https://correlatesofwar.org/data-sets/state-system-membership/",
            "https://correlatesofwar.org/wp-content/uploads/states2016.csv",
            ("states2016.csv", "cow_states2016.csv"),
            (1816, 2016),
        ),
        Dataset(
            "gw-states",
            "Gleditsch-Ward list of independent states (with microstates)",
            "7",
            "Gleditsch, Kristian S. and Michael D. Ward. 1999. A Revised List of Independent States since the "
            "Congress of Vienna. International Interactions 25(4): 393-413.",
            "http://ksgleditsch.com/data/iisystem.dat",
            ("iisystem.dat", "gw_system_v7.csv"),
            (1816, 2020),
            note="official layout: iisystem.dat + microstatessystem.dat (tab-separated, dd:mm:yyyy dates)",
            extra_urls=("http://ksgleditsch.com/data/microstatessystem.dat",),
        ),
        Dataset(
            "gw-states-2017",
            "Gleditsch-Ward list of independent states (iisystem, 2017 revision)",
            "2017",
            "Gleditsch, Kristian S. and Michael D. Ward. 1999. A Revised List of Independent States since the "
            "Congress of Vienna. International Interactions 25(4): 393-413.",
            None,
            ("gw_states_iisystem2017.csv",),
            (1816, 2017),
            note="peacesciencer's gw_states form only",
        ),
        Dataset(
            "contiguity",
            "COW Direct Contiguity",
            "3.2",
            "Stinnett, Douglas M., Jaroslav Tir, Philip Schafer, Paul F. Diehl and Charles Gochman. 2002. The "
            "Correlates of War Project Direct Contiguity Data, Version 3. Conflict Management and Peace Science "
            "19(2): 58-66.",
            "https://correlatesofwar.org/wp-content/uploads/DirectContiguity320.zip",
            ("contdir.csv", "ps_cow_contdir_v3.2.csv"),
            (1816, 2016),
            note="official master records contdir.csv (begin/end YYYYMM) or peacesciencer's cow_contdir",
        ),
        Dataset(
            "igo",
            "COW Intergovernmental Organizations",
            "3.0",
            "Pevehouse, Jon C.W., Timothy Nordstrom, Roseanne W. McManus and Anne Spencer Jamison. 2020. "
            "Tracking Organizations in the World: The Correlates of War IGO Version 3.0 datasets. Journal of "
            "Peace Research 57(3): 492-503.",
            "https://correlatesofwar.org/wp-content/uploads/dyadic_formatv3.zip",
            ("dyadic_formatv3.csv", "ps_cow_igo_ndy_v3.csv.gz"),
            (1816, 2014),
            note="official wide dyadic_formatv3.csv (joint full membership = 1 per IGO column, negatives = "
            "missing) or peacesciencer's cow_igo_ndy counts",
        ),
        Dataset(
            "igo-sy",
            "COW Intergovernmental Organizations (state-year)",
            "3.0",
            "Pevehouse, Jon C.W., Timothy Nordstrom, Roseanne W. McManus and Anne Spencer Jamison. 2020. "
            "Tracking Organizations in the World: The Correlates of War IGO Version 3.0 datasets. Journal of "
            "Peace Research 57(3): 492-503.",
            "https://correlatesofwar.org/wp-content/uploads/state_year_formatv3.zip",
            ("state_year_formatv3.csv", "ps_cow_igo_sy_v3.csv", "igoR_igo_state_year_long_v3.csv.gz"),
            (1816, 2014),
        ),
        Dataset(
            "atop",
            "Alliance Treaty Obligations and Provisions",
            "5.1",
            "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long. 2002. Alliance "
            "Treaty Obligations and Provisions, 1815-1944. International Interactions 28: 237-60.",
            "http://www.atopdata.org/uploads/6/9/1/3/69134503/atop_5.1__.csv_.zip",
            ("atop5_1ddyr.csv", "ps_atop5.1_ddy.csv.gz"),
            (1815, 2018),
            note="official directed dyad-year file atop5_1ddyr.csv or peacesciencer's atop_alliance",
        ),
        Dataset(
            "trade",
            "COW Dyadic Trade",
            "4.0",
            "Barbieri, Katherine, Omar M.G. Keshk and Brian Pollins. 2009. Trading Data: Evaluating our "
            "Assumptions and Coding Rules. Conflict Management and Peace Science 26(5): 471-491.",
            "https://correlatesofwar.org/wp-content/uploads/COW_Trade_4.0.zip",
            ("Dyadic_COW_4.0.csv", "ps_cow_trade_ndy_v4_rounded.csv.gz"),
            (1870, 2014),
        ),
        Dataset(
            "trade-sy",
            "COW National Trade",
            "4.0",
            "Barbieri, Katherine, Omar M.G. Keshk and Brian Pollins. 2009. Trading Data: Evaluating our "
            "Assumptions and Coding Rules. Conflict Management and Peace Science 26(5): 471-491.",
            None,
            ("National_COW_4.0.csv", "ps_cow_trade_sy_v4.csv"),
            (1870, 2014),
            note="unpacked from the same COW_Trade_4.0.zip as the dyadic file",
        ),
        Dataset(
            "mids",
            "COW Militarized Interstate Disputes",
            "5.0",
            "Palmer, Glenn, Roseanne W. McManus, Vito D'Orazio, Michael R. Kenwick, Mikaela Karstens, Chase "
            "Bloch, Nick Dietrich, Kayla Kahn, Kellan Ritter and Michael J. Soules. 2022. The MID5 Dataset, "
            "2011-2014. Conflict Management and Peace Science 39(4): 470-482.",
            "https://correlatesofwar.org/wp-content/uploads/MID-5-Data-and-Supporting-Materials.zip",
            ("ps_cow_mid_ddydisps.csv",),
            (1816, 2014),
            note="dyad-years are read from peacesciencer's cow_mid_ddydisps form only (the official MID 5.0 "
            "files are participant-level; fetch downloads them for reference)",
        ),
        Dataset(
            "gml-mids",
            "Gibler-Miller-Little MID data",
            "2.2.1",
            "Gibler, Douglas M., Steven V. Miller and Erin K. Little. 2016. An Analysis of the Militarized "
            "Interstate Dispute (MID) Dataset, 1816-2001. International Studies Quarterly 60(4): 719-730.",
            None,
            ("ps_gml_mid_ddydisps.csv",),
            (1816, 2010),
            note="peacesciencer's gml_mid_ddydisps form only",
        ),
        Dataset(
            "majors",
            "COW State System Membership: major powers",
            "2024",
            f"{COW}. 2024. State System Membership List, v2024 (major powers). "
            "https://correlatesofwar.org/data-sets/state-system-membership/",
            "https://correlatesofwar.org/wp-content/uploads/majors2024.csv",
            ("majors2024.csv", "cow_majors2024.csv"),
            (1816, 2024),
        ),
        Dataset(
            "nmc",
            "COW National Material Capabilities",
            "6.0",
            "Singer, J. David, Stuart Bremer and John Stuckey. 1972. Capability Distribution, Uncertainty, and "
            "Major Power War, 1820-1965. In Bruce Russett (ed.), Peace, War, and Numbers, 19-48. Beverly Hills: "
            "Sage.",
            "https://correlatesofwar.org/wp-content/uploads/NMC_Documentation-6.0.zip",
            ("NMC-60-abridged.csv", "ps_cow_nmc.csv"),
            (1816, 2016),
            note="the shared peacesciencer file is v7.0 (1816-2022); years are taken from the file read",
        ),
        Dataset(
            "democracy",
            "Democracy scores (extended UDS, Polity, V-Dem) by COW state-year",
            "isard 0.2.0",
            "Marquez, Xavier. 2016. A Quick Method for Extending the Unified Democracy Scores; Marshall, Monty "
            "G., Ted Robert Gurr and Keith Jaggers. 2017. Polity IV Project; Coppedge, Michael et al. 2020. "
            "V-Dem Dataset v10.",
            None,
            ("isard_cw_democracy.csv",),
            note="combined table from the isard R package only (no single official file)",
        ),
        Dataset(
            "capitals",
            "Capitals with dates and coordinates",
            "peacesciencer 1.2",
            "Miller, Steven V. 2022. peacesciencer: An R Package for Quantitative Peace Science Research. "
            "Conflict Management and Peace Science 39(6): 755-779.",
            None,
            ("ps_cow_capitals.csv",),
            note="peacesciencer's capitals table (no producer file)",
            extra_urls=(),
        ),
        Dataset(
            "gw-capitals",
            "Capitals with dates and coordinates (G-W codes)",
            "peacesciencer 1.2",
            "Miller, Steven V. 2022. peacesciencer: An R Package for Quantitative Peace Science Research. "
            "Conflict Management and Peace Science 39(6): 755-779.",
            None,
            ("ps_gw_capitals.csv",),
        ),
        Dataset(
            "events",
            "bilateral events table (GDELT/ICEWS/POLECAT coded to PLOVER)",
            "-",
            "Halterman, Andrew et al. 2023. PLOVER and POLECAT: A New Political Event Ontology and Dataset; "
            "Leetaru, Kalev and Philip A. Schrodt. 2013. GDELT: Global Data on Events, Location and Tone.",
            None,
            (),
            note="read through bilateral.events.store.scan_events()",
        ),
    ]
}

# Shared-fixture files that are the producers' raw files under another name (official layout).
RAW_COPIES = frozenset({"cow_statelist2024.csv", "cow_states2016.csv", "cow_majors2024.csv"})

FETCHABLE = ("cow-states", "gw-states", "contiguity", "igo", "atop", "trade", "mids", "nmc", "majors")


def dataset(key: str) -> Dataset:
    """Look a dataset up by key; an unknown key is a user error naming the valid ones."""
    try:
        return DATASETS[key]
    except KeyError:
        raise BilateralError(f"unknown dataset {key!r}; known: {', '.join(sorted(DATASETS))}") from None


def set_data_dir(path: str | Path | None) -> None:
    """Point every loader at `path` (None: back to the environment / download cache)."""
    global _override
    _override = Path(path) if path is not None else None


def data_dir() -> Path:
    """Where loaders look for dataset files: `set_data_dir()`, then `$BILATERAL_DYADS_DATA`, then the cache."""
    if _override is not None:
        return _override
    env = os.environ.get(DATA_ENV)
    return Path(env) if env else cache_dir("dyads")


def find_file(key: str, directory: Path | None = None) -> Path:
    """The first of a dataset's candidate files present in the data directory.

    A missing dataset is a user error that says where we looked and how to get it.
    """
    ds = dataset(key)
    root = directory or data_dir()
    for name in ds.files:
        p = root / name
        if p.is_file():
            return p
        nested = sorted(root.rglob(name)) if root.is_dir() else []  # zip archives unpack into folders
        if nested:
            return min(nested, key=lambda q: len(q.parts))
    how = f"run `bilateral data fetch {key}`" if key in FETCHABLE else "place it there"
    if "only" in ds.note:  # the loader cannot read the producer's own files for this dataset
        how = f"place it there ({ds.note})"
    raise BilateralError(
        f"no {ds.title} file in {root} (looked for {', '.join(ds.files) or 'nothing'}); {how}"
    )
