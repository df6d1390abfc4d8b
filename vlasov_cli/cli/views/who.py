"""`vlasov who`: everyone, the people a name could mean, or one person's record."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vlasov_cli.cli.views.output import candidates, counted, escape, fitted, listing, print_parts, quote_lines, wrap
from vlasov_cli.core.text import fold, surname

if TYPE_CHECKING:
    from rich.console import Console
    from rich.padding import Padding

    from vlasov_cli.core.records import People, PersonView


def show(console: Console, people: People) -> None:
    if people.query is None:
        listing(console, "People", [(person.name, person.role) for person in people.matches])
    elif len(people.matches) > 1:
        candidates(console, "people", people.query, [(person.name, person.role) for person in people.matches])
    else:
        person(console, people.matches[0], people.notes, people.limit)


def person(console: Console, record: PersonView, notes: bool = False, limit: int | None = None) -> None:
    role = f" — {escape(record.role)}" if record.role else ""
    parts: list[Any] = [f"[bold cyan]{escape(record.name)}[/]{role}"]
    others = [alias for alias in record.aliases if alias != record.name]
    if others:
        parts.append(f"[dim]also: {escape(', '.join(others))}[/]")
    import shlex

    more = f"vlasov who {shlex.quote(surname(record.name, record.aliases))} --full"
    width = console.width
    if record.facts:
        lines = []
        for fact in record.facts[:limit]:
            if fold(fact.text) == fold(fact.quote):  # (a draft's fact is its sentence): said once
                lines += wrap(f"“{fact.quote}” ¶{fact.paragraph}", width, indent=2, first="• ", style="italic")
                continue
            lines += wrap(fact.text, width, indent=2, first="• ")
            lines += quote_lines(fact.quote, fact.paragraph, 4, width)
        lines += _more(width, len(record.facts), limit, "fact", more)
        parts += ["", "[bold]Facts[/]", fitted(lines)]
    if record.events:
        rows = [(event.label, event.title, event.note if notes else "") for event in record.events[:limit]]
        parts += ["", "[bold]Events[/]", _dated_rows(width, rows)]
        left_out = _more(width, len(record.events), limit, "event", more)
        parts += [fitted(left_out)] if left_out else []
    if record.related:
        parts += ["", f"[bold]Related:[/] {escape(', '.join(other.name for other in record.related))}"]
    print_parts(console, parts)


def _more(width: int, count: int, limit: int | None, what: str, command: str) -> list[str]:
    """The line saying how many of `count` are left out, and how to see them; none if none are."""
    if limit is None or count <= limit:
        return []
    return wrap(f"… {counted(count - limit, 'more ' + what)}: {command}", width, indent=2, style="dim")


def _dated_rows(width: int, rows: list[tuple[str, str, str]]) -> Padding:
    """Two columns, dates (green; one line each where there is room) and what happened, with a note
    in dim under it where there is one."""
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    room = max(20, width - 6)  # two spaces before each column, two to spare
    date_width = min(max(len(when) for when, _, _ in rows), room // 2)
    grid = Table.grid(padding=(0, 0, 0, 2))
    grid.add_column(width=date_width, style="green", overflow="fold")
    grid.add_column(width=room - date_width + 2, overflow="fold")  # (a column's width holds its padding)
    for when, what, note in rows:
        grid.add_row(Text(when), Text(what).append("\n" + note, style="dim") if note else Text(what))
    return Padding.indent(grid, 2)
