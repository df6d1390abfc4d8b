"""Dates: the EDTF windows events are dated by, the partial dates (--from, --to) they are filtered by,
and how a reader sees them.

An event's date is a window, in the subset of EDTF (ISO 8601-2) that a bank may use:

    1942-06-23    that day                      1942-06   some day of June 1942
    1942          some day of 1942              1944-22   some day of summer 1944
    late 1944-22  some day of late summer 1944 (August 1 to September 30; also early and mid)
    [1942-01-13..1942-03-18]   one day, somewhere from the first date to the last
                               (both ends days, both months or both years, as EDTF readers expect)

Seasons are 21 spring (March to May), 22 summer (June to August), 23 autumn (September to November)
and 24 winter (December to February of the next year). EDTF has no words for part of a season, so a
bank may qualify one: "late 1944-22" (late summer 1944) is August 1 to September 30, 1944, its last
month and the month after (people say "late summer" of September); "early 1944-22" is May 1 to June
30 (the month before and its first); "mid 1944-22" is its middle month with half a month each side,
June 16 to August 15. Each is a window of its own, written out in EDTF (`as_edtf`) where the date
leaves the bank.
"""

from __future__ import annotations

import calendar
import datetime
import re
from functools import cache
from typing import NamedTuple

from vlasov_cli.core.errors import BadInput

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
SEASONS = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}
_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}  # first and last month (14: next February)
QUALIFIERS = ("early", "mid", "late")
_SEASON = re.compile(r"^(?:(early|mid|late) )?([0-9]{4})-(2[1-4])$")

_PARTIAL_DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
_WINDOW = re.compile(r"^\[([0-9-]+)\.\.([0-9-]+)\]$")


class Window(NamedTuple):
    """The first and last day an event's date allows (ISO text), and how precise its date is:
    "day", "month", "year", "season", or "window" (one day somewhere between the two)."""

    earliest: str
    latest: str
    precision: str


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
def year_of(day: str) -> int:
    """The year of an ISO day or partial date, one before Christ too ("-0315-06-01": -315, 316 BC)."""
    return -int(day[1:5]) if day.startswith("-") else int(day[:4])


def bounds(date: str) -> tuple[datetime.date, datetime.date]:
    """The first and last day a partial date can mean: "1942-06" is June 1 to June 30, 1942."""
    parts = [int(part) for part in date.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    month = parts[1]
    if len(parts) == 2:
        return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])
    day = datetime.date(year, month, parts[2])
    return day, day


def precision(date: str) -> str:
    return ("year", "month", "day")[date.count("-")]


def parse_window(text: str) -> Window:
    """The window an EDTF date of the bank's subset allows; ValueError says why a text is none."""
    value = text.strip()
    match = _WINDOW.match(value)
    if match:
        first, last = (_partial(part) for part in match.groups())
        if len(match.group(1)) != len(match.group(2)):
            whole = f"[{first.isoformat()}..{bounds(match.group(2))[1].isoformat()}]"
            raise ValueError(f"date '{value}': both ends of a window must be equally precise, as in {whole}")
        if first > last:
            raise ValueError(f"date '{value}' ends before it starts")
        return Window(first.isoformat(), bounds(match.group(2))[1].isoformat(), "window")
    season = _SEASON.match(value)
    if season:
        return _season_window(season.group(1) or "", int(season.group(2)), int(season.group(3)))
    if value.split(" ")[0] in QUALIFIERS:
        raise ValueError(f"date '{value}': early, mid and late qualify a season only, as in 'late 1944-22'")
    first = _partial(value)
    return Window(first.isoformat(), bounds(value)[1].isoformat(), precision(value))


def _season_window(qualifier: str, year: int, code: int) -> Window:
    """The days of a season, or of its early, mid or late part (see the module's note)."""
    start, end = _SEASON_MONTHS[code]
    if qualifier == "early":
        first, last = _month(year, start - 1), _month(year, start)
    elif qualifier == "late":
        first, last = _month(year, end), _month(year, end + 1)
    elif qualifier == "mid":
        first, last = _month(year, start).replace(day=16), _month(year, end).replace(day=15)
        return Window(first.isoformat(), last.isoformat(), "season")
    else:
        first, last = _month(year, start), _month(year, end)
    last_day = last.replace(day=calendar.monthrange(last.year, last.month)[1])
    return Window(first.isoformat(), last_day.isoformat(), "season")


