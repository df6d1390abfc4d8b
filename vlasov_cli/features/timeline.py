"""Selecting events for the timeline. Returns a `Timeline` record; never prints."""

from __future__ import annotations

from vlasov_cli.core import dates
from vlasov_cli.core.bank import Bank
from vlasov_cli.core.errors import BadInput, NotFound
from vlasov_cli.core.model import Event
from vlasov_cli.core.records import Timeline
from vlasov_cli.core.text import surname


def timeline(
    bank: Bank,
    year: int | None = None,
    start: str | None = None,
    end: str | None = None,
    person_id: str | None = None,
) -> Timeline:
    """Events by date whose window reaches into every given limit (a year, a range from `start` to
    `end`, both inclusive), with those only partly inside marked."""
    low = dates.bounds(start)[0].isoformat() if start else "0000"
    high = dates.bounds(end)[1].isoformat() if end else "9999"
    if year is not None:
        low, high = max(low, f"{year:04}-01-01"), min(high, f"{year:04}-12-31")
    if low > high:
        raise BadInput(f"--from {start} is after --to {end}" if start and end else f"the range holds no day of {year}")
    events = bank.events_of(person_id) if person_id else bank.events_in(year) if year is not None else bank.events
    chosen = [event for event in events if event.earliest <= high and event.latest >= low]
    if not chosen:
        raise NotFound(_nothing_message(bank, events if person_id else None, year, start, end))
    partly = tuple(event.id for event in chosen if event.earliest < low or event.latest > high)
    people = {person_id: bank.person(person_id) for event in chosen for person_id in event.people}
    names = {person_id: surname(person.name, person.aliases) for person_id, person in people.items()}
    return Timeline(tuple(chosen), year_density(chosen), names, partly)


def _nothing_message(
    bank: Bank, events: tuple[Event, ...] | None, year: int | None, start: str | None, end: str | None
) -> str:
    """What nothing found means: the limits asked for, and the years the events asked about do fall in."""
    limits = []
    if year is not None:
        limits.append(f"in {year}")
    if start:
        limits.append(f"from {start}")
    if end:
        limits.append(f"to {end}")
    where = " ".join(limits) or "at all"
    if events is None:
        covered, whose = bank.years(), "the source's events"
    else:
        covered, whose = sorted({year for event in events for year in event.years}), "this person's events"
    return f"no events {where}; {whose} fall in: {', '.join(map(str, covered)) or 'no year'}"


def year_density(events: list[Event]) -> tuple[tuple[int, int], ...]:
    """(year, number of events) for every year from the first to the last event, gaps included;
    an event counts in the year its window starts."""
    if not events:
        return ()
    counts: dict[int, int] = {}
    for event in events:
        counts[event.year] = counts.get(event.year, 0) + 1
    return tuple((year, counts.get(year, 0)) for year in range(min(counts), max(counts) + 1))


# The chart's time axis, shared by the terminal chart (cli/views/timeline) and the study page's picture.

Axis = list[tuple[int | None, int, int]]


def starting_counts(events: tuple[Event, ...] | list[Event]) -> dict[int, int]:
    """Events starting in each year that any event's window reaches (0 for years windows only pass through)."""
    starting: dict[int, int] = {}
    for event in events:
        for year in event.years:
            starting.setdefault(year, 0)
        starting[event.year] += 1
    return starting


def chart_axis(counts: dict[int, int], width: int) -> Axis:
    """(year, first column, width) of each year an event's window reaches, in order, and (None,
    column, width) of each run of years that none reaches. A year in which events start gets a few
    columns, as many as fit, and the rest is shared out in proportion to them; a year that windows
    only pass through gets one."""
    segments: list[tuple[int | None, int]] = []  # (year or None, events starting in it)
    for each in sorted(counts):
        if segments and each - 1 not in counts:
            segments.append((None, 0))
        segments.append((each, counts[each]))
    starting = sum(1 for year, weight in segments if year is not None and weight)
    passing = sum(1 for year, weight in segments if year is not None and not weight)
    gaps = len(segments) - starting - passing
    least, gap = next(
        ((least, gap) for least, gap in ((3, 1), (2, 1), (1, 1)) if least * starting + passing + gap * gaps <= width),
        (1, 1),
    )
    spare = max(0, width - least * starting - passing - gap * gaps)
    total = sum(weight for _, weight in segments) or 1
    axis: Axis = []
    column = 0
    for year, weight in segments:
        size = gap if year is None else least + spare * weight // total if weight else 1
        axis.append((year, min(column, width - 1), size))
        column += size
    return axis


def axis_column(axis: Axis, day: str) -> int:
    """The column of an ISO day on the axis."""
    import datetime

    date = datetime.date.fromisoformat(day)
    for year, start, size in axis:
        if year == date.year:
            fraction = (date.timetuple().tm_yday - 1) / (366 if date.year % 4 == 0 else 365)
            return start + min(size - 1, int(fraction * size))
    return axis[-1][1]  # (every event's years are on the axis)
