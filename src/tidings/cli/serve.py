"""``tidings serve``: the REST API and the dashboard over a store, read-only, on loopback by default."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import StoreError
from ..store import connect
from ._store import db_option


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback: this machine only; 0.0.0.0 shares it with the network).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes: one serves about 200 requests/s on a small machine; "
                   "two or more share the load across cores.")
def command(db_path: Path, host: str, port: int, workers: int) -> None:
    """Serve the store: a dashboard at / and a REST API at /api (schema at /api/openapi.json).

    The store is opened read-only, so it can be served while `tidings ingest` writes to it.
    Stop the server with Ctrl+C.
    """
    import os

    import uvicorn

    from ..serve import create_app
    from ..serve.app import DB_ENV

    try:
        connect(db_path, create=False).close()  # an older store is upgraded once here; serving never writes
        app = create_app(db_path)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    many = f" in {workers} processes" if workers > 1 else ""
    click.echo(f"tidings: serving {db_path} at http://{host}:{port}/{many} (API at /api, Ctrl+C stops it)", err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    os.environ[DB_ENV] = str(db_path)  # each worker process builds its own app over the same store
    uvicorn.run("tidings.serve.app:app_from_env", factory=True, workers=workers, host=host, port=port,
                log_level="warning")
