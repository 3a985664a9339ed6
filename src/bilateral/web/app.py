"""The web app: HTML pages (pick a pair, read its profile) and the JSON API, over the library.

`create_app()` builds a FastAPI app; `bilateral serve` runs it in uvicorn. Nothing is loaded
from a CDN: Swagger UI (which FastAPI pulls from one) is replaced by a self-contained `/docs`
page generated from the OpenAPI spec, and the page's CSS and script are served from the package.
User errors become JSON (`{"error", "detail", "suggestions"}`) with the error's HTTP status on
API routes and a small HTML page on HTML routes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from bilateral.errors import BilateralError, UnknownCountryError
from bilateral.web import pages
from bilateral.web.api import router
from bilateral.web.cache import StampedCache

STATIC = Path(__file__).parent / "static"


def _error_body(e: BilateralError) -> dict[str, Any]:
    body: dict[str, Any] = {"error": type(e).__name__, "detail": str(e), "suggestions": []}
    if isinstance(e, UnknownCountryError):
        body["suggestions"] = e.suggestions
    return body


def create_app(db_path: Path | None = None) -> FastAPI:
    """The app over the knowledge base at `db_path` (default: the user's, see `bilateral db path`)."""
    app = FastAPI(
        title="bilateral", version="1",
        description="Relations between any pair of states: profiles, events and event series, with sources.",
        docs_url=None, redoc_url=None,
    )
    app.state.db_path = db_path
    app.state.cache = StampedCache(db_path)
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(BilateralError)
    def _bilateral_error(request: Request, e: BilateralError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse(_error_body(e), status_code=e.http_status)
        return HTMLResponse(pages.error_page(e, _error_body(e)["suggestions"]), status_code=e.http_status)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> str:
        return app.state.cache.get(("index",), pages.index_page)

    @app.get("/pair/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def pair_page(a: str, b: str) -> Response:
        from bilateral.web.deps import resolve_pair

        ia, ib = resolve_pair(a, b)
        if (ia, ib) != (a, b):
            return RedirectResponse(f"/pair/{ia}/{ib}", status_code=307)
        return HTMLResponse(pages.pair_page(app, ia, ib))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> str:
        return pages.docs_page(app.openapi())

    return app
