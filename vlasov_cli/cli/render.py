"""All terminal output of the human (non-JSON) views. Rich is imported here, and only when used.

`show(record)` draws any record a command's core returns (`results`); the quiz, which talks with
the user question by question, has its own functions below.
"""

from __future__ import annotations

import re
from functools import lru_cache, singledispatch
from typing import TYPE_CHECKING, Any

from vlasov_cli.core.model import Term
from vlasov_cli.core.records import (
    CheckReport,
    DatesFound,
    DraftMade,
    Paragraphs,
    People,
    PersonView,
    QuizSummary,
    SearchResults,
    Stats,
    Terms,
    Timeline,
    TopicCounts,
)
from vlasov_cli.core.text import fold, letters, surname
from vlasov_cli.features.timeline import axis_column, chart_axis, starting_counts

if TYPE_CHECKING:
    import datetime
    from pathlib import Path

    from rich.console import Console
    from rich.text import Text

    from vlasov_cli.features.quiz import Outcome, Shown


@lru_cache(maxsize=1)
def out() -> Console:
    from rich.console import Console

    return Console(highlight=False, emoji=False, width=_width_fallback(), file=_trimmed("stdout"))


@lru_cache(maxsize=1)
def err() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, emoji=False, width=_width_fallback(), file=_trimmed("stderr"))


def _trimmed(name: str) -> Any:
    """sys.stdout or sys.stderr (as it is when written to), or, when that is no terminal, the same
    without the spaces Rich pads lines with."""
    import io
    import sys

    if getattr(sys, name).isatty():
        return None  # (Rich's own: the stream as it is)

    class Trimmed(io.TextIOBase):
        """Writes on to the stream, holding back spaces until it knows they do not end a line."""

        def __init__(self) -> None:
            self._spaces = ""

        @property
        def _stream(self) -> Any:
            return getattr(sys, name)

        def write(self, text: str) -> int:
            text = self._spaces + text
            body = text.rstrip(" ")
            self._spaces = text[len(body) :]
            self._stream.write(re.sub(r" +\n", "\n", body))
            return len(text)

        def flush(self) -> None:
            self._stream.flush()

        def isatty(self) -> bool:
            return False

        def fileno(self) -> int:
            return self._stream.fileno()

        @property
        def encoding(self) -> str:  # type: ignore[override]
            return self._stream.encoding

    return Trimmed()


def _width_fallback() -> int | None:
    """80 columns when COLUMNS is set to no usable width (0, or too narrow to show anything);
    otherwise None, and Rich takes the width from COLUMNS or the terminal."""
    import os

    columns = os.environ.get("COLUMNS", "")
    return 80 if columns.strip() and not (columns.strip().isdigit() and int(columns) >= 20) else None


def escape(text: str) -> str:
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def error(message: str, hints: tuple[str, ...] = ()) -> None:
    err().print(f"[bold red]error:[/] {escape(message)}", soft_wrap=True)
    for hint in hints:
        err().print(f"  {escape(hint)}", soft_wrap=True)


def problems(lines: list[str], what: str = "problem") -> None:
    for line in lines:
        err().print(escape(line), soft_wrap=True)
    count = len(lines)
    colour = "red" if what == "problem" else "yellow"
    err().print(f"[bold {colour}]{count} {what}{'s' if count != 1 else ''}[/] found", soft_wrap=True)


@singledispatch
def show(record: Any) -> None:
    raise TypeError(f"no view for {type(record).__name__}")


@show.register
def _check_passed(report: CheckReport) -> None:
    parts = ", ".join(f"{value} {name.replace('_', ' ')}" for name, value in report.counts.items())
    count = len(report.warnings)
    warned = f", {count} warning{'s' if count != 1 else ''}" if count else ""
    out().print(f"[green]ok[/] {escape(report.bank)}: {parts}; no problems{warned}", soft_wrap=True)
    if report.drafts:
        drafts = f"{report.drafts} draft{'s' if report.drafts != 1 else ''}"
        out().print(f"{drafts} to review: read each entry marked `draft:`, then delete that line", soft_wrap=True)


_DRAFTED = (("people", "person", "people"), ("events", "event", "events"), ("terms", "term", "terms"))


def _counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


