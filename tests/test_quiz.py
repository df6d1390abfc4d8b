"""`vlasov quiz` and `vlasov stats` through the CLI: scripted answers, seeds, EOF, history, interrupts."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from conftest import invoke
from processes import spawn_vlasov, start_vlasov


def quiz_json(runner, answers: list[str], *args: str) -> dict:
    result = invoke(runner, "quiz", *args, "--json", input="".join(f"{a}\n" for a in answers))
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def history_rows(home: Path) -> list[tuple[str, str, int]]:
    with sqlite3.connect(home / "history.sqlite3") as connection:
        return connection.execute("SELECT question_id, given, correct FROM answers ORDER BY id").fetchall()


def test_seeded_quiz_is_reproducible_and_expected_answers_are_accepted(runner, tmp_path, monkeypatch):
    first = quiz_json(runner, ["x"] * 5, "--count", "5", "--seed", "7")
    assert first["asked"] == 5 and first["correct"] == 0
    assert [answer["given"] for answer in first["answers"]] == ["x"] * 5
    assert set(first) >= {"asked", "correct", "score", "answers"}
    assert all(set(a) == {"question_id", "prompt", "given", "expected", "correct"} for a in first["answers"])
    monkeypatch.setenv("VLASOV_HOME", str(tmp_path / "other-home"))
    expected = [answer["expected"] for answer in first["answers"]]
    second = quiz_json(runner, expected, "--count", "5", "--seed", "7")
    assert [a["question_id"] for a in second["answers"]] == [a["question_id"] for a in first["answers"]]
    assert [a["expected"] for a in second["answers"]] == expected
    assert second["correct"] == 5 and second["score"] == 1.0


def test_same_seed_same_questions_whatever_the_history(runner):
    first = quiz_json(runner, ["a"] * 4, "--count", "4", "--seed", "11")
    again = quiz_json(runner, ["a"] * 4, "--count", "4", "--seed", "11")
    assert [a["question_id"] for a in again["answers"]] == [a["question_id"] for a in first["answers"]]
    assert [a["expected"] for a in again["answers"]] == [a["expected"] for a in first["answers"]]


def test_terminal_view_shows_progress_feedback_quote_and_summary(runner):
    result = invoke(runner, "quiz", "--count", "2", "--seed", "3", input="zzz\nzzz\n")
    assert result.exit_code == 0
    assert "Question 1/2" in result.stdout and "Question 2/2" in result.stdout
    assert result.stdout.count("✗ Not quite.") == 2
    assert "¶" in result.stdout
    assert "Score: 0/2 (0%)" in result.stdout
    assert "Missed:" in result.stdout
    assert "Due for review now:" in result.stdout


def test_eof_ends_early_with_summary(runner, fixed_terminal):
    payload = quiz_json(runner, ["a", "b"], "--count", "5", "--seed", "2")
    assert payload["asked"] == 2
    assert len(history_rows(fixed_terminal)) == 2


def test_each_answer_is_in_history_and_stats(runner, fixed_terminal):
    payload = quiz_json(runner, ["a", "true", "1942"], "--count", "3", "--seed", "5")
    rows = history_rows(fixed_terminal)
    assert [(qid, given) for qid, given, _ in rows] == [(a["question_id"], a["given"]) for a in payload["answers"]]
    stats = json.loads(invoke(runner, "stats", "--json").stdout)
    assert stats["answered"] == 3
    assert stats["correct"] == payload["correct"]
    assert sum(topic["answered"] for topic in stats["by_topic"].values()) == 3
    assert set(stats) >= {"answered", "correct", "by_topic", "due"}


def test_wrong_answers_come_back_first_as_due_reviews(runner, fixed_terminal):
    missed = quiz_json(runner, ["zzz", "zzz"], "--count", "2", "--type", "choice", "--seed", "1")
    missed_ids = [answer["question_id"] for answer in missed["answers"]]
    time.sleep(0)  # FSRS schedules an "Again" about a minute later: not yet due
    future = json.loads(invoke(runner, "stats", "--json").stdout)
    assert future["due"] == 0
    with sqlite3.connect(fixed_terminal / "history.sqlite3") as connection:
        connection.execute("UPDATE cards SET due = '2000-01-01T00:00:00+00:00' WHERE question_id = ?", (missed_ids[1],))
        connection.execute("UPDATE cards SET due = '2001-01-01T00:00:00+00:00' WHERE question_id = ?", (missed_ids[0],))
    review = quiz_json(runner, ["zzz", "zzz", "zzz"], "--count", "3", "--type", "choice")
    assert [a["question_id"] for a in review["answers"]][:2] == [missed_ids[1], missed_ids[0]]


def test_review_mode_with_nothing_due_exits_1(runner):
    result = invoke(runner, "quiz", "--mode", "review", input="")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: no reviews are due")


def test_topic_and_type_filters(runner):
    payload = quiz_json(runner, ["t"] * 3, "--count", "3", "--topic", "konr", "--type", "truefalse", "--seed", "4")
    assert payload["asked"] == 3
    assert all(a["expected"] in {"true", "false"} for a in payload["answers"])


def test_topic_list(runner):
    result = invoke(runner, "quiz", "--topic", "list")
    assert result.exit_code == 0
    for topic in ("early-career", "konr", "surrender-and-trial"):
        assert topic in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--topic", "aviation"], "error: unknown topic 'aviation'"),
        (["--type", "essay"], "error: unknown question type 'essay'"),
        (["--mode", "sometimes"], "error: --mode must be one of: review, new, random"),
    ],
)
def test_bad_options_exit_2(runner, args, message):
    result = invoke(runner, "quiz", *args, input="")
    assert result.exit_code == 2
    assert result.stderr.startswith(message)


def test_leech_is_flagged_after_repeated_misses(runner, fixed_terminal):
    for _ in range(4):
        payload = quiz_json(runner, ["zzz"], "--count", "1", "--seed", "9", "--type", "number")
    assert payload["leeches"] == [payload["answers"][0]["question_id"]]
    stats = json.loads(invoke(runner, "stats", "--json").stdout)
    assert [leech["question_id"] for leech in stats["leeches"]] == payload["leeches"]


def test_stats_view(runner):
    quiz_json(runner, ["a", "b"], "--count", "2", "--seed", "8")
    result = invoke(runner, "stats")
    assert result.exit_code == 0
    assert result.stdout.startswith("2 answered, ")
    assert "By topic" in result.stdout and "Accuracy over time" in result.stdout


def test_stats_with_no_history(runner):
    result = invoke(runner, "stats")
    assert result.stdout == "No answers yet: start with `vlasov quiz`.\n"


def test_corrupt_history_is_moved_aside_and_replaced(runner, fixed_terminal):
    fixed_terminal.mkdir(parents=True, exist_ok=True)
    database = fixed_terminal / "history.sqlite3"
    database.write_bytes(b"this is not a database" * 100)
    result = invoke(runner, "stats", "--json")
    assert result.exit_code == 0
    assert "warning: the history" in result.stderr and "moved to" in result.stderr
    moved = [path for path in fixed_terminal.iterdir() if path.name.startswith("history.sqlite3.corrupt-")]
    assert len(moved) == 1 and moved[0].read_bytes() == b"this is not a database" * 100
    assert json.loads(result.stdout)["answered"] == 0


def test_history_from_a_newer_version_is_left_alone(runner, fixed_terminal):
    fixed_terminal.mkdir(parents=True, exist_ok=True)
    database = fixed_terminal / "history.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA user_version = 99")
    before = database.read_bytes()
    result = invoke(runner, "stats")
    assert result.exit_code == 2
    assert "written by a newer vlasov (schema 99)" in result.stderr
    assert database.read_bytes() == before


def _spawn_quiz(home: Path, *args: str) -> subprocess.Popen:
    pipes = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    return start_vlasov(home, "quiz", *args, **pipes, text=True)


def _wait_for_rows(home: Path, count: int, seconds: float = 30) -> list:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if (home / "history.sqlite3").exists():
            try:
                rows = history_rows(home)
            except sqlite3.OperationalError:
                rows = []
            if len(rows) >= count:
                return rows
        time.sleep(0.05)
    raise AssertionError(f"history never reached {count} answers")


@pytest.mark.slow
def test_answers_survive_a_killed_process(fixed_terminal):
    process = _spawn_quiz(fixed_terminal, "--count", "5", "--seed", "3")
    assert process.stdin is not None
    process.stdin.write("a\nb\n")
    process.stdin.flush()
    rows = _wait_for_rows(fixed_terminal, 2)
    process.kill()
    process.communicate(timeout=10)
    assert [given for _, given, _ in rows] == ["a", "b"]
    assert [given for _, given, _ in history_rows(fixed_terminal)] == ["a", "b"]


@pytest.mark.slow
def test_ctrl_c_prints_summary_keeps_answers_and_exits_130(fixed_terminal):
    process = _spawn_quiz(fixed_terminal, "--count", "5", "--seed", "3")
    assert process.stdin is not None
    process.stdin.write("a\n")
    process.stdin.flush()
    _wait_for_rows(fixed_terminal, 1)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=20)
    assert process.returncode == 130, stderr
    assert "Score: " in stdout and "/1 " in stdout
    assert "Traceback" not in stderr
    assert len(history_rows(fixed_terminal)) == 1


@pytest.mark.slow
def test_two_quizzes_at_once_lose_nothing(fixed_terminal):
    processes = [_spawn_quiz(fixed_terminal, "--count", "15", "--mode", "random", "--json") for _ in range(2)]
    for process in processes:
        assert process.stdin is not None
        process.stdin.write("a\n" * 15)
        process.stdin.flush()
    for process in processes:
        _, stderr = process.communicate(timeout=60)
        assert process.returncode == 0, stderr
    assert len(history_rows(fixed_terminal)) == 30


@pytest.mark.slow
def test_real_terminal_session(fixed_terminal):
    pexpect = pytest.importorskip("pexpect")
    child = spawn_vlasov(fixed_terminal, "quiz", "--count", "2", "--type", "truefalse", "--seed", "2")
    child.expect("Question 1/2")
    child.expect("> ")
    child.sendline("maybe")
    child.expect("not an answer to this question")
    child.sendline("t")
    child.expect("(Right|Not quite)")
    child.expect("Question 2/2")
    child.expect("> ")
    child.sendline("f")
    child.expect("Press Enter for your score")
    child.sendline("")
    child.expect("Score: ")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert [given for _, given, _ in history_rows(fixed_terminal)] == ["t", "f"]
