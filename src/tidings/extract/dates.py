"""PLACEHOLDER: being written in this session; replaced by the real extractor."""

from __future__ import annotations

from typing import Any

from ..registry import Resources
from ..schema import ArticleResult


def run(doc: Any, draft: ArticleResult, resources: Resources) -> ArticleResult:
    return draft
