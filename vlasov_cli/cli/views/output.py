"""The two consoles every view prints on, and the few ways a view prints.

One convention: a view is given the console to print on (stdout's, or stderr's for a quiz under
--json); messages about the run (errors, warnings, notes) always go to stderr's. The consoles are
built on first use, and Rich is imported only then.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from rich.console import Console
    from rich.text import Text


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
    """Text from a bank or the command line as markup for a view: the one place every such text
    passes on its way to the terminal. Rich's markup is escaped, and every character a terminal
    would act on (an escape sequence, a bell, a line break forging a line) shown as its escape."""
    from rich.markup import escape as rich_escape

    from vlasov_cli.core.text import terminal_safe

    return rich_escape(terminal_safe(text))


def counted(count: int, one: str, many: str = "") -> str:
    """ "1 warning", "2 warnings"; `many` where the plural is not `one` + s."""
    return f"{count} {one if count == 1 else many or one + 's'}"


def wrap(text: str, width: int, indent: int = 0, first: str = "", style: str = "") -> list[str]:
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


def quote_lines(text: str, paragraph: int, indent: int, width: int) -> list[str]:
    """A quote of the article and its paragraph number, in italics."""
    return wrap(f"“{text}” ¶{paragraph}", width, indent=indent, style="italic")


def print_lines(console: Console, lines: list[str]) -> None:
    """Print markup lines already fitted to the terminal, in one go (each print costs Rich a layout)."""
    if lines:
        console.print("\n".join(lines), soft_wrap=True)


def print_wrapped(console: Console, text: str, indent: int = 0, first: str = "", style: str = "") -> None:
    """Print `text` wrapped to the terminal, indented, with a hanging first-line prefix such as "• "."""
    print_lines(console, wrap(text, console.width, indent, first, style))


def fitted(lines: list[str]) -> Text:
    """Markup lines already fitted to the terminal: never wrapped again (as print's soft_wrap)."""
    from rich.text import Text

    text = Text.from_markup("\n".join(lines), emoji=False)
    text.no_wrap, text.overflow = True, "ignore"
    return text


def say_summary(console: Console, markup: str) -> None:
    """A summary line: at a terminal wrapped between words (never inside one); elsewhere one line,
    to read with grep as `file:line: message` lines are."""
    console.print(markup, soft_wrap=not console.is_terminal)


def print_parts(console: Console, parts: list[Any]) -> None:
    """Print several pieces in one go, as printing them one by one would (each print costs Rich a
    layout pass): markup text is wrapped to the terminal, what `fitted` made is shown as it is."""
    from rich.console import Group
    from rich.text import Text

    pieces = [Text.from_markup(part, emoji=False) if isinstance(part, str) else part for part in parts]
    console.print(Group(*pieces), crop=False)


def listing(console: Console, title: str, rows: list[tuple[str, str]]) -> None:
    """A table of names and what they are: everyone, every term, every topic."""
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_edge=False, header_style="bold")
    table.add_column("Name", style="cyan", ratio=1)
    table.add_column("Description", ratio=2)
    for name, detail in rows:
        table.add_row(escape(name), escape(detail))
    console.print(table)


def candidates(console: Console, kind: str, query: str, rows: list[tuple[str, str]]) -> None:
    """An ambiguous look-up: the names it could mean, so the user can be more specific."""
    import textwrap

    console.print(f"'{escape(query)}' matches {len(rows)} {kind}; be more specific:")
    lines = []
    width = max(20, console.width)
    for name, detail in rows:  # each a line or more, the lines it goes on to indented under its name
        first, *rest = textwrap.wrap(f"{name} — {detail}", width, initial_indent="  ", subsequent_indent="    ")
        named = first.startswith(f"  {name}")
        lines.append(f"  [bold]{escape(name)}[/]{escape(first[2 + len(name) :])}" if named else escape(first))
        lines += [escape(line) for line in rest]
    print_lines(console, lines)


def page(pager: str, text: str) -> None:
    """Show `text` through the shell command `pager`, as git does; a pager that fails (not found,
    not executable, an error of its own) leaves the text printed instead: a view is never lost.
    One ended by a signal or by Ctrl-C was ended on purpose."""
    import signal
    import subprocess
    import sys

    try:
        process = subprocess.Popen(
            pager, shell=True, stdin=subprocess.PIPE, encoding=sys.stdout.encoding or "utf-8", errors="replace"
        )
    except OSError:
        process = None
    if process is not None and process.stdin is not None:
        # A pager that ends before reading it all (quit early, or never started) must not end vlasov.
        piped = signal.signal(signal.SIGPIPE, signal.SIG_IGN)
        try:
            process.stdin.write(text)
            process.stdin.close()
        except OSError:
            pass
        finally:
            signal.signal(signal.SIGPIPE, piped)
        while True:
            try:
                status = process.wait()
                break
            except KeyboardInterrupt:  # Ctrl-C is the pager's to handle (less stays open)
                continue
        if status <= 0 or status == 130:
            return
    note(f"the pager '{pager}' failed; the view is printed instead (set PAGER, or use --no-pager)")
    sys.stdout.write(text)


def error(message: str) -> None:
    err().print(f"[bold red]error:[/] {escape(message)}", soft_wrap=True)


def problems(lines: list[str], what: str = "problem") -> None:
    for line in lines:
        err().print(escape(line), soft_wrap=True)
    colour = "red" if what == "problem" else "yellow"
    err().print(f"[bold {colour}]{counted(len(lines), what)}[/] found", soft_wrap=True)


def note(message: str) -> None:
    err().print(escape(message), soft_wrap=True)


def warning(message: str) -> None:
    err().print(f"[yellow]warning:[/] {escape(message)}", soft_wrap=True)


def written(path: Path, fmt: str) -> None:
    err().print(f"wrote {escape(str(path))} ({escape(fmt)})", soft_wrap=True)
