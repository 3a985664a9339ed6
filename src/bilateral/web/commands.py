"""`bilateral serve`: run the web app (HTML pages and the JSON API) in uvicorn."""

from __future__ import annotations

import typer


def serve_cmd(
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
) -> None:
    """Serve the profile pages and the JSON API (docs at /docs, spec at /openapi.json)."""
    import uvicorn

    from bilateral.store import connect
    from bilateral.web.app import create_app

    connect(read_only=True).close()  # build the knowledge base on first use, before serving
    print(f"serving on http://{host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(create_app(), host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_cmd)
