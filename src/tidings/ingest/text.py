"""Bytes to clean text, article ids, the seed format and plain text.

Every reader in this package ends here: whatever the container (a file, a JSON line, a feed
entry, a WARC record), the article text goes through :func:`clean_text` so that offsets always
count in the same normalised form (NFC, ``\\n`` line ends, no control characters).
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from ..schema import Article, Problem
from .dates import parse_date

COMPONENT = "ingest"
DEFAULT_MAX_BYTES = 5_000_000

SEED_HEADER = re.compile(r"^\s*date\s+(\S+)\s+(.*)$")
SEED_SNIFF = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s+\S")

# Characters that carry no text: C0/C1 controls (but tab and newline), BOMs, soft hyphens,
# directional marks; the line and paragraph separators become newlines instead.
_DROP = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff"
                   "\ud800-\udfff]")  # lone surrogates too: a JSON "\\ud800" escape is no character
_BREAKS = re.compile("\r\n?|[\x0b\x0c\u0085\u2028\u2029]")

_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"), (b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"),
    (b"PK\x03\x04", "ZIP"), (b"\x7fELF", "ELF"), (b"SQLite format 3", "SQLite"), (b"PAR1", "Parquet"),
    (b"\xd0\xcf\x11\xe0", "OLE2 (Office)"), (b"7z\xbc\xaf", "7-Zip"), (b"Rar!", "RAR"),
    (b"\x28\xb5\x2f\xfd", "Zstandard"), (b"OggS", "Ogg"), (b"ID3", "MP3"), (b"RIFF", "RIFF"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


_LATIN = frozenset(
    "cp1250 cp1252 cp1254 cp1257 cp1258 iso8859-1 iso8859-2 iso8859-3 iso8859-4 iso8859-9 iso8859-10 "
    "iso8859-13 iso8859-14 iso8859-15 iso8859-16 mac-roman mac-latin2".split()
)


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with the encoding used and whether it had to be guessed."""

    text: str
    encoding: str
    guessed: bool = False


def article_id(text: str, url: str | None = None) -> str:
    """A stable id: the hash of the text (whitespace collapsed, NFC, lower case) and the URL.

    Re-ingesting the same article gives the same id whatever its line ends or spacing; the same
    text at two URLs stays two articles (a wire story syndicated twice is deduplicated later,
    by content, not here).
    """
    norm = " ".join(unicodedata.normalize("NFC", text).split()).lower()
    return hashlib.sha1(f"{norm}\x00{normalise_url(url)}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


def normalise_url(url: str | None) -> str:
    """The URL as compared for ids: trimmed, without fragment, scheme and host lower-cased."""
    if not url:
        return ""
    url = url.strip().split("#", 1)[0]
    m = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*://)([^/?]*)(.*)$", url)
    if m:
        url = m.group(1).lower() + m.group(2).lower() + m.group(3)
    return url


def binary_kind(head: bytes) -> str | None:
    """Name the binary format ``head`` starts with, or ``None`` when it may well be text."""
    for magic, name in _BINARY_MAGIC:
        if head.startswith(magic):
            return name
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    sample = head[:8192]
    if not sample:
        return None
    nuls = sample.count(0)
    if nuls:
        if _looks_utf16(sample) is not None:
            return None
        if nuls > max(2, len(sample) // 200):  # a stray NUL in a cell is text; a binary format has many
            return "data with NUL bytes"
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    if controls / len(sample) > 0.10:
        return "data with control bytes"
    return None


def _looks_utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM: NULs in every other byte, decoding to printable text."""
    even = sample[0::2]
    odd = sample[1::2]
    n = min(len(even), len(odd))
    if n < 2:
        return None
    name = None
    if odd[:n].count(0) > 0.6 * n and even[:n].count(0) < 0.1 * n:
        name = "utf-16-le"
    elif even[:n].count(0) > 0.6 * n and odd[:n].count(0) < 0.1 * n:
        name = "utf-16-be"
    if name is None:
        return None
    text = sample[: 2 * n].decode(name, errors="replace")
    printable = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    return name if printable > 0.95 * len(text) else None


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode bytes: a given encoding, a BOM, UTF-8, UTF-16 without BOM, then a detected guess.

    The guess uses charset-normalizer and falls back to cp1252 and finally latin-1, which
    cannot fail; ``guessed`` tells the caller to record an ``input.encoding`` warning.
    """
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(name), name)
            except UnicodeDecodeError:
                break
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:8192]:
        utf16 = _looks_utf16(data[:8192])
        if utf16:
            try:
                return Decoded(data.decode(utf16), utf16)
            except UnicodeDecodeError:
                pass
    western = _western(data)
    if western is not None:
        return western
    guess = _detect(data)
    if guess and not _latin(guess):
        return Decoded(data.decode(guess, errors="replace"), guess, guessed=True)
    for name in ("cp1252", "latin-1"):
        try:
            return Decoded(data.decode(name), name, guessed=True)
        except UnicodeDecodeError:
            continue
    return Decoded(data.decode("utf-8", errors="replace"), "utf-8", guessed=True)  # pragma: no cover