@show.register
def _draft_made(made: DraftMade) -> None:
    counts = made.counts
    folder = escape(made.folder)
    people, events, terms = (_counted(counts[kind], *names) for kind, *names in _DRAFTED)
    questions = _counted(counts["generated_questions"], "question", "questions")
    out().print(
        f"[green]drafted[/] {people}, {events} and {terms} from {escape(made.source)} into {folder}; "
        f"{questions} generated from them",
        soft_wrap=True,
    )
    count = len(made.warnings)
    if count:
        out().print(f"the question linter warns of {count}: vlasov check --bank {folder}", soft_wrap=True)
    if not made.drafts:
        nothing = "nothing was drafted: the article names no one and dates nothing that vlasov can find"
        out().print(nothing, soft_wrap=True)
        return
    drafts = "1 entry is a draft" if made.drafts == 1 else f"{made.drafts} entries are drafts"
    out().print(f"{drafts}: review each against its quote, then delete its `draft:` line.", soft_wrap=True)
    out().print(f"next: vlasov check --bank {folder} · vlasov quiz --bank {folder}", soft_wrap=True)


@show.register
def _dates_found(found: DatesFound) -> None:
    if not found.dates:
        out().print(f"no dates found in {escape(found.article)}", soft_wrap=True)
        return
    width = max(len(date.value) for date in found.dates)
    for date in found.dates:
        out().print(f"[green]{escape(date.value.ljust(width))}[/]  {escape(date.text)}  [dim]@{date.start}[/]")


@show.register
def _paragraphs(numbered: Paragraphs) -> None:
    for position, paragraph in enumerate(numbered.paragraphs):
        if position:
            out().print()
        kind = "" if paragraph.kind == "text" else f" [dim]{paragraph.kind}[/]"
        out().print(f"[bold cyan]\\[{paragraph.number}][/]{kind}")
        for line in paragraph.text.splitlines():
            _wrapped(line, indent=2, style="italic" if paragraph.kind == "caption" else "")


def _wrap(text: str, width: int, indent: int = 0, first: str = "", style: str = "") -> list[str]:
    """`text` wrapped to `width`, indented, with a hanging first-line prefix such as "• ": markup lines."""
    import textwrap

    lines = textwrap.wrap(
        text,
        width=max(20, width),
        initial_indent=" " * indent + first,
        subsequent_indent=" " * (indent + len(first)),
        break_on_hyphens=False,
    )
    return [f"[{style}]{escape(line)}[/]" if style else escape(line) for line in lines]


def _lines(lines: list[str], console: Console | None = None) -> None:
    """Print markup lines already fitted to the terminal, in one go (each print costs Rich a layout)."""
    if lines:
        (console or out()).print("\n".join(lines), soft_wrap=True)


def _wrapped(text: str, indent: int = 0, first: str = "", style: str = "", console: Console | None = None) -> None:
    """Print `text` wrapped to the terminal, indented, with a hanging first-line prefix such as "• "."""
    console = console or out()
    _lines(_wrap(text, console.width, indent, first, style), console)


def _quote_lines(text: str, paragraph: int, indent: int, width: int) -> list[str]:
    return _wrap(f"“{text}” ¶{paragraph}", width, indent=indent, style="italic")


def _quote(text: str, paragraph: int, indent: int, console: Console | None = None) -> None:
    console = console or out()
    _lines(_quote_lines(text, paragraph, indent, console.width), console)


def _show(parts: list[Any], console: Console | None = None) -> None:
    """Print several pieces in one go, as printing them one by one would (each print costs Rich a
    layout pass): markup text is wrapped to the terminal, what `_fitted` made is shown as it is."""
    from rich.console import Group
    from rich.text import Text

    pieces = [Text.from_markup(part, emoji=False) if isinstance(part, str) else part for part in parts]
    (console or out()).print(Group(*pieces), crop=False)


def _fitted(lines: list[str]) -> Text:
    """Markup lines already fitted to the terminal: never wrapped again (as print's soft_wrap)."""
    from rich.text import Text

    text = Text.from_markup("\n".join(lines), emoji=False)
    text.no_wrap, text.overflow = True, "ignore"
    return text


@show.register
def _people(people: People) -> None:
    if people.query is None:
        listing("People", [(person.name, person.role) for person in people.matches])
    elif len(people.matches) > 1:
        candidates("people", people.query, [(person.name, person.role) for person in people.matches])
    else:
        person(people.matches[0], people.notes, people.limit)


