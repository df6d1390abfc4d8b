"""A history is never lost: it is set aside only when proven not to be a vlasov history, under a name
no other file takes, byte for byte; damage found later is reported with a repair that keeps every
readable answer; a database that is not vlasov's is never modified."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from conftest import invoke

from vlasov_cli.state import history

EXAMPLE = str(Path(__file__).parent / "example_bank")


def answer(runner, count: int = 3) -> None:
    result = invoke(runner, "quiz", "--count", str(count), "--seed", "1", "--bank", EXAMPLE, input="a\n" * count)
    assert result.exit_code == 0, result.stderr


def set_aside_files(home: Path) -> list[Path]:
    named = (path for path in home.iterdir() if ".corrupt-" in path.name or ".damaged-" in path.name)
    return sorted(path for path in named if not path.name.endswith(("-wal", "-shm")))


def failing_connect(code: int, message: str):
    """sqlite3.connect as it fails on a full disk or an I/O error (the error SQLite gives)."""
    connect = sqlite3.connect

    def connect_then_fail(path, **options):
        connection = connect(path, **options)
        if not str(path).endswith("history.sqlite3"):
            return connection
        error = sqlite3.OperationalError(message)
        error.sqlite_errorcode = code
        connection.close()
        raise error

    return connect_then_fail


@pytest.mark.parametrize(
    ("code", "message"),
    [(sqlite3.SQLITE_FULL, "database or disk is full"), (sqlite3.SQLITE_IOERR, "disk I/O error")],
)
def test_a_full_disk_or_an_io_error_is_never_taken_for_corruption(runner, fixed_terminal, monkeypatch, code, message):
    answer(runner)
    before = (fixed_terminal / "history.sqlite3").read_bytes()
    monkeypatch.setattr(history.sqlite3, "connect", failing_connect(code, message))
    for _ in range(2):  # twice in the same second lost the history before
        result = invoke(runner, "stats", "--bank", EXAMPLE)
        assert result.exit_code == 2
        assert result.stderr == f"error: cannot use the history {fixed_terminal / 'history.sqlite3'}: {message}\n"
    monkeypatch.undo()
    assert set_aside_files(fixed_terminal) == []
    assert (fixed_terminal / "history.sqlite3").read_bytes() == before


def test_set_aside_names_never_collide_and_keep_the_bytes(runner, fixed_terminal):
    fixed_terminal.mkdir(parents=True, exist_ok=True)
    database = fixed_terminal / "history.sqlite3"
    contents = [b"not a database, first" * 50, b"not a database, second" * 50]
    for content in contents:  # within the same second
        database.write_bytes(content)
        result = invoke(runner, "stats", "--json", "--bank", EXAMPLE)
        assert result.exit_code == 0
        assert "could not be used" in result.stderr and "it was moved to" in result.stderr
    assert sorted(path.read_bytes() for path in set_aside_files(fixed_terminal)) == sorted(contents)


def test_a_database_that_is_not_vlasovs_is_set_aside_unmodified(runner, fixed_terminal):
    fixed_terminal.mkdir(parents=True, exist_ok=True)
    database = fixed_terminal / "history.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA user_version = 1")
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.execute("INSERT INTO notes VALUES ('mine')")
    connection.close()
    before = database.read_bytes()
    result = invoke(runner, "stats", "--bank", EXAMPLE)
    assert result.exit_code == 0
    assert "not a vlasov history: notes" in result.stderr
    (moved,) = set_aside_files(fixed_terminal)
    assert moved.read_bytes() == before  # not switched to WAL, no tables added
    assert not Path(f"{moved}-wal").exists()


@pytest.mark.slow
def test_six_commands_meeting_one_damaged_history_set_it_aside_once(fixed_terminal):
    fixed_terminal.mkdir(parents=True, exist_ok=True)
    damaged = b"SQLite format 3\x00" + os.urandom(4096)
    (fixed_terminal / "history.sqlite3").write_bytes(damaged)
    from processes import start_vlasov

    stats = ("stats", "--json", "--bank", EXAMPLE)
    processes = [
        start_vlasov(fixed_terminal, *stats, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(6)
    ]
    results = [process.communicate(timeout=60) + (process.returncode,) for process in processes]
    assert [code for _, _, code in results] == [0] * 6, results
    assert all(json.loads(stdout)["answered"] == 0 for stdout, _, _ in results)
    (moved,) = set_aside_files(fixed_terminal)
    assert moved.read_bytes() == damaged


STATS = ["stats", "--bank", EXAMPLE]
QUIZ_AGAIN = ["quiz", "--count", "1", "--seed", "1", "--bank", EXAMPLE]  # the first question answered before


@pytest.mark.slow
@pytest.mark.parametrize(
    ("damage", "meets_it"),
    [
        ("UPDATE cards SET due = 'garbage'", STATS),
        ("UPDATE cards SET due = '2026-01-01T10:00:00'", STATS),  # no time zone
        ("UPDATE cards SET misses = 'many'", STATS),
        ("UPDATE cards SET card_json = '{not json'", QUIZ_AGAIN),
        ("UPDATE answers SET answered_at = 'yesterday' WHERE id = 2", STATS),
    ],
)
def test_damage_found_later_says_what_to_do_and_repair_keeps_every_readable_answer(
    runner, fixed_terminal, damage, meets_it
):
    answer(runner, 3)
    database = fixed_terminal / "history.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute(damage)
    connection.close()
    result = invoke(runner, *meets_it, input="a\n")
    assert result.exit_code == 2
    assert f"the history {database} is damaged" in result.stderr
    assert "run `vlasov stats --repair`" in result.stderr and "unexpected" not in result.stderr
    repaired = invoke(runner, "stats", "--repair", "--json", "--bank", EXAMPLE)
    assert repaired.exit_code == 0, repaired.stderr
    kept = 2 if "answered_at" in damage else 3
    assert f"repaired: kept {kept} answers, {3 - kept} could not be read" in repaired.stderr
    assert json.loads(repaired.stdout)["answered"] == kept
    (moved,) = set_aside_files(fixed_terminal)
    assert ".damaged-" in moved.name
    for command in (STATS, QUIZ_AGAIN):
        again = invoke(runner, *command, input="a\n")
        assert again.exit_code == 0, again.stderr


def test_repair_schedules_an_intact_history_as_it_was(runner, fixed_terminal):
    answer(runner, 5)
    before = json.loads(invoke(runner, "stats", "--json", "--bank", EXAMPLE).stdout)
    with sqlite3.connect(fixed_terminal / "history.sqlite3") as connection:
        due_before = connection.execute("SELECT question_id, due, misses FROM cards ORDER BY 1").fetchall()
    connection.close()
    repaired = invoke(runner, "stats", "--repair", "--json", "--bank", EXAMPLE)
    assert json.loads(repaired.stdout) == before
    with sqlite3.connect(fixed_terminal / "history.sqlite3") as connection:
        assert connection.execute("SELECT question_id, due, misses FROM cards ORDER BY 1").fetchall() == due_before
    connection.close()


@pytest.mark.slow
def test_each_bank_keeps_its_own_history(runner):
    answer(runner, 3)  # the example bank
    shipped = json.loads(invoke(runner, "stats", "--json").stdout)
    example = json.loads(invoke(runner, "stats", "--json", "--bank", EXAMPLE).stdout)
    assert shipped["answered"] == 0 and shipped["by_topic"] == {}
    assert example["answered"] == 3 and set(example["by_topic"]) <= {"founding", "building", "later-years"}
    result = invoke(runner, "quiz", "--count", "1", "--seed", "5", input="a\n")
    assert result.exit_code == 0
    assert json.loads(invoke(runner, "stats", "--json").stdout)["answered"] == 1
    assert json.loads(invoke(runner, "stats", "--json", "--bank", EXAMPLE).stdout)["answered"] == 3


SCHEMA_1 = """
CREATE TABLE answers (id INTEGER PRIMARY KEY, question_id TEXT NOT NULL, topic TEXT NOT NULL,
    given TEXT NOT NULL, correct INTEGER NOT NULL, answered_at TEXT NOT NULL);
