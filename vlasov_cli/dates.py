"""Partial dates ("1942", "1942-06", "1942-06-23"): checking, bounds, labels and range parsing."""

from __future__ import annotations

import datetime
import re
from functools import cache

from vlasov_cli.errors import BadInput

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_problem(value: str) -> str | None:
    """Why `value` is not a YYYY, YYYY-MM or YYYY-MM-DD date, or None when it is one."""
    match = _PARTIAL_DATE.match(value)
    if not match:
        return f"date '{value}' must be YYYY, YYYY-MM or YYYY-MM-DD"
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        datetime.date(year, month, day)
    except ValueError:
        return f"impossible date '{value}'"
    return None


@cache
def bounds(date: str) -> tuple[datetime.date, datetime.date]:
    """The first and last day a partial date can mean: "1942-06" is June 1 to June 30, 1942."""
    parts = [int(part) for part in date.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    month = parts[1]
    if len(parts) == 2:
        import calendar

        return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])
    day = datetime.date(year, month, parts[2])
    return day, day


def precision(date: str) -> str:
    return ("year", "month", "day")[date.count("-")]


def label(date: str, year_inferred: bool = False) -> str:
    """ "June 23, 1942", "June 1942" or "1942"; an inferred year is bracketed: "June 23, [1942]"."""
    parts = date.split("-")
    year = f"[{parts[0]}]" if year_inferred else parts[0]
    if len(parts) == 1:
        return year
    month = MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {year}"
    return f"{month} {int(parts[2])}, {year}"


def parse_bound(text: str, option: str) -> str:
    """Validate a --from/--to/--year value as YYYY, YYYY-MM or YYYY-MM-DD and return it."""
    value = text.strip()
    problem = date_problem(value)
    if problem:
        raise BadInput(f"{option} {problem.replace('date ', '', 1)}")
    return value


def overlaps(first: str, second: str) -> bool:
    """Whether two partial dates could be the same day (so cannot be put in order)."""
    first_start, first_end = bounds(first)
    second_start, second_end = bounds(second)
    return first_start <= second_end and second_start <= first_end
