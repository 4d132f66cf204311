"""Publication dates as inputs write them, turned into :class:`datetime.date`.

Only absolute dates are read here: a relative phrase ("yesterday") would need an anchor and
would make ingest depend on the clock, so it is refused. A timestamp keeps the calendar day it
was written in (``2025-09-05T23:30:00-04:00`` is the 5th), because that is the day the
publication's own relative dates ("on Tuesday") count from.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from pathlib import PurePath

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_]\d{1,2}(?::\d{2}){0,2})")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:$|T\d)")
_MONTH = r"([A-Za-z]{3,9})\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DMY = re.compile(rf"^{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})\b", re.IGNORECASE)
_MDY = re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+(\d{{4}})\b", re.IGNORECASE)
_IN_NAME = re.compile(r"(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)")
_IN_DIRS = re.compile(r"(?<!\d)(\d{4})/(\d{2})/(\d{2})(?:/|$)")

MIN_YEAR = 1000
MAX_YEAR = 2999


def _make(year: int | str, month: int | str, day: int | str) -> dt.date | None:
    try:
        d = dt.date(int(year), int(month), int(day))
    except (ValueError, OverflowError):
        return None
    return d if MIN_YEAR <= d.year <= MAX_YEAR else None


def make_date(year: int | str, month: int | str, day: int | str) -> dt.date | None:
    """The date, or ``None`` when it does not exist or its year is outside MIN_YEAR..MAX_YEAR."""
    return _make(year, month, day)


def _from_epoch(seconds: float | int | str) -> dt.date | None:
    """A Unix timestamp's UTC day; ``None`` for one no calendar holds (a 400-digit number, inf, nan)."""
    try:
        d = dt.datetime.fromtimestamp(float(seconds), tz=dt.timezone.utc).date()
    except (ValueError, OverflowError, OSError):
        return None
    return d if MIN_YEAR <= d.year <= MAX_YEAR else None


def parse_date(value: object) -> dt.date | None:
    """Read a publication date, or ``None`` when ``value`` is not a date this module understands.

    Accepts ``YYYY-MM-DD`` (also with ``/`` or ``.``), ISO timestamps, ``YYYYMMDD``, RFC 2822
    (``Fri, 05 Sep 2025 14:00:00 +0000``), "5 September 2025", "Sept. 5, 2025", and numbers
    as Unix seconds (JSON records sometimes carry those).
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value if MIN_YEAR <= value.year <= MAX_YEAR else None
    if isinstance(value, (int, float)):
        return _from_epoch(value) if value > 10**8 else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 100:
        return None
    m = _ISO.match(text)
    if m:
        return _make(*m.groups())
    m = _COMPACT.match(text)
    if m:
        return _make(*m.groups())
    if text.isdigit():
        return _from_epoch(text) if len(text) >= 9 else None
    for pattern, order in ((_DMY, "dmy"), (_MDY, "mdy")):
        m = pattern.match(text)
        if m:
            a, b, year = m.groups()
            day, month_name = (a, b) if order == "dmy" else (b, a)
            month = MONTHS.get(month_name.lower())
            if month is not None:
                return _make(year, month, day)
    return _rfc2822(text)


def _rfc2822(text: str) -> dt.date | None:
    try:
        parsed = email.utils.parsedate_tz(text)
    except (TypeError, ValueError, IndexError):
        return None
    if not parsed:
        return None
    return _make(parsed[0], parsed[1], parsed[2])


def date_from_path(path: str | PurePath) -> dt.date | None:
    """A date written in a file's name (``2025-09-05-summit.txt``) or folders (``2025/09/05/``)."""
    p = PurePath(path)
    m = _IN_NAME.search(p.name)
    if m:
        return _make(*m.groups())
    m = _IN_DIRS.search(p.parent.as_posix())
    if m:
        return _make(*m.groups())
    return None


__all__ = sorted(["parse_date", "date_from_path", "make_date", "MONTHS", "MIN_YEAR", "MAX_YEAR"])
