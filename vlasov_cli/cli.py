"""The command line: parse options, call the core, render or print JSON, map errors to exit codes."""

from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from vlasov_cli import __version__
from vlasov_cli.errors import BadBank, BadInput, NotFound, VlasovError


class _Group(TyperGroup):
    """Runs every command inside the tool's one error path; lists them most used first."""

    ORDER = ("quiz", "who", "what", "timeline", "search", "source", "stats", "check", "export")

    def list_commands(self, ctx: Any) -> list[str]:
        rank = {name: position for position, name in enumerate(self.ORDER)}
        return sorted(super().list_commands(ctx), key=lambda name: rank.get(name, len(rank)))

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except VlasovError as error:
            _report(error)
            raise typer.Exit(error.exit_code) from None
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        except Exception as error:
            if type(error).__module__.startswith(("typer", "click")):
                raise  # Typer's own exits and usage errors
            from vlasov_cli import render

            render.error(f"unexpected {type(error).__name__}: {error} (this is a bug in vlasov; please report it)")
            raise typer.Exit(2) from None


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
    import json

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
    from vlasov_cli.loader import bank_folder, check_bank

    folder = bank_folder(bank)
    found, counts = check_bank(folder)
    if counts is None:
        if as_json:
            emit_json({"bank": str(folder), "ok": False, "problems": [_problem_record(p) for p in found]})
            raise typer.Exit(2)
        raise BadBank(found)
    summary = {"bank": str(folder), "ok": True, "counts": counts, "problems": []}
    if as_json:
        emit_json(summary)
    else:
        from vlasov_cli import render

        render.check_passed(summary)