def person(record: PersonView, notes: bool = False, limit: int | None = None) -> None:
    role = f" — {escape(record.role)}" if record.role else ""
    parts: list[Any] = [f"[bold cyan]{escape(record.name)}[/]{role}"]
    others = [alias for alias in record.aliases if alias != record.name]
    if others:
        parts.append(f"[dim]also: {escape(', '.join(others))}[/]")
    import shlex

    more = f"vlasov who {shlex.quote(surname(record.name, record.aliases))} --full"
    if record.facts:
        width, lines = out().width, []
        for fact in record.facts[:limit]:
            if fold(fact.text) == fold(fact.quote):  # (a draft's fact is its sentence): said once
                lines += _wrap(f"“{fact.quote}” ¶{fact.paragraph}", width, indent=2, first="• ", style="italic")
                continue
            lines += _wrap(fact.text, width, indent=2, first="• ")
            lines += _quote_lines(fact.quote, fact.paragraph, 4, width)
        lines += _more(len(record.facts), limit, "facts", more)
        parts += ["", "[bold]Facts[/]", _fitted(lines)]
    if record.events:
        rows = [(event.label, event.title, event.note if notes else "") for event in record.events[:limit]]
        parts += ["", "[bold]Events[/]", _dated_rows(rows)]
        left_out = _more(len(record.events), limit, "events", more)
        parts += [_fitted(left_out)] if left_out else []
    if record.related:
        parts += ["", f"[bold]Related:[/] {escape(', '.join(other.name for other in record.related))}"]
    _show(parts)


def _more(count: int, limit: int | None, what: str, command: str) -> list[str]:
    """The line saying how many of `count` are left out, and how to see them; none if none are."""
    if limit is None or count <= limit:
        return []
    return _wrap(f"… {count - limit} more {what}: {command}", out().width, indent=2, style="dim")


def _dated_rows(rows: list[tuple[str, str, str]]) -> Text:
    """Two columns, dates (green; one line each where there is room) and what happened, with a note
    in dim under it where there is one, wrapped here: a Rich table would measure every cell, which
    costs more than the rest of a look-up."""
    import textwrap
    from itertools import zip_longest

    room = max(20, out().width - 6)  # two spaces before each column, two to spare
    date_width = min(max(len(when) for when, _, _ in rows), room // 2)
    lines = []
    for when, what, note in rows:
        dates = textwrap.wrap(when, date_width, break_on_hyphens=False)
        whats = [escape(line) for line in textwrap.wrap(what, room - date_width, break_on_hyphens=False)]
        whats += [f"[dim]{escape(line)}[/]" for line in textwrap.wrap(note, room - date_width, break_on_hyphens=False)]
        for date, event in zip_longest(dates, whats, fillvalue=""):
            line = f"  [green]{escape(date)}[/]{' ' * (date_width - len(date))}"
            lines.append(f"{line}  {event}" if event else line.rstrip())
    return _fitted(lines)


def candidates(kind: str, query: str, rows: list[tuple[str, str]]) -> None:
    """An ambiguous look-up: the names it could mean, so the user can be more specific."""
    out().print(f"'{escape(query)}' matches {len(rows)} {kind}; be more specific:")
    for name, detail in rows:
        out().print(f"  [bold]{escape(name)}[/] — {escape(detail)}")


def listing(title: str, rows: list[tuple[str, str]]) -> None:
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_edge=False, header_style="bold")
    table.add_column("Name", style="cyan", ratio=1)
    table.add_column("Description", ratio=2)
    for name, detail in rows:
        table.add_row(escape(name), escape(detail))
    out().print(table)


@show.register
def _terms(terms: Terms) -> None:
    if terms.query is None:
        listing("Terms", [(f"{found.name} ({found.kind})", found.description) for found in terms.matches])
    elif len(terms.matches) > 1:
        candidates("terms", terms.query, [(found.name, found.kind) for found in terms.matches])
    else:
        term(terms.matches[0])


def term(found: Term) -> None:
    out().print(f"[bold cyan]{escape(found.name)}[/] [dim]({escape(found.kind)})[/]")
    others = [alias for alias in found.aliases if alias != found.name]
    if others:
        out().print(f"[dim]also: {escape(', '.join(others))}[/]")
    _wrapped(found.description, indent=2)
    _quote(found.quote, found.paragraph, indent=2)


