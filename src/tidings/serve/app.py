"""The web application: one FastAPI app serving the REST API (``/api``) and the dashboard (``/``).

The store is opened read-only, one connection per worker thread, so the server keeps answering
while an ingest writes (SQLite's WAL lets readers and the one writer work side by side). Every
error, from the API or a page, leaves in one shape - ``{"error": {"status", "code", "message",
"param"}}`` as JSON, the same fields on an HTML page - and never with a stack trace.
"""

from __future__ import annotations

import logging
import os
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from ..errors import StoreError, TidingsError
from ..query import InvalidFilter, NotFound
from . import api, pages
from .state import HERE, Store, store_of

log = logging.getLogger("tidings.serve")

def error_body(status: int, code: str, message: str, param: str | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message, "param": param}}


_HTTP_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 406: "not_acceptable",
               422: "invalid_parameter", 500: "server_error", 503: "store_unavailable"}


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api", "/static"))


def _respond(request: Request, status: int, code: str, message: str, param: str | None = None) -> Response:
    if _wants_html(request):

        return pages.render_error(request, status, code, message, param)
    return JSONResponse(error_body(status, code, message, param), status_code=status)


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None]:
    first = exc.errors()[0] if exc.errors() else {}
    loc = [str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body")]
    param = loc[0] if loc else None
    return (f"{param}: {first.get('msg', 'invalid value')}" if param else first.get("msg", "invalid request")), param


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(InvalidFilter)
    async def invalid_filter(request: Request, exc: InvalidFilter) -> Response:
        return _respond(request, 400, exc.code, str(exc), exc.param)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return _respond(request, 404, exc.code, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return _respond(request, 503, exc.code, str(exc))

    @app.exception_handler(TidingsError)
    async def tidings_error(request: Request, exc: TidingsError) -> Response:
        return _respond(request, 400, exc.code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        message, param = _validation_message(exc)
        return _respond(request, 400, "request.invalid_parameter", message, param)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = f"http.{_HTTP_CODES.get(exc.status_code, 'error')}"
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        return _respond(request, exc.status_code, code, message)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        # the trace goes to the server's log, never to the client
        log.exception("error answering %s", request.url.path)
        return _respond(request, 500, "server.error", "the server failed to answer this request (see its log)")


def create_app(db: str | Path) -> FastAPI:
    """The application over the store at ``db`` (opened read-only; it must exist)."""

    store = Store(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store.closed = False
        threading.Thread(target=pages.warm, args=(store,), name="tidings-warm", daemon=True).start()
        yield
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="tidings", version="1", summary="PLOVER events, actors and quotes coded from news, with their evidence",
        openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,  # the bundled docs UI loads from a CDN
    )
    app.state.store = store
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=5)  # 9 costs more time than it saves
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app


DB_ENV = "TIDINGS_SERVE_DB"


def app_from_env() -> FastAPI:
    """The application over the store named by ``TIDINGS_SERVE_DB``: the factory each worker
    process calls when ``tidings serve --workers N`` runs several (uvicorn starts workers from an
    import string, not from an application object)."""
    db = os.environ.get(DB_ENV)
    if not db:
        raise RuntimeError(f"{DB_ENV} names no store")
    return create_app(db)


__all__ = ["DB_ENV", "Store", "app_from_env", "create_app", "error_body", "store_of"]
