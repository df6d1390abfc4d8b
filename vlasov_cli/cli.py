"""The command line: parse options, call the core, render or print JSON, map errors to exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from vlasov_cli import __version__
from vlasov_cli.errors import BadBank, NotFound, VlasovError


class _Group(TyperGroup):
    """Runs every command inside the tool's one error path."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except VlasovError as error:
            _report(error)
            raise typer.Exit(error.exit_code) from None
        except KeyboardInterrupt:
            raise typer.Exit(130) from None


def _report(error: VlasovError) -> None:
    from vlasov_cli import render

    if isinstance(error, BadBank):
        if len(error.problems) == 1:
            render.error(str(error.problems[0]))
        else:
            render.problems([str(problem) for problem in error.problems])
    elif isinstance(error, NotFound) and error.suggestions:
        render.error(f"{error}; did you mean {_either(error.suggestions)}?")
    else:
        render.error(str(error))


def _either(names: tuple[str, ...]) -> str:
    quoted = [f"'{name}'" for name in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


app = typer.Typer(
    cls=_Group,
    help="Quiz yourself on, and look up, the history told in one article (General Andrei Vlasov).",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)

BankOption = Annotated[
    Path | None,
    typer.Option(
        "--bank",
        envvar="VLASOV_BANK",
        help="Bank folder to use instead of the shipped one.",
        show_default=False,
        file_okay=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON on stdout.")]


def emit_json(payload: Any) -> None:
    typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))


def _bank(option: Path | None) -> Any:
    from vlasov_cli.loader import bank_folder, load_bank

    return load_bank(bank_folder(option))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"vlasov {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", help="Show the version and exit.", callback=_version, is_eager=True)
    ] = False,
) -> None:
    """Quiz yourself on, and look up, the history told in one article (General Andrei Vlasov)."""


@app.command()
def source(
    number: Annotated[int | None, typer.Argument(help="Paragraph number (1-based).", min=1, show_default=False)] = None,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Print paragraph N of the article, or every paragraph, with its number.

    Example: vlasov source 3
    """
    from vlasov_cli.lookup import paragraphs

    numbered = paragraphs(_bank(bank), number)
    if as_json:
        emit_json({"paragraphs": numbered})
    else:
        from vlasov_cli import render

        render.paragraphs(numbered)


@app.command()
def check(bank: BankOption = None, as_json: JsonOption = False) -> None:
    """Validate a bank: format, ids, references, quotes, answers and dates.

    Each problem is printed as file:line: message; any problem exits with status 2.

    Example: vlasov check --bank ./my-bank
    """
    from vlasov_cli.loader import bank_folder, build_bank, read_bank
    from vlasov_cli.validate import validate

    folder = bank_folder(bank)
    raw = read_bank(folder)
    found = validate(raw)
    if found:
        if as_json:
            emit_json({"bank": str(folder), "ok": False, "problems": [_problem_record(p) for p in found]})
            raise typer.Exit(2)
        raise BadBank(found)
    built = build_bank(raw)
    summary = {
        "bank": str(folder),
        "ok": True,
        "counts": {
            "people": len(built.people),
            "events": len(built.events),
            "terms": len(built.terms),
            "questions": len(built.questions),
            "paragraphs": len(built.paragraphs),
        },
        "problems": [],
    }
    if as_json:
        emit_json(summary)
    else:
        from vlasov_cli import render

        render.check_passed(summary)


def _problem_record(problem: Any) -> dict[str, Any]:
    return {"file": problem.file, "line": problem.line, "message": problem.message}


def main() -> None:
    app()
