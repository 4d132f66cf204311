"""Fuzz targets over every reader: bytes in, Articles and Problems out, nothing raised.

Each target calls one reader directly, without the per-file guard of :func:`read_paths` (which
turns any exception into an ``input.unreadable`` problem and would hide a reader's bug), and
:func:`check` asserts what every reader promises. :func:`mutate` makes a hostile variant of a
seed input (bytes inserted, deleted, repeated, flipped, cut), so that a fuzzer starting from a
corpus of tricky files (``tests/fixtures/fuzz/``) reaches deep into each format.

The test suite runs these under Hypothesis on a small budget; ``python -m benchmarks.fuzz`` runs
them on a large one and reports exceptions and slow inputs.
"""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Callable

from ..schema import Article, Problem
from .delimited import read_csv
from .files import Options, _read_document, detect
from .feeds import read_feed
from .fields import FieldLookup
from .html import read_html
from .records import read_json, read_jsonl
from .text import decode
from .warc import read_warc

Items = list[Article | Problem]
_LOOKUP = FieldLookup()
_SMALL = 20_000  # max_bytes of the targets: small, so that the caps are reached too


def _jsonl(data: bytes) -> Items:
    return list(read_jsonl(io.BufferedReader(io.BytesIO(data)), origin="f", lookup=_LOOKUP, max_bytes=_SMALL))


def _json(data: bytes) -> Items:
    return list(read_json(io.BufferedReader(io.BytesIO(data)), origin="f", lookup=_LOOKUP, max_bytes=_SMALL))


def _csv(data: bytes) -> Items:
    encoding = decode(data[:8192]).encoding
    return list(read_csv(io.BufferedReader(io.BytesIO(data)), origin="f", lookup=_LOOKUP, encoding=encoding,
                         max_bytes=_SMALL))


def _feed(data: bytes) -> Items:
    return list(read_feed(data, origin="f", max_bytes=_SMALL))


def _html(data: bytes) -> Items:
    return list(read_html(decode(data).text, origin="f", max_bytes=_SMALL))


def _warc(data: bytes) -> Items:
    return list(read_warc(io.BufferedReader(io.BytesIO(data)), origin="f", max_bytes=_SMALL))


def _text(data: bytes) -> Items:
    return list(_read_document(data, "text", None, Options(max_bytes=_SMALL), "f"))


def _detect(data: bytes) -> Items:
    fmt = detect(data[:65536], "f", _LOOKUP)
    assert fmt in ("seed", "text", "jsonl", "json", "csv", "tsv", "html", "feed", "warc", "binary"), fmt
    return []


TARGETS: dict[str, Callable[[bytes], Items]] = {
    "jsonl": _jsonl, "json": _json, "csv": _csv, "feed": _feed, "html": _html, "warc": _warc, "text": _text,
    "detect": _detect,
}
# which seed files feed which target first (every target also gets every other seed, mutated)
SUFFIXES: dict[str, tuple[str, ...]] = {
    "jsonl": (".jsonl",), "json": (".json",), "csv": (".csv", ".tsv"), "feed": (".rss", ".atom"),
    "html": (".html",), "warc": (".warc",), "text": (".txt",), "detect": ("",),
}


def check(items: Items) -> None:
    """What every reader promises: only Articles and Problems; an Article has clean, non-empty text."""
    for item in items:
        assert isinstance(item, (Article, Problem)), type(item)
        if isinstance(item, Article):
            assert item.text.strip() and item.id and item.origin
            assert "\r" not in item.text and "\x00" not in item.text
        else:
            assert item.code.startswith("input.") and item.origin


def corpus(folder: str | Path) -> dict[str, bytes]:
    """The seed inputs of a corpus folder, by file name (``.gz`` files stay compressed)."""
    return {p.name: p.read_bytes() for p in sorted(Path(folder).iterdir()) if p.is_file()}


_TOKENS = (b"\x00", b"\r", b"\n", b"\r\n", b'"', b",", b"\t", b"{", b"}", b"[", b"]", b"<", b">", b"&", b"<p>",
           b"</p>", b"<![CDATA[", b"]]>", b"<!--", b"\xef\xbb\xbf", b"\xff\xfe", b"\xe9", b"\xc3", b"\\u0000",
           b"\\ud800", b"9" * 400, b"1e999", b"-0", b"NaN", b"WARC/1.0\r\n", b"Content-Length: 999999\r\n",
           b"date 2025-09-05 ", b"0000-00-00", b"<item>", b"</item>", b"&#0;", b"&#x110000;", b"<!ENTITY a 'b'>")


def mutate(data: bytes, rng: random.Random, steps: int | None = None) -> bytes:
    """A hostile variant of ``data``: a few random insertions, deletions, repeats, flips and cuts."""
    out = bytearray(data)
    for _ in range(steps if steps is not None else rng.randint(1, 6)):
        op = rng.randrange(6)
        i = rng.randint(0, len(out))
        if op == 0:
            out[i:i] = rng.choice(_TOKENS)
        elif op == 1 and out:
            j = min(len(out), i + rng.randint(1, 64))
            del out[i:j]
        elif op == 2 and out:
            j = min(len(out), i + rng.randint(1, 256))
            out[i:i] = out[i:j] * rng.randint(2, 20)
        elif op == 3 and out:
            k = rng.randrange(len(out))
            out[k] = rng.randrange(256)
        elif op == 4:
            del out[i:]
        else:
            out[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return bytes(out)


def run(target: str, data: bytes) -> Items:
    """Run one target on one input and check its output; an exception is a finding."""
    items = TARGETS[target](data)
    check(items)
    return items


__all__ = sorted(["TARGETS", "SUFFIXES", "check", "corpus", "mutate", "run"])
