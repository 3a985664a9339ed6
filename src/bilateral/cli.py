"""The `bilateral` command: a thin shell over the library.

Each subpackage contributes its commands through `<package>.commands.register(app)`, so that the
CLI of a capability sits next to the library code it wraps and no command holds logic of its own.
Every user error (`BilateralError`) becomes one line on stderr and exit code 2.
"""

from __future__ import annotations

import importlib
import sys

import typer

from bilateral.errors import BilateralError

app = typer.Typer(
    name="bilateral",
    help="Relations between any pair of states: profiles, timelines, event series, dyad-year panels.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = [
    "bilateral.countries.commands",
    "bilateral.store.commands",
    "bilateral.profile.commands",
    "bilateral.documents.commands",
    "bilateral.extract.commands",
    "bilateral.events.commands",
    "bilateral.dyads.commands",
    "bilateral.sources.commands",
    "bilateral.web.commands",
]

for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the Typer app, turning user errors into one line and exit code 2."""
    try:
        app(args=argv, standalone_mode=False)
    except BilateralError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as e:
        _click_error(e)
        raise


def _click_error(e: Exception) -> None:
    """Usage errors from click (or typer's vendored copy of it) become one line and exit 2."""
    module = type(e).__module__
    if not module.startswith(("click", "typer")):
        return
    name = type(e).__name__
    if name == "Exit":
        sys.exit(getattr(e, "exit_code", 0))
    if name == "NoArgsIsHelpError" and getattr(e, "ctx", None) is not None:
        print(e.ctx.get_help())
        sys.exit(0)
    if name == "Abort":
        print("error: aborted", file=sys.stderr)
        sys.exit(2)
    if hasattr(e, "format_message"):
        ctx = getattr(e, "ctx", None)
        where = f" (see `{ctx.command_path} --help`)" if ctx is not None else ""
        print(f"error: {e.format_message()}{where}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
