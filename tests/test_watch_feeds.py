"""``tidings watch`` against feeds and pages served by a local HTTP server in a thread."""

from __future__ import annotations

import http.server
import sqlite3
import threading
from pathlib import Path
from typing import Iterator

import pytest

from tidings.scale.partition import build_pipeline
from tidings.store import connect
from tidings.watch import Fetcher, FetchError, Watcher, WatchState, parse_every, state_path

PAGE = """<html lang="en"><head><title>{title}</title><meta name="date" content="2025-09-0{n}"></head>
<body><nav>Home | World | Sport</nav><article><h1>{title}</h1>
<p>Ministers of Kestria and Ostreland met in Valmor on Tuesday to discuss the border, officials said in story {n}.</p>
<p>The talks will continue next week, a spokesman for the Kestrian government told reporters in story {n}.</p>
</article><footer>Copyright</footer></body></html>"""


def rss(base: str, items: list[int], extra: str = "") -> str:
    entries = "".join(f"<item><title>Story {n}</title><link>{base}/{'private/' if n == 9 else ''}story{n}.html</link>"
                      f"<description>Summary of story {n}: ministers met in Valmor.</description>"
                      f"<pubDate>Tue, 0{n} Sep 2025 10:00:00 +0000</pubDate></item>" for n in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>{entries}{extra}</channel></rss>'


class Site:
    """What the server serves, and a count of the requests it got per path."""

    def __init__(self) -> None:
        self.items = [1, 2]
        self.hits: dict[str, int] = {}
        self.agents: set[str] = set()
        self.base = ""

    def reply(self, path: str, headers: dict[str, str]) -> tuple[int, str, bytes, dict[str, str]]:
        self.hits[path] = self.hits.get(path, 0) + 1
        self.agents.add(headers.get("User-Agent", ""))
        if path == "/robots.txt":
            return 200, "text/plain", b"User-agent: *\nDisallow: /private/\n", {}
        if path == "/feed.xml":
            etag = '"v' + "-".join(map(str, self.items)) + '"'
            if headers.get("If-None-Match") == etag:
                return 304, "application/rss+xml", b"", {"ETag": etag}
            return 200, "application/rss+xml", rss(self.base, self.items).encode(), {"ETag": etag}
        if path == "/broken.xml":
            return 200, "application/rss+xml", b"<rss><channel><item><title>cut", {}
        if path == "/gone.xml":
            return 404, "text/plain", b"no", {}
        if path.startswith("/story"):
            n = int(path[6:-5])
            return 200, "text/html; charset=utf-8", PAGE.format(n=n, title=f"Story {n} in full").encode(), {}
        return 404, "text/plain", b"not here", {}


@pytest.fixture()
def site() -> Iterator[Site]:
    state = Site()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, kind, body, extra = state.reply(self.path, dict(self.headers))
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for k, v in extra.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()
    thread.join()


def _watcher(conn: sqlite3.Connection, feeds: list[str], db: Path) -> Watcher:
    return Watcher(conn, build_pipeline(["none"]), feeds, WatchState.open(state_path(db)), Fetcher(delay=0, timeout=5))


def _articles(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return conn.execute("SELECT url, text FROM articles ORDER BY url").fetchall()


def test_watch_stores_each_new_item_once_and_a_restart_fetches_nothing_twice(site: Site, tmp_path: Path) -> None:
    db, feed = tmp_path / "w.db", site.base + "/feed.xml"
    with connect(db) as conn:
        stats = _watcher(conn, [feed], db).poll()
        assert (stats.entries, stats.fetched, stats.ingest.new) == (2, 2, 2)
        stored = _articles(conn)
        assert [u for u, _ in stored] == [site.base + "/story1.html", site.base + "/story2.html"]
        assert "talks will continue" in stored[0][1] and "Copyright" not in stored[0][1]  # the page's main text
    with connect(db) as conn:  # a new watcher: the state file carries over
        again = _watcher(conn, [feed], db)
        assert again.poll().unchanged == 1  # conditional request: 304
        site.items = [1, 2, 3]
        stats = again.poll()
        assert (stats.entries, stats.fetched, stats.ingest.new) == (1, 1, 1)
        assert len(_articles(conn)) == 3
    assert site.hits["/story1.html"] == site.hits["/story2.html"] == site.hits["/story3.html"] == 1
    assert site.hits["/robots.txt"] == 2  # once per watcher
    assert all(agent.startswith("tidings/") for agent in site.agents)


def test_watch_a_bad_feed_is_a_problem_and_the_others_go_on(site: Site, tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/feed.xml"
    feeds = [dead, site.base + "/broken.xml", site.base + "/gone.xml", site.base + "/feed.xml", "ftp://x/feed"]
    db = tmp_path / "w.db"
    with connect(db) as conn:
        stats = _watcher(conn, feeds, db).poll()
        assert stats.ingest.new == 2 and stats.failed == 4
        problems = dict(conn.execute("SELECT origin, code FROM problems WHERE article_id IS NULL"))
    assert problems[dead] == problems[site.base + "/gone.xml"] == problems["ftp://x/feed"] == "watch.unreachable"
    broken = [code for origin, code in problems.items() if origin.startswith(site.base + "/broken.xml")]
    assert broken and all(code.startswith("input.") for code in broken)  # as the feed reader words it


def test_watch_obeys_robots_txt_and_codes_the_feed_text_instead(site: Site, tmp_path: Path) -> None:
    site.items = [9]  # its link is under /private/
    db = tmp_path / "w.db"
    with connect(db) as conn:
        stats = _watcher(conn, [site.base + "/feed.xml"], db).poll()
        assert (stats.fetched, stats.ingest.new) == (0, 1)
        (text,) = conn.execute("SELECT text FROM articles").fetchone()
        (code,) = conn.execute("SELECT code FROM problems WHERE article_id IS NOT NULL").fetchone()
    assert "Summary of story 9" in text and code == "watch.page_unavailable"
    assert "/private/story9.html" not in site.hits


@pytest.mark.parametrize(("last", "now", "slept"), [
    (None, 10.0, None),   # first request to the host: no wait
    (9.0, 10.0, 1.0),     # one second ago with a two-second delay: wait one more
    (5.0, 10.0, None),    # long ago: no wait
])
def test_watch_waits_between_requests_to_one_host(last: float | None, now: float, slept: float | None) -> None:
    waits: list[float] = []
    f = Fetcher(delay=2.0, clock=lambda: now, sleep=waits.append)
    if last is not None:
        f._last["example.org"] = last
    f.wait_for("example.org")
    assert waits == ([] if slept is None else [pytest.approx(slept)])


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), ("30s", 30), ("1h", 3600), ("2d", 172800), ("45", 45),
                                               ("1.5m", 90)])