@show.register
def _timeline(timeline: Timeline) -> None:
    if timeline.chart:
        return _chart(timeline)
    partly = set(timeline.partly)
    rows = []
    for event in timeline.events:
        who = ", ".join(timeline.names.get(person_id, person_id) for person_id in event.people)
        what = f"{event.title} ({who})" if who else event.title
        if event.id in partly:
            what += " (partly in range)"
        label = f"“{event.label}”" if event.label and event.label != event.when() else ""  # (not twice)
        notes = " — ".join(part for part in (label, event.note) if part) if timeline.notes else ""
        rows.append((event.date_label(), what, len(event.title) + 1, str(event.paragraph), notes))
    # A table laid out here, in the same form as a Rich table: one measures and pads every cell,
    # which costs more than the rest of the command. The date column as wide as its longest date
    # (so that each date takes one line), the event column the rest, at least 20 wide.
    number_width = max((len(row[3]) for row in rows), default=1)
    room = out().width - number_width - 8  # cell padding and column rules take 8
    date_width = max(4, min(max((len(row[0]) for row in rows), default=0), room - 20))
    event_width = max(5, min(room - date_width, max((len(row[1]) for row in rows), default=0)))
    widths = (date_width, event_width, number_width)
    header = [f"[bold]{title}[/]" for title in ("Date", "Event", "¶")]
    lines = [_table_line(header, [4, 5, 1], widths, "┃"), "╇".join("━" * (width + 2) for width in widths)]
    for when, what, people_from, number, notes in rows:
        dates = _cell_lines(when, date_width, "green")
        whats = _cell_lines(what, event_width, "", dim_from=people_from)
        whats += _cell_lines(notes, event_width, "dim") if notes else []
        for index in range(max(len(dates), len(whats))):
            cells = [dates[index] if index < len(dates) else ("", 0), whats[index] if index < len(whats) else ("", 0)]
            cells.append((f"[dim]{number}[/]", len(number)) if index == 0 else ("", 0))
            lines.append(_table_line([cell for cell, _ in cells], [length for _, length in cells], widths, "│"))
    _lines(lines)
    if len(timeline.density) > 1:
        out().print()
        out().print("[bold]Events a year[/] [dim](each counted in the year its window begins)[/]")
        _density(timeline.density)
    legend = []
    if any(event.approximate for event in timeline.events):
        legend.append("~ one day somewhere in the window")
    if any(event.inferred for event in timeline.events):
        legend.append("[year] from context")
    if partly:
        legend.append("partly in range: its window reaches outside")
    if legend:
        out().print(f"[dim]{escape('; '.join(legend))}[/]")


# The chart's marks: a day, a month, season or year, and one day somewhere in a window.
_MARKS = {"day": ("●", "green"), "span": ("━", "cyan"), "window": ("┄", "yellow")}
_LEGEND = {
    "day": "● a day",
    "span": "━ a month, season or year",
    "window": "┄ one day somewhere in a window",
    "gap": "┆ years without events",
}


def _chart(timeline: Timeline) -> None:
    """The events on a time axis: each year gets room in proportion to the events that start in it
    (at least enough for a tick), years without any fold into a narrow gap, and the marks are packed
    into rows (events with the same mark in the same place share one)."""
    width = max(20, out().width)
    starting = starting_counts(timeline.events)
    axis = chart_axis(starting, width)
    marks: dict[tuple[int, int, str], None] = {}  # (first column, last column, kind), in order
    for event in timeline.events:
        kind = "window" if event.approximate else "day" if event.precision == "day" else "span"
        marks[(axis_column(axis, event.earliest), axis_column(axis, event.latest), kind)] = None
    rows: list[list[tuple[int, int, str]]] = []  # per row: (first column, last column, kind)
    for first, last, kind in marks:
        row = next((row for row in rows if row[-1][1] < first - 1), None)
        if row is None:
            rows.append(row := [])
        row.append((first, last, kind))
    lines = []
    for row in rows:
        cells = [" "] * width
        kinds = [""] * width
        for first, last, kind in row:
            for column in range(first, last + 1):
                cells[column], kinds[column] = _MARKS[kind][0], kind
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
    drawn = {kind for row in rows for _, _, kind in row} | ({"gap"} if any(n is None for n, _, _ in axis) else set())
    legend = [item for kind, item in _LEGEND.items() if kind in drawn]  # only what the chart shows
    densest = max(starting, key=lambda year: starting[year])
    legend.append(f"{len(timeline.events)} events, most in {densest} ({starting[densest]})")
    line = ""
    for item in legend:  # as many items a line as fit
        if line and len(line) + 3 + len(item) > width:
            lines.append(f"[dim]{escape(line)}[/]")
            line = ""
        line = f"{line}   {item}" if line else item
    lines.append(f"[dim]{escape(line)}[/]")
    _lines(lines)


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


