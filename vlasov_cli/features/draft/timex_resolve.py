"""Completing a date expression from the narrative: its value and its first and last day, given the
date it is told from ("March 18" in 1942's story is 1942-03-18; "two days earlier" two days before the
date it refers to), feasts and weekdays in the calendar of their time, and years before the common era
counted in a stand-in year (see timex's docstring for the values)."""

from __future__ import annotations

import calendar
import datetime
import re
from typing import NamedTuple

from vlasov_cli.features.draft.timex_rules import Calendar, Expression, Holiday, Named, Period, Range, Relative


class Resolved(NamedTuple):
    value: str
    earliest: datetime.date
    latest: datetime.date
    precision: str  # "day", "month", "season", "year", "period" (decade, century, interval)
    inferred: bool = False
    anchor: int | None = None


def _iso(day: datetime.date) -> str:
    return f"{day.year:04}-{day.month:02}-{day.day:02}"


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


# datetime cannot hold a year before AD 1, so such a year is counted in a stand-in 8000 years later (a
# multiple of 400: the same leap years) from 3001 on, and told back in the value and window (real).
_BEFORE_OUR_ERA = 8000
_STAND_IN = re.compile(r"(?<![^/])(\d{4})")


def real_year(day: datetime.date) -> int:
    return day.year - _BEFORE_OUR_ERA if day.year > 3000 else day.year


def real(resolved: Resolved) -> Resolved:
    """A value counted in stand-in years ("7957-03-15") told in real ones ("-0043-03-15")."""
    if resolved.latest.year <= 3000:
        return resolved
    return resolved._replace(
        value=_STAND_IN.sub(
            lambda year: _signed(int(year[1]) - _BEFORE_OUR_ERA if int(year[1]) > 3000 else int(year[1])),
            resolved.value,
        )
    )


def _calendar(date: Calendar, year: int) -> Resolved | None:
    """A complete calendar date's value and window (`year` completes a date the text left without)."""
    if year < 1:  # before the common era: counted in a stand-in year (see _BEFORE_OUR_ERA)
        if year <= -_BEFORE_OUR_ERA + 3000:
            return None
        year += _BEFORE_OUR_ERA
    try:
        if date.season:
            first_month, last_year, last_month = {21: (3, year, 5), 22: (6, year, 8), 23: (9, year, 11)}.get(
                date.season, (12, year + 1, 2)
            )
            return Resolved(
                f"{year:04}-{date.season}",
                datetime.date(year, first_month, 1),
                _month_end(last_year, last_month),
                "season",
            )
        if date.month and date.day:
            day = datetime.date(year, date.month, date.day)
            return Resolved(_iso(day), day, day, "day")
        if date.month:
            return Resolved(
                f"{year:04}-{date.month:02}", datetime.date(year, date.month, 1), _month_end(year, date.month), "month"
            )
        return Resolved(f"{year:04}", datetime.date(year, 1, 1), datetime.date(year, 12, 31), "year")
    except ValueError:  # "February 30"
        return None


def _truncate(day: datetime.date, precision: str) -> str:
    if precision == "day":
        return _iso(day)
    if precision == "month":
        return f"{day.year:04}-{day.month:02}"
    return f"{day.year:04}"


_FINENESS = {"day": 3, "week": 3, "month": 2, "season": 2, "year": 1, "period": 0}


def _shift(day: datetime.date, unit: str, count: int) -> datetime.date:
    if unit == "day":
        return day + datetime.timedelta(days=count)
    if unit == "week":
        return day + datetime.timedelta(weeks=count)
    months = day.month - 1 + (count * 12 if unit == "year" else count)
    year, month = day.year + months // 12, months % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _common(first: datetime.date, last: datetime.date, finest: str) -> tuple[str, str]:
    """The finest of day, month and year (no finer than `finest`) that holds both days."""
    for precision in ("day", "month", "year"):
        if _FINENESS[precision] > _FINENESS[finest]:
            continue
        if _truncate(first, precision) == _truncate(last, precision):
            return _truncate(first, precision), precision
    return f"{_truncate(first, 'year')}/{_truncate(last, 'year')}", "period"


def _the_day(anchor: Resolved) -> datetime.date | None:
    """The day a date names: its own, or the last of a night's two ("the night of 23-24 April")."""
    if anchor.precision == "day":
        return anchor.earliest
    if anchor.precision == "period" and (anchor.latest - anchor.earliest).days <= 1:
        return anchor.latest
    return None


