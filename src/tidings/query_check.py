"""Filters given by people, checked before any read: typos become errors, not empty answers.

:func:`normalise_event_filters` upper-cases codes and lower-cases modes, contexts and flags,
maps legacy event types (DEMAND -> REQUEST) and refuses what cannot mean anything with an
:class:`InvalidFilter` naming the filter. :mod:`tidings.query` re-exports all of it and adds
the one check that needs the store (a country code found there is accepted).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Callable, Iterable, Literal, Sequence

from .errors import TidingsError
from .ontology import AUX_MODES, CONTEXTS, EVENT_TYPES, LEGACY_TYPES, NONSTATE_CODES, SECTORS
from .query_sql import DateLike, _date


class InvalidFilter(TidingsError, ValueError):
    """A filter value that cannot mean anything (unknown code, malformed date); ``param`` names the filter."""

    code = "query.invalid_filter"

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param


# keyword filters every event read accepts (events, iter_events, event_total, count_events)
EVENT_FILTERS = ("actor", "country", "event", "mode", "since", "until", "text", "article_id", "min_confidence",
                 "max_confidence", "sector", "aux", "context", "place", "actor_country", "recipient_country", "quad")

Many = str | Sequence[str] | None


def as_list(value: Many | int | Sequence[int], case: Literal["upper", "lower", "keep"] = "keep") -> list[Any]:
    """A filter of one value, a comma-separated string or a list, as a clean list (empty: no filter)."""
    if value is None:
        return []
    items = [value] if isinstance(value, (str, int)) else list(value)
    out: list[Any] = []
    for item in items:
        for part in (item.split(",") if isinstance(item, str) else [item]):
            if isinstance(part, str):
                part = part.strip()
                part = part.upper() if case == "upper" else part.lower() if case == "lower" else part
            if part != "" and part not in out:
                out.append(part)
    return out


_WHEN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_when(value: DateLike, param: str = "date") -> str | None:
    """A date bound as the store compares it: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, checked.

    Raises :class:`InvalidFilter` for anything else (``last week``, ``2025-13``, ``2025-02-30``).
    """
    text = _date(value)
    if text is None:
        return None
    text = text.strip()
    m = _WHEN.match(text)
    try:
        if m is None:
            raise ValueError
        dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        raise InvalidFilter(param, f"{text!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY") from None
    return text


def _known_countries() -> set[str]:
    from .kb import load_kb  # the knowledge base is loaded once per process

    return set(load_kb().countries) | NONSTATE_CODES


def _check_codes(stored: Callable[[str], bool] | None, param: str, values: list[str]) -> list[str]:
    known = _known_countries()
    for v in values:
        if v not in known and not (stored is not None and stored(v)):
            hint = " (a country name? use its ISO3 code, e.g. UKR)" if len(v) != 3 else ""
            raise InvalidFilter(param, f"unknown country code {v!r}{hint}: use an ISO3 code or one of PLOVER's "
                                       f"{', '.join(sorted(NONSTATE_CODES))}")
    return values


def _check_vocab(param: str, values: list[str], vocabulary: Iterable[str], what: str) -> list[str]:
    allowed = list(vocabulary)
    for v in values:
        if v not in allowed:
            raise InvalidFilter(param, f"unknown {what} {v!r}; one of: {', '.join(allowed)}")
    return values


def normalise_event_filters(filters: dict[str, Any], stored_country: Callable[[str], bool] | None = None
                            ) -> dict[str, Any]:
    """``filters`` checked and normalised for the event reads of :mod:`tidings.query`.

    Event types take legacy names (DEMAND -> REQUEST); codes are upper-cased and modes,
    contexts and aux flags lower-cased; dates must be ``YYYY[-MM[-DD]]``; a country code must
    be ISO3, one of PLOVER's non-state codes, or one ``stored_country`` accepts. Raises
    :class:`InvalidFilter` naming the first filter that cannot mean anything.
    """
    out = {k: v for k, v in filters.items() if v is not None}
    if unknown := sorted(set(out) - set(EVENT_FILTERS)):
        raise TypeError(f"unknown event filter(s): {', '.join(unknown)}")
    if "event" in out:
        types = [LEGACY_TYPES.get(t, t) for t in as_list(out["event"], "upper")]
        out["event"] = _check_vocab("event", types, EVENT_TYPES, "event type")
    if "mode" in out:
        modes = sorted({m for _, _, ms in EVENT_TYPES.values() for m in ms})
        out["mode"] = _check_vocab("mode", as_list(out["mode"], "lower"), modes, "mode")
    if "context" in out:
        out["context"] = _check_vocab("context", as_list(out["context"], "lower"), CONTEXTS, "context")
    if "aux" in out:
        out["aux"] = _check_vocab("aux", as_list(out["aux"], "lower"), (*AUX_MODES, "none"), "aux flag")
    if "sector" in out:
        out["sector"] = _check_vocab("sector", as_list(out["sector"], "upper"), SECTORS, "sector")
    if "quad" in out:
        out["quad"] = _check_vocab("quad", [str(q) for q in as_list(out["quad"])], "1234", "quad class")
    for key in ("min_confidence", "max_confidence"):
        if key in out and not (isinstance(out[key], (int, float)) and 0 <= out[key] <= 1):
            raise InvalidFilter(key, f"{out[key]!r} is not a probability between 0 and 1")
    for key in ("since", "until"):
        if key in out:
            out[key] = parse_when(out[key], key)
    for key in ("country", "actor_country", "recipient_country"):
        if key in out:
            out[key] = _check_codes(stored_country, key, as_list(out[key], "upper"))
    return out


def known_filters(filters: dict[str, Any], allowed: Iterable[str], what: str) -> None:
    """A programming error (TypeError) for a filter name a query does not take."""
    unknown = sorted(set(filters) - set(allowed))
    if unknown:
        raise TypeError(f"unknown {what} filter(s): {', '.join(unknown)}")


__all__ = ["EVENT_FILTERS", "InvalidFilter", "Many", "as_list", "known_filters", "normalise_event_filters", "parse_when"]
