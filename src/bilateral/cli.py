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

# Which package provides each top-level command. Running one command imports only its package
# (start-up time is most of a short command's latency); help and unknown commands load them all.
COMMANDS: dict[str, str] = {
    "countries": "bilateral.countries.commands",
    "db": "bilateral.store.commands",
    "compare": "bilateral.profile.commands",
    "profile": "bilateral.profile.commands",
    "ingest": "bilateral.documents.commands",
    "timeline": "bilateral.documents.commands",
    "extract": "bilateral.extract.commands",
    "eval": "bilateral.extract.commands",
    "events": "bilateral.events.commands",
    "series": "bilateral.events.commands",
    "dyads": "bilateral.dyads.commands",
    "data": "bilateral.dyads.commands",
    "fetch": "bilateral.sources.commands",
    "sources": "bilateral.sources.commands",
    "serve": "bilateral.web.commands",
}
COMMAND_MODULES = list(dict.fromkeys(COMMANDS.values()))


def make_app(command: str | None = None) -> typer.Typer:
    """The Typer app with the commands of `command`'s package, or of every package."""
    app = typer.Typer(
        name="bilateral",
        help="Relations between any pair of states: profiles, timelines, event series, dyad-year panels.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    app.callback()(_root)  # a group even when one package registers a single command
    modules = [COMMANDS[command]] if command in COMMANDS else COMMAND_MODULES
    for name in modules:
        importlib.import_module(name).register(app)
    return app


def _root() -> None:
    pass


def __getattr__(name: str) -> typer.Typer:
    if name == "app":  # the full app, for tests and documentation tools
        return make_app()
    raise AttributeError(name)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the Typer app, turning user errors into one line and exit code 2."""
    args = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in args if not a.startswith("-")), None)
    try:
        make_app(command)(args=args, standalone_mode=False)
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