def _relative(expression: Relative, anchor: Resolved, index: int) -> Resolved | None:
    unit = expression.unit
    if expression.same_day:  # "in the evening", "the following night": only after a day the text names
        day = _the_day(anchor)
        if day is None:
            return None
        anchor = Resolved(_iso(day), day, day, "day")
    if unit == "century":  # "the next century": told as a century, as "the 17th century" is
        century = real_year(anchor.earliest) // 100 + expression.shift
        if century < 0:
            return None
        first = datetime.date(max(century * 100, 1), 1, 1)
        return Resolved(f"{century:02}XX", first, datetime.date(century * 100 + 99, 12, 31), "period", True, index)
    if isinstance(unit, Named) and unit.kind == "weekday":  # "on the Tuesday": the first after the day told
        later = [anchor.earliest + datetime.timedelta(days=step) for step in range(1, 8)]
        day = next(day for day in later if _weekday(day) == unit.number)
        resolved: Resolved | None = Resolved(_iso(day), day, day, "day")
    elif isinstance(unit, Named) and expression.years is not None:  # "May of the following year"
        year = anchor.earliest.year + expression.years
        number = unit.number
        resolved = _calendar(Calendar(year, season=number) if unit.kind == "season" else Calendar(year, number), year)
    elif isinstance(unit, Named) and unit.kind == "month":  # "the following February": the first after
        month = unit.number
        base = anchor.latest if expression.shift >= 0 else anchor.earliest
        year = base.year + (1 if expression.shift > 0 and month <= base.month else 0)
        year -= 1 if expression.shift < 0 and month >= base.month else 0
        resolved = _calendar(Calendar(year, month), year)
    elif isinstance(unit, Named):  # "the following spring"
        season = unit.number
        base = anchor.latest if expression.shift >= 0 else anchor.earliest
        year = base.year
        if expression.shift > 0:
            candidate = _calendar(Calendar(year, season=season), year)
            year += 1 if candidate is None or candidate.earliest <= base else 0
        elif expression.shift < 0:
            candidate = _calendar(Calendar(year, season=season), year)
            year -= 1 if candidate is None or candidate.latest >= base else 0
        resolved = _calendar(Calendar(year, season=season), year)
    elif expression.shift == 0:  # "that same month", "that year", "year's end"
        if anchor.precision == "period" or _FINENESS[unit] > _FINENESS[anchor.precision]:
            resolved = anchor  # "that same day" after "in May": May is all the text says
        else:
            value = _truncate(anchor.earliest, unit if unit != "week" else "day")
            resolved = _calendar(_parse_calendar(value), anchor.earliest.year)
    elif expression.within:  # "within two months of": as fine as its unit, to the end of the last month
        latest = _shift(anchor.latest, unit, expression.shift)
        shown = anchor.precision if anchor.precision in ("day", "month") else "year"
        if unit in ("month", "year"):
            latest = _month_end(latest.year, latest.month) if unit == "month" else datetime.date(latest.year, 12, 31)
            shown = "month" if unit == "month" and shown == "day" else shown
        value = f"{_truncate(anchor.earliest, shown)}/{_truncate(latest, shown)}"
        resolved = Resolved(value, anchor.earliest, latest, "period")
    elif expression.vague:  # "a few months after that": one to `shift` units on
        sign = 1 if expression.shift > 0 else -1
        base = anchor.latest if sign > 0 else anchor.earliest
        near, far = _shift(base, unit, sign), _shift(base, unit, expression.shift)
        first, last = min(near, far), max(near, far)
        value, precision = _common(first, last, "day")
        if precision == "period":
            return None  # "years later": no year the text allows
        resolved = Resolved(value, first, last, precision)
    elif unit == "year" and anchor.precision == "season":  # "the next year" after "that winter" (of 1665)
        year = anchor.earliest.year + expression.shift
        resolved = _calendar(Calendar(year), year)
    else:  # "two days earlier", "the next day": the anchor's window moved, at the unit's precision at most
        first, last = _shift(anchor.earliest, unit, expression.shift), _shift(anchor.latest, unit, expression.shift)
        value, precision = _common(first, last, "day" if unit == "week" else unit)
        if precision == "period":
            return None
        resolved = _calendar(_parse_calendar(value), first.year)
    if resolved is None:
        return None
    return resolved._replace(inferred=True, anchor=index)


def _weekday(day: datetime.date) -> int:
    """Monday 0 to Sunday 6, in the Julian calendar before 1583 (as `_easter` counts), else the Gregorian."""
    if day.year >= 1583:
        return day.weekday()
    a = (14 - day.month) // 12
    year, month = day.year + 4800 - a, day.month + 12 * a - 3
    julian_day = day.day + (153 * month + 2) // 5 + 365 * year + year // 4 - 32083
    return julian_day % 7


def _parse_calendar(value: str) -> Calendar:
    parts = [int(part) for part in value.split("-")] + [0, 0]
    return Calendar(parts[0], parts[1] or None, parts[2] or None)


def _with_year(date: Calendar, reference: Resolved) -> Calendar:
    """A date without its year, in the narrative's year: rolled on a year when its month is more than
    six months behind the narrative's ("March 18" after "December 1941")."""
    # a season's months roll on from its first ("December" in the winter of 1862-63 is 1862's, "January" 1863's)
    year = reference.latest.year if reference.precision == "period" else reference.earliest.year
    month = date.month or ({21: 3, 22: 6, 23: 9, 24: 12}.get(date.season or 0))
    if month and reference.precision in ("day", "month", "season"):
        reference_month = reference.earliest.month
        if reference_month - month > 6:
            year += 1
    return Calendar(year, date.month, date.day, date.season)


