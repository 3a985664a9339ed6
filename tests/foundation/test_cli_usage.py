"""Usage errors from the CLI shell: one line on stderr, exit code 2, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

CASES = [
    (["timeline", "Belarus"], "Missing argument"),
    (["compare", "Belarus", "Russia", "--bogus"], "No such option"),
    (["nosuch"], "No such command"),
    (["profile", "Belarus", "Russia", "--format", "xx"], "Invalid value"),
]


@pytest.mark.parametrize(("args", "expected"), CASES)
def test_usage_errors_are_one_line(args: list[str], expected: str, tmp_home) -> None:
    r = subprocess.run([sys.executable, "-m", "bilateral.cli", *args], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and expected in lines[0], r.stderr


def test_help_exits_zero(tmp_home) -> None:
    r = subprocess.run([sys.executable, "-m", "bilateral.cli", "--help"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "compare" in r.stdout and "profile" in r.stdout


def test_every_command_is_registered_by_its_package() -> None:
    import typer.main

    from bilateral.cli import COMMANDS, make_app

    full = typer.main.get_command(make_app())
    assert set(full.commands) == set(COMMANDS)  # the map names every command, and nothing else
    for name in COMMANDS:
        assert name in typer.main.get_command(make_app(name)).commands
