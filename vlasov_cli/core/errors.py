"""The tool's exceptions. The core raises them; only cli.py turns them into words and exit codes."""

from __future__ import annotations

from typing import NamedTuple


class VlasovError(Exception):
    """Base of every error the tool reports to the user."""

    exit_code = 2


class NotFound(VlasovError):
    """A look-up matched nothing (exit 1)."""

    exit_code = 1

    def __init__(self, message: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.suggestions = suggestions


class BadInput(VlasovError):
    """The user gave an option or argument the tool cannot use (exit 2)."""


class Interrupted(VlasovError):
    """Ctrl-C or SIGTERM ended a command that says what it had done by then (exit 130)."""

    exit_code = 130


class StateError(VlasovError):
    """The history store cannot be used (exit 2)."""


class Problem(NamedTuple):
    """One thing wrong with a bank, located at file:line."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        # One line, nothing a terminal would act on: a bank's own text shows escaped ("\n", "\x1b").
        message = "".join(char if char.isprintable() else repr(char)[1:-1] for char in self.message)
        return f"{where}: {message}"


class BadBank(VlasovError):
    """A bank that cannot be loaded or does not pass validation (exit 2)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems
