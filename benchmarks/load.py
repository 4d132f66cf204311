"""Load on the REST API: does ``tidings serve`` hold a fixed request rate on loopback?

    python -m benchmarks.load [--rate 200] [--seconds 60] [--db FILE] [--articles 150 | --events N]

Builds a store from a small real corpus with ``tidings ingest`` (the first ``--articles``
Wikinews articles of ``../shared/data/wikinews_en.jsonl``, else the ``examples/`` articles; or,
with ``--events N``, N generated events without the model), or uses FILE where it exists; starts
``tidings serve`` on a free loopback port as its own process; derives a mix of requests from what
the store holds (event lists and pages deep in them, filters, stats, full-text search of events
and quotes, single events, merged events, actors and articles, dashboard pages); requests each
URL once (a server that has been up a while); then sends them at a fixed rate for the given time
through a minimal HTTP/1.1 client on keep-alive connections (its own CPU stays small beside the
server's). The load is open: request k is due k/rate seconds after the start whatever the others
do, so a slow server shows as latency (measured from when the request was due, so time spent
waiting for a free connection counts) rather than as a lower rate. Prints the achieved rate,
p50/p95/p99/max latency, errors (any status but 200, a timeout, a broken connection), the p99 of
each kind of request and the CPU time of server and client; exit status 1 when the target of
issue 15 is missed: ``--rate`` (200) requests/s for ``--seconds`` (60) s, p99 < 250 ms, no errors.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parents[1]
WIKINEWS = ROOT.parent / "shared" / "data" / "wikinews_en.jsonl"
EXAMPLES = ROOT / "examples"
TARGET_P99_MS = 250.0
# share of each kind of request in the mix (the rest of a weight's URLs are picked at random)
MIX = {"list": 20, "filter": 25, "stats": 15, "search": 15, "detail": 17, "page": 8}
SEARCH_WORDS = ("government", "minister", "police", "election", "president", "protest", "talks", "killed",
                "said", "court", "army", "agreement", "vote", "border", "attack")


@dataclass(frozen=True)
class Sample:
    kind: str
    due: float  # seconds after the start
    latency: float  # seconds from due to the end of the response
    error: str | None


def build_store(db: Path, n_articles: int) -> None:
    """``tidings ingest`` of a small real corpus into ``db``."""
    with tempfile.TemporaryDirectory(prefix="tidings-load-") as tmp:
        if WIKINEWS.is_file():
            src = Path(tmp) / "articles.jsonl"
            with open(WIKINEWS, encoding="utf-8") as fh, open(src, "w", encoding="utf-8") as out:
                for k, line in enumerate(fh):
                    if k >= n_articles:
                        break
                    out.write(line)
        else:
            src = EXAMPLES
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "tidings", "ingest", "--db", str(db), "-q", str(src)], check=True)
        print(f"store: {db} written by tidings ingest of {src.name} in {time.perf_counter() - t0:.0f}s", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int, log: Path, workers: int = 1) -> subprocess.Popen[bytes]:
    with open(log, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "tidings", "serve", "--db", str(db), "--port", str(port),
                                 "--workers", str(workers)], stdout=subprocess.DEVNULL, stderr=err)
    return proc


def wait_ready(base: str, proc: subprocess.Popen[bytes], timeout: float = 120.0) -> float:
    import httpx

    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if proc.poll() is not None:
            raise SystemExit(f"tidings serve stopped with status {proc.returncode}")
        try:
            if httpx.get(f"{base}/api/stats/summary", timeout=30).status_code == 200:
                return time.perf_counter() - t0
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"tidings serve did not answer within {timeout:.0f}s")


def _stat(pid: int) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and of its live child processes (the workers of
    ``--workers N``; Linux /proc), 0 where unknown."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        fields = _stat(int(entry.name))
        if fields is not None and (int(entry.name) == pid or fields[1] == str(pid)):
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def request_mix(base: str) -> dict[str, list[str]]:
    """URLs of every kind, made from what the served store holds."""
    import httpx

    with httpx.Client(base_url=base, timeout=60) as client:
        events = client.get("/api/events", params={"limit": 200, "unit": "mentions"}).json()["events"]
        actors = client.get("/api/actors", params={"limit": 60}).json()["actors"]
        page2 = client.get("/api/events", params={"limit": 20}).json()["next_cursor"]
    if not events or not actors:
        raise SystemExit("the store has no events or no actors: nothing to ask for")
    keys = sorted({a["key"] for a in actors})
    types = sorted({e["event"] for e in events if e.get("event")})
    countries = sorted({c for a in actors for c in [a.get("country")] if c})
    ids = sorted({(e["article_id"], e["event_id"]) for e in events if e.get("article_id") and e.get("event_id")})
    merged = sorted({e["merged_id"] for e in events if e.get("merged_id") is not None})
    q = lambda path, **p: f"{path}?{urlencode(p)}" if p else path  # noqa: E731 - a one-line URL builder
    mix: dict[str, list[str]] = {
        "list": ["/api/events", q("/api/events", limit=100), q("/api/events", sort="oldest"),
                 q("/api/events", unit="mentions")] + ([q("/api/events", cursor=page2, limit=20)] if page2 else []),
        "filter": [q("/api/events", event=t) for t in types]
        + [q("/api/events", country=c, total="true") for c in countries]
        + [q("/api/events", involving=k) for k in keys]
        + [q("/api/events", since=f"{y}", until=f"{y + 1}", quad=(y % 4) + 1) for y in range(2004, 2024, 2)]
        + [q("/api/actors", country=c) for c in countries[:10]],
        "stats": ["/api/stats/summary", "/api/stats/timeline", "/api/stats/network", "/api/stats/map"]
        + [q("/api/stats/timeline", event=t, interval="year") for t in types[:8]]
        + [q("/api/stats/network", country=c) for c in countries[:8]],
        "search": [q("/api/events", text=w) for w in SEARCH_WORDS] + [q("/api/quotes", text=w) for w in SEARCH_WORDS],
        "detail": [f"/api/events/{quote(a, safe='')}/{e}" for a, e in ids[:80]]
        + [f"/api/articles/{quote(a, safe='')}" for a in sorted({a for a, _ in ids})[:40]]
        + [f"/api/actors/{quote(k, safe='')}" for k in keys[:40]] + [f"/api/merged/{m}" for m in merged[:40]],
        "page": ["/", "/events", q("/events", event=types[0]) if types else "/events", "/timeline", "/actors"],
    }
    return {kind: urls for kind, urls in mix.items() if urls}


def schedule(mix: dict[str, list[str]], n: int, rng: random.Random) -> list[tuple[str, str]]:
    kinds = [k for k in MIX if k in mix]
    weights = [MIX[k] for k in kinds]
    return [(kind, rng.choice(mix[kind])) for kind in rng.choices(kinds, weights, k=n)]


class Connection:
    """One keep-alive HTTP/1.1 connection, as lean as a client can be so that it measures the server
    (httpx spent more CPU per request than the server: on a 2-core machine the client's own work
    was the limit). GET only; a body is read by Content-Length or chunks and not decoded."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.retries = 0  # kept-alive connections the server had closed: the request went on a new one

    async def get(self, path: str) -> int:
        reused = self.writer is not None
        try:
            head = await self._ask(path)
        except (ConnectionError, asyncio.IncompleteReadError):
            if not reused:
                raise
            # the server may close an idle keep-alive connection at any time: one retry on a new one,
            # as every HTTP client does (a connection that fails when new is an error)
            self.close()
            self.retries += 1
            head = await self._ask(path)
        assert self.reader is not None
        status = int(head[0].split(" ", 2)[1])
        headers = {k.strip().lower(): v.strip().lower() for k, _, v in (h.partition(":") for h in head[1:] if h)}
        if "content-length" in headers:
            await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding") == "chunked":
            while size := int((await self.reader.readline()).split(b";")[0], 16):
                await self.reader.readexactly(size + 2)
            await self.reader.readline()
        if headers.get("connection") == "close":
            self.close()
        return status

    async def _ask(self, path: str) -> list[str]:
        """Send a GET; the status line and headers of its answer."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                          "Accept-Encoding: gzip\r\n\r\n".encode("ascii"))
        return (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def drive(base: str, plan: list[tuple[str, str]], rate: float, connections: int,
                timeout: float) -> tuple[list[Sample], float, float, int]:
    """Send ``plan`` at ``rate`` per second: the samples, the time taken, the client's largest lag and
    how many requests went on a new connection because the server had closed a kept-alive one."""
    host, port = base.rsplit("/", 1)[-1].rsplit(":", 1)
    pool: asyncio.Queue[Connection] = asyncio.Queue()
    for _ in range(connections):
        pool.put_nowait(Connection(host, int(port)))
    samples: list[Sample] = []
    lag = 0.0
    loop = asyncio.get_running_loop()
    t0 = loop.time() + 0.2

    async def one(kind: str, url: str, due: float) -> None:
        error = None
        conn = await pool.get()  # waiting for a free connection counts in the latency
        try:
            status = await asyncio.wait_for(conn.get(url), timeout)
            if status != 200:
                error = f"HTTP {status}"
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.TimeoutError,
                ValueError) as exc:
            error = type(exc).__name__
            conn.close()  # a connection in an unknown state is not reused
        finally:
            pool.put_nowait(conn)
        samples.append(Sample(kind, due, loop.time() - (t0 + due), error))

    tasks = []
    for k, (kind, url) in enumerate(plan):
        due = k / rate
        wait = t0 + due - loop.time()
        if wait > 0:
            await asyncio.sleep(wait)
        else:
            lag = max(lag, -wait)
        tasks.append(asyncio.create_task(one(kind, url, due)))
    await asyncio.gather(*tasks)
    took = loop.time() - t0
    retries = 0
    while not pool.empty():
        conn = pool.get_nowait()
        retries += conn.retries
        conn.close()
    return samples, took, lag, retries


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else float("nan")


def report(samples: list[Sample], took: float, lag: float, retries: int, rate: float, seconds: float,
           server_cpu: float, client_cpu: float) -> bool:
    ms = [1000 * s.latency for s in samples]
    errors = [s for s in samples if s.error]
    achieved = (len(samples) - len(errors)) / took
    p99 = pct(ms, 99)
    print(f"sent {len(samples):,} requests in {took:.1f}s: {achieved:.1f} answered/s (target {rate:g}/s for "
          f"{seconds:g}s); client's largest lag behind schedule {1000 * lag:.0f} ms; kept-alive connections the "
          f"server closed (request sent again on a new one): {retries}")
    print(f"latency from due time (ms): p50 {pct(ms, 50):.1f}  p95 {pct(ms, 95):.1f}  p99 {p99:.1f}  "
          f"max {max(ms):.1f}  (target p99 < {TARGET_P99_MS:g})")
    kinds: dict[str, list[str]] = {}
    for s in errors:
        kinds.setdefault(s.error or "", []).append(s.kind)
    print(f"errors: {len(errors)}"
          + "".join(f"; {e}: {len(k)} ({', '.join(sorted(set(k)))})" for e, k in kinds.items()))
    print("per kind:   count    p50 ms    p99 ms")
    for kind in MIX:
        own = [1000 * s.latency for s in samples if s.kind == kind]
        if own:
            print(f"  {kind:<8} {len(own):7,} {pct(own, 50):9.1f} {pct(own, 99):9.1f}")
    print(f"CPU over the run: server {server_cpu:.1f}s ({100 * server_cpu / took:.0f}% of one core, "
          f"{1000 * server_cpu / len(samples):.1f} ms per request), this client {client_cpu:.1f}s; "
          f"machine load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    held = not errors and p99 < TARGET_P99_MS and achieved >= 0.98 * rate
    print("target held" if held else "target MISSED")
    return held


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__.splitlines()[0])
    ap.add_argument("--rate", type=float, default=200.0, help="requests per second")
    ap.add_argument("--seconds", type=float, default=60.0, help="how long to send")
    ap.add_argument("--db", type=Path, help="the store to serve (written first where it does not exist)")
    ap.add_argument("--articles", type=int, default=150, help="Wikinews articles in a store this writes")
    ap.add_argument("--events", type=int, help="write a generated store of this many events instead (no model; "
                    "benchmarks.serve's generator)")
    ap.add_argument("--connections", type=int, default=32, help="keep-alive connections of the client")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds after which a request is an error")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--workers", type=int, default=1, help="server processes (tidings serve --workers)")
    args = ap.parse_args(argv)
    if args.rate <= 0 or args.seconds <= 0 or args.connections < 1:
        ap.error("--rate, --seconds and --connections must be positive")
    with tempfile.TemporaryDirectory(prefix="tidings-load-") as tmp:
        db = args.db or Path(tmp) / "load.db"
        if not db.exists() and args.events:
            from .serve import build

            build(db, args.events)
        elif not db.exists():
            build_store(db, args.articles)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        proc = start_server(db, port, Path(tmp) / "serve.log", args.workers)
        try:
            print(f"tidings serve up in {wait_ready(base, proc):.1f}s at {base}", flush=True)
            rng = random.Random(args.seed)
            mix = request_mix(base)
            asyncio.run(drive(base, [(k, u) for k, urls in mix.items() for u in urls], 20, 4, 120))  # once each
            plan = schedule(mix, int(args.rate * args.seconds), rng)
            print(f"{sum(len(u) for u in mix.values())} distinct URLs; sending {len(plan):,} requests at "
                  f"{args.rate:g}/s over {args.connections} connections ...", flush=True)
            cpu0, own0 = cpu_seconds(proc.pid), time.process_time()
            samples, took, lag, retries = asyncio.run(drive(base, plan, args.rate, args.connections, args.timeout))
            held = report(samples, took, lag, retries, args.rate, args.seconds, cpu_seconds(proc.pid) - cpu0,
                          time.process_time() - own0)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
            log = (Path(tmp) / "serve.log").read_text(errors="replace").strip()
            if log:
                print("server log (last lines):\n" + "\n".join(log.splitlines()[-10:]), file=sys.stderr)
    return 0 if held else 1


if __name__ == "__main__":
    raise SystemExit(main())
