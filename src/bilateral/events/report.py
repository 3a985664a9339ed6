"""What a load did: per-file counts of rows read, loaded and quarantined, and the reasons."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FileReport:
    name: str
    digest: str
    status: str  # loaded | skipped (already loaded) | quarantined (whole file)
    rows_read: int = 0
    rows_loaded: int = 0
    rows_quarantined: int = 0


@dataclass
class LoadReport:
    """What a load did: per-file counts and the reasons rows were quarantined."""

    source: str
    files: list[FileReport] = field(default_factory=list)
    reasons: dict[str, int] = field(default_factory=dict)

    @property
    def rows_read(self) -> int:
        return sum(f.rows_read for f in self.files)

    @property
    def rows_loaded(self) -> int:
        return sum(f.rows_loaded for f in self.files)

    @property
    def rows_quarantined(self) -> int:
        return sum(f.rows_quarantined for f in self.files)
