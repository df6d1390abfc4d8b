"""The look-ups: `who`, `what`, `timeline`, `search` and `source`."""

from __future__ import annotations

from typing import Annotated

import typer
from typer.core import TyperCommand

from vlasov_cli.cli.app import BankOption, JsonOption, app, load_bank, names, show
from vlasov_cli.core.errors import BadInput


def joined(words: list[str] | None) -> str | None:
    """A name given as several words on the command line, unquoted, as the one name it is."""
    return " ".join(words) if words else None


@app.command()
def source(
    number: Annotated[int | None, typer.Argument(help="Paragraph number (1-based).", show_default=False)] = None,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Print paragraph N of the article, or every paragraph, with its number.

    Example: vlasov source 3
    """
    from vlasov_cli.cli.views import source as view
    from vlasov_cli.features.lookup import paragraphs

    if number is not None and number < 1:
        raise BadInput(f"no paragraph {number}: paragraphs are numbered from 1")
    show(paragraphs(load_bank(bank), number), as_json, view.show)


@app.command()
def who(
    name: Annotated[
        list[str] | None,
        typer.Argument(
            help="Name, surname or alias, quoted or not; typos are forgiven.",
            show_default=False,
            autocompletion=names("people", "name"),
        ),
    ] = None,
    notes: Annotated[bool, typer.Option("--notes", help="Under each event, how it is dated.")] = False,
    limit: Annotated[int, typer.Option("--limit", help="Facts and events shown of each kind.", min=1)] = 10,
    full: Annotated[bool, typer.Option("--full", help="Every fact and event.")] = False,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Look a person up: role, facts with their quotes, events and related people.

    Without NAME, list everyone. Long records show their first facts and events (--limit N),
    or all of them (--full); JSON has them all.

    Example: vlasov who Bunyachenko
    """
    from vlasov_cli.cli.views import who as view
    from vlasov_cli.features import lookup

    found = lookup.who(load_bank(bank), joined(name))._replace(notes=notes, limit=None if full else limit)
    show(found, as_json, view.show)


@app.command()
def what(
    term: Annotated[
        list[str] | None,
        typer.Argument(
            help="Organisation, army, place or document, quoted or not.",
            show_default=False,
            autocompletion=names("terms", "term"),
        ),
    ] = None,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Look up an organisation, army, place or document (KONR, ROA, Dabendorf...).

    Without TERM, list them all.

    Example: vlasov what KONR
    """
    from vlasov_cli.cli.views import what as view
    from vlasov_cli.features import lookup

    show(lookup.what(load_bank(bank), joined(term)), as_json, view.show)


class _HiddenTail(TyperCommand):
    """A command whose hidden arguments stay out of its usage line too."""

    def collect_usage_pieces(self, ctx: typer.Context) -> list[str]:  # type: ignore[override]
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if not getattr(param, "hidden", False):
                pieces.extend(param.get_usage_pieces(ctx))
        return pieces


@app.command(cls=_HiddenTail)
def timeline(
    year: Annotated[int | None, typer.Option("--year", help="Only this year.", show_default=False)] = None,
    start: Annotated[
        str | None, typer.Option("--from", help="From this date: 1941, 1941-06 or 1941-06-22.", show_default=False)
    ] = None,
    end: Annotated[
        str | None, typer.Option("--to", help="Up to this date (inclusive), same forms.", show_default=False)
    ] = None,
    person: Annotated[
        str | None,
        typer.Option(
            "--person",
            help="Only events of this person (a name of several words needs no quotes).",
            show_default=False,
            autocompletion=names("people"),
        ),
    ] = None,
    # The words after `--person NAME` up to the next option: the rest of the name.
    more_of_name: Annotated[
        list[str] | None,
        typer.Argument(hidden=True, show_default=False, autocompletion=names("people", "person", "more_of_name")),
    ] = None,
    notes: Annotated[bool, typer.Option("--notes", help="Under each event, its label and how it is dated.")] = False,
    chart: Annotated[bool, typer.Option("--chart", help="Draw the events on a time axis.")] = False,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show the events by date: a window marked ~ is one day somewhere in it, a [year] comes from context.

    --year, --from and --to keep every event whose window reaches into the range: those wholly inside
    first, then those only partly inside, under a "partly in range" row.

    Example: vlasov timeline --year 1942 --person Meretskov
    """
    from vlasov_cli.cli.views import timeline as view
    from vlasov_cli.core import dates
    from vlasov_cli.features import timeline as timelines

    low = dates.parse_bound(start, "--from") if start else None
    high = dates.parse_bound(end, "--to") if end else None
    if low and high and dates.bounds(low)[0] > dates.bounds(high)[1]:
        raise BadInput(f"--from {low} is after --to {high}")
    loaded = load_bank(bank)
    if more_of_name:
        if not person:
            raise BadInput(
                f"unexpected words '{' '.join(more_of_name)}': is a --person missing? (see 'vlasov timeline -h')"
            )
        person = " ".join([person, *more_of_name])
    person_id = None
    if person:
        from vlasov_cli.features.lookup import find_people

        people = find_people(loaded, person)
        if len(people) > 1:
            raise BadInput(f"--person '{person}' matches {', '.join(p.name for p in people)}: be more specific")
        person_id = people[0].id
    found = timelines.timeline(loaded, year, low, high, person_id)
    show(found._replace(notes=notes, chart=chart), as_json, view.show)


@app.command()
def search(
    text: Annotated[list[str], typer.Argument(help="Words to look for, quoted or not.", show_default=False)],
    answers: Annotated[
        bool, typer.Option("--answers", help="Under each question found, its answer and the sentence proving it.")
    ] = False,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Find everything that mentions TEXT: people, events, terms, questions, paragraphs.

    A question is shown by its prompt; --answers adds its answer and the sentence that proves it.

    Example: vlasov search Prague
    """
    from vlasov_cli.cli.views import search as view
    from vlasov_cli.features import lookup

    show(lookup.search(load_bank(bank), " ".join(text), answers=answers), as_json, view.show)
