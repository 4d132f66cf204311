"""``tidings serve``: the REST API and the dashboard over a store, read-only.

::

    app.py     create_app(): the FastAPI app and one error shape
    state.py   the read-only store every route reads (Store, store_of)
    params.py  the event filters as query parameters, shared by the API and the pages
    api.py     /api: events, actors, quotes, articles, stats, exports (OpenAPI at /api/openapi.json)
    pages.py   the dashboard: server-rendered pages (Jinja2) with SVG charts drawn by charts.py
    spans.py   an article's text cut into highlighted segments; one event with its evidence
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
