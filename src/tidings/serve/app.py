"""The web application: one FastAPI app serving the REST API (``/api``) and the dashboard (``/``).

The store is opened read-only, one connection per worker thread, so the server keeps answering
while an ingest writes (SQLite's WAL lets readers and the one writer work side by side). Every
error, from the API or a page, leaves in one shape - ``{"error": {"status", "code", "message",
"param"}}`` as JSON, the same fields on an HTML page - and never with a stack trace.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections import OrderedDict
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator, Callable, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from ..errors import StoreError, TidingsError
from ..query import InvalidFilter, NotFound
from ..query_stats import open_readonly

HERE = Path(__file__).resolve().parent
log = logging.getLogger("tidings.serve")
T = TypeVar("T")
CACHE_SIZE = 256
BUSY_WAIT_S = 60.0


class Store:
    """The store's path and one read-only connection per thread that asks for one."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        open_readonly(self.path).close()  # fail at start, with a clear message, not on the first request
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._generation = 0
        self.closed = False
        self._busy: dict[tuple[Any, ...], threading.Event] = {}
        self._cache: OrderedDict[tuple[Any, ...], tuple[tuple[Any, ...], float, Any]] = OrderedDict()

    def conn(self) -> sqlite3.Connection:
        held = getattr(self._local, "held", None)
        if held is not None and held[0] == self._generation:
            return held[1]
        conn = open_readonly(self.path)
        with self._lock:
            self._local.held = (self._generation, conn)
            self._all.append(conn)
        return conn

    def cached(self, fn: Callable[..., T], *, conn: sqlite3.Connection | None = None, **kwargs: Any) -> T:
        """``fn(conn, **kwargs)``, remembered until the store changes (an aggregate over a million events
        takes seconds; the same view asked again answers at once)."""
        key = (fn.__module__, fn.__qualname__, tuple(sorted((k, repr(v)) for k, v in kwargs.items())))
        version = self._version(conn)
        while True:
            with self._lock:
                hit = self._cache.get(key)
                if hit is not None and hit[0] == version:
                    self._cache.move_to_end(key)
                    return hit[2]  # type: ignore[no-any-return]
                busy = self._busy.get(key)
                if busy is None:  # nobody is computing it: this request does, the same ones wait for it
                    busy = self._busy[key] = threading.Event()
                    break
            busy.wait(timeout=BUSY_WAIT_S)
            if not busy.is_set():  # taking too long: compute it here rather than wait without end
                return fn(conn or self.conn(), **kwargs)
        try:
            value = fn(conn or self.conn(), **kwargs)
            with self._lock:
                self._cache[key] = (version, time.monotonic(), value)
                while len(self._cache) > CACHE_SIZE:
                    self._cache.popitem(last=False)
        finally:
            with self._lock:
                self._busy.pop(key, None)
            busy.set()
        return value

    def _version(self, conn: sqlite3.Connection | None = None) -> tuple[Any, ...]:
        """What changes when the store does: the newest row ids (an ingest adds rows, and an article coded
        again is stored anew) and the number of articles (one deleted); ~2 ms over 200,000 articles."""
        row = (conn or self.conn()).execute(
            "SELECT (SELECT max(id) FROM events), (SELECT max(rowid) FROM articles), (SELECT max(id) FROM problems), "
            "(SELECT max(id) FROM quotes), (SELECT count(*) FROM articles)").fetchone()
        return tuple(row)

    def close(self) -> None:
        """Close every connection; a later request (an app started again) opens new ones."""
        with self._lock:
            self.closed = True
            self._generation += 1
            for conn in self._all:
                conn.close()
            self._all.clear()
            self._cache.clear()


def error_body(status: int, code: str, message: str, param: str | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message, "param": param}}


_HTTP_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 406: "not_acceptable",
               422: "invalid_parameter", 500: "server_error", 503: "store_unavailable"}


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api", "/static"))


def _respond(request: Request, status: int, code: str, message: str, param: str | None = None) -> Response:
    if _wants_html(request):
        from .pages import render_error

        return render_error(request, status, code, message, param)
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
    from . import api, pages

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


def store_of(request: Request) -> Store:
    return request.app.state.store


__all__ = ["Store", "create_app", "error_body", "store_of"]
