"""Opening an input stream: gzip, bzip2 and xz undone whatever the file is called, within limits.

A compressed file is read as it decompresses, a chunk at a time; a file cut off mid-stream still
hands out what came before the cut, and one that decompresses to more than its limits allow (a
compression bomb) stops there. :func:`stream_problems` says afterwards what either left unread.
"""

from __future__ import annotations

import bz2
import io
import lzma
import zlib
from typing import BinaryIO, Iterator

from ..schema import Problem
from .text import problem

DEFAULT_MAX_DECOMPRESSED = 2_000_000_000
DEFAULT_MAX_RATIO = 200
RATIO_FLOOR = 16_000_000  # the ratio limit applies once this much is out (small files compress well)
OUT_CHUNK = 4 * 65536  # decompressed bytes per step
HEAD = 65536
_COMPRESSED = ((b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"), (b"\xfd7zXZ\x00", "xz"))


class Prepended(io.RawIOBase):
    """A stream whose first bytes were already read for sniffing."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head = head
        self.rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class _Inflate(io.RawIOBase):
    """A decompressing stream that ends quietly where a truncated file ends, or where it has
    handed out more than its limits allow.

    gzip/bz2/lzma file objects raise on a cut-off file and lose the text decoded so far; this
    one hands out every byte it could decode and sets ``truncated``, so the records before the
    cut are still read. Concatenated members (``cat a.gz b.gz``) are read in turn. Output is
    decompressed a chunk at a time (never more than ``HEAD`` bytes of input, at most ``HEAD``
    times ``CHUNK_OUT`` of output at once), and it stops with ``capped`` set past ``max_out`` bytes
    or, once 16 MB are out, past ``max_ratio`` bytes out per byte in: a gzip bomb costs a bounded
    amount of memory and time, and the reader records what was left unread.
    """

    def __init__(self, raw: BinaryIO, kind: str, max_out: int = DEFAULT_MAX_DECOMPRESSED,
                 max_ratio: int = DEFAULT_MAX_RATIO) -> None:
        self.raw = raw
        self.kind = kind
        self.engine = self._engine()
        self.pending = b""
        self.finished = False
        self.truncated = False
        self.capped: str | None = None
        self.max_out = max_out
        self.max_ratio = max_ratio
        self.bytes_in = 0
        self.bytes_out = 0
        self.unconsumed = b""  # input the engine has not used yet (its output limit was reached)

    def _engine(self):  # type: ignore[no-untyped-def]
        if self.kind == "gzip":
            return zlib.decompressobj(wbits=31)
        if self.kind == "bzip2":
            return bz2.BZ2Decompressor()
        return lzma.LZMADecompressor()

    def readable(self) -> bool:
        return True

    def _inflate(self, data: bytes) -> bytes:
        """Decompress ``data`` with bounded output; input left over waits in ``unconsumed``."""
        if self.kind == "gzip":
            out = self.engine.decompress(data, OUT_CHUNK)
            self.unconsumed = self.engine.unconsumed_tail
        else:  # bz2 and lzma keep their unused input themselves
            out = self.engine.decompress(data, max_length=OUT_CHUNK)
            self.unconsumed = b""
        return out

    def _more_input(self) -> bool:
        if self.kind != "gzip" and not self.engine.eof and not self.engine.needs_input:
            return True  # bz2/lzma still hold input: call again with b""
        return bool(self.unconsumed)

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self.pending and not self.finished:
            if self.engine.eof and self.engine.unused_data.strip(b"\x00"):
                rest = self.engine.unused_data  # the next member of a concatenated file
                self.engine = self._engine()
                self.pending = self._inflate(rest)
            elif self._more_input():
                self.pending = self._inflate(self.unconsumed)
            else:
                chunk = self.raw.read(HEAD)
                if not chunk:
                    self.finished = True
                    self.truncated = not self.engine.eof
                    break
                self.bytes_in += len(chunk)
                self.pending = self._inflate(chunk)
            self.bytes_out += len(self.pending)
            if self.bytes_out > self.max_out:
                self.capped = f"more than {self.max_out:,} bytes decompressed"
            elif self.bytes_out > RATIO_FLOOR and self.bytes_out > self.max_ratio * max(self.bytes_in, 1):
                self.capped = (f"{self.bytes_out:,} bytes out of {self.bytes_in:,} compressed (over "
                               f"{self.max_ratio}:1, a compression bomb?)")
            if self.capped:
                self.finished = True
        n = min(len(buffer), len(self.pending))
        buffer[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        return n


def open_stream(raw: BinaryIO, name: str, max_out: int = DEFAULT_MAX_DECOMPRESSED,
                max_ratio: int = DEFAULT_MAX_RATIO) -> tuple[BinaryIO, str]:
    """The stream uncompressed, and its name without the compression suffix (pipes work too);
    at most ``max_out`` bytes, or ``max_ratio`` bytes out per byte in, come out of a compressed one."""
    magic = raw.read(6)
    raw = io.BufferedReader(Prepended(magic, raw))  # type: ignore[assignment]
    for prefix, kind in _COMPRESSED:
        if magic.startswith(prefix):
            for suffix in (".gz", ".gzip", ".bz2", ".xz"):
                name = name.removesuffix(suffix)
            if kind == "gzip" and name.lower().endswith((".warc", ".arc")):
                return raw, name  # warcio reads gzip members itself, record by record
            inflate = _Inflate(raw, kind, max_out, max_ratio)  # type: ignore[arg-type]
            return io.BufferedReader(inflate, buffer_size=HEAD), name  # type: ignore[return-value]
    return raw, name


def _truncated(stream: BinaryIO) -> bool:
    inner = getattr(stream, "raw", None)
    return bool(getattr(inner, "truncated", False))


def _capped(stream: BinaryIO) -> str | None:
    return getattr(getattr(stream, "raw", None), "capped", None)


def stream_problems(stream: BinaryIO, origin: str) -> Iterator[Problem]:
    """The problems of the file as a whole, once its records are read: cut off, or capped."""
    if _truncated(stream):
        yield problem("input.unreadable", f"{origin}: the compressed input breaks off; what came before was read",
                      origin)
    capped = _capped(stream)
    if capped:
        yield problem("input.too_large", f"{origin}: {capped}; the rest was not read", origin)


__all__ = ["DEFAULT_MAX_DECOMPRESSED", "DEFAULT_MAX_RATIO", "HEAD", "Prepended", "open_stream", "stream_problems"]