def test_watch_every_parses(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "15x", "0.5", "-1m"])
def test_watch_every_refuses_nonsense(text: str) -> None:
    with pytest.raises(ValueError):
        parse_every(text)


def test_watch_a_damaged_state_file_is_a_clear_error(tmp_path: Path) -> None:
    p = tmp_path / "s.json"
    p.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="watch state"):
        WatchState.open(p)


def test_watch_fetcher_refuses_other_schemes() -> None:
    with pytest.raises(FetchError, match="not an http"):
        Fetcher().get("file:///etc/passwd")


def test_watch_cli_once(site: Site, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from tidings.cli import group

    db = tmp_path / "w.db"
    args = ["watch", site.base + "/feed.xml", "--db", str(db), "--once", "--delay", "0", "--components", "none"]
    res = CliRunner().invoke(group, args)
    assert res.exit_code == 0, res.output
    assert "2 new" in res.output and state_path(db).is_file()
    res = CliRunner().invoke(group, args)
    assert "1 unchanged" in res.output and site.hits["/story1.html"] == 1
    assert CliRunner().invoke(group, args[:-2] + ["--every", "soon"]).exit_code == 2


def test_watch_run_polls_until_stopped(site: Site, tmp_path: Path) -> None:
    db, polls = tmp_path / "w.db", []
    stop = threading.Event()

    def on_poll(stats: object) -> None:
        polls.append(stats)
        if len(polls) == 2:
            stop.set()

    with connect(db) as conn:
        _watcher(conn, [site.base + "/feed.xml"], db).run(0.01, stop=stop, on_poll=on_poll)
    assert len(polls) == 2 and site.hits["/feed.xml"] == 2