def _density(density: tuple[tuple[int, int], ...]) -> None:
    """One row per year: a bar as long as that year's number of events."""
    most = max(count for _, count in density)
    width = max(1, min(40, out().width - 12))
    for year, count in density:
        if count == 0 and len(density) > 12:
            continue
        bar = "█" * max(1 if count else 0, round(count / most * width))
        out().print(f"[dim]{year}[/] [magenta]{bar}[/] {count}")


@show.register
def _search_results(found: SearchResults) -> None:
    import textwrap

    from rich.text import Text

    words = [word for word in found.query.split() if word]
    width = max(20, out().width)
    parts: list[Any] = []
    for result in found.results:
        opens = f" · {result.command}" if result.command else ""
        parts.append(f"[bold]{escape(result.title)}[/] [dim]({escape(result.kind)}{escape(opens)})[/]")
        lines = []
        for line in textwrap.wrap(result.snippet, width=width, initial_indent="  ", subsequent_indent="  "):
            snippet = Text(line)
            snippet.highlight_words(words, style="bold yellow", case_sensitive=False)
            lines.append(snippet)
        if lines:
            fitted = Text("\n").join(lines)
            fitted.no_wrap, fitted.overflow = True, "ignore"
            parts.append(fitted)
    _show(parts)


def quiz_console(as_json: bool) -> Console:
    """Quiz questions go to stderr under --json, so stdout holds the JSON record alone."""
    return err() if as_json else out()


_HINTS = {
    "truefalse": "Answer true or false (t/f).",
    "number": "Answer with a number.",
    "typed": "Type the answer.",
}


def question(console: Console, shown: Shown, number: int, total: int) -> None:
    item = shown.question
    console.print()
    console.print(f"[bold]Question {number}/{total}[/] [dim]· {escape(item.topic)}[/]")
    _wrapped(item.prompt, style="bold", console=console)
    for letter, option in zip(letters(len(shown.options)), shown.options, strict=True):
        _wrapped(option, indent=2, first=f"{letter}) ", console=console)
    console.print(f"[dim]{escape(answer_hint(shown))}[/]")


def answer_hint(shown: Shown) -> str:
    """How to answer this question: shown under it, and again after a malformed answer."""
    item = shown.question
    if item.type == "order":
        hint = f"Type the letters in time order, earliest first (e.g. {letters(len(shown.options))[::-1]})."
    elif item.type == "choice":
        hint = f"Answer with a letter (A–{letters(len(shown.options))[-1]}) or the text."
    elif item.type == "date":
        hint = {
            "day": "Answer with a date, e.g. June 23, 1942.",
            "month": "Answer with a month and year, e.g. June 1942.",
            "year": "Answer with a year.",
        }[("year", "month", "day")[item.answer.count("-")]]
    else:
        hint = _HINTS[item.type]
    return hint


def quiz_start(
    console: Console, due: int, new: int, asking: int, practice: bool, interactive: bool, missed: bool = False
) -> None:
    """Before the first question: what is due and new (or, with --missed, how many were last missed),
    and (at a terminal) the keys besides answers."""
    mode = "; practising, nothing is saved" if practice else ""
    outlook = f"{asking} you last answered wrong" if missed else f"{due} due for review, {new} new; {asking} to answer"
    console.print(f"[dim]{outlook}{mode}.[/]")
    if interactive:
        console.print(
            "[dim]Type ? if you don't know, - to take back your last answer, ! if a typed answer was right.[/]"
        )


def not_an_answer(console: Console, shown: Shown, reason: str = "") -> None:
    console.print(f"[yellow]That is not an answer to this question. {escape(reason or answer_hint(shown))}[/]")


def cannot(console: Console, key: str) -> None:
    what = (
        "There is no answer to take back yet."
        if key == "-"
        else "Only your last answer, if you typed it (a name, a date, a number) and it was judged wrong, "
        "can be counted as right."
    )
    console.print(f"[yellow]{what}[/]")


def feedback(console: Console, outcome: Outcome) -> None:
    item = outcome.shown.question
    if outcome.correct:
        # A typo forgiven, or a choice picked by its text: the right answer as it is written.
        shown_right = fold(outcome.given) not in (fold(item.answer), fold(outcome.display), fold(outcome.expected))
        right = f" [bold]{escape(outcome.display)}[/]" if shown_right else ""
        console.print(f"[bold green]✓ Right.[/]{right}")
    elif outcome.given.strip() == "?":
        console.print(f"The answer: [bold]{escape(outcome.display)}[/]")
    else:
        console.print(f"[bold red]✗ Not quite.[/] The answer: [bold]{escape(outcome.display)}[/]")
    _quote(item.quote, item.paragraph, indent=0, console=console)
    if item.explanation:
        _wrapped(item.explanation, style="dim", console=console)


