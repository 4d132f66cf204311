"""One bad value never loses the rest of its file; truncation, caps and guesses are always recorded.

Each case is a file and the exact shape of what reading it yields: (article or problem code,
origin). Positive cases (the hostile input) sit beside negative ones (the well-formed input that
must give no problem).
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from tidings.ingest import read_paths
from tidings.ingest.records import FieldLookup, read_json
from tidings.ingest.text import decode
from tidings.schema import Article, Problem

BODY = "Police in Serrat arrested forty protesters on Monday, witnesses said."


def _shape(items: list[Article | Problem], root: Path) -> list[tuple[str, str]]:
    return [("article" if isinstance(i, Article) else i.code, (i.origin or "").replace(str(root) + "/", ""))
            for i in items]


def _jl(**fields: object) -> str:
    return json.dumps(fields) + "\n"


def _rss(*dates: str) -> bytes:
    items = "".join(f"<item><title>Story {n}</title><description>{BODY}</description><pubDate>{d}</pubDate></item>"
                    for n, d in enumerate(dates))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()


def _page(i: int) -> bytes:
    return (f"<html><head><title>Story {i}</title></head><body><article><p>"
            + f"Troops left the valley number {i} on Sunday, officials said. " * 12
            + "</p></article></body></html>").encode()


def _warc(n: int, compress: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    for i in range(n):
        body = _page(i)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                           ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"http://example.com/{i}", "response",
                                                      payload=io.BytesIO(body), http_headers=http))
    return buf.getvalue()


def _wrong_length(data: bytes, delta: int) -> bytes:
    i = data.index(b"Content-Length: ")
    j = data.index(b"\r\n", i)
    return data[:i] + f"Content-Length: {int(data[i + 16:j]) + delta}".encode() + data[j:]


WARC = _warc(3, False)
WARC_GZ = _warc(3, True)
ROWS = [("article", "f:2"), ("article", "f:3")]

CASES: list[tuple[str, str, bytes, list[tuple[str, str]]]] = [
    # absurd dates: a problem for the record, never for the file
    ("jsonl-400-digit-date", "f.jsonl", (f'{{"text": "{BODY}", "date": {"9" * 400}}}\n' + _jl(text=BODY)).encode(),
     [("input.malformed", "f.jsonl:1"), ("article", "f.jsonl:1"), ("article", "f.jsonl:2")]),
    ("jsonl-400-digit-date-string", "f.jsonl", (_jl(text=BODY, date="9" * 400) + _jl(text=BODY + " 2")).encode(),
     [("input.malformed", "f.jsonl:1"), ("article", "f.jsonl:1"), ("article", "f.jsonl:2")]),
    ("jsonl-inf-date", "f.jsonl", f'{{"text": "{BODY}", "date": 1e400}}\n'.encode(),
     [("input.malformed", "f.jsonl:1"), ("article", "f.jsonl:1")]),
    ("jsonl-lone-surrogates", "f.jsonl", b'{"text": "Troops \\ud800 left", "url": "http://x/\\udfff", "id": "a\\ud800"}\n',
     [("article", "f.jsonl:1")]),
    ("jsonl-epoch-date", "f.jsonl", _jl(text=BODY, date=1757000000).encode(), [("article", "f.jsonl:1")]),
    ("feed-year-0", "f.rss", _rss("Mon, 01 Jan 0000 00:00:00 GMT"), [("input.malformed", "f.rss:1"), ("article", "f.rss:1")]),
    ("feed-year-999", "f.rss", _rss("Tue, 01 Jan 0999 00:00:00 GMT"), [("input.malformed", "f.rss:1"), ("article", "f.rss:1")]),
    ("feed-year-3000", "f.rss", _rss("Wed, 01 Jan 3000 00:00:00 GMT"), [("input.malformed", "f.rss:1"), ("article", "f.rss:1")]),
    ("feed-year-2025", "f.rss", _rss("Fri, 05 Sep 2025 00:00:00 GMT"), [("article", "f.rss:1")]),
    # line ends of every convention
    ("jsonl-cr", "f.jsonl", (_jl(text=BODY) + _jl(text=BODY + " 2")).replace("\n", "\r").encode(),
     [("article", "f.jsonl:1"), ("article", "f.jsonl:2")]),
    ("jsonl-crlf", "f.jsonl", (_jl(text=BODY) + _jl(text=BODY + " 2")).replace("\n", "\r\n").encode(),
     [("article", "f.jsonl:1"), ("article", "f.jsonl:2")]),
    ("csv-cr", "f.csv", f'text,date\r"{BODY}",2025-09-08\r"{BODY} 2",2025-09-08\r'.encode(), ROWS),
    ("csv-cr-no-extension", "f", f'text,date\r"{BODY}",2025-09-08\r"{BODY} 2",2025-09-08\r'.encode(), ROWS),
    ("csv-crlf", "f.csv", f'text,date\r\n"{BODY}",2025-09-08\r\n"{BODY} 2",2025-09-08\r\n'.encode(), ROWS),
    # NUL bytes: one in a cell is removed (and said); a binary file stays binary
    ("csv-nul-in-cell", "f.csv", f'text,date\n"{BODY}\x00",2025-09-08\n"{BODY} 2",2025-09-08\n'.encode(),
     [("input.malformed", "f:2"), ("article", "f:2"), ("article", "f:3")]),
    ("binary-nuls", "f.csv", b"text,date\n" + b"\x00\x01\x02\x00" * 400, [("input.binary", "f.csv")]),
    # an unclosed quote spoils its row, not the next
    ("csv-unclosed-quote", "f.csv", f'text,date\n"{BODY},2025-09-08\n"{BODY} 2",2025-09-08\n"{BODY} 3",2025-09-08\n'.encode(),
     [("input.malformed", "f:2"), ("article", "f:3"), ("article", "f:4")]),
    ("csv-unclosed-quote-unquoted-rows", "f.csv", f'text,date\n"{BODY},2025-09-08\n{BODY.replace(",", "")},2025-09-08\n'.encode(),
     [("input.malformed", "f:2"), ("article", "f:3")]),
    ("csv-multiline-quoted", "f.csv", f'text,date\n"{BODY}\nA second paragraph, with a comma.",2025-09-08\n"{BODY} 2",x\n'.encode(),
     [("article", "f:2"), ("input.malformed", "f:4"), ("article", "f:4")]),
    # truncation and caps are recorded
    ("html-over-the-cap", "f.html", b"<html><body><p>" + (BODY.encode() + b" ") * 200 + b"</p></body></html>",
     [("input.too_large", "f.html"), ("article", "f.html")]),
    ("html-under-the-cap", "f.html", b"<html><body><p>" + BODY.encode() + b"</p></body></html>", [("article", "f.html")]),
    ("jsonl-line-over-the-cap", "f.jsonl", (_jl(text="word " * 5000) + _jl(text=BODY)).encode(),
     [("input.too_large", "f.jsonl:1"), ("article", "f.jsonl:2")]),
    ("csv-line-over-the-cap", "f.csv", f'text,date\n"{BODY}",2025-09-08\n"{"word " * 5000}",2025-09-08\n"{BODY} 2",x\n'.encode(),
     [("article", "f:2"), ("input.too_large", "f:3"), ("input.malformed", "f:4"), ("article", "f:4")]),
    ("warc-whole", "f.warc", WARC, [("article", "f.warc:1"), ("article", "f.warc:2"), ("article", "f.warc:3")]),
    ("warc-cut-in-body", "f.warc", WARC[:-300],
     [("article", "f.warc:1"), ("article", "f.warc:2"), ("input.malformed", "f.warc:3"), ("article", "f.warc:3")]),
    ("warc-cut-in-header", "f.warc", WARC[: WARC.index(b"WARC/1", 2000) + 100],
     [("article", "f.warc:1"), ("article", "f.warc:2"), ("input.malformed", "f.warc:3")]),
    ("warc-gz-cut", "f.warc.gz", WARC_GZ[:-300],
     [("article", "f.warc.gz:1"), ("article", "f.warc.gz:2"), ("input.malformed", "f.warc.gz:3")]),
    ("warc-gz-whole", "f.warc.gz", WARC_GZ,
     [("article", "f.warc.gz:1"), ("article", "f.warc.gz:2"), ("article", "f.warc.gz:3")]),
    ("warc-content-length-short", "f.warc", _wrong_length(WARC, -300),
     [("input.malformed", "f.warc:1"), ("article", "f.warc:1"), ("article", "f.warc:2"), ("article", "f.warc:3")]),
    ("warc-content-length-long", "f.warc", _wrong_length(WARC, +400),
     [("input.malformed", "f.warc:1"), ("input.malformed", "f.warc:1"), ("article", "f.warc:1"),
      ("input.malformed", "f.warc:2")]),
    # compressed input: bounded
    ("gzip-bomb", "f.jsonl.gz", gzip.compress(_jl(text=BODY).encode() + b"\n" * 3_000_000),
     [("article", "f.jsonl.gz:1"), ("input.too_large", "f.jsonl.gz")]),
    ("gzip-ordinary", "f.jsonl.gz", gzip.compress((_jl(text=BODY) + _jl(text=BODY + " 2")).encode()),
     [("article", "f.jsonl.gz:1"), ("article", "f.jsonl.gz:2")]),
]


@pytest.mark.parametrize(("name", "data", "expected"), [(c[1], c[2], c[3]) for c in CASES], ids=[c[0] for c in CASES])
def test_ingest_hostile_yields_in_place(tmp_path: Path, name: str, data: bytes, expected: list[tuple[str, str]]) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    # small limits so that the cases stay small: 4 KB of text per record, a 1 MB decompression cap
    items = list(read_paths([str(path)], max_bytes=4000, max_decompressed=1_000_000))
    expected = [(kind, origin.replace("f:", f"{name}:", 1)) for kind, origin in expected]
    assert _shape(items, tmp_path) == expected


@pytest.mark.parametrize(("text", "encoding", "read_as"), [
    ("R\u00e9union \u00e0 Z\u00fcrich", "latin-1", "cp1252"),
    ("Z\u00fcrich", "latin-1", "cp1252"),
    ("Se\u00f1or Mu\u00f1oz habl\u00f3 en Le\u00f3n", "latin-1", "cp1252"),
    ("The minister\u2019s \u201cfinal\u201d offer \u2013 caf\u00e9", "cp1252", "cp1252"),
    ("\u041f\u0440\u0438\u0432\u0435\u0442, \u041c\u043e\u0441\u043a\u0432\u0430 \u0441\u0435\u0433\u043e\u0434\u043d\u044f", "cp1251", "cp1251"),
    ("\u039a\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1 \u0391\u03b8\u03ae\u03bd\u03b1", "cp1253", "cp1253"),
])
def test_ingest_hostile_western_code_pages_before_rare_ones(text: str, encoding: str, read_as: str) -> None:
    decoded = decode(text.encode(encoding))
    assert decoded.guessed and decoded.encoding == read_as and decoded.text == text


class _Counting(io.RawIOBase):
    """A stream that serves ``data`` and remembers how far it was read."""

    def __init__(self, data: bytes) -> None:
        self.inner = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        chunk = self.inner.read(min(len(buffer), 65536))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_ingest_hostile_json_array_is_read_record_by_record() -> None:
    records = [{"text": f"{BODY} {i}"} for i in range(40_000)]
    raw = _Counting(json.dumps(records).encode())
    items = read_json(io.BufferedReader(raw, 65536), origin="a.json", lookup=FieldLookup())
    first = next(items)
    assert isinstance(first, Article) and first.origin == "a.json:1"
    assert raw.inner.tell() < len(raw.inner.getvalue()) // 2  # the first record came before the file was read
    assert sum(1 for i in items if isinstance(i, Article)) == len(records) - 1


@pytest.mark.parametrize(("data", "expected"), [
    (b'[{"text": "A"}, {"text": "B"}]', [("article", "a.json:1"), ("article", "a.json:2")]),
    (b'[{"text": "A"} {"text": "B"}]', [("article", "a.json:1"), ("input.malformed", "a.json:2")]),
    (b'[{"text": "A"}', [("article", "a.json:1"), ("input.malformed", "a.json")]),
    (b'[1e999999, {"text": "B"}]', [("input.malformed", "a.json:1"), ("article", "a.json:2")]),
    (b"[" + b"[" * 100_000, [("input.malformed", "a.json:1")]),
    (b"[ ]", [("input.empty", "a.json")]),
    (b'{"articles": [{"text": "A"}]}', [("article", "a.json:1")]),
])
def test_ingest_hostile_json_array_breaks(data: bytes, expected: list[tuple[str, str]]) -> None:
    items = list(read_json(io.BytesIO(data), origin="a.json", lookup=FieldLookup()))
    assert [("article" if isinstance(i, Article) else i.code, i.origin) for i in items] == expected


@pytest.mark.parametrize(("limit", "noted"), [(100, True), (10_000_000, False)])
def test_ingest_hostile_huge_page_is_walked_not_extracted(monkeypatch: pytest.MonkeyPatch, limit: int,
                                                          noted: bool) -> None:
    import tidings.ingest.html as html

    monkeypatch.setattr(html, "MAIN_TEXT_LIMIT", limit)
    page = f"<html><head><title>Big</title></head><body><article><p>{BODY}</p></article></body></html>"
    items = html.read_html(page, origin="p.html")
    assert isinstance(items[-1], Article) and BODY in items[-1].text
    assert [i.code for i in items if isinstance(i, Problem)] == (["input.too_large"] if noted else [])


def test_ingest_hostile_problems_are_not_held_back() -> None:
    """A file of bad lines gives its problems as they come, not when an article finally follows."""
    from tidings.ingest import with_warnings

    released: list[str] = []

    def items():  # type: ignore[no-untyped-def]
        for n in range(1, 1001):
            yield Problem("input.malformed", "not JSON", "ingest", f"f:{n}")
        assert len(released) >= 999  # all but the last were out before the reader went on
        yield Problem("input.malformed", "bad date", "ingest", "f:1001")
        yield Article(id="a", text=BODY, origin="f:1001")

    pairs = []
    for article, problems in with_warnings(items()):
        released.extend(p.origin or "" for p in problems)
        pairs.append((article is not None, [p.origin for p in problems]))
    assert pairs[-1] == (True, ["f:1001"]) and len(pairs) == 1001
