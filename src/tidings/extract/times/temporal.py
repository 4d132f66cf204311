"""Resolving one temporal expression against an anchor date: pure functions, no model.

:func:`resolve_expression` turns the raw text of an expression ("on Wednesday", "last
month", "between 1 and 3 May") into a value ("YYYY", "YYYY-MM" or "YYYY-MM-DD"), a precision
and, for ranges, an end value. The anchor is the article's date; the tense of the clause the
expression sits in decides which way an underspecified date points:

* ``past`` (and unknown tense): the most recent occurrence *on or before* the anchor. A
  weekday equal to the anchor's weekday is the anchor's own day ("said on Friday" in a Friday
  article is that Friday); "in March" is this year's March once March has begun.
* ``future``: the first occurrence *on or after* the anchor ("will meet on Monday" in a
  Friday article is the coming Monday; in a Monday article, that same Monday).
* ``present``: weekdays take the nearest occurrence either way (news uses the present for
  schedules: "talks resume on Monday"), ties going back; months and day-months stay in the
  anchor's year.

"last X" is always strictly before the anchor and "next X" strictly after it, whatever the
tense. Week ranges run Monday to Sunday.

"The following day", "the next week", "the day before", "two days later" count from a date the
story has told, not from the article's date: :func:`resolve_narrative` resolves them against that
date (the caller finds it: the nearest earlier date of the text with day precision).

"recently", "lately" and "in recent days/weeks" say the event happened some days or weeks
before the anchor without saying which day: they resolve to the anchor's month at *month*
precision (never a day the text does not give), and only in a past or present-perfect
clause; with a future or unknown tense they stay unresolved.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Tense = Literal["past", "present", "future"]
Precision = Literal["year", "month", "day"]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3,
    "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3, "several": 3,
}

_MONTH = r"(?P<{0}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<wd>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{0}>(?:1[6-9]|20|21)\d\d)"
_NUM = r"(?P<n>\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
_PART = r"(?:\s+(?:morning|afternoon|evening|night|noon|midday))?"
_LEAD = re.compile(
    r"^(?:(?:on|in|at|by|during|since|until|till|before|after|from|for|of|as of|as early as|as late as|"
    r"early|late|earlier|later|around|about|sometime|some time|the|"
    # a part of a period keeps the period's precision: "at the end of January" is January
    r"(?:end|beginning|start|middle|turn|close|first half|second half|"
    r"(?:first|second|third|fourth|last|final) (?:week|weeks|days|fortnight)) of|"
    # a part of a day before the day keeps the day: "shortly before midnight Wednesday", "the early
    # hours of Thursday", "the evening of 3 September" (alone, "midnight" or "the night" says nothing)
    r"shortly|just|soon|right|midnight|noon|midday|dawn|dusk|daybreak|nightfall|"
    r"(?:hours|morning|afternoon|evening|night) of)\s+)+"
)

Resolved = tuple[str | None, Precision | None, str | None]


@dataclass(frozen=True)
class Resolution:
    """A resolved expression with the rule that fired and a one-line reason."""

    value: str | None
    precision: Precision | None
    end_value: str | None = None
    rule: str = "unresolved"
    reason: str = ""

    @property
    def triple(self) -> Resolved:
        return self.value, self.precision, self.end_value


UNRESOLVED = Resolution(None, None, None, "unresolved", "not a date this resolver understands")


def _day(d: dt.date) -> str:
    return d.isoformat()


def _month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def weekday_date(anchor: dt.date, weekday: int, mode: str) -> dt.date:
    """The date of ``weekday`` (0 = Monday) relative to ``anchor``.

    ``mode``: ``on_or_before``, ``before`` (strict), ``on_or_after``, ``after`` (strict), or
    ``nearest`` (ties and the same day resolve backwards).
    """
    back = (anchor.weekday() - weekday) % 7
    fwd = (weekday - anchor.weekday()) % 7
    if mode == "on_or_before":
        return anchor - dt.timedelta(days=back)
    if mode == "before":
        return anchor - dt.timedelta(days=back or 7)
    if mode == "on_or_after":
        return anchor + dt.timedelta(days=fwd)
    if mode == "after":
        return anchor + dt.timedelta(days=fwd or 7)
    if mode == "nearest":
        return anchor - dt.timedelta(days=back) if back <= fwd else anchor + dt.timedelta(days=fwd)
    raise ValueError(f"unknown weekday mode {mode!r}")


def _direction(tense: str | None, modifier: str | None) -> str:
    if modifier == "last" or modifier == "past" or modifier == "previous":
        return "before"
    if modifier in ("next", "coming"):
        return "after"
    if tense == "future":
        return "on_or_after"
    if tense == "present":
        return "nearest"
    return "on_or_before"


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def month_day_date(anchor: dt.date, month: int, day: int, tense: str | None) -> dt.date | None:
    """A day-month without a year: the occurrence the tense points to (see module docstring)."""
    this = _valid(anchor.year, month, day)
    if tense == "present":
        return this
    if tense == "future":
        if this is not None and this >= anchor:
            return this
        return _valid(anchor.year + 1, month, day)
    if this is not None and this <= anchor:
        return this
    return _valid(anchor.year - 1, month, day)


def month_of_day(anchor: dt.date, day: int, tense: str | None) -> dt.date | None:
    """A day of the month told alone ("on the 30th"): the most recent such day on or before the
    anchor, the first on or after it in the future, the nearest in the present (ties go back);
    months without that day are skipped."""
    back = next((d for k in range(0, -4, -1) if (d := _valid(*_add_months(anchor.year, anchor.month, k), day))
                 and d <= anchor), None)
    ahead = next((d for k in range(4) if (d := _valid(*_add_months(anchor.year, anchor.month, k), day))
                  and d >= anchor), None)
    if tense == "future":
        return ahead
    if tense == "present" and ahead is not None and back is not None:
        return ahead if (ahead - anchor) < (anchor - back) else back
    return back


def month_year(anchor: dt.date, month: int, tense: str | None, modifier: str | None = None) -> tuple[int, int]:
    """The year of a bare month name, given the tense and a last/next/this modifier."""
    y = anchor.year
    if modifier in ("last", "past", "previous"):
        return (y if month < anchor.month else y - 1), month
    if modifier in ("next", "coming"):
        return (y if month > anchor.month else y + 1), month
    if modifier == "this" or tense == "present":
        return y, month
    if tense == "future":
        return (y if month >= anchor.month else y + 1), month
    return (y if month <= anchor.month else y - 1), month


def _clean(raw: str) -> str:
    text = raw.lower().replace("\u2013", "-").replace("\u2014", "-").replace(",", " ")
    text = re.sub(r"\s+", " ", text).strip(" .")
    prev = None
    while prev != text:
        prev = text
        text = _LEAD.sub("", text).strip()
    return text


def _num(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def _week_range(monday: dt.date) -> Resolution:
    return Resolution(_day(monday), "day", _day(monday + dt.timedelta(days=6)), "week", "a Monday-to-Sunday week")


# --- the grammar, tried in order ------------------------------------------------------------

_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d\d)(?:-(?P<d>\d\d))?$")
_DMY = re.compile(r"^(?:" + _WEEKDAY + r"\s+)?" + _DAY.format("d") + r"\s+(?:of\s+)?" + _MONTH.format("m")
                  + r"(?:\s+" + _YEAR.format("y") + r")?$")
_ORDINAL_DAY = re.compile(r"^(?P<d>[0-3]?\d)(?:st|nd|rd|th)$")  # "(on) the 30th"
_MDY = re.compile(r"^(?:" + _WEEKDAY + r"\s+)?" + _MONTH.format("m") + r"\s+" + _DAY.format("d")
                  + r"(?:\s+" + _YEAR.format("y") + r")?$")
_MY = re.compile(r"^(?:(?P<mod>last|next|this|past|previous|coming|mid|mid-)\s*)?" + _MONTH.format("m")
                 + r"(?:\s+(?:of\s+)?" + _YEAR.format("y") + r")?$")
_Y = re.compile(r"^(?:mid-?|the\s+)?(?:year\s+)?" + _YEAR.format("y") + r"$")
_DECADE = re.compile(r"^(?P<y>(?:1[6-9]|20)\d0)'?s$")
_RANGE_DDM = re.compile(r"^(?:between\s+|from\s+)?" + _DAY.format("d1") + r"(?:\s+" + _MONTH.format("m1") + r")?"
                        r"\s*(?:-|to|and|until|through)\s*" + _DAY.format("d2") + r"\s+" + _MONTH.format("m2")
                        + r"(?:\s+" + _YEAR.format("y") + r")?$")
_RANGE_MDD = re.compile(r"^(?:between\s+|from\s+)?" + _MONTH.format("m1") + r"\s+" + _DAY.format("d1")
                        + r"\s*(?:-|to|and|until|through)\s*(?:" + _MONTH.format("m2") + r"\s+)?"
                        + _DAY.format("d2") + r"(?:\s+" + _YEAR.format("y") + r")?$")
_RANGE_MM = re.compile(r"^(?:between\s+|from\s+)?" + _MONTH.format("m1") + r"\s*(?:-|to|and|until|through)\s*"
                       + _MONTH.format("m2") + r"(?:\s+" + _YEAR.format("y") + r")?$")
_RANGE_YY = re.compile(r"^(?:between\s+|from\s+)?" + _YEAR.format("y1") + r"\s*(?:-|to|and|until|through)\s*"
                       + _YEAR.format("y2") + r"$")
_RANGE_WD = re.compile(r"^(?:between\s+|from\s+)?(?P<w1>[a-z]+day)\s*(?:-|to|and|until|through)\s*(?P<w2>[a-z]+day)$")
_AGO = re.compile(r"^" + _NUM + r"\s+(?P<unit>day|week|month|year)s?\s+ago$")
_REL_UNIT = re.compile(r"^(?:(?P<mod>last|next|this|past|previous|coming|current)\s+)(?P<unit>week|month|year|weekend)$")
_WD = re.compile(r"^(?:(?P<mod>last|next|this|past|previous|coming)\s+)?" + _WEEKDAY + _PART + r"$")
_PART_OF_DAY = re.compile(r"^(?:this|last|tonight|today|yesterday|tomorrow)\b")


def _resolve_weekday_range(m: re.Match[str], anchor: dt.date, tense: str | None) -> Resolution:
    w1, w2 = WEEKDAYS.get(m["w1"]), WEEKDAYS.get(m["w2"])
    if w1 is None or w2 is None:
        return UNRESOLVED
    mode = _direction(tense, None)
    if mode == "on_or_after":
        start = weekday_date(anchor, w1, mode)
        end = start + dt.timedelta(days=(w2 - w1) % 7)
    else:
        end = weekday_date(anchor, w2, "on_or_before" if mode != "nearest" else "nearest")
        start = end - dt.timedelta(days=(w2 - w1) % 7)
    return Resolution(_day(start), "day", _day(end), "weekday-range", f"{m['w1']} to {m['w2']}, {mode} the anchor")


def _resolve_relative(text: str, anchor: dt.date, tense: str | None) -> Resolution | None:
    """Expressions that need the anchor: deictic days, weekdays, last/next units, N ago."""
    deictic = {
        "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "now": None,
        "yesterday": -1, "last night": -1, "yesterday morning": -1, "yesterday afternoon": -1,
        "yesterday evening": -1, "overnight": 0, "tomorrow": 1, "tomorrow morning": 1,
        "tomorrow night": 1, "tomorrow evening": 1, "day before yesterday": -2, "day after tomorrow": 2,
        "earlier today": 0, "later today": 0, "this week": None,
    }
    if text in deictic and deictic[text] is not None:
        d = anchor + dt.timedelta(days=deictic[text])  # type: ignore[operator]
        return Resolution(_day(d), "day", None, "deictic-day", f"{text!r} relative to the anchor")
    if text in ("recently", "lately", "recent days", "recent weeks"):
        if tense not in ("past", "present"):
            return None
        return Resolution(_month(anchor.year, anchor.month), "month", None, "recently",
                          f"{text!r}: some days or weeks before the anchor, so the anchor's month")
    if text in ("this week", "current week"):
        return _week_range(anchor - dt.timedelta(days=anchor.weekday()))
    m = _WD.match(text)
    if m:
        mode = _direction(tense, m["mod"] if m["mod"] != "this" else None)
        d = weekday_date(anchor, WEEKDAYS[m["wd"]], mode)
        return Resolution(_day(d), "day", None, "weekday", f"{m['wd']} {mode.replace('_', ' ')} the anchor"
                          + (f" ({tense} tense)" if tense else ""))
    m = _AGO.match(text)
    if m:
        n, unit = _num(m["n"]) or 0, m["unit"]
        if unit in ("day", "week"):
            d = anchor - dt.timedelta(days=n * (7 if unit == "week" else 1))
            return Resolution(_day(d), "day", None, "ago", f"{n} {unit}(s) before the anchor")
        if unit == "month":
            return Resolution(_month(*_add_months(anchor.year, anchor.month, -n)), "month", None, "ago",
                              f"{n} month(s) before the anchor")
        return Resolution(f"{anchor.year - n:04d}", "year", None, "ago", f"{n} year(s) before the anchor")
    m = _REL_UNIT.match(text) or re.match(r"^(?:earlier|later|early|late|so far)?\s*(?P<mod>this|last|next)\s+"
                                          r"(?P<unit>week|month|year)$", text)
    if m:
        mod, unit = m["mod"], m["unit"]
        k = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(mod, 0)
        if unit == "year":
            return Resolution(f"{anchor.year + k:04d}", "year", None, "relative-unit", f"{mod} year")
        if unit == "month":
            return Resolution(_month(*_add_months(anchor.year, anchor.month, k)), "month", None, "relative-unit",
                              f"{mod} month")
        if unit == "week" and mod == "past":
            return Resolution(_day(anchor - dt.timedelta(days=7)), "day", _day(anchor), "past-period",
                              "the seven days up to the anchor")
        if unit == "week":
            return _week_range(anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=k))
        sat = weekday_date(anchor, 5, "before" if k < 0 else "after" if k > 0 else _direction(tense, None))
        return Resolution(_day(sat), "day", _day(sat + dt.timedelta(days=1)), "weekend", f"{mod} weekend")
    if text in ("weekend", "this weekend"):
        sat = weekday_date(anchor, 5, _direction(tense, None))
        return Resolution(_day(sat), "day", _day(sat + dt.timedelta(days=1)), "weekend", "the weekend")
    m = re.match(r"^(?:past|last)\s+" + _NUM + r"\s+(?P<unit>day|week)s$", text)
    if m:
        n = (_num(m["n"]) or 0) * (7 if m["unit"] == "week" else 1)
        return Resolution(_day(anchor - dt.timedelta(days=n)), "day", _day(anchor), "past-period",
                          f"the {n} days up to the anchor")
    return None


def resolve(raw: str, anchor: dt.date | None, tense: str | None = None) -> Resolution:
    """Resolve ``raw`` against ``anchor`` with the rule and reason that decided it."""
    text = _clean(raw)
    if not text:
        return UNRESOLVED
    m = _ISO.match(text)
    if m:
        if m["d"]:
            d = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
            return Resolution(_day(d), "day", None, "iso", "ISO date") if d else UNRESOLVED
        y, mo = int(m["y"]), int(m["m"])
        if 1 <= mo <= 12:
            return Resolution(_month(y, mo), "month", None, "iso", "ISO month")
        if mo == (y + 1) % 100:  # "1998-99", "2019-20": a season across two years
            return Resolution(f"{y:04d}", "year", f"{y + 1:04d}", "season", "a season across two years")
        return UNRESOLVED
    for pattern in (_RANGE_DDM, _RANGE_MDD):
        m = pattern.match(text)
        if m:
            m1 = MONTHS[m["m1"]] if m["m1"] else MONTHS[m["m2"]]
            m2 = MONTHS[m["m2"]] if m["m2"] else m1
            d1, d2 = int(m["d1"]), int(m["d2"])
            if m["y"]:
                y1 = y2 = int(m["y"])
            elif anchor is None:
                return UNRESOLVED
            else:
                end = month_day_date(anchor, m2, d2, tense) if tense != "future" else None
                start = month_day_date(anchor, m1, d1, tense) if tense == "future" else None
                if end is not None:
                    y2 = end.year
                    y1 = y2 if m1 <= m2 else y2 - 1
                elif start is not None:
                    y1 = start.year
                    y2 = y1 if m1 <= m2 else y1 + 1
                else:
                    return UNRESOLVED
            a, b = _valid(y1, m1, d1), _valid(y2, m2, d2)
            if a is None or b is None or b < a:
                return UNRESOLVED
            return Resolution(_day(a), "day", _day(b), "day-range", "a range of days")
    m = _RANGE_MM.match(text)
    if m:
        m1, m2 = MONTHS[m["m1"]], MONTHS[m["m2"]]
        if m["y"]:
            y2 = int(m["y"])
        elif anchor is None:
            return UNRESOLVED
        else:
            y2 = month_year(anchor, m2, tense)[0]
        y1 = y2 if m1 <= m2 else y2 - 1
        return Resolution(_month(y1, m1), "month", _month(y2, m2), "month-range", "a range of months")
    m = _RANGE_WD.match(text)
    if m and anchor is not None:
        return _resolve_weekday_range(m, anchor, tense)
    m = _RANGE_YY.match(text)
    if m and int(m["y1"]) <= int(m["y2"]):
        return Resolution(m["y1"], "year", m["y2"], "year-range", "a range of years")
    for pattern in (_DMY, _MDY):
        m = pattern.match(text)
        if m:
            month, day = MONTHS[m["m"]], int(m["d"])
            if m["y"]:
                d = _valid(int(m["y"]), month, day)
                return Resolution(_day(d), "day", None, "date", "a full date") if d else UNRESOLVED
            if anchor is None:
                return UNRESOLVED
            d = month_day_date(anchor, month, day, tense)
            return (Resolution(_day(d), "day", None, "day-month", f"day and month, year from the anchor "
                               f"({tense or 'past'} reading)") if d else UNRESOLVED)
    m = _ORDINAL_DAY.match(text)
    if m and anchor is not None:
        d = month_of_day(anchor, int(m["d"]), tense)
        return Resolution(_day(d), "day", None, "day-of-month", f"a day of the month, month from the anchor "
                          f"({tense or 'past'} reading)") if d else UNRESOLVED
    m = _MY.match(text)
    if m:
        month = MONTHS[m["m"]]
        if m["y"]:
            return Resolution(_month(int(m["y"]), month), "month", None, "month-year", "month and year")
        if anchor is None:
            return UNRESOLVED
        mod = m["mod"] if m["mod"] not in ("mid", "mid-") else None
        y, mo = month_year(anchor, month, tense, mod)
        return Resolution(_month(y, mo), "month", None, "month", f"{m['m']}, year from the anchor "
                          f"({mod or tense or 'past'} reading)")
    m = _Y.match(text)
    if m:
        return Resolution(m["y"], "year", None, "year", "a year")
    m = _DECADE.match(text)
    if m:
        y = int(m["y"])
        return Resolution(f"{y:04d}", "year", f"{y + 9:04d}", "decade", "a decade")
    if anchor is None:
        return UNRESOLVED
    if text in ("week", "month", "year"):
        text = "this " + text  # "(the end of) the month": the anchor's own period
    return _resolve_relative(text, anchor, tense) or UNRESOLVED


_NARRATIVE_UNITS = r"(?P<unit>day|morning|afternoon|evening|night|week|month|year)"
_NARRATIVE = (
    re.compile(r"^(?:the\s+)?(?P<dir>following|previous|preceding)\s+" + _NARRATIVE_UNITS + r"$"),
    # "the next week" is as often the coming week ("over the next week"): "next" counts days only
    re.compile(r"^the\s+(?P<dir>next)\s+(?P<unit>day|morning|afternoon|evening|night)$"),
    re.compile(r"^(?:the\s+)?(?P<unit>day)\s+(?P<dir>before|after)$"),
    re.compile(r"^" + _NUM + r"\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>later|earlier|before|after)$"),
)
_FORWARD = {"following", "next", "after", "later"}


def is_narrative(raw: str) -> bool:
    """Whether an expression counts from a date the story told ("the following day", "two days later")."""
    text = " ".join(raw.lower().split())
    return any(p.match(text) for p in _NARRATIVE)


_UNIT_PRECISION = {"week": "day", "month": "month", "year": "year"}
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def resolve_narrative(raw: str, reference: dt.date, precision: Precision = "day") -> Resolution:
    """"The following day", "the previous week", "the day before", "two days later", resolved
    against ``reference``, the story's date they count from, told at ``precision``. Days and weeks
    give a day, months a month, years a year; a count finer than the date told is not resolved
    ("in 1984 ... two days later" says no day)."""
    text = " ".join(raw.lower().split())
    for pattern in _NARRATIVE:
        m = pattern.match(text)
        if m is None:
            continue
        if _PRECISION_RANK[_UNIT_PRECISION.get(m["unit"], "day")] < _PRECISION_RANK[precision]:
            return UNRESOLVED
        count = m.groupdict().get("n")
        n = 1 if not count else int(count) if count.isdigit() else NUMBERS.get(count, 1)
        sign = 1 if m["dir"] in _FORWARD else -1
        unit = m["unit"]
        why = f"{raw!r} counted from the story's date {reference.isoformat()}"
        if unit == "week":
            return Resolution(_day(reference + dt.timedelta(days=7 * n * sign)), "day", None, "narrative", why)
        if unit == "month":
            y, mo = _add_months(reference.year, reference.month, n * sign)
            return Resolution(_month(y, mo), "month", None, "narrative", why)
        if unit == "year":
            return Resolution(f"{reference.year + n * sign:04d}", "year", None, "narrative", why)
        return Resolution(_day(reference + dt.timedelta(days=n * sign)), "day", None, "narrative", why)
    return UNRESOLVED


def resolve_expression(raw: str, anchor: dt.date | None, tense: str | None = None) -> Resolved:
    """``(value, precision, end_value)`` for a temporal expression; ``(None, None, None)`` if unresolved."""
    return resolve(raw, anchor, tense).triple


__all__ = [
    "MONTHS", "Resolution", "Tense", "WEEKDAYS", "is_narrative", "month_day_date", "month_of_day", "month_year",
    "resolve",
    "resolve_expression", "resolve_narrative", "weekday_date",
]
