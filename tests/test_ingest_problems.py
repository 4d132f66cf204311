"""Bad input becomes Problems in place; the batch goes on and nothing raises."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from tidings.ingest import read_paths
from tidings.schema import Article, Problem

BODY = "Police in Serrat arrested forty protesters on Monday, witnesses said."
GOOD = "date 2025-09-08 Police arrest protesters\n" + BODY


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def shape(items: list[Article | Problem], root: Path) -> list[tuple[str, str]]:
    """(kind or problem code, origin relative to root) for each item."""
    out = []
    for i in items:
        origin = (i.origin or "").replace(str(root) + "/", "")
        out.append(("article" if isinstance(i, Article) else i.code, origin))
    return out


# (file name, bytes, expected shape of what the file yields)
CASES: list[tuple[str, bytes, list[tuple[str, str]]]] = [
    ("empty.txt", b"", [("input.empty", "empty.txt")]),
    ("blank.txt", b"  \n\n\t \n", [("input.empty", "blank.txt")]),
    ("nul.txt", b"Some text\x00\x01\x02\x00more\x00" * 20, [("input.binary", "nul.txt")]),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), [("input.binary", "image.txt")]),
    ("doc.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", [("input.binary", "doc.pdf")]),
    ("cp1252.txt", "The minister\u2019s \u201cfinal\u201d offer, caf\u00e9 talks \u2013 Serrat.".encode("cp1252"),
     [("input.encoding", "cp1252.txt"), ("article", "cp1252.txt")]),
    ("latin.jsonl", json.dumps({"text": "caf\u00e9 talks"}, ensure_ascii=False).encode("latin-1") + b"\n",
     [("input.encoding", "latin.jsonl:1"), ("article", "latin.jsonl:1")]),
    ("utf16.txt", GOOD.encode("utf-16"), [("article", "utf16.txt")]),
    ("utf16nobom.txt", GOOD.encode("utf-16-le"), [("article", "utf16nobom.txt")]),
    ("utf8sig.txt", GOOD.encode("utf-8-sig"), [("article", "utf8sig.txt")]),
    ("baddate.txt", b"date 2025-13-45 Police arrest protesters\n" + BODY.encode(),
     [("input.malformed", "baddate.txt"), ("article", "baddate.txt")]),
    ("lines.jsonl", (json.dumps({"text": BODY}) + "\n{not json\n\n" + json.dumps([1]) + "\n"
                     + json.dumps({"body": BODY}) + "\n" + json.dumps({"title": "no text"}) + "\n"
                     + json.dumps({"text": ""}) + "\n" + json.dumps({"text": 5}) + "\n"
                     + json.dumps({"text": BODY, "date": "not a date"}) + "\n").encode(),
     [("article", "lines.jsonl:1"), ("input.malformed", "lines.jsonl:2"), ("input.malformed", "lines.jsonl:4"),
      ("article", "lines.jsonl:5"), ("input.malformed", "lines.jsonl:6"), ("input.empty", "lines.jsonl:7"),
      ("input.malformed", "lines.jsonl:8"), ("input.malformed", "lines.jsonl:9"), ("article", "lines.jsonl:9")]),
    ("rows.csv", (f'text,date\n"{BODY}",2025-09-08\n"{BODY}",2025-09-08,extra\n,2025-09-08\n\n'
                  f'"multi\nline text",x\n"{BODY}",\n').encode(),
     [("article", "rows.csv:2"), ("input.malformed", "rows.csv:3"), ("input.empty", "rows.csv:4"),
      ("input.malformed", "rows.csv:6"), ("article", "rows.csv:6"), ("article", "rows.csv:8")]),
    ("nocol.csv", 'headline,date\nH,2025-09-08\n'.encode(), [("input.malformed", "nocol.csv:2")]),
    ("header-only.csv", b"text,date\n", []),
    # an array is read record by record: the records before the break are kept
    ("broken.json", b'[{"text": "A"}, {"text": ', [("article", "broken.json:1"), ("input.malformed", "broken.json:2")]),
    ("empty-array.json", b"[]", [("input.empty", "empty-array.json")]),
    ("nofeed.xml", b"<?xml version='1.0'?><rss><channel><title>T</title></channel></rss>",
     [("input.empty", "nofeed.xml")]),
    ("badfeed.rss", b"<rss><channel><item><title>Half an entry</title></item>", [("article", "badfeed.rss:1")]),
    ("nothing.html", b"<html><head></head><body><script>var x = 1;</script></body></html>",
     [("input.empty", "nothing.html")]),
    ("broken.html", b"<html><body><div><p>Troops left the valley on Sunday, officials said.<p>More<div>",
     [("article", "broken.html")]),
    ("trunc.jsonl.gz", gzip.compress("".join(json.dumps({"text": f"{BODY} {i * 7919}"}) + "\n" for i in range(50)).encode())[:-30],
     [("article", f"trunc.jsonl.gz:{n}") for n in range(1, 50)] + [("input.unreadable", "trunc.jsonl.gz")]),
]


@pytest.mark.parametrize(("name", "data", "expected"), CASES, ids=[c[0] for c in CASES])
def test_ingest_problems_in_place(tmp_path: Path, name: str, data: bytes, expected: list[tuple[str, str]]) -> None:
    path = write(tmp_path / name, data)
    items = list(read_paths([str(path)]))
    got = shape(items, tmp_path)
    if name == "trunc.jsonl.gz":  # how many whole lines survive depends on where the cut falls
        n = sum(1 for kind, _ in got if kind == "article")
        tail = [("input.malformed", f"trunc.jsonl.gz:{n + 1}")] if got[-2][0] == "input.malformed" else []
        assert n > 10 and got == expected[:n] + tail + [expected[-1]]
        return
    assert got == expected
    for item in items:
        if isinstance(item, Problem):
            assert item.component == "ingest" and item.message.startswith(str(path))


def test_ingest_problems_batch_goes_on(tmp_path: Path) -> None:
    paths = [write(tmp_path / "1.txt", GOOD), write(tmp_path / "2.bin", b"\x00\x01" * 99),
             tmp_path / "missing.txt", write(tmp_path / "3.txt", GOOD.replace("forty", "fifty"))]
    got = shape(list(read_paths([str(p) for p in paths] + ["https://n.example/x", str(tmp_path / "none-*.txt")])),
                tmp_path)
    assert got == [("article", "1.txt"), ("input.binary", "2.bin"), ("input.unreadable", "missing.txt"),
                   ("article", "3.txt"), ("input.unreadable", "https://n.example/x"),
                   ("input.unreadable", "none-*.txt")]


def test_ingest_problems_control_characters_stripped(tmp_path: Path) -> None:
    raw = "Troops\u0007 left\u200e the valley\u00ad on Sunday.\x1b\r\nOfficials\u2028confirmed it.\u0085Done."
    (art,) = list(read_paths([str(write(tmp_path / "c.txt", raw))]))
    assert isinstance(art, Article)
    assert art.text == "Troops left the valley on Sunday.\nOfficials\nconfirmed it.\nDone."


@pytest.mark.parametrize(("fmt", "data"), [
    ("text", "Word " * 300),
    ("jsonl", json.dumps({"text": "Word " * 300}) + "\n"),
])
def test_ingest_problems_too_large_is_cut(tmp_path: Path, fmt: str, data: str) -> None:
    path = write(tmp_path / f"big.{fmt}", data)
    warn, art = list(read_paths([str(path)], max_bytes=1000))
    assert isinstance(warn, Problem) and warn.code == "input.too_large" and warn.origin == art.origin
    assert isinstance(art, Article) and len(art.text.encode()) <= 1000 and art.text.endswith("Word")


def test_ingest_problems_too_large_multibyte_cut_is_valid(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "\u00e9\u4e2d" * 2000)
    warn, art = list(read_paths([str(path)], max_bytes=1001))
    assert isinstance(warn, Problem) and warn.code == "input.too_large"
    assert isinstance(art, Article) and len(art.text.encode()) <= 1001 and art.text.startswith("\u00e9\u4e2d")


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"formt": "text"}, TypeError), ({"format": "pdf"}, ValueError), ({"columns": {"body": "text"}}, ValueError),
    ({"max_bytes": 0}, ValueError),
])
def test_ingest_problems_caller_mistakes_raise(kwargs: dict, error: type[Exception]) -> None:
    with pytest.raises(error):
        read_paths(["x"], **kwargs)


def test_ingest_problems_date_fallback_on_bad_record_date(tmp_path: Path) -> None:
    path = write(tmp_path / "d.jsonl", json.dumps({"text": BODY, "date": "the other day"}) + "\n")
    warn, art = list(read_paths([str(path)], date=dt.date(2025, 9, 8)))
    assert isinstance(warn, Problem) and "the other day" in warn.message
    assert isinstance(art, Article) and art.date == dt.date(2025, 9, 8)
