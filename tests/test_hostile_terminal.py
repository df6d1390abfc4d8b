"""What a bank's file names and a command line can do to a terminal (issue 23, cases 1 and 13):
every text from a bank or the command line reaches it escaped, in one place (views/output.escape),
and closed standard streams give a clear answer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import invoke, write_bank
from processes import run_vlasov

CLIPBOARD = "x\x1b]52;c;aGVsbG8=\x07\x1b[2J"
ACTING = ("\x1b", "\x07", "\x9b", "\u202e", "\r")


def acts(text: str) -> bool:
    return any(character in text for character in ACTING)


@pytest.fixture
def hostile_names(tmp_path: Path) -> Path:
    bank = write_bank(tmp_path / "bank")
    (bank / f"{CLIPBOARD}.yaml").write_text("people: [\n", encoding="utf-8")  # broken YAML
    (bank / "z\nok all good: no problems.yaml").write_text("people: 3\n", encoding="utf-8")
    return bank


@pytest.mark.parametrize("command", [["check"], ["who", "Petrova"], ["quiz"], ["stats"]])
def test_a_file_name_never_acts_on_the_terminal_nor_forges_a_line(runner, hostile_names, command):
    result = invoke(runner, *command, "--bank", str(hostile_names), input="a\n")
    assert result.exit_code == 2
    assert not acts(result.stderr) and not acts(result.stdout)
    assert "x\\x1b]52;c;aGVsbG8=\\x07\\x1b[2J.yaml:" in result.stderr
    lines = result.stderr.splitlines()
    assert not any(line.startswith("ok") for line in lines)
    assert any(line.startswith(f"{hostile_names}/z\\nok all good: no problems.yaml:1: ") for line in lines)
    assert lines[-1] == "2 problems found"


@pytest.mark.parametrize(
    "args",
    [
        ("who", "Vla\x1b[2Jsov"),
        ("what", "\u202eZZKONR"),
        ("search", "zz\x1b]0;pwned\x07"),
        ("timeline", "--from", "19\x1b[2J"),
        ("timeline", "--person", "Nobody\rVlasov"),
        ("source", "--bank", "/nowhere/\x1b[2J\nok"),
    ],
)
def test_an_argument_is_echoed_escaped(runner, args):
    result = invoke(runner, *args)
    assert result.exit_code in (1, 2)
    assert not acts(result.stderr) and "\n" not in result.stderr.rstrip("\n")
    assert "\\x1b" in result.stderr or "\\u202e" in result.stderr or "\\r" in result.stderr


def test_json_never_carries_a_character_a_terminal_acts_on(runner):
    result = invoke(runner, "search", "Dabendorf \x9b\u202e", "--json")
    assert result.exit_code == 0 and not acts(result.stdout)
    assert result.stdout.startswith('{\n  "query": "Dabendorf \\u009b\\u202e",\n')
    assert json.loads(result.stdout)["query"] == "Dabendorf \x9b\u202e"  # the same text, escaped as JSON


# 13. Closed standard streams.


def vlasov(tmp_path: Path, *args: str, close: str) -> subprocess.CompletedProcess:
    shell = {"stdin": "<&-", "stdout": ">&-", "stderr": "2>&-"}[close]
    quoted = " ".join(f"'{arg}'" for arg in args)
    command = f"'{sys.executable}' -c 'from vlasov_cli import main; main()' {quoted} {shell}"
    return run_vlasov(tmp_path / "home", "-c", command, command=["sh"])


@pytest.mark.parametrize("args", [("who", "Vlasov"), ("check",), ("stats",), ("timeline", "--year", "1942")])
def test_a_closed_stdin_changes_nothing_for_a_look_up(tmp_path, args):
    result = vlasov(tmp_path, *args, close="stdin")
    assert result.returncode == 0, result.stderr
    assert result.stdout and result.stderr == b""


def test_a_quiz_with_stdin_closed_ends_at_once_with_its_summary(tmp_path):
    result = vlasov(tmp_path, "quiz", "--count", "2", close="stdin")
    assert result.returncode == 0, result.stderr
    assert b"No questions answered." in result.stdout and b"Traceback" not in result.stderr


@pytest.mark.parametrize("args", [("who", "Vlasov"), ("timeline", "--json"), ("check",), ("--version",)])
def test_a_closed_stdout_is_one_clear_line(tmp_path, args):
    result = vlasov(tmp_path, *args, close="stdout")
    assert result.returncode == 2
    assert result.stderr == b"error: cannot write the output: standard output is closed\n"


def test_a_closed_stderr_still_gives_the_exit_status(tmp_path):
    assert vlasov(tmp_path, "who", "Churchill", close="stderr").returncode == 1
    assert vlasov(tmp_path, "who", "Vlasov", close="stderr").returncode == 0
