"""The quotes stage: direct, partial and indirect quotes with their speakers (``extract_quotes``,
the component ``run``)."""

from __future__ import annotations

from .finder import extract_quotes, headline_end, quote_at, run

__all__ = ["extract_quotes", "headline_end", "quote_at", "run"]
