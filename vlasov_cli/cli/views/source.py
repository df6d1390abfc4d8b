"""`vlasov source`: paragraphs of the article, each under its number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vlasov_cli.cli.views.output import print_wrapped

if TYPE_CHECKING:
    from rich.console import Console

    from vlasov_cli.core.records import Paragraphs


def show(console: Console, numbered: Paragraphs) -> None:
    for position, paragraph in enumerate(numbered.paragraphs):
        if position:
            console.print()
        kind = "" if paragraph.kind == "text" else f" [dim]{paragraph.kind}[/]"
        console.print(f"[bold cyan]\\[{paragraph.number}][/]{kind}")
        for line in paragraph.text.splitlines():
            print_wrapped(console, line, indent=2, style="italic" if paragraph.kind == "caption" else "")
