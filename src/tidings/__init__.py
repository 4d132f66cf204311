"""tidings: turn news articles into verifiable PLOVER event data.

The Python API::

    from tidings import Pipeline, read_paths
    pipe = Pipeline()
    for item in read_paths(["news/"]):
        ...
"""

from __future__ import annotations

from .pipeline import Pipeline
from .schema import SCHEMA_VERSION, Article, ArticleResult

__version__ = "0.1.0"

__all__ = sorted(["Article", "ArticleResult", "Pipeline", "SCHEMA_VERSION", "__version__"])