@app.command()
def who(
    name: Annotated[
        str | None, typer.Argument(help="Name, surname or alias; typos are forgiven.", show_default=False)
    ] = None,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Look a person up: role, facts with their quotes, events and related people.

    Without NAME, list everyone.

    Example: vlasov who Bunyachenko
    """
    from vlasov_cli import lookup

    loaded = _bank(bank)
    if name is None:
        rows = [{"id": p.id, "name": p.name, "role": p.role} for p in loaded.people]
        if as_json:
            return emit_json({"query": None, "matches": [lookup.person_record(loaded, p) for p in loaded.people]})
        from vlasov_cli import render

        return render.listing("People", [(row["name"], row["role"]) for row in rows])
    records = [lookup.person_record(loaded, person) for person in lookup.find_people(loaded, name)]
    if as_json:
        return emit_json({"query": name, "matches": records})
    from vlasov_cli import render

    if len(records) > 1:
        return render.candidates("people", name, [(record["name"], record["role"]) for record in records])
    render.person(records[0])


@app.command()
def what(
    term: Annotated[
        str | None, typer.Argument(help="Organisation, army, place or document.", show_default=False)
    ] = None,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Look up an organisation, army, place or document (KONR, ROA, Dabendorf...).

    Without TERM, list them all.

    Example: vlasov what KONR
    """
    from vlasov_cli import lookup

    loaded = _bank(bank)
    terms = list(loaded.terms) if term is None else lookup.find_terms(loaded, term)
    records = [lookup.term_record(found) for found in terms]
    if as_json:
        return emit_json({"query": term, "matches": records})
    from vlasov_cli import render

    if term is None:
        return render.listing("Terms", [(f"{r['name']} ({r['kind']})", r["description"]) for r in records])
    if len(records) > 1:
        return render.candidates("terms", term, [(record["name"], record["kind"]) for record in records])
    render.term(records[0])


@app.command()
def timeline(
    year: Annotated[int | None, typer.Option("--year", help="Only this year.", show_default=False)] = None,
    start: Annotated[
        str | None, typer.Option("--from", help="From this date: 1941, 1941-06 or 1941-06-22.", show_default=False)
    ] = None,
    end: Annotated[
        str | None, typer.Option("--to", help="Up to this date (inclusive), same forms.", show_default=False)
    ] = None,
    person: Annotated[
        str | None, typer.Option("--person", help="Only events of this person.", show_default=False)
    ] = None,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show the dated events in order; vague and inferred dates are marked as such.

    Example: vlasov timeline --year 1942 --person Meretskov
    """
    from vlasov_cli import dates
    from vlasov_cli import timeline as timelines

    low = dates.parse_bound(start, "--from") if start else None
    high = dates.parse_bound(end, "--to") if end else None
    loaded = _bank(bank)
    person_id = None
    if person:
        from vlasov_cli.lookup import find_people

        people = find_people(loaded, person)
        if len(people) > 1:
            raise BadInput(f"--person '{person}' matches {', '.join(p.name for p in people)}: be more specific")
        person_id = people[0].id
    events = timelines.select_events(loaded, year, low, high, person_id)
    records = [timelines.event_record(event) for event in events]
    if as_json:
        return emit_json({"events": [{k: v for k, v in r.items() if k != "label"} for r in records]})
    from vlasov_cli import render

    names = {pid: loaded.person(pid).name.split(" ")[-1] for record in records for pid in record["people"]}
    render.timeline(records, timelines.year_density(events), names)


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to look for.", show_default=False)],
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Find everything that mentions TEXT: people, events, terms, questions, paragraphs.

    Example: vlasov search Prague
    """
    from vlasov_cli import lookup

    results = lookup.search(_bank(bank), text)
    if as_json:
        return emit_json({"query": text, "results": results})
    from vlasov_cli import render

    render.search_results(text, results)


@app.command()
def quiz(
    count: Annotated[int, typer.Option("--count", "-n", help="How many questions.", min=1)] = 10,
    topic: Annotated[
        list[str] | None,
        typer.Option(
            "--topic", "-t", help="Only this topic (repeatable); `--topic list` shows them.", show_default=False
        ),
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--type",
            help="Only this question type (repeatable): choice, truefalse, typed, date, number, order.",
            show_default=False,
        ),
    ] = None,
    seed: Annotated[
        int | None, typer.Option("--seed", help="Same seed, same questions and choices.", show_default=False)
    ] = None,
    mode: Annotated[
        str | None,
        typer.Option("--mode", help="review, new or random (default: due reviews, then new).", show_default=False),
    ] = None,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Quiz yourself; every answer shows the article's sentence that proves it.

    At a terminal, type each answer and press Enter. From a pipe, each line answers one question.

    Example: vlasov quiz --count 5 --topic konr
    """
    import random
    import sys

    from vlasov_cli import quiz as engine
    from vlasov_cli import render
    from vlasov_cli.history import History

    loaded = _bank(bank)
    if topic == ["list"]:
        counts = engine.topic_counts(loaded)
        return emit_json({"topics": counts}) if as_json else render.topics(counts)
    if mode is not None and mode not in engine.MODES:
        raise BadInput(f"--mode must be one of: {', '.join(engine.MODES)}")
    history = History()
    for notice in history.notices:
        render.warning(notice)
    rng = random.Random(seed)
    questions = engine.choose(loaded, history.cards(), rng, count, topic, kind, mode, seeded=seed is not None)
    session = engine.Session(loaded, history, engine.present(questions, rng))
    console = render.quiz_console(as_json)
    interrupted = False
    try:
        for number, shown in enumerate(session.shown, 1):
            render.question(console, shown, number, len(session.shown))
            given = _read_answer(console, shown, loaded, sys.stdin.isatty())
            if given is None:
                break
            render.feedback(console, session.answer(shown, given))
    except KeyboardInterrupt:
        interrupted = True
    summary = session.summary()
    history.close()
    if as_json:
        emit_json(summary)
    else:
        render.quiz_summary(console, summary)
    if interrupted:
        raise typer.Exit(130)


def _read_answer(console: Any, shown: Any, bank: Any, interactive: bool) -> str | None:
    """One answer: re-asked at a terminal while malformed; from a script, one line as it is; None at EOF."""
    import sys

    from vlasov_cli import render
    from vlasov_cli.answers import check_answer
    from vlasov_cli.quiz import known_names

    while True:
        if not interactive:
            line = sys.stdin.readline()
            return line.rstrip("\r\n") if line else None
        try:
            given = console.input("[bold]> [/]").strip()
        except EOFError:
            return None
        if check_answer(shown.question, given, shown.options, known_names(bank)).valid:
            return given
        render.not_an_answer(console, shown)


@app.command()
def stats(bank: BankOption = None, as_json: JsonOption = False) -> None:
    """Your quiz history: answered, accuracy by topic and over time, reviews due, leeches.

    Example: vlasov stats
    """
    from vlasov_cli import render
    from vlasov_cli.history import History
    from vlasov_cli.stats import history_stats

    history = History()
    for notice in history.notices:
        render.warning(notice)
    figures = history_stats(history, _bank(bank))
    history.close()
    if as_json:
        return emit_json(figures)
    render.stats(figures)


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="anki, csv, json, markdown or timelinejs.", show_default=False)
    ],
    output: Annotated[str, typer.Option("--output", "-o", help="File to write; - for stdout (not for anki).")] = "-",
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    bank: BankOption = None,
) -> None:
    """Export the bank: an Anki deck, a TimelineJS timeline, CSV, Markdown quiz or JSON.

    Example: vlasov export --format anki -o vlasov.apkg
    """
    from vlasov_cli import export as exporter

    if fmt not in exporter.FORMATS:
        raise BadInput(f"--format must be one of: {', '.join(exporter.FORMATS)}")
    if fmt == "anki" and output == "-":
        raise BadInput("an Anki deck is a file: give -o FILE.apkg")
    target = None if output == "-" else Path(output)
    if target is not None and target.exists() and not force:
        raise BadInput(f"{target} already exists; use --force to overwrite it")
    loaded = _bank(bank)
    try:
        if target is None:
            typer.echo(exporter.export_text(loaded, fmt), nl=False)
        else:
            exporter.write_export(loaded, fmt, target)
    except OSError as error:
        raise BadInput(f"cannot write {output}: {error.strerror or error}") from None
    if target is not None:
        from vlasov_cli import render

        render.written(target, fmt)


def _problem_record(problem: Any) -> dict[str, Any]:
    return {"file": problem.file, "line": problem.line, "message": problem.message}


def run_command_line() -> int:
    """Run the command the command line names; its exit status."""
    import sys

    # Typer builds every command's options before it runs one: when the command line names a
    # command, build that one alone (the others' help, errors and completion are not needed).
    name = sys.argv[1] if len(sys.argv) > 1 else None
    named = [info for info in app.registered_commands if (info.name or getattr(info.callback, "__name__", "")) == name]
    if named:
        app.registered_commands = named
    try:
        app()
    except SystemExit as stop:
        if isinstance(stop.code, str):
            print(stop.code, file=sys.stderr)
            return 1
        return stop.code or 0
    return 0


def main() -> None:
    import os
    import sys

    code = run_command_line()
    # Leave without the interpreter's shutdown, which frees the bank object by object: for a big
    # bank that takes longer than many a command (the system takes the memory back at once).
    # Everything is written by now (the history commits every answer); output is flushed here.
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a closed pipe, such as `vlasov timeline | head -1`
        code = code or 1
    os._exit(code)