def _month(year: int, month: int) -> datetime.date:
    """The first day of `month` of `year`, where month 0 is the December before and 13 the January after."""
    return datetime.date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def as_edtf(value: str) -> str:
    """The date in EDTF proper: a qualified season ("late 1944-22") as the window it stands for."""
    if not value.strip().startswith(QUALIFIERS):
        return value
    window = parse_window(value)
    return f"[{window.earliest}..{window.latest}]"


def _partial(value: str) -> datetime.date:
    problem = date_problem(value)
    if problem:
        raise ValueError(
            f"{problem.replace('must be YYYY, YYYY-MM or YYYY-MM-DD', 'is not an EDTF date')}: "
            "use YYYY, YYYY-MM, YYYY-MM-DD, a season (YYYY-21 to YYYY-24) or [FIRST..LAST]"
        )
    return bounds(value)[0]


def common_prefix(window: Window) -> str:
    """What the window's first and last day share: "1942-06-23", "1942-06" or "1942" (or "")."""
    for length in (10, 7, 4):
        if window.earliest[:length] == window.latest[:length]:
            return window.earliest[:length]
    return ""


def label(date: str, year_inferred: bool = False) -> str:
    """ "June 23, 1942", "June 1942" or "1942"; an inferred year is bracketed: "June 23, [1942]"."""
    parts = date.split("-")
    year = f"[{_year(parts[0])}]" if year_inferred else _year(parts[0])
    if len(parts) == 1:
        return year
    month = MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {year}"
    return f"{month} {int(parts[2])}, {year}"


def window_label(edtf: str, year_inferred: bool = False) -> str:
    """A window as a reader scans it, on one short line: "June 23, [1942]", "summer 1944",
    "Jan 13–Mar 18, 1942", "Dec 1941–Mar 1942", "1917–1919"."""
    value = edtf.strip()
    match = _WINDOW.match(value)
    if not match:
        season = _SEASON.match(value)
        if season:
            qualifier = f"{season.group(1)} " if season.group(1) else ""
            return f"{qualifier}{SEASONS[int(season.group(3))]} {_year(season.group(2))}"
        return label(value, year_inferred)
    first, last = match.groups()
    if first[:7] == last[:7] and len(first) == len(last) == 10:  # one month: "Jun 8–23, 1942"
        return f"{_short(first, with_year=False)}–{int(last[8:])}, {_year(last[:4])}"
    if first[:4] == last[:4] and "-" in first and "-" in last:  # one year: "Jan 13–Mar 18, 1942"
        return f"{_short(first, with_year=False)}–{_short(last, with_year=True)}"
    return f"{_short(_opening(first), with_year=True)}–{_short(_closing(last), with_year=True)}"


def _opening(day: str) -> str:
    """A window's first day, written only as precisely as it needs: its year ("1930–...") from January 1,
    its month ("Nov 1944–...") from the first of a month."""
    if len(day) != 10 or not day.endswith("-01"):
        return day
    return day[:4] if day[5:] == "01-01" else day[:7]


def _closing(day: str) -> str:
    """A window's last day: its year on December 31 ("...–1938"); a last day of a month is kept
    whole, as "to Nov 1938" could be read as up to November."""
    return day[:4] if len(day) == 10 and day[5:] == "12-31" else day


def _short(date: str, with_year: bool) -> str:
    parts = date.split("-")
    if len(parts) == 1:
        return _year(parts[0])
    month = MONTHS[int(parts[1]) - 1][:3]
    text = month if len(parts) == 2 else f"{month} {int(parts[2])}"
    if not with_year:
        return text
    return f"{text}, {_year(parts[0])}" if len(parts) == 3 else f"{text} {_year(parts[0])}"


def _year(digits: str) -> str:
    """A year as a reader writes it: "824", not the EDTF's "0824"."""
    return str(int(digits)) if digits.isdigit() else digits


def names_a_year(text: str) -> bool:
    return re.search(r"\b\d{4}\b", text) is not None


def parse_bound(text: str, option: str) -> str:
    """Validate a --from/--to value as YYYY, YYYY-MM or YYYY-MM-DD and return it."""
    value = text.strip()
    problem = date_problem(value)
    if problem:
        raise BadInput(f"{option} {problem.replace('date ', '', 1)}")
    return value
