"""Inputs that never end, odd options and closed streams (issue 23): every read from stdin is
bounded, and whatever a command line holds gets a clear answer, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import invoke
from processes import run_vlasov

EXAMPLE = str(Path(__file__).parent / "example_bank")


def vlasov(tmp_path: Path, *args: str, **options) -> subprocess.CompletedProcess:
    return run_vlasov(
        tmp_path / "home", *args, command=[sys.executable, "-c", "from vlasov_cli import main; main()"], **options
    )


# 6. Input without line ends is read within a bound.


@pytest.mark.slow
def test_a_quiz_reading_dev_zero_stops_at_once(tmp_path):
    with open("/dev/zero", "rb") as zeros:
        result = vlasov(tmp_path, "quiz", "--count", "2", "--bank", EXAMPLE, stdin=zeros)
    assert result.returncode == 2
    assert result.stderr.decode().endswith(
        "error: standard input holds a line of more than 4096 characters, which is no answer: "
        "the quiz stopped reading there (every answer before it is kept)\n"
    )


def test_an_answer_line_too_long_ends_the_quiz_keeping_the_answers_before(runner):
    given = "a\n" + "x" * 5000 + "\nb\n"
    result = invoke(runner, "quiz", "--count", "3", "--seed", "1", "--bank", EXAMPLE, "--json", input=given)
    assert result.exit_code == 2
    assert json.loads(result.stdout)["asked"] == 1  # the summary, then the error
    assert "more than 4096 characters" in result.stderr
    stats = json.loads(invoke(runner, "stats", "--json", "--bank", EXAMPLE).stdout)
    assert stats["answered"] == 1


def test_an_answer_of_4096_characters_is_read_as_one(runner):
    given = "x" * 4096 + "\n"
    result = invoke(runner, "quiz", "--count", "1", "--seed", "1", "--bank", EXAMPLE, "--json", input=given)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["answers"][0]["given"] == "x" * 4096


@pytest.mark.parametrize("seed", ["-1", "-9223372036854775809", str(2**200), "0"])
def test_odd_seeds_give_the_same_quiz_every_time(runner, seed):
    runs = [
        invoke(runner, "quiz", "--count", "3", "--seed", seed, "--practice", "--json", "--bank", EXAMPLE, input="")
        for _ in range(2)
    ]
    assert all(run.exit_code == 0 for run in runs), runs[0].stderr
    assert runs[0].stderr == runs[1].stderr and "Question 1/3" in runs[0].stderr


@pytest.mark.parametrize("number", ["999", str(10**23), str(2**63)])
def test_a_paragraph_number_past_the_last_is_not_found(runner, number):
    result = invoke(runner, "source", number)
    assert result.exit_code == 1
    assert "unexpected" not in result.stderr and number in result.stderr
