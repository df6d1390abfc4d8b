"""`vlasov check`: validate a bank, then lint its questions."""

from __future__ import annotations

from typing import Annotated

import typer

from vlasov_cli.cli.app import BankOption, JsonOption, app, show
from vlasov_cli.core.errors import BadBank


@app.command()
def check(
    strict: Annotated[bool, typer.Option("--strict", help="Count the question linter's warnings as problems.")] = False,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Validate a bank: format, ids, references, quotes, answers and dates; then lint its questions.

    Each problem is printed as file:line: message; any problem exits with status 2. The question
    linter's findings (give-aways, repeats, undated date quotes...) print as file:line: warning:
    message and exit 0, or 2 with --strict.

    Example: vlasov check --bank ./my-bank
    """
    from vlasov_cli.cli.views import check as view
    from vlasov_cli.core.records import CheckReport
    from vlasov_cli.state import store
    from vlasov_cli.state.paths import bank_folder

    folder = bank_folder(bank)
    checked = store.check(folder)
    failed = bool(checked.problems) or (strict and bool(checked.warnings))
    report = CheckReport(
        str(folder), not failed, checked.counts, tuple(checked.problems), tuple(checked.warnings), checked.drafts
    )
    if checked.problems and not as_json:
        raise BadBank(checked.problems)
    if not as_json and checked.warnings:
        from vlasov_cli.cli.views.output import problems

        problems([str(warning) for warning in checked.warnings], "warning")
    if not failed or as_json:
        show(report, as_json, view.show)
    if failed:
        raise typer.Exit(2)
