"""The Wikidata updater against a local HTTP server that serves hand-written SPARQL answers."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import json
import threading
import urllib.parse
from pathlib import Path
from typing import Iterator

import pytest
from click.testing import CliRunner

from tidings.cli import group
from tidings.kb import PACKAGE_DIR, build
from tidings.kb.sparql import QUERIES, UpdateError, day, fetch, qid, safe_aliases, update
from tidings.kb.validate import errors, validate_dir
from tidings.resolve import Resolver

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "wikidata" / "sparql"


class _Handler(http.server.BaseHTTPRequestHandler):
    """Answers a POSTed query with the fixture its ``#tidings:NAME`` line names."""

    seen: list[dict[str, str]] = []
    mode = "ok"

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        length = int(self.headers.get("Content-Length", 0))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        query = form.get("query", [""])[0]
        name = query.split("\n", 1)[0].removeprefix("#tidings:")
        type(self).seen.append({"name": name, "query": query, "accept": self.headers.get("Accept", ""),
                                "agent": self.headers.get("User-Agent", "")})
        path = FIXTURES / f"{name}.json"
        if self.mode == "graph":
            self._send(200, _graph().query(query).serialize(format="json"))
        elif self.mode == "error":
            self._send(500, b"java.util.concurrent.TimeoutException")
        elif self.mode == "garbage":
            self._send(200, b"<html>not json</html>")
        elif path.is_file():
            self._send(200, path.read_bytes())
        else:
            self._send(200, json.dumps({"head": {"vars": []}, "results": {"bindings": []}}).encode())

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@functools.lru_cache(maxsize=1)
def _graph():  # type: ignore[no-untyped-def]
    rdflib = pytest.importorskip("rdflib", reason="rdflib (a dev dependency) runs the queries on a local graph")
    return rdflib.Graph().parse(FIXTURES.parent / "graph.ttl", format="turtle")


@pytest.fixture()
def endpoint() -> Iterator[str]:
    _Handler.seen, _Handler.mode = [], "ok"
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_update_writes_kb_rows_the_resolver_uses(endpoint: str, tmp_path: Path) -> None:
    result = update(tmp_path, endpoint=endpoint, today=dt.date(2025, 6, 1))
    assert result["errors"] == {}
    assert result["queries"]["heads_of_state"] == {"people": 2, "organizations": 0, "skipped": 4}
    assert result["queries"]["party_leaders"] == {"people": 2, "organizations": 1, "skipped": 0}
    assert result["queries"]["armed_group_leaders"] == {"people": 1, "organizations": 2, "skipped": 1}
    assert {s["name"] for s in _Handler.seen} == set(QUERIES)
    assert all(s["accept"] == "application/sparql-results+json" and "tidings" in s["agent"] for s in _Handler.seen)
    assert errors(validate_dir(tmp_path)) == []
    kb = build([PACKAGE_DIR, tmp_path])
    assert not [i for i in kb.issues if str(tmp_path) in i or "wikidata" in i]
    res = Resolver(kb)
    cases = [("Maren Oskarsdottir Vell", "2020-01-01", "ISL", "GOV"), ("Maren Vell", "2025-01-01", "ISL", "ELI"),
             ("Tomas Hallgrim Ro", "2025-01-01", "ISL", "GOV"), ("Sunniva Aaslund Prest", "2022-01-01", "NOR", "PTY"),
             ("Fjord Progress League", None, "NOR", "PTY"), ("Abu Qarsh al-Wadi", "2020-01-01", "YEM", "REB"),
             ("Dry Valley Brigades", None, "YEM", "REB"), ("Caravan Front", None, None, "REB")]
    for text, date, country, sector in cases:
        r = res.resolve(text, dt.date.fromisoformat(date) if date else None)
        assert (r.country, r.sector) == (country, sector), text
    for absent in ("Elendil the Tall", "Broken Dates Person", "Reversed Term Person", "Nadir Kassam Oun",
                   "Not An Item"):
        assert not kb.lookup(absent), absent
    people = (tmp_path / "people_wikidata_heads_of_state.csv").read_text(encoding="utf-8")
    assert "# curated-until: 2025-06-01" in people and "|Vell" not in people  # one-word aliases dropped
    orgs = (tmp_path / "organizations_wikidata_party_leaders.csv").read_text(encoding="utf-8")
    assert "the party" not in orgs and "Progress League of the Fjords" in orgs


def test_queries_carry_the_filters(endpoint: str, tmp_path: Path) -> None:
    update(tmp_path, endpoint=endpoint, only=["ministers"], since="2015-01-01", countries=["ISL", "NOR"])
    (seen,) = _Handler.seen
    assert 'VALUES ?iso3 { "ISL" "NOR" }' in seen["query"] and '"2015-01-01T00:00:00Z"' in seen["query"]
    assert "wd:Q83307" in seen["query"] and (tmp_path / "people_wikidata_ministers.csv").is_file()


