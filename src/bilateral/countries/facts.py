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

# Every field a Factbook fact can have, in the order a profile lists them, with what `value`/`name` hold.
FIELDS: tuple[str, ...] = (
    "population",               # people; status "estimate" when the Factbook says "est."
    "area_total",               # sq km
    "area_land",                # sq km
    "population_density",       # people/sq km = population / area_total, derived
    "government_type",          # text
    "capital",                  # value = city; status = "administrative capital" etc. when there are several
    "capital_lat",              # degrees, name = capital (the first one listed)
    "capital_lon",              # degrees, name = capital
    "capital_population",       # people in the capital's urban area, name = city (one per marked capital)
    "language",                 # name = language, value = % or None, status "official" where marked
    "religion",                 # name + %; ranges in low/high with status "range"
    "ethnic_group",             # name + %; ranges in low/high with status "range"
    "gdp_official",             # USD at the official exchange rate
    "gdp_ppp",                  # USD, purchasing power parity, latest year given
    "gdp_per_capita",           # USD PPP as reported ("Real GDP per capita"), name = "PPP"
    "gdp_official_per_capita",  # USD = gdp_official / population, derived
    "currency",                 # value = ISO 4217 name (or the Factbook's), name = ISO 4217 code when it maps
    "chief_of_state",           # value = person, name = title, date = since; status "representative" for
    "head_of_government",       #   governors-general and other stand-ins; several people -> several facts
    "border",                   # km, name = neighbour ISO3 (or the Factbook's text when it is no state)
    "border_total",             # km; 0 for island states (which then have no border facts)
    "membership",               # value = name = organisation code; status None (member)/"observer"/"partner"/...
    "export_partner",           # %, name = partner ISO3 (or text), year
    "import_partner",           # %, name = partner ISO3 (or text), year
    "coordinates",              # degrees, name = "lat" or "lon" (the country's geographic centre)
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
