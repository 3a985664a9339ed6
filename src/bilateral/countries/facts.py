"""The typed country fact: one value with its unit, year and provenance.

Why a flat record rather than a nested profile object: the knowledge base stores facts as rows, `compare`
picks single fields, and provenance (source, section path, the original text) has to travel with every
value. Repeated fields (languages, borders, memberships) are simply several facts with the same `field`
and a different `name`.
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCE = "CIA World Factbook 2025"
NOT_REPORTED = "not reported"

# Every field a Factbook fact can have, in the order a profile lists them.
FIELDS: tuple[str, ...] = (
    "population",
    "area_total",
    "area_land",
    "population_density",
    "government_type",
    "capital",
    "capital_lat",
    "capital_lon",
    "capital_population",
    "language",
    "religion",
    "ethnic_group",
    "gdp_official",
    "gdp_ppp",
    "gdp_per_capita",
    "gdp_official_per_capita",
    "currency",
    "chief_of_state",
    "head_of_government",
    "border",
    "border_total",
    "membership",
    "export_partner",
    "import_partner",
    "coordinates",
)


@dataclass(frozen=True)
class Fact:
    """One typed value about one state.

    `value` is a number for numeric fields and text otherwise; it is None only when `status` is
    "not reported" (the Factbook lacks the field), so a missing value can never pass for a zero.
    `low`/`high` keep ranges ("15-20%") as ranges; `value` then holds their midpoint.
    """

    iso3: str
    field: str
    value: float | str | None
    unit: str | None
    year: int | None
    low: float | None = None
    high: float | None = None
    name: str | None = None
    status: str | None = None
    date: str | None = None
    derived: bool = False
    source: str = SOURCE
    source_ref: str = ""
    raw: str = ""

    @property
    def reported(self) -> bool:
        """False for the explicit "not reported" placeholder facts."""
        return self.status != NOT_REPORTED


def not_reported(iso3: str, field: str, source_ref: str, unit: str | None = None) -> Fact:
    """The explicit placeholder for a field the Factbook does not give for this state."""
    return Fact(iso3, field, None, unit, None, status=NOT_REPORTED, source_ref=source_ref)
