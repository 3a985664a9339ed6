"""bilateral.countries: resolve any name or code to a state; code tables; Factbook country facts."""

from bilateral.countries.resolve import (
    Country,
    all_states,
    capital_table,
    demonym_table,
    resolve,
    suggest,
    un_members,
)

__all__ = ["Country", "all_states", "capital_table", "demonym_table", "resolve", "suggest", "un_members"]
