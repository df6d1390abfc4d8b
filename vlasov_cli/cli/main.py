"""The command line: parse options, call the core, show its record (JSON or a view); `main` owns
every error and exit code."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from vlasov_cli import __version__
from vlasov_cli.core.errors import BadBank, BadInput, NotFound, VlasovError

if TYPE_CHECKING:
    from rich.console import Console

    from vlasov_cli.features.quiz import Session, Shown
    from vlasov_cli.state.store import Bank


class _Group(TyperGroup):
    """Lists the commands most used first."""

    ORDER = ("quiz", "who", "what", "timeline", "search", "source", "stats", "check", "export", "draft")

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
    import json

    typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))


# Whether a long view may go through the pager (`vlasov --no-pager ...` says no); set for each run.
_PAGING = {"allowed": True}


def show(record: Any, as_json: bool) -> None:
    """A command's record, as JSON on stdout or drawn for a person: at a terminal through the pager
    ($PAGER, or less, which leaves a view that fits the screen on it as git does)."""
    if as_json:
        from vlasov_cli.core.records import as_json as json_of

        emit_json(json_of(record))
        return
    from vlasov_cli.cli import render

    pager = os.environ.get("PAGER", "less")
    if not (_PAGING["allowed"] and sys.stdin.isatty() and sys.stdout.isatty() and pager not in ("", "cat")):
        return render.show(record)
    os.environ.setdefault("LESS", "FRX")  # quit if it fits one screen, keep colours, leave the screen be
    with render.out().pager(styles=True):
        render.show(record)


def _names(kind: str) -> Any:
    """Shell completion of a bank's names of `kind` ("people", "terms" or "topics")."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        from vlasov_cli.core.text import fold

        try:
            loaded = _bank(ctx.params.get("bank"))
        except Exception:  # no completion is better than a traceback in the middle of a command line
            return []
        if kind == "topics":
            names = loaded.topics()
        else:
            entries = loaded.people if kind == "people" else loaded.terms
            names = list(dict.fromkeys(name for entry in entries for name in (entry.name, *entry.aliases)))
        wanted = fold(incomplete)
        return [name for name in names if fold(name).startswith(wanted)]

    return complete


def _bank(option: Path | None) -> Bank:
    from vlasov_cli.state import store
    from vlasov_cli.state.paths import bank_folder

    return store.load(bank_folder(option))


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


@app.command()
def source(
    number: Annotated[int | None, typer.Argument(help="Paragraph number (1-based).", min=1, show_default=False)] = None,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Print paragraph N of the article, or every paragraph, with its number.

    Example: vlasov source 3
    """
    from vlasov_cli.features.lookup import paragraphs

    show(paragraphs(_bank(bank), number), as_json)


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
        from vlasov_cli.cli import render

        render.problems([str(warning) for warning in checked.warnings], "warning")
    if not failed or as_json:
        show(report, as_json)
    if failed:
        raise typer.Exit(2)


@app.command()
def who(
    name: Annotated[
        str | None,
        typer.Argument(
            help="Name, surname or alias; typos are forgiven.", show_default=False, autocompletion=_names("people")
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
    from vlasov_cli.features import lookup

    show(lookup.who(_bank(bank), name)._replace(notes=notes, limit=None if full else limit), as_json)


@app.command()
def what(
    term: Annotated[
        str | None,
        typer.Argument(
            help="Organisation, army, place or document.", show_default=False, autocompletion=_names("terms")
        ),
    ] = None,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Look up an organisation, army, place or document (KONR, ROA, Dabendorf...).

    Without TERM, list them all.

    Example: vlasov what KONR
    """
    from vlasov_cli.features import lookup

    show(lookup.what(_bank(bank), term), as_json)


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
        str | None,
        typer.Option(
            "--person", help="Only events of this person.", show_default=False, autocompletion=_names("people")
        ),
    ] = None,
    notes: Annotated[bool, typer.Option("--notes", help="Under each event, its label and how it is dated.")] = False,
    chart: Annotated[bool, typer.Option("--chart", help="Draw the events on a time axis.")] = False,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show the events by date: a window marked ~ is one day somewhere in it, a [year] comes from context.

    --year, --from and --to keep every event whose window reaches into the range; those only partly
    inside are marked.

    Example: vlasov timeline --year 1942 --person Meretskov
    """
    from vlasov_cli.core import dates
    from vlasov_cli.features import timeline as timelines

    low = dates.parse_bound(start, "--from") if start else None
    high = dates.parse_bound(end, "--to") if end else None
    if low and high and dates.bounds(low)[0] > dates.bounds(high)[1]:
        raise BadInput(f"--from {low} is after --to {high}")
    loaded = _bank(bank)
    person_id = None
    if person:
        from vlasov_cli.features.lookup import find_people

        people = find_people(loaded, person)
        if len(people) > 1:
            raise BadInput(f"--person '{person}' matches {', '.join(p.name for p in people)}: be more specific")
        person_id = people[0].id
    found = timelines.timeline(loaded, year, low, high, person_id)
    show(found._replace(notes=notes, chart=chart), as_json)


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to look for.", show_default=False)],
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Find everything that mentions TEXT: people, events, terms, questions, paragraphs.

    Example: vlasov search Prague
    """
    from vlasov_cli.features import lookup

    show(lookup.search(_bank(bank), text), as_json)


