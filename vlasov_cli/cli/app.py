"""The Typer app and what its commands share: the --bank and --json options, loading the bank, name
completion, and `show`, which prints a command's record as JSON or through its view."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from vlasov_cli import __version__

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import Console

    from vlasov_cli.state.store import Bank


class _Group(TyperGroup):
    """Lists the commands most used first."""

    ORDER = ("quiz", "who", "what", "timeline", "search", "source", "stats", "check", "export", "draft", "review")

    def list_commands(self, ctx: Any) -> list[str]:
        rank = {name: position for position, name in enumerate(self.ORDER)}
        return sorted(super().list_commands(ctx), key=lambda name: rank.get(name, len(rank)))


app = typer.Typer(
    cls=_Group,
    help="Quiz yourself on, and look up, the history told in one article (General Andrei Vlasov).",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    # Help is Markdown: a paragraph's lines are joined and wrapped to the terminal, and "[year]" is text.
    rich_markup_mode="markdown",
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
    """JSON on stdout; characters a terminal would act on that JSON may carry as they are (C1 codes,
    direction overrides) are written as escapes (`\\u009b`), which every reader reads the same."""
    import json
    import re

    text = json.dumps(payload, ensure_ascii=False, indent=2)  # (which escapes C0 codes itself)
    acting = re.compile("[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
    typer.echo(acting.sub(lambda found: f"\\u{ord(found.group()):04x}", text))


# Whether a long view may go through the pager (`vlasov --no-pager ...` says no); set for each run.
_PAGING = {"allowed": True}


def show(record: Any, as_json: bool, view: Callable[[Console, Any], None], paged: bool = True) -> None:
    """A command's record, as JSON on stdout or drawn by `view` for a person: at a terminal through
    the pager ($PAGER, or less, which leaves a view that fits the screen on it as git does)."""
    if as_json:
        from vlasov_cli.core.records import as_json as json_of

        emit_json(json_of(record))
        return
    from vlasov_cli.cli.views.output import out

    pager = os.environ.get("PAGER", "less")
    usable = pager not in ("", "cat")
    if not (paged and _PAGING["allowed"] and sys.stdin.isatty() and sys.stdout.isatty() and usable):
        return view(out(), record)
    from vlasov_cli.cli.views.output import page

    os.environ.setdefault("LESS", "FRX")  # quit if it fits one screen, keep colours, leave the screen be
    console = out()
    console.begin_capture()
    try:
        view(console, record)
    finally:
        shown = console.end_capture()
    page(pager, shown)


def load_bank(option: Path | None) -> Bank:
    from vlasov_cli.state import store
    from vlasov_cli.state.paths import bank_folder

    return store.load(bank_folder(option))


def names(kind: str, *earlier: str) -> Any:
    """Shell completion of a bank's names of `kind` ("people", "terms" or "topics"). A name may be
    typed unquoted, as several words: the parameters `earlier` hold the words already typed, and
    each candidate is completed from the word under the cursor on."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        from vlasov_cli.core.text import fold

        try:
            loaded = load_bank(ctx.params.get("bank"))
        except Exception:  # no completion is better than a traceback in the middle of a command line
            return []
        if kind == "topics":
            found = loaded.topics()
        else:
            entries = loaded.people if kind == "people" else loaded.terms
            found = list(dict.fromkeys(name for entry in entries for name in (entry.name, *entry.aliases)))
        typed = [word for name in earlier for word in _words(ctx.params.get(name))]
        wanted = fold(" ".join([*typed, incomplete]))
        return [" ".join(name.split()[len(typed) :]) for name in found if fold(name).startswith(wanted)]

    return complete


def _words(value: Any) -> list[str]:
    if not value:
        return []
    return value.split() if isinstance(value, str) else [word for part in value for word in part.split()]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"vlasov {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", help="Show the version and exit.", callback=_version, is_eager=True)
    ] = False,
    no_pager: Annotated[bool, typer.Option("--no-pager", help="Never send long views through a pager.")] = False,
) -> None:
    """Quiz yourself on, and look up, the history told in one article (General Andrei Vlasov)."""
    _PAGING["allowed"] = not no_pager
