"""Dates, ids, column maps, decoding and the seed format: the small parts of ingest."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.ingest import article_id, date_from_path, decode, parse_column_map, parse_date, parse_text
from tidings.ingest.text import clean_text, guess_title, join_title, truncate

D = dt.date


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-09-05", D(2025, 9, 5)),
    ("2025/9/5", D(2025, 9, 5)),
    ("2025-09-05T23:30:00-04:00", D(2025, 9, 5)),  # the day as written, not moved to UTC
    ("2025-09-05 08:00", D(2025, 9, 5)),
    ("2025-09-05T10:00:00.123Z", D(2025, 9, 5)),
    ("20250905", D(2025, 9, 5)),
    ("Fri, 05 Sep 2025 23:30:00 -0400", D(2025, 9, 5)),
    ("5 Sep 2025 10:00:00 GMT", D(2025, 9, 5)),
    ("5 September 2025", D(2025, 9, 5)),
    ("Friday, 5th of September, 2025", D(2025, 9, 5)),
    ("September 5, 2025", D(2025, 9, 5)),
    ("Sept. 5, 2025", D(2025, 9, 5)),
    ("sep 5 2025", D(2025, 9, 5)),
    (1757030400, D(2025, 9, 5)),
    ("1757030400", D(2025, 9, 5)),
    (dt.datetime(2025, 9, 5, 22, 0), D(2025, 9, 5)),
    (D(2025, 9, 5), D(2025, 9, 5)),
    # not dates
    ("2025-13-05", None), ("2025-02-30", None), ("0001-01-01", None), ("yesterday", None), ("last Tuesday", None),
    ("5 Smarch 2025", None), ("September 2025", None), ("", None), ("   ", None), (None, None), (True, None),
    (42, None), ([2025, 9, 5], None), ("2025-09-05 and more words", None), ("x" * 500, None),
])
def test_ingest_text_parse_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(("path", "expected"), [
    ("news/2025-09-05-summit.txt", D(2025, 9, 5)),
    ("2025_09_05.jsonl.gz", D(2025, 9, 5)),
    ("archive/2025/09/05/story.html", D(2025, 9, 5)),
    ("archive/2025/09/story.html", None),
    ("story-12025-09-051.txt", None),
    ("2025-02-30.txt", None),
    ("plain.txt", None),
])
def test_ingest_text_date_from_path(path: str, expected: dt.date | None) -> None:
    assert date_from_path(path) == expected


def test_ingest_text_article_id_stable() -> None:
    text = "Arvenia and Kostmark agreed on Wednesday to reopen the border."
    same = [text, "  " + text.replace(" ", "  \n") + "\n", text.upper()]
    assert len({article_id(t, "https://n.example/a") for t in same}) == 1
    assert article_id(text, "https://n.example/a") == article_id(text, "HTTPS://N.EXAMPLE/a#comments")
    assert article_id(text, "https://n.example/a") != article_id(text, "https://n.example/b")
    assert article_id(text) != article_id(text, "https://n.example/a")
    assert article_id(text) != article_id(text + " Officials said.")
    assert article_id("caf\u00e9") == article_id("cafe\u0301")  # NFC
    assert len(article_id(text)) == 16 and article_id(text) == article_id(text)


@pytest.mark.parametrize(("items", "expected"), [
    (["text=body"], {"text": "body"}),
    (["text=body", "DATE = published", "id=content.id"], {"text": "body", "date": "published", "id": "content.id"}),
    (["text=a=b"], {"text": "a=b"}),
    ([], {}),
])
def test_ingest_text_parse_column_map(items: list[str], expected: dict[str, str]) -> None:
    assert parse_column_map(items) == expected


@pytest.mark.parametrize("items", [["text"], ["=body"], ["text="], ["body=text"], ["author=byline"]])
def test_ingest_text_parse_column_map_rejects(items: list[str]) -> None:
    with pytest.raises(ValueError):
        parse_column_map(items)


@pytest.mark.parametrize(("data", "encoding", "guessed"), [
    ("caf\u00e9".encode(), "utf-8", False),
    ("\ufeffcaf\u00e9".encode(), "utf-8", False),
    ("caf\u00e9 talks".encode("utf-16"), "utf-16-le", False),
    ("caf\u00e9 talks in Serrat".encode("utf-16-be"), "utf-16-be", False),
    ("The minister\u2019s \u201cfinal\u201d offer was rejected on Monday.".encode("cp1252"), None, True),
    ("Le ministre a refus\u00e9 l\u2019offre \u00e0 Serrat.".encode("cp1252"), "cp1252", True),
    ("\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u043e\u0442\u0432\u0435\u0440\u0433 \u043f\u043b\u0430\u043d "
     "\u043c\u0438\u0440\u043d\u043e\u0433\u043e \u0443\u0440\u0435\u0433\u0443\u043b\u0438\u0440\u043e\u0432\u0430\u043d\u0438\u044f, "
     "\u0437\u0430\u044f\u0432\u0438\u043b \u043f\u0440\u0435\u0441\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044c "
     "\u0432 \u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a.".encode("cp1251"), "cp1251", True),
])
def test_ingest_text_decode(data: bytes, encoding: str | None, guessed: bool) -> None:
    got = decode(data)
    assert got.guessed is guessed
    if encoding:
        assert got.encoding == encoding
        assert got.text == data.decode(encoding).lstrip("\ufeff")
    else:
        assert "\u2019" in got.text and "\u201c" in got.text


def test_ingest_text_seed_format() -> None:
    art = parse_text("  date 2025-09-05   Kostmark threatens sanctions  \n\nBody line one.\nBody two.\n\n",
                     origin="x.txt")
    assert (art.title, art.date, art.origin) == ("Kostmark threatens sanctions", D(2025, 9, 5), "x.txt")
    assert art.text == "Kostmark threatens sanctions\nBody line one.\nBody two."
    assert art.text[art.text.index("Body"):].startswith("Body line one.")


@pytest.mark.parametrize(("raw", "title"), [
    ("date of the summit was moved.\nMore.", None),  # not a seed header
    ("Leaders meet in Velmar\nThe leaders met.", "Leaders meet in Velmar"),
    ("The leaders met in Velmar.\nThey talked.", None),
    ("Alone", None),
])
def test_ingest_text_plain_text_kept_whole(raw: str, title: str | None) -> None:
    art = parse_text(raw, date=D(2025, 1, 2))
    assert (art.text, art.title, art.date) == (raw, title, D(2025, 1, 2))


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Talks end", "Talks end\nThey ended.", "Talks end\nThey ended."),
    ("Talks end", "They ended.", "Talks end\nThey ended."),
    (None, "They ended.", "They ended."),
    ("Talks end", "", "Talks end"),
])
def test_ingest_text_join_title(title: str | None, body: str, expected: str) -> None:
    assert join_title(title, body) == expected


def test_ingest_text_clean_and_truncate() -> None:
    assert clean_text("a \t\r\nb\x00c\u2029d  ") == "a\nbc\nd"
    assert truncate("short", 100) is None
    assert truncate("one two three four", 12) == "one two"
    assert guess_title("x" * 201 + "\nbody") is None