# what Windows-1252 makes of the high bytes of Western European news: accented Latin letters
# and typographic punctuation
_WESTERN = frozenset("\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf"
                     "\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u00df"
                     "\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef"
                     "\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f8\u00f9\u00fa\u00fb\u00fc\u00fd\u00ff"
                     "\u0152\u0153\u0160\u0161\u017d\u017e\u0178"
                     "\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u20ac\u00a0\u00ab\u00bb"
                     "\u00b0\u00a3\u00a7\u00a9\u00ae\u00b4\u00b7\u00ba\u00aa\u00bf\u00a1\u00bd\u00bc\u00be\u2122")


def _western(data: bytes) -> Decoded | None:
    """Windows-1252 when it reads as Western European text, else ``None`` (let the detector guess).

    The detector cannot tell single-byte code pages apart on short text ("R\u00e9union \u00e0 Z\u00fcrich"
    came back as cp857 or UTF-16), while Windows-1252 is what most non-UTF-8 news is written in.
    It is taken when every high byte becomes an accented letter or typographic mark and these
    sit inside words of mostly plain letters, as in French, German or Spanish; Cyrillic or Greek
    in their own code pages fill whole words with high bytes and go on to the detector.
    """
    sample = data[:200_000]
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [c for c in text if ord(c) > 127]
    if not high or any(c not in _WESTERN for c in high):
        return None
    letters = sum(1 for c in text if c.isalpha())
    high_letters = sum(1 for c in high if c.isalpha())
    if letters == 0 or high_letters > 0.3 * letters:
        return None
    if any(len(w) >= 4 and all(ord(c) > 127 for c in w) for w in re.findall(r"\w+", text)):
        return None
    return Decoded(data.decode("cp1252", errors="replace"), "cp1252", guessed=True)


def _latin(encoding: str) -> bool:
    """A single-byte Latin code page: the detector cannot tell these apart on short news text,
    and Windows-1252 is by far the most common of them, so it is tried first."""
    return codecs.lookup(encoding).name in _LATIN


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency, but decoding must not depend on it
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None or not best.encoding:
        return None
    try:
        codecs.lookup(best.encoding)
    except LookupError:
        return None
    return best.encoding


def clean_text(text: str) -> str:
    """NFC, ``\\n`` line ends, no control characters, no trailing spaces, no outer blank lines."""
    text = _BREAKS.sub("\n", text)
    text = _DROP.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if " \n" in text or "\t\n" in text:
        text = re.sub(r"[ \t]+\n", "\n", text)
    return text.strip()


def plain(value: str | None) -> str | None:
    """A short field (id, URL, language) without control characters or lone surrogates, trimmed."""
    if value is None:
        return None
    return _DROP.sub("", value).strip() or None


def clean_line(text: str) -> str:
    """A one-line field (title, source): cleaned and with inner whitespace collapsed."""
    return " ".join(clean_text(text).split())


