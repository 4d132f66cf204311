"""The exception tree of tidings and the stable problem codes.

::

    TidingsError
    ├── InputError          a file or record cannot be read (-> Problem "input.*")
    ├── ConfigError         a pipeline or component is misconfigured
    ├── ModelError          a model or data package is missing
    ├── ComponentError      a component failed on one article (-> Problem "component.failed")
    └── StoreError          the database cannot be opened or written
"""

from __future__ import annotations


class TidingsError(Exception):
    """Base of every error tidings raises on purpose."""

    code = "tidings.error"


class InputError(TidingsError):
    code = "input.unreadable"

    def __init__(self, message: str, *, code: str | None = None, origin: str | None = None):
        super().__init__(message)
        if code:
            self.code = code
        self.origin = origin


class ConfigError(TidingsError):
    code = "config.invalid"


class ModelError(TidingsError):
    code = "model.missing"


class ComponentError(TidingsError):
    code = "component.failed"


class StoreError(TidingsError):
    code = "store.failed"


# Stable problem codes recorded on articles.
PROBLEM_CODES = {
    "input.unreadable": "the file or record could not be read",
    "input.binary": "the input looks like binary data, not text",
    "input.encoding": "the text is not valid in any supported encoding",
    "input.empty": "the record has no text",
    "input.too_large": "the text is larger than the configured limit and was cut",
    "input.malformed": "a record is malformed (bad JSON, missing columns, bad date)",
    "input.no_date": "the article has no date; relative dates cannot be resolved",
    "component.failed": "a pipeline component raised on this article",
    "input.long": "the text is long and was coded in sections; references across sections are not resolved",
    "pipeline.timeout": "coding passed the per-article time budget; the article keeps what was done",
}

__all__ = sorted(["TidingsError", "InputError", "ConfigError", "ModelError", "ComponentError", "StoreError", "PROBLEM_CODES"])
