"""`vlasov export`: the bank in another format, to a file or stdout."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from vlasov_cli.cli.app import BankOption, app, load_bank
from vlasov_cli.core.errors import BadInput


@app.command()
def export(
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="anki, csv, json, markdown, timelinejs, html (a one-file study page); for teachers' "
            "platforms gift or moodle (Moodle), qti (Canvas), quizlet, kahoot.",
            show_default=False,
        ),
    ],
    output: Annotated[
        str, typer.Option("--output", "-o", help="File to write; - for stdout (not for anki, qti, kahoot).")
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
    from vlasov_cli.features import export as exporter

    if fmt not in exporter.FORMATS:
        raise BadInput(f"--format must be one of: {', '.join(exporter.FORMATS)}")
    if fmt == "anki" and output == "-":
        raise BadInput("an Anki deck is a file: give -o FILE.apkg")
    from vlasov_cli.features import platforms

    if fmt in platforms.FILE_ONLY and output == "-":
        raise BadInput(platforms.FILE_ONLY[fmt])
    writer = platforms if fmt in platforms.PLATFORM_FORMATS else exporter
    target = None if output == "-" else Path(output)
    if target is not None and target.exists() and not force:
        raise BadInput(f"{target} already exists; use --force to overwrite it")
    loaded = load_bank(bank)
    from vlasov_cli.core.files import NotRegular

    try:
        if target is None:
            typer.echo(writer.export_text(loaded, fmt), nl=False)
        else:
            writer.write_export(loaded, fmt, target, replace=force)
    except FileExistsError:
        raise BadInput(f"{target} already exists; use --force to overwrite it") from None
    except NotRegular as error:
        raise BadInput(f"cannot write {output}: {error}") from None
    except OSError as error:
        raise BadInput(f"cannot write {output}: {error.strerror or error}") from None
    from vlasov_cli.cli.views.output import note, written

    if target is not None:
        written(target, fmt)
    if missing := platforms.left_out(loaded, fmt):
        note(f"{missing} of {len(loaded.questions)} questions left out: {fmt} cannot carry them")
