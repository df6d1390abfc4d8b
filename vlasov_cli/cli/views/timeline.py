"""`vlasov timeline`: the events in a table by date, or (--chart) on a time axis."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vlasov_cli.cli.views.output import escape, print_lines
from vlasov_cli.features.timeline import axis_column, chart_axis, starting_counts

if TYPE_CHECKING:
    from rich.console import Console

    from vlasov_cli.core.records import Timeline


def show(console: Console, timeline: Timeline) -> None:
    if timeline.chart:
        return _chart(console, timeline)
    partly = set(timeline.partly)
    # Events wholly inside a filter's range first; those whose window only reaches into it follow,
    # under one caption row (each in date order).
    events = [event for event in timeline.events if event.id not in partly]
    events += [event for event in timeline.events if event.id in partly]
    rows = []
    for event in events:
        who = ", ".join(timeline.names.get(person_id, person_id) for person_id in event.people)
        what = f"{event.title} ({who})" if who else event.title
        label = f"“{event.label}”" if event.label and event.label != event.when() else ""  # (not twice)
        notes = " — ".join(part for part in (label, event.note) if part) if timeline.notes else ""
        rows.append((event.date_label(), what, len(event.title) + 1, str(event.paragraph), notes))
    # A table laid out here, in the same form as a Rich table: one measures and pads every cell,
    # which costs more than the rest of the command. The date column as wide as takes the fewest
    # lines (a long window may break after its dash), the event column the rest, at least 20 wide.
    number_width = max((len(row[3]) for row in rows), default=1)
    room = console.width - number_width - 8  # cell padding and column rules take 8
    date_width = _date_width([(row[0], row[1] + (" " + row[4] if row[4] else "")) for row in rows], room)
    longest_event = max([len(row[1]) for row in rows] + [len(_REACHES) if partly else 0])
    event_width = max(5, min(room - date_width, longest_event))
    widths = (date_width, event_width, number_width)
    header = [f"[bold]{title}[/]" for title in ("Date", "Event", "¶")]
    lines = [_table_line(header, [4, 5, 1], widths, "┃"), "╇".join("━" * (width + 2) for width in widths)]
    inside = len(rows) - len(partly)
    for index, (when, what, people_from, number, notes) in enumerate(rows):
        if index == inside and partly:
            caption = (_cell_lines(_PARTLY, date_width, "dim"), _cell_lines(_REACHES, event_width, "dim"))
            for line in range(max(map(len, caption))):
                cells = [column[line] if line < len(column) else ("", 0) for column in caption] + [("", 0)]
                lines.append(_table_line([cell for cell, _ in cells], [length for _, length in cells], widths, "┊"))
        dates = _date_lines(when, date_width)
        whats = _cell_lines(what, event_width, "", dim_from=people_from)
        whats += _cell_lines(notes, event_width, "dim") if notes else []
        for index in range(max(len(dates), len(whats))):
            cells = [dates[index] if index < len(dates) else ("", 0), whats[index] if index < len(whats) else ("", 0)]
            cells.append((f"[dim]{number}[/]", len(number)) if index == 0 else ("", 0))
            lines.append(_table_line([cell for cell, _ in cells], [length for _, length in cells], widths, "│"))
    print_lines(console, lines)
    if len(timeline.density) > 1:
        console.print()
        console.print("[bold]Events a year[/] [dim](each counted in the year its window begins)[/]")
        _density(console, timeline.density)
    legend = []
    if any(event.approximate for event in timeline.events):
        legend.append("~ one day somewhere in the window")
    if any(event.inferred for event in timeline.events):
        legend.append("[year] from context")
    if legend:
        console.print(f"[dim]{escape('; '.join(legend))}[/]")


_PARTLY = "partly in range"
_REACHES = "their windows reach outside it"


def _date_width(cells: list[tuple[str, str]], room: int) -> int:
    """The date column's width that gives the table the fewest lines, of (date, event text) rows in
    `room` columns: a date longer than it breaks after its dash; the event column keeps 20 at least."""
    widest = max(4, room - 20)
    longest = min(widest, max((len(date) for date, _ in cells), default=4))
    # (Breaking a date at a space, "October 2," "[1895]", only where even its dash leaves it too wide.)
    pieces = (len(piece) + 1 for date, _ in cells for piece in date.split("–"))
    least = min(longest, max(4, max(pieces, default=4) - 1))
    widths = sorted({len(date) for date, _ in cells if least <= len(date) <= longest} | {least, longest})
    lines = {
        width: sum(max(len(_date_parts(date, width)), _count_lines(text, room - width)) for date, text in cells)
        for width in widths
    }
    return min(reversed(widths), key=lines.__getitem__)  # (of equals, the widest)


def _date_parts(date: str, width: int) -> list[str]:
    """A date as it fits `width`: whole, broken after its dash ("~Nov 10, 1941–" "Jan 31, 1942"), or
    (no dash, or still too wide) wrapped at its spaces."""
    import textwrap

    if len(date) <= width:
        return [date]
    first, dash, last = date.partition("–")
    if dash and len(first) < width and len(last) <= width:
        return [first + dash, last]
    return textwrap.wrap(date, max(1, width), break_long_words=False) or [date]


def _count_lines(text: str, width: int) -> int:
    """How many lines `text` wraps to at `width`, as textwrap wraps it (quick: only the count)."""
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > width:
            lines, used = lines + 1, len(word)
        else:
            used += len(word) + (1 if used else 0)
    return lines


def _date_lines(date: str, width: int) -> list[tuple[str, int]]:
    return [(f"[green]{escape(part)}[/]", len(part)) for part in _date_parts(date, width)]


# The chart's marks: a day, a month, season or year, and one day somewhere in a window.
_MARKS = {"day": ("●", "green"), "span": ("━", "cyan"), "window": ("┄", "yellow"), "": ("", "none")}
_LEGEND = {
    "day": "● a day",
    "span": "━ a month, season or year",
    "window": "┄ one day somewhere in a window",
    "gap": "┆ years without events",
}


def _chart(console: Console, timeline: Timeline) -> None:
    """The events on a time axis: each year gets room in proportion to the events that start in it
    (at least enough for a tick), years without any fold into a narrow gap. Each mark is labelled
    with its event's title, cut short (events with the same mark in the same place share one: "+2"),
    and the labelled marks are packed into as few rows as they fit."""
    width = max(20, console.width)
    starting = starting_counts(timeline.events)
    axis = chart_axis(starting, width)
    marks: dict[tuple[int, int, str], list[str]] = {}  # (first column, last column, kind): titles, in order
    for event in timeline.events:
        kind = "window" if event.approximate else "day" if event.precision == "day" else "span"
        marks.setdefault((axis_column(axis, event.earliest), axis_column(axis, event.latest), kind), []).append(
            event.title
        )
    rows: list[list[tuple[int, int]]] = []  # per row: the columns each labelled mark takes
    drawn: list[tuple[int, int, int, str, int, str]] = []  # (row, first, last, kind, label column, label)
    for (first, last, kind), titles in marks.items():
        label = _short_title(titles[0]) + (f" +{len(titles) - 1}" if len(titles) > 1 else "")
        # The label after the mark, or else before it, or else inside it (a long window), or cut to fit.
        if last + 2 + len(label) <= width:
            taken, at = (first, last + 1 + len(label)), last + 2
        elif first - 1 - len(label) >= 0:
            taken, at = (first - 1 - len(label), last), first - 1 - len(label)
        elif last - first >= len(label) + 4:
            label = f" {label} "
            taken, at = (first, last), first + 2
        else:
            label = label[: max(0, width - last - 2)]
            taken, at = (first, width - 1), last + 2
        row = next(
            (
                index
                for index, row in enumerate(rows)
                if all(end + 1 < taken[0] or start > taken[1] + 1 for start, end in row)
            ),
            None,
        )
        if row is None:
            rows.append([])
            row = len(rows) - 1
        rows[row].append(taken)
        drawn.append((row, first, last, kind, at, label))
    lines = []
    for index in range(len(rows)):
        cells = [" "] * width
        kinds = [""] * width
        for _, first, last, kind, at, label in (item for item in drawn if item[0] == index):
            for column in range(first, last + 1):
                cells[column], kinds[column] = _MARKS[kind][0], kind
            cells[at : at + len(label)] = list(label)
        lines.append(_styled(cells, kinds))
    ticks = ["─"] * width
    names = [" "] * width
    for named, start, _ in axis:
        ticks[start] = "┬" if named is not None else "┆"
        for name in (str(named), f"'{named % 100:02}") if named is not None else ():
            if start + len(name) <= width and all(cell == " " for cell in names[max(0, start - 1) : start + len(name)]):
                names[start : start + len(name)] = list(name)
                break
    lines += ["".join(ticks), "".join(names).rstrip()]
    shown = {kind for _, _, _, kind, _, _ in drawn} | ({"gap"} if any(n is None for n, _, _ in axis) else set())
    legend = [item for kind, item in _LEGEND.items() if kind in shown]  # only what the chart shows
    densest = max(starting, key=lambda year: starting[year])
    legend.append(f"{len(timeline.events)} events, most in {densest} ({starting[densest]})")
    line = ""
    for item in legend:  # as many items a line as fit
        if line and len(line) + 3 + len(item) > width:
            lines.append(f"[dim]{escape(line)}[/]")
            line = ""
        line = f"{line}   {item}" if line else item
    lines.append(f"[dim]{escape(line)}[/]")
    print_lines(console, lines)


def _short_title(title: str, room: int = 20) -> str:
    """An event's title cut to about `room` characters at a word's end, marked "…" where cut."""
    if len(title) <= room:
        return title
    words = title.split()
    kept = words[0][:room]
    for word in words[1:]:
        if len(kept) + 1 + len(word) > room:
            break
        kept += " " + word
    return kept + "…"


def _styled(cells: list[str], kinds: list[str]) -> str:
    """A chart row as markup: each run of marks of one kind in its colour."""
    parts, run, kind = [], "", ""
    for cell, cell_kind in zip(cells, kinds, strict=True):
        if cell_kind != kind:
            parts.append(f"[{_MARKS[kind][1]}]{escape(run)}[/]" if kind else escape(run))
            run, kind = "", cell_kind
        run += cell
    parts.append(f"[{_MARKS[kind][1]}]{escape(run)}[/]" if kind else escape(run))
    return "".join(parts).rstrip()


def _table_line(cells: list[str], lengths: list[int], widths: tuple[int, ...], rule: str) -> str:
    """One line of a table, in markup: each cell padded to its width (the last column to the right)."""
    padded = [f" {cell}{' ' * (width - length)} " for cell, length, width in zip(cells, lengths, widths, strict=True)]
    padded[-1] = f" {' ' * (widths[-1] - lengths[-1])}{cells[-1]} "
    return rule.join(padded)


def _cell_lines(text: str, width: int, style: str, dim_from: int | None = None) -> list[tuple[str, int]]:
    """`text` wrapped to `width` as Rich wraps a table cell (a word too long for it cut with "…"):
    (markup, length) of each line, in `style`, dim from position `dim_from` of the text on."""
    import textwrap

    lines, position = [], 0
    for line in textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False):
        start = max(position, text.find(line, position))  # (where it is in the text, for the dim part)
        position = start + len(line)
        if len(line) > width:
            line = line[: width - 1] + "…"
        cut = len(line) if dim_from is None else max(0, min(len(line), dim_from - start))
        markup = escape(line[:cut]) + (f"[dim]{escape(line[cut:])}[/]" if cut < len(line) else "")
        lines.append((f"[{style}]{markup}[/]" if style and markup else markup, len(line)))
    return lines


def _density(console: Console, density: tuple[tuple[int, int], ...]) -> None:
    """One row per year: a bar as long as that year's number of events."""
    most = max(count for _, count in density)
    width = max(1, min(40, console.width - 12))
    for year, count in density:
        if count == 0 and len(density) > 12:
            continue
        bar = "█" * max(1 if count else 0, round(count / most * width))
        console.print(f"[dim]{year}[/] [magenta]{bar}[/] {count}")
