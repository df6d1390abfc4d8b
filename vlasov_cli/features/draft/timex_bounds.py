"""Dates a happening is told before or after ("prior to 1860", "after 1860"): the window on that side
of the date, never the date itself, closed by the narrative's dates around it; and the one kind of
date in parentheses that is the story's time, a year after the name of a battle or a treaty ("the
Battle of Marengo (1800)")."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from typing import Any

# The word just before the date; not "shortly after", "soon after", "the day before", "long before"
_BOUND = re.compile(
    r"(?<!shortly )(?<!soon )(?<!just )(?<!immediately )(?<!long )(?<!not )(?<!well )(?<!right )(?<!only )"
    r"\b(?P<word>before|prior\s+to|earlier\s+than|after|later\s+than)\s+$",
    re.IGNORECASE,
)
_UNIT_BEFORE = re.compile(r"\b(?:days?|weeks?|months?|years?|decades?|hours?)\s+$", re.IGNORECASE)
_CLOCK_FIRST = re.compile(r"^\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|o'clock)|^(?:midnight|noon|dawn)", re.I)

# "the Battle of Marengo (": a year in parentheses after the name of an event dates the event
_EVENT_NAME = re.compile(
    r"\b(?:Battle|Siege|Treaty|Peace|War|Campaign|Revolution|Rebellion|Revolt|Uprising|Mutiny|Congress|Conference|"
    r"Convention|Massacre|Raid|Act|Compromise|Declaration|Agreement|Accord|Pact|Coup|Invasion|Crisis|Affair)\b"
    r"(?:\s+(?:of|at|on|in|for|the|de|la|[A-Z][\w'\u2019.-]*))*\s*\($"
)


def side(before: str, text: str) -> str:
    """ "before" or "after" when the words before a date (`before`) tell a happening on that side of
    it, else ""."""
    match = _BOUND.search(before[-40:])
    if match is None or _UNIT_BEFORE.search(before[: match.start()]) or _CLOCK_FIRST.match(text):
        return ""
    return "after" if match["word"].lower().startswith(("after", "later")) else "before"


def names_an_event(before: str) -> bool:
    """Whether a date in parentheses follows the name of an event: "the Battle of Marengo (1800)"."""
    return _EVENT_NAME.search(before[-80:]) is not None


def _day(iso: str, step: int) -> str:
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=step)).isoformat()


def bounded(mentions: Sequence[Any], sides: dict[int, str]) -> list[Any]:
    """The mentions (timex.Mention), each told `before` or `after` its date (by index in `sides`) given the window on
    that side: from the story's last date before it to the day before, or from the day after to the
    story's next date after it; `open` where the story gives no such date."""
    result = list(mentions)
    story = [index for index, mention in enumerate(mentions) if mention.story]
    for index, where in sides.items():
        mention = mentions[index]
        if mention.earliest.startswith("-"):
            continue  # before the common era: a bank dates no event there anyway
        if where == "before":
            earlier = [mentions[other].earliest for other in story if other < index]
            start = next((day for day in reversed(earlier) if day < mention.earliest), "")
            window = (start, _day(mention.earliest, -1))
        else:
            later = [mentions[other].latest for other in story if other > index]
            end = next((day for day in later if day > mention.latest), "")
            window = (_day(mention.latest, 1), end)
        if all(window):
            result[index] = mention._replace(earliest=window[0], latest=window[1])
        else:
            result[index] = mention._replace(open=True)
    return result


# "early 1948", "late November", "the end of 1943", "the late 1920s": the third of the unit it names
_PART_WORD = re.compile(
    r"^(?:the\s+)?(?:(?:very\s+)?(?P<early>early|beginning\s+of|start\s+of)|(?P<mid>mid|middle\s+of)|"
    r"(?:very\s+)?(?P<late>late|end\s+of|close\s+of)|(?P<first>first\s+half\s+of)|(?P<second>(?:second|latter)\s+half\s+of))",
    re.IGNORECASE,
)


_PART_BEFORE = re.compile(r"\b(early|mid|late)\s+in\s+$", re.IGNORECASE)


def narrowed(text: str, earliest: str, latest: str, before: str = "") -> tuple[str, str]:
    """The window of a date told as a part of its unit: early, mid or late a third of a year (January
    to April, May to August, September to December), of a month (1 to 10, 11 to 20, 21 to its end) or
    of a decade (three, four and three years); the first or second half of a year its six months."""
    told_before = _PART_BEFORE.search(before)  # "early in July 1990"
    part = _PART_WORD.match(told_before[1] if told_before else text)
    if part is None or earliest.startswith("-"):
        return earliest, latest
    first, last = datetime.date.fromisoformat(earliest), datetime.date.fromisoformat(latest)
    which = next(name for name, value in part.groupdict().items() if value)
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and last.year - first.year == 9:
        years = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), "first": (0, 4), "second": (5, 9)}[which]
        return f"{first.year + years[0]:04}-01-01", f"{first.year + years[1]:04}-12-31"
    if first.year == last.year and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "first": (1, 6), "second": (7, 12)}[which]
        end = datetime.date(first.year, months[1] % 12 + 1, 1) - datetime.timedelta(days=1)
        if months[1] == 12:
            end = datetime.date(first.year, 12, 31)
        return f"{first.year:04}-{months[0]:02}-01", end.isoformat()
    if (
        (first.year, first.month) == (last.year, last.month)
        and first.day == 1
        and (last + datetime.timedelta(1)).day == 1
    ):
        days = {"early": (1, 10), "mid": (11, 20), "late": (21, last.day), "first": (1, 15), "second": (16, last.day)}
        low, high = days[which]
        return first.replace(day=low).isoformat(), first.replace(day=high).isoformat()
    return earliest, latest
