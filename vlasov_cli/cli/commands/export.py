"""`vlasov export`: the bank in another format, to a file or stdout."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from vlasov_cli.cli.app import BankOption, app, load_bank
from vlasov_cli.core.errors import BadInput
from vlasov_cli.features import formats

_FILES_ONLY = ", ".join(formats.files_only())


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help=formats.help_text(), show_default=False)],
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", help=f"File to write; - for stdout (not for {', '.join(formats.files_only())})."
        ),
    ] = "-",
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    bank: BankOption = None,
) -> None:
    """Export the bank: Anki, a study page, TimelineJS, CSV, Markdown, JSON, or a teacher's platform.

    An Anki deck, a one-file study page (html), a TimelineJS timeline, CSV, a Markdown quiz or JSON;
    for a teacher's platform, Moodle (GIFT or XML), Canvas (QTI zip), Quizlet (tab-separated) or
    Kahoot (spreadsheet). Moodle and Canvas get every question type (order as matching, or Moodle's
    ordering type in XML); Kahoot only choice and true/false questions within its limits.

    Example: vlasov export --format anki -o vlasov.apkg
    """
    row = formats.FORMATS.get(fmt)
    if row is None:
        raise BadInput(f"--format must be one of: {', '.join(formats.FORMATS)}")
    if not row.stdout and output == "-":
        raise BadInput(f"{row.what} is a file: give -o FILE{row.extension}")
    target = None if output == "-" else Path(output)
    if target is not None and target.exists() and not force:
        raise BadInput(f"{target} already exists; use --force to overwrite it")
    loaded = load_bank(bank)
    from vlasov_cli.core.files import NotRegular

    try:
        if target is None:
            typer.echo(formats.export_text(loaded, fmt), nl=False)
        else:
            formats.write_export(loaded, fmt, target, replace=force)
    except FileExistsError:
        raise BadInput(f"{target} already exists; use --force to overwrite it") from None
    except NotRegular as error:
        raise BadInput(f"cannot write {output}: {error}") from None
    except OSError as error:
        raise BadInput(f"cannot write {output}: {error.strerror or error}") from None
    from vlasov_cli.cli.views.output import note, written

    if target is not None:
        written(target, fmt)
    if missing := formats.left_out(loaded, fmt):
        note(f"{missing} of {len(loaded.questions)} questions left out: {fmt} cannot carry them")
