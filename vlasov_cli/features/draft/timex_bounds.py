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
