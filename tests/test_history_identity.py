"""A history belongs to one bank by what the bank is (its article and title), never by a title and
a file name two unrelated banks can share; histories kept by the old key move over losing nothing
(issue 23, case 10)."""

from __future__ import annotations

import datetime
import json
import sqlite3
from pathlib import Path

from conftest import SOURCE, invoke, write_bank

from vlasov_cli.state.history import History
from vlasov_cli.state.store import load

NOTES = "title: Notes\nauthor: A. Writer\nsource: article.txt\n"
OTHER_SOURCE = SOURCE.replace("Kazan", "Samara")


def notes_bank(folder: Path, source: str) -> Path:
    """A bank titled "Notes" whose article is `article.txt` holding `source`."""
    city = "Samara" if "Samara" in source else "Kazan"
    swap = {"people_yaml", "events_yaml", "questions_yaml"}
    from conftest import EVENTS_YAML, PEOPLE_YAML, QUESTIONS_YAML

    texts = dict(zip(sorted(swap), (EVENTS_YAML, PEOPLE_YAML, QUESTIONS_YAML), strict=True))
    files = {name: text.replace("Kazan", city) for name, text in texts.items()}
    return write_bank(folder, bank_yaml=NOTES, source_txt=None, article_txt=source, **files)


def answered(runner, folder: Path) -> int:
    result = invoke(runner, "stats", "--json", "--bank", str(folder))
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["answered"]


def test_two_unrelated_banks_with_one_title_and_file_name_keep_their_own_histories(runner, tmp_path):
    first = notes_bank(tmp_path / "first", SOURCE)
    second = notes_bank(tmp_path / "second", OTHER_SOURCE)
    assert (first / "article.txt").read_text() != (second / "article.txt").read_text()
    result = invoke(runner, "quiz", "--count", "2", "--seed", "1", "--bank", str(first), input="a\na\n")
    assert result.exit_code == 0, result.stderr
    assert answered(runner, first) == 2
    assert answered(runner, second) == 0
    assert load(first).key != load(second).key


def test_a_bank_moved_to_another_folder_keeps_its_history(runner, tmp_path):
    first = notes_bank(tmp_path / "first", SOURCE)
    invoke(runner, "quiz", "--count", "1", "--seed", "1", "--bank", str(first), input="a\n")
    moved = first.rename(tmp_path / "moved")
    assert answered(runner, moved) == 1


def history_rows(home: Path) -> list[tuple]:
    connection = sqlite3.connect(home / "history.sqlite3")
    try:
        return connection.execute("SELECT bank, question_id, given, correct FROM answers ORDER BY id").fetchall()
    finally:
        connection.close()


def test_a_history_kept_by_title_and_file_name_moves_to_its_bank_losing_nothing(runner, tmp_path, fixed_terminal):
    bank = notes_bank(tmp_path / "bank", SOURCE)
    when = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    old = History("Notes|article.txt")  # as vlasov kept it before: the bank's title and file name
    old.record("q-founder", "founding", "A", True, when)
    old.record("q-founder", "founding", "B", False, when + datetime.timedelta(days=1))
    old.record("q-gone", "founding", "C", True, when)  # a question this bank no longer has
    old.close()
    # Practice reads the moved answers without writing a byte.
    before = (fixed_terminal / "history.sqlite3").read_bytes()
    missed = invoke(runner, "quiz", "--missed", "--practice", "--json", "--bank", str(bank), input="?\n")
    assert [entry["question_id"] for entry in json.loads(missed.stdout)["answers"]] == ["q-founder"]
    assert (fixed_terminal / "history.sqlite3").read_bytes() == before
    stats = json.loads(invoke(runner, "stats", "--json", "--bank", str(bank)).stdout)
    assert (stats["answered"], stats["correct"]) == (2, 1)
    key = load(bank).key
    rows = history_rows(fixed_terminal)
    assert sorted(rows) == sorted(
        [(key, "q-founder", "A", 1), (key, "q-founder", "B", 0), ("Notes|article.txt", "q-gone", "C", 1)]
    )
    # The card is scheduled from the moved answers (the last was wrong: due within a day).
    connection = sqlite3.connect(fixed_terminal / "history.sqlite3")
    try:
        cards = connection.execute("SELECT bank, question_id, misses FROM cards ORDER BY bank").fetchall()
    finally:
        connection.close()
    assert (key, "q-founder", 1) in cards and ("Notes|article.txt", "q-founder", 1) not in cards
    # Once moved, a second run moves nothing and loses nothing.
    assert answered(runner, bank) == 2 and len(history_rows(fixed_terminal)) == 3


def test_the_shipped_banks_history_is_where_it_always_was(runner, fixed_terminal):
    from vlasov_cli.state.paths import default_bank_folder

    assert load(default_bank_folder()).key == ""
