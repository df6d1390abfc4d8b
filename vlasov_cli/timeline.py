"""Selecting events for the timeline. Returns a `Timeline` record; never prints."""

from __future__ import annotations

from vlasov_cli import dates
from vlasov_cli.bank.model import Event
from vlasov_cli.bank.store import Bank
from vlasov_cli.errors import NotFound
from vlasov_cli.results import Timeline
from vlasov_cli.text import surname


def timeline(
    bank: Bank,
    year: int | None = None,
    start: str | None = None,
    end: str | None = None,
    person_id: str | None = None,
) -> Timeline:
    """Events in date order inside every given limit; a range keeps events that lie wholly inside it."""
    low = dates.bounds(start)[0] if start else None
    high = dates.bounds(end)[1] if end else None
    chosen = []
    for event in bank.events if year is None else bank.events_in(year):
        if low or high:
            first, last = dates.bounds(event.date)
            if (low and first < low) or (high and last > high):
                continue
        if person_id and person_id not in event.people:
            continue
        chosen.append(event)
    if not chosen:
        raise NotFound(_nothing_message(bank, year, start, end))
    names = {person_id: surname(bank.person(person_id).name) for event in chosen for person_id in event.people}
    return Timeline(tuple(chosen), year_density(chosen), names)


def _nothing_message(bank: Bank, year: int | None, start: str | None, end: str | None) -> str:
    limits = []
    if year is not None:
        limits.append(f"in {year}")
    if start:
        limits.append(f"from {start}")
    if end:
        limits.append(f"to {end}")
    where = " ".join(limits) or "at all"
    covered = ", ".join(str(y) for y in bank.years()) or "none"
    return f"no events {where} (with these filters); the source's events fall in: {covered}"


def year_density(events: list[Event]) -> tuple[tuple[int, int], ...]:
    """(year, number of events) for every year from the first to the last event, gaps included."""
    if not events:
        return ()
    counts: dict[int, int] = {}
    for event in events:
        counts[event.year] = counts.get(event.year, 0) + 1
    return tuple((year, counts.get(year, 0)) for year in range(min(counts), max(counts) + 1))