def window_days(resolved: Resolved, earliest: datetime.date) -> tuple[str, str]:
    """The first and last day as ISO text; before the common era, read from the value ("-0263")."""
    if resolved.earliest != datetime.date.min:
        return _real_iso(earliest), _real_iso(resolved.latest)
    days = [day for part in resolved.value.split("/") for day in _days_of(part)]
    return _signed_day(min(days)), _signed_day(max(days))


def _signed_day(day: tuple[int, int, int]) -> str:
    year, month, number = day
    return f"{_signed(year)}-{month:02}-{number:02}"


def _days_of(value: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """The first and last day of a value before the common era ("-0047-08", "-02XX") as (year, month, day)."""
    match = re.fullmatch(r"(-?[\dX]{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if match is None:
        raise ValueError(value)
    low, high = int(match[1].replace("X", "0")), int(match[1].replace("X", "9"))
    first, last = (min(low, high), 1, 1), (max(low, high), 12, 31)
    if match[2] and int(match[2]) > 20:  # a season: its first and last month (a winter ends the next year)
        months = {21: (3, 0, 5), 22: (6, 0, 8), 23: (9, 0, 11), 24: (12, 1, 2)}[int(match[2])]
        ends = calendar.monthrange(2000 + (low + months[1]) % 400, months[2])[1]  # the same leap years as `low`
        return (low, months[0], 1), (low + months[1], months[2], ends)
    if match[2]:
        month = int(match[2])
        day = int(match[3]) if match[3] else None
        ends = calendar.monthrange(2000 + low % 400, month)[1]
        return (low, month, day or 1), (low, month, day or ends)
    return first, last


def _real_iso(day: datetime.date) -> str:
    return f"{_signed(real_year(day))}-{day.month:02}-{day.day:02}"


def _signed(year: int) -> str:
    return f"-{-year:04}" if year < 0 else f"{year:04}"


def resolve(expression: Expression, anchored: tuple[int, Resolved] | None) -> Resolved | None:
    if isinstance(expression, Period):
        if expression.first < 1:  # a century before the common era: its window is read from its value
            return Resolved(expression.value, datetime.date.min, datetime.date.min, "period")
        start = datetime.date(expression.first, 1, 1)
        return Resolved(expression.value, start, datetime.date(max(expression.last, 1), 12, 31), "period")
    if isinstance(expression, Range):
        first, last = resolve(expression.first, anchored), resolve(expression.last, anchored)
        if first is None or last is None:
            return None
        inferred = first.inferred or last.inferred
        return Resolved(f"{first.value}/{last.value}", first.earliest, last.latest, "period", inferred)
    if isinstance(expression, Relative):
        return _relative(expression, anchored[1], anchored[0]) if anchored else None
    if isinstance(expression, Holiday):
        return _feast(expression, anchored[1] if anchored else None)
    if expression.year is not None:
        return _calendar(expression, expression.year)
    if anchored is None:
        return None  # a day or month the narrative has not dated yet: nothing from the clock
    reference = anchored[1]
    if expression.month is None and expression.season is None:  # "the 25th": the narrative's month
        if reference.precision not in ("day", "month"):
            return None
        date = Calendar(reference.earliest.year, reference.earliest.month, expression.day)
        if expression.day is not None and expression.day < reference.earliest.day:
            date = Calendar(*_next_month(reference.earliest), expression.day)
    else:
        date = _with_year(expression, reference)
    resolved = _calendar(date, date.year or 1)
    return resolved._replace(inferred=True) if resolved else None


_FIXED_FEASTS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "bastille day": (7, 14), "armistice day": (11, 11),
}  # fmt: skip
_EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}


# Days of one year that the war named: "D-Day" only in a story of 1944 (other landings had theirs)
_NAMED_DAYS = {"d-day": datetime.date(1944, 6, 6), "ve day": datetime.date(1945, 5, 8)}


def _feast(holiday: Holiday, reference: Resolved | None) -> Resolved | None:
    if holiday.name in _NAMED_DAYS:
        day = _NAMED_DAYS[holiday.name]
        if holiday.name == "d-day" and (reference is None or reference.earliest.year != day.year):
            return None
        return Resolved(_iso(day), day, day, "day")
    year = holiday.year
    if year is None:
        if reference is None:
            return None
        year = reference.latest.year if reference.precision in ("season", "period") else reference.earliest.year
    if holiday.name in _FIXED_FEASTS:
        day = datetime.date(year, *_FIXED_FEASTS[holiday.name])
    else:
        day = _easter(year) + datetime.timedelta(days=_EASTER_OFFSETS[holiday.name])
    return Resolved(_iso(day), day, day, "day", inferred=holiday.year is None)


def _easter(year: int) -> datetime.date:
    """Easter Sunday: the Julian calendar's date before 1583 (Meeus), the Gregorian one's from 1583."""
    if year < 1583:
        d = (19 * (year % 19) + 15) % 30
        e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        return datetime.date(year, month, day + 1)
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own name)
    m = (a + 11 * h + 19 * l) // 433
    month, day = divmod(h + l - 7 * m + 90, 25)
    return datetime.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _next_month(day: datetime.date) -> tuple[int, int]:
    return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
