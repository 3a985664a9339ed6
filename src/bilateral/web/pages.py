"""The app's HTML pages, rendered with Jinja2 (autoescaping on for every template).

The pair page is the standalone profile HTML (`profile.render_html`) with the site bar; it is
cached per pair and knowledge-base file version (`web.cache`), because its three charts take a
few hundred milliseconds to render and do not change until the file does.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import duckdb
import jinja2
from fastapi import FastAPI

from bilateral.errors import BilateralError


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.PackageLoader("bilateral.web", "templates"), autoescape=True)


def index_page(con: duckdb.DuckDBPyConnection) -> str:
    from bilateral.store import queries

    states = queries.countries(con)
    return environment().get_template("index.html").render(states=states)


def pair_page(app: FastAPI, a: str, b: str) -> str:
    from bilateral.profile.render_html import to_html
    from bilateral.web.cache import profile

    cache = app.state.cache
    return cache.computed(("page", a, b), lambda: to_html(profile(cache, a, b), web=True))


def error_page(e: BilateralError, suggestions: list[str]) -> str:
    return environment().get_template("error.html").render(message=str(e), suggestions=suggestions,
                                                           status=e.http_status)


def docs_page(spec: dict[str, Any]) -> str:
    """A readable API reference from the OpenAPI spec, with no script and no CDN."""
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get("description", ""),
                       "schema": p.get("schema", {})} for p in op.get("parameters", [])]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "params": params, "responses": sorted(op.get("responses", {}))})
    return environment().get_template("docs.html").render(spec=spec, ops=ops)