def truncate(text: str, max_bytes: int) -> str | None:
    """``text`` cut to at most ``max_bytes`` UTF-8 bytes at a paragraph or word break, or ``None``."""
    if len(text) * 4 <= max_bytes or len(text.encode("utf-8")) <= max_bytes:
        return None
    cut = text.encode("utf-8")[:max_bytes].decode("utf-8", errors="ignore")
    i = cut.rfind("\n")
    if i > len(cut) * 0.9:
        return cut[:i].rstrip()
    i = cut.rfind(" ")
    if i > 0 and i > len(cut) - 1000:
        return cut[:i].rstrip()
    return cut


def join_title(title: str | None, body: str) -> str:
    """The article text: headline, a newline, the body (unless the body already starts with it)."""
    if not title:
        return body
    if not body:
        return title
    first = body.split("\n", 1)[0]
    if " ".join(first.split()).casefold() == title.casefold():
        rest = body.split("\n", 1)
        return title + ("\n" + rest[1].lstrip("\n") if len(rest) > 1 else "")
    return title + "\n" + body


def guess_title(text: str) -> str | None:
    """A first line that reads as a headline: short, not a sentence, followed by more text."""
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first or len(first) > 200:
        return None
    if first[-1] in ".!?:;,\"'\u201d\u2019)" or len(first.split()) < 2:
        return None
    return first


def problem(code: str, message: str, origin: str | None) -> Problem:
    return Problem(code=code, message=message, component=COMPONENT, origin=origin)


def finish(
    text: str,
    *,
    origin: str | None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    id: str | None = None,
    date: dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    language: str | None = None,
) -> list[Article | Problem]:
    """Build the Article for cleaned ``text``: the empty check, the size limit, the id.

    Returns the warnings (if any) followed by the Article, or a single Problem.
    """
    if not text.strip():
        return [problem("input.empty", f"{origin}: no text", origin)]
    out: list[Article | Problem] = []
    cut = truncate(text, max_bytes)
    if cut is not None:
        out.append(problem("input.too_large", f"{origin}: text longer than the limit of {max_bytes:,} bytes, "
                           f"cut to {len(cut.encode('utf-8')):,}", origin))
        text = cut
    aid = id if id else article_id(text, url)
    out.append(Article(id=aid, text=text, date=date, title=title or None, source=source or None,
                       url=url or None, language=language or "en", origin=origin))
    return out


def parse_text(raw: str, *, date: dt.date | None = None, origin: str | None = None) -> Article:
    """One article from text: the seed format (``date YYYY-MM-DD <headline>`` line) or plain text.

    The seed header's date wins over ``date``; plain text gets ``date`` and, as its title, a
    first line that reads as a headline (the text itself is kept whole).
    """
    article, _warnings = parse_text_checked(raw, date=date, origin=origin)
    return article


def parse_text_checked(
    raw: str, *, date: dt.date | None = None, origin: str | None = None
) -> tuple[Article, list[Problem]]:
    """:func:`parse_text` that also returns the warnings (a seed date that is not a date)."""
    text = clean_text(raw)
    warnings: list[Problem] = []
    head, _sep, body = text.partition("\n")
    m = SEED_HEADER.match(head)
    if m and re.fullmatch(r"[\d./-]{6,10}|\d{4}-\S*", m.group(1)):
        seed_date = parse_date(m.group(1))
        if seed_date is None:
            warnings.append(problem("input.malformed", f"{origin}: seed header date {m.group(1)!r} is not a date",
                                    origin))
        title = clean_line(m.group(2))
        full = join_title(title, body.strip("\n"))
        return Article(id=article_id(full), text=full, date=seed_date or date, title=title or None,
                       origin=origin), warnings
    return Article(id=article_id(text), text=text, date=date, title=guess_title(text), origin=origin), warnings


__all__ = sorted([
    "COMPONENT", "DEFAULT_MAX_BYTES", "Decoded", "article_id", "plain", "normalise_url", "binary_kind", "decode",
    "clean_text", "clean_line", "truncate", "join_title", "guess_title", "problem", "finish", "parse_text",
    "parse_text_checked", "SEED_HEADER", "SEED_SNIFF",
])
