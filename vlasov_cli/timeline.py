"""Selecting events for the timeline; returns records that both views render."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vlasov_cli import dates
from vlasov_cli.errors import NotFound
from vlasov_cli.model import Bank, Event


def event_label(event: Event) -> str:
    """How a reader should see the date: the article's words when vague, a bracketed inferred year."""
    if event.approximate and event.date_text:
        return event.date_text
    return dates.label(event.date, year_inferred=event.inferred)


def event_record(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "date": event.date,
        "approximate": event.approximate,
        "inferred": event.inferred,
        "date_text": event.date_text,
        "label": event_label(event),
        "title": event.title,
        "people": list(event.people),
        "quote": event.quote,
        "paragraph": event.paragraph,
    }


def select_events(
    bank: Bank,
    year: int | None = None,
    start: str | None = None,
    end: str | None = None,
    person_id: str | None = None,
) -> list[Event]:
    """Events in date order inside every given limit; a range keeps events that lie wholly inside it."""
    low = dates.bounds(start)[0] if start else None
    high = dates.bounds(end)[1] if end else None
    if year is None:
        events: Sequence[Event] = bank.events
    else:
        events = [bank.events[position] for position in bank.derived("events_by_year", events_by_year).get(year, ())]
    chosen = []
    for event in events:
        if low or high:
            first, last = dates.bounds(event.date)
            if (low and first < low) or (high and last > high):
                continue
        if person_id and person_id not in event.people:
            continue
        chosen.append(event)
    if not chosen:
        raise NotFound(_nothing_message(bank, year, start, end))
    return chosen


def events_by_year(bank: Bank) -> dict[int, tuple[int, ...]]:
    """Year -> positions of that year's events (in date order)."""
    positions: dict[int, list[int]] = {}
    for position, event in enumerate(bank.events):
        positions.setdefault(event.year, []).append(position)
    return {year: tuple(found) for year, found in positions.items()}


def years_covered(bank: Bank) -> list[int]:
    return sorted(bank.derived("events_by_year", events_by_year))


def _nothing_message(bank: Bank, year: int | None, start: str | None, end: str | None) -> str:
    limits = []
    if year is not None:
        limits.append(f"in {year}")
    if start:
        limits.append(f"from {start}")
    if end:
        limits.append(f"to {end}")
    where = " ".join(limits) or "at all"
    covered = ", ".join(str(y) for y in years_covered(bank)) or "none"
    return f"no events {where} (with these filters); the source's events fall in: {covered}"


def year_density(events: list[Event]) -> list[tuple[int, int]]:
    """(year, number of events) for every year from the first to the last event, gaps included."""
    if not events:
        return []
    counts: dict[int, int] = {}
    for event in events:
        counts[event.year] = counts.get(event.year, 0) + 1
    return [(year, counts.get(year, 0)) for year in range(min(counts), max(counts) + 1)]
