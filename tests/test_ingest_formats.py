"""Every input format read into Articles: files written here, fictional articles only."""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
import io
import json
import lzma
import sys
from pathlib import Path

import pytest

from tidings.ingest import article_id, detect, read_paths, with_warnings
from tidings.ingest.records import FieldLookup
from tidings.schema import Article, Problem

D = dt.date
BODY = "Officials in Arvenia said on Tuesday that the talks with Kostmark would resume next week."
SEED = f"date 2025-09-05 Arvenia resumes talks\n{BODY}\n"
JSONL = (
    json.dumps({"id": "r1", "date": "2025-09-01", "title": "Talks resume", "text": BODY, "url": "https://n.example/1",
                "source": "Example Wire"}) + "\n"
    + json.dumps({"date": "2025-09-02T08:00:00+02:00", "text": "Kostmark recalled its ambassador on Monday."}) + "\n"
)
CSV = 'id,date,title,text,url,source\nc1,2025-09-03,Border reopens,"Freight crossed the border, officials said.",,Wire\n'
HTML = (
    "<!DOCTYPE html><html lang='en-GB'><head><title>Ostreland rejects monitors | Example News</title>"
    '<meta property="og:title" content="Ostreland rejects monitors">'
    '<meta property="article:published_time" content="2025-09-05T10:00:00+02:00"></head><body>'
    "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav><article><h1>Ostreland rejects monitors</h1>"
    "<p>Ostreland on Friday rejected a proposal by Arvenia to deploy international monitors in the disputed "
    "valley, saying the plan would reward provocation and undermine its sovereignty.</p>"
    "<p>Foreign Minister Idris Faulke said the government would not allow foreign observers on its side of the "
    "ceasefire line, and he called on Arvenia to withdraw its troops from the valley first.</p></article>"
    "<footer>Copyright Example News</footer></body></html>"
)
RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>'
    "<item><title>Valmoria frees sailors</title><link>https://n.example/a</link>"
    "<description>&lt;p&gt;A court in Serrat freed eleven sailors.&lt;/p&gt;</description>"
    "<pubDate>Fri, 05 Sep 2025 23:30:00 -0400</pubDate></item>"
    "<item><title>Link only</title><link>https://n.example/b</link><description>Short summary.</description></item>"
    "</channel></rss>"
)
ATOM = (
    '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>'
    "<entry><title>Kostmark threatens sanctions</title><link href='https://n.example/c'/>"
    "<updated>2025-09-06T09:00:00Z</updated><content type='html'>&lt;p&gt;Kostmark warned Valmoria on "
    "Saturday.&lt;/p&gt;&lt;p&gt;It set a deadline of a week.&lt;/p&gt;</content></entry></feed>"
)


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def articles(paths: list[Path] | Path, **kw: object) -> list[Article]:
    items = list(read_paths([str(p) for p in (paths if isinstance(paths, list) else [paths])], **kw))
    problems = [i for i in items if isinstance(i, Problem)]
    assert not problems, problems
    return [i for i in items if isinstance(i, Article)]


