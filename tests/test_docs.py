"""Help is part of the product: every command has help with an example, and is in the README."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import invoke

from vlasov_cli import __version__
from vlasov_cli.cli import app

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(command.name or command.callback.__name__ for command in app.registered_commands)


def test_all_commands_are_registered():
    assert COMMANDS == sorted(["check", "export", "quiz", "search", "source", "stats", "timeline", "what", "who"])


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_every_command_has_help_with_an_example(runner, command, flag):
    result = invoke(runner, command, flag)
    assert result.exit_code == 0
    assert f"Example: vlasov {command}" in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command):
    assert f"`vlasov {command}" in README


def test_version(runner):
    result = invoke(runner, "--version")
    assert result.stdout == f"vlasov {__version__}\n"


def test_readme_quick_start_has_the_ci_test_command():
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    command = "python -m pip install -e '.[test]' && python -m pytest -q"
    assert command in README and command in ci


def test_help_lists_the_commands_most_used_first(runner):
    result = invoke(runner, "--help")
    listed = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("│ ") and line[2:3].isalpha()]
    assert listed == ["quiz", "who", "what", "timeline", "search", "source", "stats", "check", "export"]
