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

An article at a URL already stored (normalised, :func:`~tidings.crossdoc.stories.normalize_url`)
is compared with the text stored there: when at least ``containment`` of its shingles are in that
text, it says nothing the coded one does not (a cut or re-posted version of the page) and is a
copy; otherwise it is an update and is coded. The stored signatures (``story_articles.signature``) are loaded once, on the first
question, so an ingest of nothing new loads nothing.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from typing import TYPE_CHECKING

from ..schema import Article
from ..store.load import Copy
from .stories import NUM_PERM, from_bytes, normalize_url, shingles, signature

if TYPE_CHECKING:
    from datasketch import MinHash

COPY_THRESHOLD = 0.5  # the story threshold: a text this close is the same wire copy, lightly edited
COPY_CONTAINMENT = 0.8  # at the same URL: this share of the new text already in the stored one is a cut copy
RECENT_TEXTS = 1024  # far more than an ingest codes between two stores (a chunk of 16)


class CopyFinder:
    """Which coded article an article repeats, if any (see the module docstring)."""

    def __init__(self, conn: sqlite3.Connection, threshold: float = COPY_THRESHOLD,
                 containment: float = COPY_CONTAINMENT, num_perm: int = NUM_PERM) -> None:
        self.conn = conn
        self.threshold = threshold
        self.containment = containment
        self.num_perm = num_perm
        self._lsh = None
        self._sigs: dict[str, MinHash] = {}
        self._original: dict[str, str] = {}  # copy -> the coded article it repeats
        self._at_url: dict[str, str] = {}  # URL key -> the first article stored (or coded in this run) there
        # the latest texts of this run: an article is asked about before the one it repeats is stored
        self._texts: OrderedDict[str, str] = OrderedDict()

    def _remember(self, article_id: str, sig: MinHash) -> None:
        if article_id not in self._sigs:
            self._sigs[article_id] = sig
            self._lsh.insert(article_id, sig)  # type: ignore[union-attr]

    def _load(self) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)
        self._original = dict(self.conn.execute(
            "SELECT c.article_id, c.original FROM article_copies c JOIN articles a ON a.id = c.original"))
        # copies whose coded article was deleted share no coding: nothing is a copy of them
        orphans = {r[0] for r in self.conn.execute(
            "SELECT article_id FROM article_copies WHERE original NOT IN (SELECT id FROM articles)")}
        for aid, url in self.conn.execute("SELECT id, url FROM articles WHERE url IS NOT NULL ORDER BY rowid"):
            if (key := normalize_url(url)) is not None and aid not in orphans:
                self._at_url.setdefault(key, aid)
        for aid, raw in self.conn.execute("SELECT article_id, signature FROM story_articles "
                                          "WHERE signature IS NOT NULL ORDER BY rowid"):
            if aid not in orphans:
                self._remember(aid, from_bytes(raw, self.num_perm))
        # articles stored after the last merge have no stored signature yet: fingerprint their text
        for aid, text in self.conn.execute("SELECT id, text FROM articles WHERE id NOT IN "
                                           "(SELECT article_id FROM story_articles) ORDER BY rowid"):
            if aid not in orphans and (sig := signature(text or "", self.num_perm)) is not None:
                self._remember(aid, sig)

    def _text(self, article_id: str) -> str:
        if article_id in self._texts:
            return self._texts[article_id]
        row = self.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row and row[0] else ""

    def _cut_of(self, article: Article, key: str | None) -> Copy | None:
        """A copy when ``article`` is at a stored URL and most of its text is already there."""
        there = self._at_url.get(key) if key else None
        if there is None or there == article.id:
            return None
        original = self._original.get(there, there)
        if original == article.id:
            return None
        mine = shingles(article.text)
        if not mine:
            return None
        share = len(mine & shingles(self._text(there))) / len(mine)
        if share < self.containment:
            return None
        return Copy(original, round(share, 3), f"same URL, {share:.2f} of its text in {there}")

    def copy_of(self, article: Article) -> Copy | None:
        """The coded article ``article`` repeats (and how closely), else None - and it is then
        remembered, so its own copies later in the input are found."""
        if self._lsh is None:
            self._load()
        sig = signature(article.text, self.num_perm)
        if sig is None:
            return None
        key = normalize_url(article.url)
        if key is not None:
            self._texts[article.id] = article.text
            if len(self._texts) > RECENT_TEXTS:  # older ones are stored by now: read from the store
                self._texts.popitem(last=False)
        found = self._cut_of(article, key)
        if key is not None:
            self._at_url.setdefault(key, article.id)
        if found is not None:
            self._original[article.id] = found.original
            self._remember(article.id, sig)
            return found
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


__all__ = ["COPY_CONTAINMENT", "COPY_THRESHOLD", "CopyFinder"]