CREATE INDEX answers_question ON answers (question_id);
CREATE TABLE cards (question_id TEXT PRIMARY KEY, card_format TEXT NOT NULL, card_json TEXT NOT NULL,
    due TEXT NOT NULL, misses INTEGER NOT NULL DEFAULT 0);
PRAGMA user_version = 1;
"""


def test_a_history_written_before_banks_had_their_own_carries_over_to_the_shipped_bank(runner, fixed_terminal):
    fixed_terminal.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(fixed_terminal / "history.sqlite3") as connection:
        connection.executescript(SCHEMA_1)
        connection.execute(
            "INSERT INTO answers (question_id, topic, given, correct, answered_at) VALUES (?, ?, ?, ?, ?)",
            ("vlasov-born.date", "early-career", "1900-09-01", 1, "2026-11-01T10:00:00+00:00"),
        )
        connection.execute(
            "INSERT INTO cards VALUES (?, ?, ?, ?, ?)",
            ("vlasov-born.date", "fsrs-6", "{}", "2026-11-04T10:00:00+00:00", 0),
        )
    connection.close()
    stats = json.loads(invoke(runner, "stats", "--json").stdout)
    assert stats["answered"] == 1 and stats["correct"] == 1 and stats["by_topic"]["early-career"]["answered"] == 1
    with sqlite3.connect(fixed_terminal / "history.sqlite3") as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 2
        assert connection.execute("SELECT bank, question_id, due FROM cards").fetchall() == [
            ("", "vlasov-born.date", "2026-11-04T10:00:00+00:00")
        ]
    connection.close()
