"""`vlasov review`: walk a draft's entries with keys (the dialogue is cli/review.py)."""

from __future__ import annotations

from typing import Annotated

import typer

from vlasov_cli.cli.app import BankOption, app
from vlasov_cli.core.errors import BadInput


@app.command()
def review(
    kind: Annotated[
        str | None,
        typer.Option("--kind", help="Only these entries: people, events, terms or questions.", show_default=False),
    ] = None,
    order: Annotated[
        str, typer.Option("--order", help="sure (the least sure first) or article (in the article's order).")
    ] = "sure",
    drop_below: Annotated[
        float | None,
        typer.Option(
            "--drop-below",
            help="First delete every draft entry less sure than this (0-1), after showing how many.",
            min=0.0,
            max=1.0,
            show_default=False,
        ),
    ] = None,
    kept_too: Annotated[
        bool,
        typer.Option("--all", help="Walk the entries kept already too (check's warned first), to go back to one."),
    ] = False,
    bank: BankOption = None,
) -> None:
    """Review a draft bank entry by entry: keep, delete, edit, skip, undo, quit.

    Each entry still marked `draft:` is shown as a learner will meet it, with its quote, how sure the
    draft is and what check says of it; answer y (keep), n (delete), e (edit in $EDITOR), s (skip),
    u (undo), q (quit) or ? (help). Every decision is written at once: quitting keeps them all.
    From a pipe, each line is one key.

    Example: vlasov review --bank my-bank --drop-below 0.5
    """
    from vlasov_cli.cli.review import review as run_review
    from vlasov_cli.state.paths import bank_folder

    sections = ("people", "events", "terms", "questions")
    if kind is not None and kind not in sections:
        raise BadInput(f"--kind must be one of: {', '.join(sections)}")
    status = run_review(bank_folder(bank), kind, order, drop_below, kept_too)
    if status:
        raise typer.Exit(status)
