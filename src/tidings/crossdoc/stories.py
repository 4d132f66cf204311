"""Same story: the same wire copy on many sites, or a lightly edited update, recognised as one story.

Two articles are one story when their URLs are the same once normalised (scheme, ``www.``,
tracking parameters, fragments and trailing slashes do not count), or when their texts share most
of their word 3-shingles: a MinHash signature (``datasketch``) estimates the Jaccard similarity
and locality-sensitive hashing finds the candidates without comparing every pair. Signatures are
plain bytes, so a store keeps them and later articles join stories stored earlier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit

if TYPE_CHECKING:  # datasketch takes a second to import: only the commands that fingerprint pay for it
    from datasketch import MinHash

NUM_PERM = 128
SEED = 1  # fixed: signatures stored today must compare with those computed tomorrow
SCHEME = "affine32"  # named, so stored signatures are read back under the scheme that made them
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|cmpid|ocid|smid|s_cid|at_\w+)$", re.I)


def normalize_url(url: str | None) -> str | None:
    """A key that is equal for the same page however it was linked; None for no URL."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").casefold()
    host = host[4:] if host.startswith("www.") else host
    host = host[2:] if host.startswith("m.") else host
    path = re.sub(r"/+", "/", parts.path or "/")
    path = re.sub(r"/(index\.html?|amp)?$", "", path) or "/"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not _TRACKING.match(k)))
    if not host:  # not a web address: keep it as written, folded
        return url.strip().casefold()
    return f"{host}{path}" + (f"?{query}" if query else "")


def shingles(text: str, k: int = 3) -> set[str]:
    words = re.findall(r"\w+", text.casefold())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> object:
    """The seeded permutations, drawn once (drawing them is most of the cost of a fresh MinHash)."""
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME).permutations


def signature(text: str, num_perm: int = NUM_PERM) -> MinHash | None:
    """The MinHash of the text's word 3-shingles; None for a text without words."""
    from datasketch import MinHash

    grams = shingles(text)
    if not grams:
        return None
    m = MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME, permutations=_permutations(num_perm))
    m.update_batch([g.encode("utf-8") for g in grams])
    return m


def to_bytes(m: MinHash) -> bytes:
    import numpy as np

    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(raw: bytes, num_perm: int = NUM_PERM) -> MinHash:
    import numpy as np
    from datasketch import MinHash

    # the shared permutations: drawing them again for each stored signature was 90% of loading a store's
    return MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME, hashvalues=np.frombuffer(raw, dtype=np.uint64).copy(),
                   permutations=_permutations(num_perm))


@dataclass(frozen=True)
class StoryMatch:
    story: int
    similarity: float
    reason: str


class StoryIndex:
    """Articles grouped into stories; ``add`` says which story an article belongs to and why."""

    def __init__(self, threshold: float = 0.5, num_perm: int = NUM_PERM) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._sigs: dict[str, MinHash] = {}
        self._story_of: dict[str, int] = {}
        self._by_url: dict[str, int] = {}
        self._next = 1

    def place(self, article_id: str, story: int, url_key: str | None, sig: MinHash | None) -> None:
        """Record an article whose story is already known (loading a store)."""
        self._story_of[article_id] = story
        self._next = max(self._next, story + 1)
        if url_key:
            self._by_url.setdefault(url_key, story)
        if sig is not None and article_id not in self._sigs:
            self._sigs[article_id] = sig
            self._lsh.insert(article_id, sig)

    def find(self, url_key: str | None, sig: MinHash | None) -> StoryMatch | None:
        if url_key and url_key in self._by_url:
            return StoryMatch(self._by_url[url_key], 1.0, f"same URL {url_key}")
        if sig is None:
            return None
        best: tuple[float, str] | None = None
        for other in self._lsh.query(sig):
            sim = sig.jaccard(self._sigs[other])
            if sim >= self.threshold and (best is None or (sim, other) > best):
                best = (sim, other)
        if best is None:
            return None
        return StoryMatch(self._story_of[best[1]], round(best[0], 3), f"text {best[0]:.2f} like {best[1]}")

    def add(self, article_id: str, url: str | None, text: str) -> tuple[StoryMatch, MinHash | None, str | None]:
        """(the story the article joins or opens, its signature, its URL key)."""
        key, sig = normalize_url(url), signature(text, self.num_perm)
        found = self.find(key, sig) or StoryMatch(self._next, 1.0, "first copy")
        self.place(article_id, found.story, key, sig)
        return found, sig, key


__all__ = ["NUM_PERM", "StoryIndex", "StoryMatch", "from_bytes", "normalize_url", "shingles", "signature", "to_bytes"]
