"""`vlasov search`: each thing that mentions the words, with the words picked out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vlasov_cli.cli.views.output import escape, print_parts

if TYPE_CHECKING:
    from rich.console import Console

    from vlasov_cli.core.records import SearchResults


def show(console: Console, found: SearchResults) -> None:
    import textwrap

    from rich.text import Text

    words = [word for word in found.query.split() if word]
    width = max(20, console.width)
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
    print_parts(console, parts)
