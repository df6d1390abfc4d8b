"""`vlasov what`: every term, the terms a name could mean, or one term."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vlasov_cli.cli.views.output import candidates, escape, listing, print_lines, print_wrapped, quote_lines

if TYPE_CHECKING:
    from rich.console import Console

    from vlasov_cli.core.model import Term
    from vlasov_cli.core.records import Terms


def show(console: Console, terms: Terms) -> None:
    if terms.query is None:
        listing(console, "Terms", [(f"{found.name} ({found.kind})", found.description) for found in terms.matches])
    elif len(terms.matches) > 1:
        candidates(console, "terms", terms.query, [(found.name, found.kind) for found in terms.matches])
    else:
        term(console, terms.matches[0])


def term(console: Console, found: Term) -> None:
    console.print(f"[bold cyan]{escape(found.name)}[/] [dim]({escape(found.kind)})[/]")
    others = [alias for alias in found.aliases if alias != found.name]
    if others:
        console.print(f"[dim]also: {escape(', '.join(others))}[/]")
    print_wrapped(console, found.description, indent=2)
    print_lines(console, quote_lines(found.quote, found.paragraph, 2, console.width))
