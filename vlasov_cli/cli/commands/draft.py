"""`vlasov draft`: a draft bank from any article, or (--dates) the dates found in it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from vlasov_cli.cli.app import JsonOption, app, show
from vlasov_cli.core.errors import BadBank, BadInput, Interrupted


@app.command()
def draft(
    article: Annotated[Path, typer.Argument(help="The article: a plain UTF-8 text file.", show_default=False)],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Folder to write the draft bank to.", show_default=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Write over the draft in a folder that is not empty.")] = False,
    title: Annotated[
        str, typer.Option("--title", help="The bank's title (else the article's heading or its file's name).")
    ] = "",
    dates: Annotated[
        bool, typer.Option("--dates", help="Only list the date expressions found: offsets and EDTF values.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Draft a bank from any article: its people, terms and dated events, each with a quote.

    Every entry is marked `draft:` with how sure the draft is; review each against its quote, then
    delete that line. Nothing leaves this machine: the article is read by rules, not sent anywhere.

    Example: vlasov draft article.txt -o my-bank && vlasov check --bank my-bank
    """
    from vlasov_cli.cli.views import draft as view
    from vlasov_cli.features import draft as drafting

    source, text = drafting.read(article, title)
    if dates:
        from vlasov_cli.core.records import DatesFound

        show(DatesFound(str(article), drafting.dates_in(text)), as_json, view.dates)
        return
    if output is None:
        raise BadInput("say where to write the draft bank: -o FOLDER (or list the article's dates with --dates)")
    from vlasov_cli.core.records import DraftMade
    from vlasov_cli.state import store

    with _interrupts_said(f"interrupted: nothing was written to {output}"):
        drafting.write(article, source, text, output, title, force)
    checked = store.check(output)
    if checked.problems:
        raise BadBank(checked.problems)
    made = DraftMade(str(output), article.name, checked.counts, checked.drafts, tuple(checked.warnings))
    show(made, as_json, view.made)


@contextmanager
def _interrupts_said(message: str) -> Iterator[None]:
    """Ctrl-C or SIGTERM in the block ends the command with `message` (exit 130), not in silence."""
    import signal

    def interrupt(number: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    except KeyboardInterrupt:
        raise Interrupted(message) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