@app.command()
def quiz(
    count: Annotated[int, typer.Option("--count", "-n", help="How many questions.", min=1)] = 10,
    topic: Annotated[
        list[str] | None,
        typer.Option(
            "--topic",
            "-t",
            help="Only this topic (repeatable); `--topic list` shows them.",
            show_default=False,
            autocompletion=_names("topics"),
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
    practice: Annotated[bool, typer.Option("--practice", help="Practise: nothing is written to your history.")] = False,
    missed: Annotated[bool, typer.Option("--missed", help="Only the questions you last answered wrong.")] = False,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Quiz yourself; every answer shows the article's sentence that proves it.

    At a terminal, type each answer and press Enter (the arrow keys edit it and recall earlier
    ones); type ? if you don't know, ! after a typed answer judged wrong if you were right, - to
    take back your last answer. From a pipe, each line answers one question.

    Example: vlasov quiz --count 5 --topic konr
    """
    import random

    from vlasov_cli.cli import render
    from vlasov_cli.features import quiz as engine
    from vlasov_cli.state.history import History

    loaded = _bank(bank)
    if topic == ["list"]:
        return show(engine.topic_counts(loaded), as_json)
    if mode is not None and mode not in engine.MODES:
        raise BadInput(f"--mode must be one of: {', '.join(engine.MODES)}")
    history = History(loaded.key, read_only=practice)
    for notice in history.notices:
        render.warning(notice)
    rng = random.Random(seed)
    cards = history.cards()
    last_missed = history.missed() if missed else None
    chosen = engine.choose(loaded, cards, rng, count, topic, kind, mode, seed is not None, last_missed)
    session = engine.Session(loaded, history, engine.present(chosen, rng, seed), practice=practice)
    console = render.quiz_console(as_json)
    interactive = sys.stdin.isatty()
    outlook = engine.outlook(loaded, cards, topic, kind)
    render.quiz_start(console, *outlook, len(chosen), practice, interactive, missed)
    interrupted = False
    try:
        _play(session, console, interactive, as_json)
    except KeyboardInterrupt:
        interrupted = True
    summary = session.summary()
    history.close()
    if as_json:
        show(summary, as_json)
    else:
        render.quiz_summary(console, summary)
    if interrupted:
        raise typer.Exit(130)


def _play(session: Session, console: Console, interactive: bool, as_json: bool) -> None:
    """Ask each question in turn; at a terminal, the learner may also take an answer back (the
    question is asked again) or count a typed answer judged wrong as right."""
    from vlasov_cli.cli import render
    from vlasov_cli.features import quiz as engine

    if interactive:
        import readline  # noqa: F401  (line editing and recall for input())
    number = 0
    while number < len(session.shown) or interactive:
        shown = session.shown[number] if number < len(session.shown) else None
        if shown is not None:
            render.question(console, shown, number + 1, len(session.shown))
        else:  # after the last answer, a last chance to take it back or count it as right
            render.last_chance(console)
        given = _read_answer(console, session, shown, interactive, as_json)
        if given is None or (shown is None and given not in (engine.UNDO, engine.I_WAS_RIGHT)):
            return
        if given == engine.UNDO:
            render.taken_back(console, session.undo())
            number -= 1
        elif given == engine.I_WAS_RIGHT:
            render.overridden(console, session.override())
        else:
            assert shown is not None
            render.feedback(console, session.answer(shown, given))
            number += 1


def _read_answer(
    console: Console, session: Session, shown: Shown | None, interactive: bool, as_json: bool
) -> str | None:
    """One answer (to `shown`, or after the last question, a key or nothing): re-asked at a terminal
    while malformed (or while asking for an undo or override that cannot be); from a script, one
    line as it is; None at EOF."""
    from vlasov_cli.cli import render
    from vlasov_cli.features import quiz as engine

    while True:
        if not interactive:
            line = sys.stdin.readline()
            return line.rstrip("\r\n") if line else None
        try:  # (under --json the questions, and so the prompt, go to stderr)
            given = (console.input("> ") if as_json else input("> ")).strip()
        except EOFError:
            return None
        if given == engine.UNDO and session.outcomes:
            return given
        if given == engine.I_WAS_RIGHT and session.can_override():
            return given
        if given in (engine.UNDO, engine.I_WAS_RIGHT):
            render.cannot(console, given)
            continue
        if shown is None:
            return given
        verdict = engine.judge(session.bank, shown, given)
        if given == engine.DONT_KNOW or verdict.valid:
            return given
        render.not_an_answer(console, shown, verdict.reason)


@app.command()
def stats(
    repair: Annotated[
        bool, typer.Option("--repair", help="Keep every readable answer of a damaged history, scheduled again.")
    ] = False,
    bank: BankOption = None,
    as_json: JsonOption = False,
) -> None:
    """Your quiz history: answered, accuracy by topic and over time, reviews due, leeches.

    Example: vlasov stats
    """
    from vlasov_cli.cli import render
    from vlasov_cli.features.stats import history_stats
    from vlasov_cli.state.history import History

    loaded = _bank(bank)
    history = History(loaded.key)
    for notice in history.notices:
        render.warning(notice)
    if repair:
        kept, lost, moved = history.repair()
        render.note(f"repaired: kept {kept} answers, {lost} could not be read; the damaged history is at {moved}")
    figures = history_stats(history, loaded)
    history.close()
    show(figures, as_json)


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
    loaded = _bank(bank)
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
    if target is not None:
        from vlasov_cli.cli import render

        render.written(target, fmt)
    if missing := platforms.left_out(loaded, fmt):
        from vlasov_cli.cli import render

        render.note(f"{missing} of {len(loaded.questions)} questions left out: {fmt} cannot carry them")


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
    from vlasov_cli.features.draft.folder import read_article

    source, text = read_article(article)
    if dates:
        from vlasov_cli.core.records import DateFound, DatesFound
        from vlasov_cli.features.draft.sentences import sentences
        from vlasov_cli.features.draft.timex import find_dates

        told = sentences(text)
        found = (DateFound(*date[:4], told[date.sentence].text) for date in find_dates(text, told))
        show(DatesFound(str(article), tuple(found)), as_json)
        return
    if output is None:
        raise BadInput("say where to write the draft bank: -o FOLDER (or list the article's dates with --dates)")
    from vlasov_cli.core.records import DraftMade
    from vlasov_cli.features.draft.compose import compose
    from vlasov_cli.features.draft.folder import source_file_name, write_draft
    from vlasov_cli.state import store

    write_draft(output, compose(text, source_file_name(article), title), source, force)
    checked = store.check(output)
    if checked.problems:
        raise BadBank(checked.problems)
    show(DraftMade(str(output), article.name, checked.counts, checked.drafts, tuple(checked.warnings)), as_json)


def run(args: list[str]) -> int:
    """Run the command `args` name; its exit status. Every error the tool can meet ends here:
    Typer shows its own usage errors and exits (SystemExit); the tool's errors are reported by kind;
    anything else is one line, with the traceback only under VLASOV_DEBUG=1."""
    # Typer builds every command's options before it runs one: when the command line names a
    # command, build that one alone (the others' help, errors and completion are not needed).
    every = app.registered_commands
    app.registered_commands = [info for info in every if args and _command_name(info) == args[0]] or every
    try:
        command = typer.main.get_command(app)
    finally:
        app.registered_commands = every
    try:
        command.main(args, prog_name="vlasov")
    except SystemExit as stop:
        if isinstance(stop.code, str):
            print(stop.code, file=sys.stderr)
            return 1
        return stop.code or 0
    except KeyboardInterrupt:
        return 130
    except VlasovError as error:
        _report(error)
        return error.exit_code
    except Exception as error:
        from vlasov_cli.cli import render

        if isinstance(error, OSError) and error.filename is None and error.errno in _WRITE_ERRORS:
            with contextlib.suppress(OSError):  # (stderr may be full too)
                render.error(f"cannot write the output: {error.strerror}")
            return 2
        if os.environ.get("VLASOV_DEBUG"):
            import traceback

            traceback.print_exc()
        render.error(f"unexpected {type(error).__name__}: {error} (set VLASOV_DEBUG=1 to see the traceback)")
        return 2
    return 0


# What writing the output can meet that is no fault of vlasov's: a full disk (or /dev/full), an I/O
# error, a closed stream.
_WRITE_ERRORS = {errno.ENOSPC, errno.EIO, errno.EBADF, errno.EPIPE}


def _command_name(info: Any) -> str:
    return info.name or getattr(info.callback, "__name__", "")


def _report(error: VlasovError) -> None:
    from vlasov_cli.cli import render

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


def main() -> None:
    """The console script: the command line run with streams that cannot fail it, then a quick exit."""
    import signal

    try:
        # A closed pipe (`vlasov timeline | head -1`) ends vlasov at once and quietly, as it ends git.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        # An encoding that cannot show a character shows a stand-in; input that is not UTF-8 is read
        # with stand-ins too, and judged as it reads.
        for stream in (sys.stdin, sys.stdout, sys.stderr):
            with contextlib.suppress(AttributeError, ValueError):
                stream.reconfigure(errors="replace")  # type: ignore[union-attr]
        code = run(sys.argv[1:])
    except KeyboardInterrupt:
        code = 130
    with contextlib.suppress(KeyboardInterrupt):  # the work is done: a Ctrl-C now only ends it
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Leave without the interpreter's shutdown, which frees the bank object by object (the system
    # takes the memory back at once). Everything is written by now (the history commits every
    # answer); output is flushed here.
    try:
        sys.stdout.flush()
    except OSError as error:  # such as a full disk, or /dev/full
        code = code or 2
        with contextlib.suppress(OSError):
            print(f"error: cannot write the output: {error.strerror or error}", file=sys.stderr)
    with contextlib.suppress(OSError):
        sys.stderr.flush()
    os._exit(code)