@pytest.mark.parametrize(("mode", "message"), [("error", "HTTP 500"), ("garbage", "SPARQL JSON")])
def test_a_failed_query_leaves_the_old_file(endpoint: str, tmp_path: Path, mode: str, message: str) -> None:
    update(tmp_path, endpoint=endpoint, only=["heads_of_state"])
    before = (tmp_path / "people_wikidata_heads_of_state.csv").read_text(encoding="utf-8")
    _Handler.mode = mode
    result = update(tmp_path, endpoint=endpoint, only=["heads_of_state"])
    assert message in result["errors"]["heads_of_state"]
    assert (tmp_path / "people_wikidata_heads_of_state.csv").read_text(encoding="utf-8") == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_unreachable_endpoint_is_an_update_error() -> None:
    with pytest.raises(UpdateError, match="cannot reach"):
        fetch("http://127.0.0.1:9/sparql", "SELECT * WHERE {}", timeout=2)


def test_cli_update(endpoint: str, tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(group, ["kb", "update", "--out", str(tmp_path), "--endpoint", endpoint, "--only",
                               "party_leaders"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.output.splitlines()[0])["queries"]["party_leaders"]["people"] == 2
    _Handler.mode = "error"
    failed = runner.invoke(group, ["kb", "update", "--out", str(tmp_path), "--endpoint", endpoint])
    assert failed.exit_code == 1 and "queries failed" in failed.output
    assert runner.invoke(group, ["kb", "update", "--out", str(tmp_path), "--only", "senators"]).exit_code == 2
    assert runner.invoke(group, ["kb", "update", "--out", str(tmp_path), "--country", "UK"]).exit_code == 2
    listed = runner.invoke(group, ["kb", "update", "--list"])
    assert listed.exit_code == 0 and len(listed.output.splitlines()) == len(QUERIES)


@pytest.mark.parametrize(("text", "want"), [("2019-05-20T00:00:00Z", "2019-05-20"), ("", ""),
                                            ("2019-02-30T00:00:00Z", None), ("-0044-03-15T00:00:00Z", None),
                                            ("t329", None)])
def test_day(text: str, want: str | None) -> None:
    assert day(text) == want


@pytest.mark.parametrize(("uri", "want"), [("http://www.wikidata.org/entity/Q76", "Q76"), ("t123", ""),
                                           ("http://www.wikidata.org/entity/P39", ""), ("", "")])
def test_qid(uri: str, want: str) -> None:
    assert qid(uri) == want


@pytest.mark.parametrize(("aliases", "kept"), [
    ("Obama|Barack H. Obama|the party|Barack Obama|B O, Jr", "Barack H. Obama"),
    ("the president|a senator from Illinois|The Obama|barack obama", "The Obama"),
    ("", ""),
])
def test_safe_aliases_keep_names_of_two_words_or_more(aliases: str, kept: str) -> None:
    assert safe_aliases(aliases, "Barack Obama") == kept


def test_the_real_queries_on_a_wikidata_shaped_graph(endpoint: str, tmp_path: Path) -> None:
    """The SPARQL itself, not a canned answer: rdflib runs each query on a hand-written graph."""
    _graph()
    _Handler.mode = "graph"
    result = update(tmp_path, endpoint=endpoint, since="2000-01-01")
    assert result["errors"] == {}
    got = {name: (q["people"], q["organizations"], q["skipped"]) for name, q in result["queries"].items()}
    assert got == {"heads_of_state": (2, 0, 1), "heads_of_government": (1, 0, 0), "ministers": (1, 0, 0),
                   "legislators": (1, 0, 0), "party_leaders": (1, 1, 0), "armed_group_leaders": (0, 1, 1)}
    res = Resolver(build([PACKAGE_DIR, tmp_path]))
    for text, date, want in [("Maren Vell", "2020-01-01", ("ISL", "GOV", "President of Iceland")),
                             ("Tomas Hallgrim Ro", "2010-01-01", ("ISL", "LEG", "member of the Althing")),
                             ("Sigrun Ola Dottir", "2020-01-01", ("ISL", "GOV", "Prime Minister of Iceland")),
                             ("Sigrun Ola Dottir", "2025-01-01", ("ISL", "GOV",
                                                                  "Minister for Foreign Affairs of Iceland")),
                             ("Sunniva Aaslund Prest", "2022-01-01", ("ISL", "PTY", "Leader of Fjord Progress League")),
                             ("Old Gudrun Berg", "1993-01-01", (None, None, None))]:
        r = res.resolve(text, dt.date.fromisoformat(date))
        assert (r.country, r.sector, r.role) == want, text
    text = (tmp_path / "people_wikidata_heads_of_state.csv").read_text(encoding="utf-8")
    assert "Maren Vell" in text and "the president" not in text and "A Ship" not in text