def last_chance(console: Console) -> None:
    console.print()
    console.print("[dim]Press Enter for your score (- takes your last answer back, ! counts it as right).[/]")


def taken_back(console: Console, outcome: Outcome) -> None:
    console.print(f"[yellow]Taken back: your answer “{escape(outcome.given)}”. The question again:[/]")


def overridden(console: Console, outcome: Outcome) -> None:
    console.print(f"[green]Counted as right: “{escape(outcome.given)}”.[/]")


def when(iso: str, now: datetime.datetime | None = None) -> str:
    """A time to come, as a person says it, in local time: "in 10 minutes", "tomorrow at 09:14"."""
    import datetime as dt
    import math

    moment = dt.datetime.fromisoformat(iso).astimezone()
    now = (now or dt.datetime.now(dt.UTC)).astimezone()
    minutes = (moment - now).total_seconds() / 60
    if minutes <= 0:
        return "now"
    if minutes < 60:
        count = math.ceil(minutes)
        return f"in {count} minute{'s' if count != 1 else ''}"
    days = (moment.date() - now.date()).days
    clock = moment.strftime("%H:%M")
    if days == 0:
        return f"today at {clock}"
    if days == 1:
        return f"tomorrow at {clock}"
    if days < 7:
        return f"on {moment.strftime('%A')} at {clock}"
    return f"on {moment.strftime('%B')} {moment.day} at {clock}"


def quiz_summary(console: Console, summary: QuizSummary) -> None:
    asked, correct = summary.asked, summary.correct
    console.print()
    if not asked:
        console.print("No questions answered.")
    else:
        console.print(f"[bold]Score: {correct}/{asked}[/] ({round(100 * correct / asked)}%)")
    if summary.missed:
        console.print("[bold]Missed:[/]")
        for missed in summary.missed:
            _wrapped(missed.prompt, indent=2, first="• ", console=console)
            _wrapped(missed.answer, indent=4, style="green", console=console)
    if summary.leech_prompts:
        console.print("[yellow]Missed again and again (leeches):[/]")
        for prompt in summary.leech_prompts:
            _wrapped(prompt, indent=2, first="• ", style="yellow", console=console)
    upcoming = f"; the next review is {when(summary.next_due)}" if summary.next_due else ""
    console.print(f"Due for review now: {summary.due_now}{upcoming}.")


@show.register
def _topics(counts: TopicCounts) -> None:
    listing("Topics (use with --topic)", [(topic, f"{count} questions") for topic, count in counts.topics.items()])


@show.register
def _stats(figures: Stats) -> None:
    from rich.table import Table

    answered = figures.answered
    if not answered:
        out().print("No answers yet: start with `vlasov quiz`.")
        return
    out().print(
        f"[bold]{answered}[/] answered, [bold]{figures.correct}[/] right "
        f"({round(100 * figures.accuracy)}%); [bold]{figures.due}[/] due for review now."
    )
    table = Table(title="By topic", title_justify="left", show_edge=False, header_style="bold")
    table.add_column("Topic")
    table.add_column("Answered", justify="right")
    table.add_column("Right", justify="right")
    table.add_column("Accuracy", justify="right")
    for topic, row in figures.by_topic.items():
        table.add_row(escape(topic), str(row.answered), str(row.correct), f"{round(100 * row.accuracy)}%")
    out().print(table)
    out().print()
    out().print("[bold]Accuracy over time[/]")
    width = max(5, min(30, out().width - 30))
    for day in figures.over_time:
        bar = "█" * round(day.accuracy * width)
        out().print(f"  {day.date} [green]{bar:<{width}}[/] {round(100 * day.accuracy):>3}% of {day.answered}")
    if figures.leeches:
        out().print()
        out().print("[bold yellow]Leeches[/] (missed again and again):")
        for leech in figures.leeches:
            _wrapped(f"{leech.prompt} ({leech.misses} misses)", indent=2, first="• ")


def note(message: str) -> None:
    err().print(escape(message), soft_wrap=True)


def warning(message: str) -> None:
    err().print(f"[yellow]warning:[/] {escape(message)}", soft_wrap=True)


def written(path: Path, fmt: str) -> None:
    err().print(f"wrote {escape(str(path))} ({escape(fmt)})", soft_wrap=True)
