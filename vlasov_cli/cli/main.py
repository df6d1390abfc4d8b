"""The console script: the commands registered on the app, run with every error and exit code
owned here (the one error path), and streams that cannot fail it."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from typing import Any

import typer

from vlasov_cli.cli.app import app
from vlasov_cli.cli.commands import check, draft, export, lookups, quiz, review, stats  # noqa: F401 (each registers its commands)
from vlasov_cli.core.errors import BadBank, NotFound, VlasovError

__all__ = ["app", "main", "run"]


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
    click = _click_exceptions()
    try:
        returned = command.main(args, prog_name="vlasov", standalone_mode=False)
    except click.NoArgsIsHelpError as bare:
        # Bare `vlasov` is a request for the help, as bare `gh` is: the help on stdout, exit 0. (Typer's
        # rich help is printed as the error is made; a plain one is its message.)
        if bare.format_message().strip():
            print(bare.format_message())
        return 0
    except click.UsageError as error:
        _usage_error(error)
        return 2
    except click.ClickException as error:
        from vlasov_cli.cli.views.output import error as say

        say(error.format_message())
        return error.exit_code
    except typer.Abort:  # end of input at one of click's own prompts
        return 1
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
        from vlasov_cli.cli.views.output import error as say

        if isinstance(error, OSError) and error.filename is None and error.errno in _WRITE_ERRORS:
            with contextlib.suppress(OSError):  # (stderr may be full too)
                say(f"cannot write the output: {error.strerror}")
            return 2
        if os.environ.get("VLASOV_DEBUG"):
            import traceback

            traceback.print_exc()
        say(f"unexpected {type(error).__name__}: {error} (set VLASOV_DEBUG=1 to see the traceback)")
        return 2
    return returned if isinstance(returned, int) else 0


def _click_exceptions() -> Any:
    """The exceptions of the click that Typer runs on (its own copy since typer 0.26)."""
    try:
        from typer._click import exceptions
    except ImportError:  # an older typer, on the click package
        from click import exceptions  # type: ignore[no-redef]
    return exceptions


def _usage_error(error: Any) -> None:
    """A usage error as the tool's one line, `error: ...`, naming the help to read (click's words,
    its boxed panel left out)."""
    from vlasov_cli.cli.views.output import error as say

    message = error.format_message().rstrip(".")
    message = message[:1].lower() + message[1:]
    where = f"{error.ctx.command_path} -h" if error.ctx else "vlasov -h"
    say(f"{message} (see '{where}')")


# What writing the output can meet that is no fault of vlasov's: a full disk (or /dev/full), an I/O
# error, a closed stream.
_WRITE_ERRORS = {errno.ENOSPC, errno.EIO, errno.EBADF, errno.EPIPE}


def _command_name(info: Any) -> str:
    return info.name or getattr(info.callback, "__name__", "")


def _report(error: VlasovError) -> None:
    from vlasov_cli.cli.views.output import error as say
    from vlasov_cli.cli.views.output import problems

    if isinstance(error, BadBank):
        if len(error.problems) == 1:
            say(str(error.problems[0]))
        else:
            problems([str(problem) for problem in error.problems])
    elif isinstance(error, NotFound) and error.suggestions:
        say(f"{error}; did you mean {_either(error.suggestions)}?")
    else:
        say(str(error))


def _either(names: tuple[str, ...]) -> str:
    quoted = [f"'{name}'" for name in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


class _Closed(io.TextIOBase):
    """Standing in for a standard output that was closed: writing to it is the clear error
    "cannot write the output: standard output is closed" (exit 2), never a traceback."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def isatty(self) -> bool:
        return False


def _closed_streams_stood_in() -> None:
    """A standard stream that was closed (`<&-`, `>&-`, `2>&-`) is stood in for: an empty standard
    input; a standard output whose writing is a clear error; a standard error that takes and shows
    nothing (the exit status still says how it went). The closed descriptors are taken by /dev/null
    first, so that no file vlasov opens (the history) can take the number of one and be written to as it."""
    for number in range(3):
        try:
            os.fstat(number)
        except OSError:
            os.open(os.devnull, os.O_RDWR)  # the lowest free number: this one
    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 (for the whole run)
    if sys.stdout is None:
        sys.stdout = _Closed()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the whole run)


def main() -> None:
    """The console script: the command line run with streams that cannot fail it, then a quick exit."""
    import signal

    try:
        # A closed pipe (`vlasov timeline | head -1`) ends vlasov at once and quietly, as it ends git
        # (a POSIX signal: elsewhere the write fails, and run() reports it).
        if hasattr(signal, "SIGPIPE"):
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        _closed_streams_stood_in()
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
        if not code:  # (a command that failed, on this output too, has said why: the output it left is still buffered)
            code = 2
            with contextlib.suppress(OSError):
                print(f"error: cannot write the output: {error.strerror or error}", file=sys.stderr)
    with contextlib.suppress(OSError):
        sys.stderr.flush()
    os._exit(code)
