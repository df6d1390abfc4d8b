"""vlasov is declared for POSIX systems (pyproject's classifiers). Where it calls what only POSIX
has, another system gets a clear message (the quiz history's lock) or does without (a closed pipe's
signal, a FIFO that must not block, signals held while a draft is renamed into place), never a
traceback. Shown here by taking those calls away."""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import invoke
from processes import run_vlasov, spawn_vlasov

EXAMPLE = str(Path(__file__).parent / "example_bank")
ROOT = Path(__file__).parent.parent


def test_the_supported_systems_are_declared():
    classifiers = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["classifiers"]
    assert "Operating System :: POSIX" in classifiers
    assert "Operating System :: POSIX :: Linux" in classifiers
    assert "Operating System :: MacOS" in classifiers
    assert not any("Windows" in classifier for classifier in classifiers)


def test_without_posix_file_locks_the_history_says_so(runner, monkeypatch):
    monkeypatch.setitem(sys.modules, "fcntl", None)  # (import fcntl now fails, as it does on Windows)
    for args in (["quiz", "--count", "1"], ["stats"]):
        result = invoke(runner, *args, "--bank", EXAMPLE, input="a\n")
        assert result.exit_code == 2
        assert result.stdout == ""
        assert result.stderr == (
            f"error: the quiz history needs POSIX file locks, which this system ({sys.platform}) lacks: "
            "vlasov runs on Linux, macOS and the BSDs\n"
        )


def test_without_posix_file_locks_a_practice_quiz_still_runs(runner, monkeypatch):
    monkeypatch.setitem(sys.modules, "fcntl", None)
    result = invoke(runner, "quiz", "--count", "1", "--practice", "--seed", "1", "--bank", EXAMPLE, input="?\n")
    assert result.exit_code == 0, result.stderr
    assert "Score: 0/1" in result.stdout


def test_without_o_nonblock_a_bank_is_still_read(runner, monkeypatch, tmp_path):
    monkeypatch.delattr(os, "O_NONBLOCK")
    monkeypatch.setenv("VLASOV_HOME", str(tmp_path / "fresh"))  # (nothing stored: every file is read)
    result = invoke(runner, "source", "1", "--json", "--bank", EXAMPLE)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("{")


@pytest.mark.slow
def test_without_sigpipe_the_console_script_runs(tmp_path):
    start = [sys.executable, "-c", "import signal; del signal.SIGPIPE; from vlasov_cli import main; main()"]
    done = run_vlasov(tmp_path / "home", "what", "Quill Ledger", "--bank", EXAMPLE, command=start)
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout.startswith(b"Quill Ledger")


@pytest.mark.slow
def test_without_readline_a_quiz_at_a_terminal_still_runs(tmp_path):
    pexpect = pytest.importorskip("pexpect")
    start = "import sys; sys.modules['readline'] = None; from vlasov_cli import main; main()"
    quiz = ["quiz", "--count", "1", "--practice", "--seed", "1", "--bank", EXAMPLE]
    child = spawn_vlasov(tmp_path / "home", *quiz, command=[sys.executable, "-c", start])
    child.expect("Question 1/1")
    child.expect("> ")
    child.sendline("?")
    child.expect("Press Enter for your score")
    child.sendline("")
    child.expect("Score: 0/1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_without_chown_an_export_still_replaces_its_file(runner, monkeypatch, tmp_path):
    monkeypatch.delattr(os, "chown")
    target = tmp_path / "bank.csv"
    target.write_text("old", encoding="utf-8")
    result = invoke(runner, "export", "--format", "csv", "-o", str(target), "--force", "--bank", EXAMPLE)
    assert result.exit_code == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith("id,type,topic")


def test_without_pthread_sigmask_a_draft_is_still_written(runner, monkeypatch, tmp_path):
    import signal

    monkeypatch.delattr(signal, "pthread_sigmask")
    article = tmp_path / "article.txt"
    article.write_text("Anna Petrova founded the Lantern Society in Kazan on March 3, 1905.\n", encoding="utf-8")
    result = invoke(runner, "draft", str(article), "-o", str(tmp_path / "drafted"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "drafted" / "bank.yaml").is_file()