def make_warc(path: Path, pages: list[tuple[str, str, str, bytes]]) -> Path:
    """A gzipped WARC with one response record per (url, status, content type, body)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for url, status, ctype, body in pages:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    return path


# (file name, content, expected [(date, title, text starts with, url, id or None)])
CASES = [
    ("seed.txt", SEED, [(D(2025, 9, 5), "Arvenia resumes talks", "Arvenia resumes talks\nOfficials", None, None)]),
    ("  indented.txt", "  \n   date 2025-09-05   Arvenia resumes talks\n" + BODY,
     [(D(2025, 9, 5), "Arvenia resumes talks", "Arvenia resumes talks\nOfficials", None, None)]),
    ("plain.txt", BODY, [(None, None, "Officials in Arvenia", None, None)]),
    ("headline.txt", "Arvenia resumes talks\n\n" + BODY, [(None, "Arvenia resumes talks", "Arvenia resumes", None, None)]),
    ("2025-09-07-plain.txt", BODY, [(D(2025, 9, 7), None, "Officials", None, None)]),
    ("wire.jsonl", JSONL, [(D(2025, 9, 1), "Talks resume", "Talks resume\nOfficials", "https://n.example/1", "r1"),
                           (D(2025, 9, 2), None, "Kostmark recalled", None, None)]),
    ("markup.jsonl", json.dumps({"text": "<p>Troops left on <b>Sunday</b>.</p><p>Officials confirmed it.</p>"}),
     [(None, None, "Troops left on Sunday.\nOfficials confirmed it.", None, None)]),
    ("wire.json", json.dumps([{"text": BODY, "published": "5 September 2025"}]),
     [(D(2025, 9, 5), None, "Officials", None, None)]),
    ("one.json", json.dumps({"headline": "H", "body": BODY}, indent=2), [(None, "H", "H\nOfficials", None, None)]),
    ("rows.csv", CSV, [(D(2025, 9, 3), "Border reopens", "Border reopens\nFreight crossed", None, "c1")]),
    ("rows.tsv", "text\tdate\n" + BODY + "\t2025-09-04\n", [(D(2025, 9, 4), None, "Officials", None, None)]),
    ("semi.txt", "title;text\nT;" + BODY + "\n", [(None, "T", "T\nOfficials", None, None)]),
    ("page.html", HTML, [(D(2025, 9, 5), "Ostreland rejects monitors", "Ostreland rejects monitors\nOstreland on Friday",
                          None, None)]),
    ("feed.xml", RSS, [(D(2025, 9, 5), "Valmoria frees sailors", "Valmoria frees sailors\nA court in Serrat",
                        "https://n.example/a", None),
                       (None, "Link only", "Link only\nShort summary.", "https://n.example/b", None)]),
    ("atom.atom", ATOM, [(D(2025, 9, 6), "Kostmark threatens sanctions",
                          "Kostmark threatens sanctions\nKostmark warned Valmoria on Saturday.\nIt set", "https://n.example/c",
                          None)]),
    ("really-jsonl.txt", JSONL, [(D(2025, 9, 1), "Talks resume", "Talks resume", "https://n.example/1", "r1"),
                                 (D(2025, 9, 2), None, "Kostmark", None, None)]),
    ("really-html.txt", HTML, [(D(2025, 9, 5), "Ostreland rejects monitors", "Ostreland rejects", None, None)]),
    ("really-feed.dat", RSS, [(D(2025, 9, 5), "Valmoria frees sailors", "Valmoria", "https://n.example/a", None),
                              (None, "Link only", "Link only", "https://n.example/b", None)]),
    ("crlf-bom.txt", "\ufeffdate 2025-09-05 Arvenia resumes talks\r\n" + BODY + "\r\n",
     [(D(2025, 9, 5), "Arvenia resumes talks", "Arvenia resumes talks\nOfficials", None, None)]),
]


@pytest.mark.parametrize(("name", "content", "expected"), CASES, ids=[c[0].strip() for c in CASES])
def test_ingest_formats_read(tmp_path: Path, name: str, content: str, expected: list) -> None:
    path = write(tmp_path / name.strip(), content)
    got = articles(path)
    assert len(got) == len(expected)
    for art, (date, title, start, url, rid) in zip(got, expected):
        assert (art.date, art.title, art.url) == (date, title, url)
        assert art.text.startswith(start), art.text
        assert art.id == (rid or article_id(art.text, url))
        assert art.origin and art.origin.startswith(str(path))


@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, lzma.compress], ids=["gz", "bz2", "xz"])
@pytest.mark.parametrize(("name", "content", "n"), [("a.jsonl", JSONL, 2), ("a.txt", SEED, 1), ("a.xml", RSS, 2),
                                                     ("a.csv", CSV, 1), ("a.html", HTML, 1)])
def test_ingest_formats_compressed(tmp_path: Path, compress, name: str, content: str, n: int) -> None:
    plain = articles(write(tmp_path / name, content))
    packed = articles(write(tmp_path / "z" / (name + ".gz"), compress(content.encode())))
    assert len(packed) == n
    assert [a.text for a in packed] == [a.text for a in plain]


def test_ingest_formats_warc_only_html_200(tmp_path: Path) -> None:
    warc = make_warc(tmp_path / "crawl.warc.gz", [
        ("https://n.example/page", "200 OK", "text/html; charset=utf-8", HTML.encode()),
        ("https://n.example/missing", "404 Not Found", "text/html", b"<html><body><p>Gone</p></body></html>"),
        ("https://n.example/data.json", "200 OK", "application/json", b'{"text": "not a page"}'),
        ("https://n.example/latin", "200 OK", "text/html; charset=iso-8859-1",
         "<html lang=fr><head><title>Caf\u00e9 talks</title></head><body><p>Talks in a caf\u00e9 in Serrat ended on "
         "Monday without agreement, delegates said.</p></body></html>".encode("latin-1")),
    ])
    got = articles(warc)
    assert [a.url for a in got] == ["https://n.example/page", "https://n.example/latin"]
    assert got[0].title == "Ostreland rejects monitors" and got[0].date == D(2025, 9, 5) and got[0].language == "en"
    assert "caf\u00e9 in Serrat" in got[1].text and got[1].language == "fr"
    assert [a.origin for a in got] == [f"{warc}:2", f"{warc}:5"]


@pytest.mark.parametrize("payload", [b"WARC/1.0", b"WARC/1.0\r\n\r\n", b"WARC/1.1\n"])
def test_ingest_formats_warc_without_pages_is_a_problem(tmp_path: Path, payload: bytes) -> None:
    items = list(read_paths([str(write(tmp_path / "crawl.warc", payload))]))
    assert items and all(isinstance(i, Problem) for i in items)


def test_ingest_formats_warc_of_requests_only_says_so(tmp_path: Path) -> None:
    warc = make_warc(tmp_path / "gone.warc.gz", [("https://n.example/x", "404 Not Found", "text/html", b"<p>x</p>")])
    (item,) = list(read_paths([str(warc)]))
    assert isinstance(item, Problem) and item.code == "input.empty"


def test_ingest_formats_column_mapping(tmp_path: Path) -> None:
    rows = json.dumps({"story": {"body": BODY}, "when": "2025-09-05", "Headline": "H", "key": 7}) + "\n"
    path = write(tmp_path / "mapped.jsonl", rows)
    (art,) = articles(path, columns={"text": "story.body", "date": "when", "id": "key"})
    assert (art.text, art.date, art.title, art.id) == ("H\n" + BODY, D(2025, 9, 5), "H", "7")
    csv_path = write(tmp_path / "mapped.csv", "Body,Published\n" + f'"{BODY}",2025-09-05\n')
    (row,) = articles(csv_path, columns={"text": "body"})
    assert (row.text, row.date) == (BODY, D(2025, 9, 5))
    (kept,) = articles(path, columns={"text": "story.body"}, title_in_text=False)
    assert kept.text == BODY and kept.title == "H"


def test_ingest_formats_date_precedence(tmp_path: Path) -> None:
    given = D(2030, 1, 1)
    (seed,) = articles(write(tmp_path / "2024-01-01.txt", SEED), date=given)
    (plain,) = articles(write(tmp_path / "2024-01-02.txt", BODY), date=given)
    (named,) = articles(write(tmp_path / "2024" / "03" / "04" / "story.txt", BODY))
    recs = articles(write(tmp_path / "r.jsonl", JSONL + json.dumps({"text": BODY}) + "\n"), date=given)
    assert (seed.date, plain.date, named.date) == (D(2025, 9, 5), given, D(2024, 3, 4))
    assert [r.date for r in recs] == [D(2025, 9, 1), D(2025, 9, 2), given]


def test_ingest_formats_folder_order_and_hidden(tmp_path: Path) -> None:
    for name in ["b/2.txt", "a.txt", "b/1.txt", ".hidden.txt", ".git/x.txt", "c.txt"]:
        write(tmp_path / name, f"Story {name} was filed by a reporter in Velmar.")
    got = articles(tmp_path)
    assert [Path(a.origin or "").relative_to(tmp_path).as_posix() for a in got] == ["a.txt", "b/1.txt", "b/2.txt", "c.txt"]
    assert len(articles(tmp_path, include_hidden=True)) == 6


def test_ingest_formats_globs_keep_argument_order(tmp_path: Path) -> None:
    for name in ["x1.txt", "x2.txt", "y.jsonl"]:
        write(tmp_path / name, f"A report named {name} from Serrat." if name.endswith("txt") else JSONL)
    got = articles([tmp_path / "y.jsonl", tmp_path / "x*.txt"])
    assert [Path(a.origin or "").name for a in got] == ["y.jsonl:1", "y.jsonl:2", "x1.txt", "x2.txt"]


@pytest.mark.parametrize(("data", "n", "title"), [(SEED, 1, "Arvenia resumes talks"), (JSONL, 2, "Talks resume"),
                                                   (gzip.compress(RSS.encode()), 2, "Valmoria frees sailors")])
def test_ingest_formats_stdin(monkeypatch: pytest.MonkeyPatch, data: str | bytes, n: int, title: str) -> None:
    raw = data.encode() if isinstance(data, str) else data
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    got = [i for i in read_paths(["-"]) if isinstance(i, Article)]
    assert len(got) == n and got[0].title == title
    assert got[0].origin is not None and got[0].origin.startswith("<stdin>")


@pytest.mark.parametrize(("head", "name", "fmt"), [
    (SEED, "x.csv", "seed"), (JSONL, "x.csv", "jsonl"), (HTML, "x.txt", "html"), (RSS, "x.txt", "feed"),
    (ATOM, "x", "feed"), (CSV, "x.txt", "csv"), (BODY, "x.csv", "csv"), (BODY, "x.html", "html"), (BODY, "x", "text"),
    ("Content, not clicks: a text guide\nThe guide was published.", "x.txt", "text"),
    ('{"text": broken\n{"text": "ok"}\n', "x.txt", "jsonl"), ('{"text": broken', "x.jsonl", "jsonl"),
    ("[1, 2]", "x", "json"), ("{\n \"text\": 1}", "x", "json"), ("a,b\n1,2", "x", "text"), ("<b>hi</b>", "x", "text"),
])
def test_ingest_formats_detect(head: str, name: str, fmt: str) -> None:
    assert detect(head.encode(), name, FieldLookup()) == fmt


def test_ingest_formats_force_format(tmp_path: Path) -> None:
    path = write(tmp_path / "looks.jsonl", JSONL)
    (art,) = articles(path, format="text")
    assert art.text.startswith('{"id": "r1"')


def test_ingest_formats_with_warnings_pairs_problems(tmp_path: Path) -> None:
    bad = json.dumps({"text": BODY, "date": "sometime"}) + "\n{broken\n" + json.dumps({"text": BODY}) + "\n"
    pairs = list(with_warnings(read_paths([str(write(tmp_path / "w.jsonl", bad))])))
    assert [(a is not None, [p.code for p in ps]) for a, ps in pairs] == [
        (True, ["input.malformed"]), (False, ["input.malformed"]), (True, []),
    ]
