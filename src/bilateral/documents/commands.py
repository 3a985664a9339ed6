"""CLI commands of this package (registered by `bilateral.cli`); filled in by its issue."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this package's commands to the main app."""
