"""How relations articles abbreviate the organisations whose Factbook codes differ ("G20", not "G-20").

Why a module of its own: the knowledge base keeps the CIA World Factbook's codes (Appendix B), which
its memberships join on, while text meant for readers (the extraction's gold-schema JSON, the
profile's sentences) writes the abbreviations Wikipedia uses. Extraction and profiles both need the
map, and neither should import the other's package (or DuckDB) for it.
"""

from __future__ import annotations

COMMON_CODE: dict[str, str] = {
    "G-20": "G20", "G-7": "G7", "G-8": "G8", "G-77": "G77", "G-15": "G15", "G-24": "G24",
    "CE": "CoE",  # Council of Europe
    "ICCt": "ICC",  # International Criminal Court (the Factbook's "ICC" is the Chamber of Commerce)
}  # fmt: skip


def common_code(code: str) -> str:
    """The abbreviation readers know for a Factbook organisation code (unchanged when they agree)."""
    return COMMON_CODE.get(code, code)
