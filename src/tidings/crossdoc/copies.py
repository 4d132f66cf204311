"""Syndicated copies: an article whose text repeats one already coded is stored, not coded again.

The same wire copy runs on dozens of sites, lightly edited (a dateline, a credit line, a cut
paragraph). Coding each copy again costs a full pipeline run and, before the merge, stores the
same events once per copy. :class:`CopyFinder` is asked about each article before it is coded
(``tidings ingest`` passes it to :func:`tidings.store.ingest_items`): when the MinHash of the
article's word 3-shingles is as close as ``threshold`` (estimated Jaccard) to a stored or
just-coded article, the article is a copy of that one's original. The copy is stored with its
source and URL (``article_copies``), joins its original's story, and counts as a mention of each
of the original's merged events (its source and article in the counts, a row in the GDELT
mentions table); it has no events of its own.

Only the text decides: an article at a known URL whose text changed much is an update and is
coded. The stored signatures (``story_articles.signature``) are loaded once, on the first
question, so an ingest of nothing new loads nothing.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from ..schema import Article
from ..store.load import Copy
from .stories import NUM_PERM, from_bytes, signature

if TYPE_CHECKING:
    from datasketch import MinHash

COPY_THRESHOLD = 0.5  # the story threshold: a text this close is the same wire copy, lightly edited


class CopyFinder:
    """Which coded article an article repeats, if any (see the module docstring)."""

    def __init__(self, conn: sqlite3.Connection, threshold: float = COPY_THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.conn = conn
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = None
        self._sigs: dict[str, MinHash] = {}
        self._original: dict[str, str] = {}  # copy -> the coded article it repeats

    def _remember(self, article_id: str, sig: MinHash) -> None:
        if article_id not in self._sigs:
            self._sigs[article_id] = sig
            self._lsh.insert(article_id, sig)  # type: ignore[union-attr]

    def _load(self) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)
        self._original = dict(self.conn.execute("SELECT article_id, original FROM article_copies"))
        for aid, raw in self.conn.execute("SELECT article_id, signature FROM story_articles "
                                          "WHERE signature IS NOT NULL ORDER BY rowid"):
            self._remember(aid, from_bytes(raw, self.num_perm))
        # articles stored after the last merge have no stored signature yet: fingerprint their text
        for aid, text in self.conn.execute("SELECT id, text FROM articles WHERE id NOT IN "
                                           "(SELECT article_id FROM story_articles) ORDER BY rowid"):
            if (sig := signature(text or "", self.num_perm)) is not None:
                self._remember(aid, sig)

    def copy_of(self, article: Article) -> Copy | None:
        """The coded article ``article`` repeats (and how closely), else None - and it is then
        remembered, so its own copies later in the input are found."""
        if self._lsh is None:
            self._load()
        sig = signature(article.text, self.num_perm)
        if sig is None:
            return None
        best: tuple[float, str] | None = None
        for other in self._lsh.query(sig):  # type: ignore[union-attr]
            original = self._original.get(other, other)
            if original == article.id or other == article.id:  # recoding an article: not a copy of itself
                continue
            sim = sig.jaccard(self._sigs[other])
            if sim >= self.threshold and (best is None or (sim, original) > best):
                best = (sim, original)
        if best is None:
            self._remember(article.id, sig)
            return None
        self._original[article.id] = best[1]
        self._remember(article.id, sig)
        return Copy(best[1], round(best[0], 3), f"text {best[0]:.2f} like {best[1]}")


__all__ = ["COPY_THRESHOLD", "CopyFinder"]
