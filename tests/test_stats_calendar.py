"""`stats` counts each answer on the day it was given where the learner is (their time zone), and
reads a history whose times reach the calendar's edges (issue 23, beyond the list)."""

from __future__ import annotations

import datetime
import json
import time
from pathlib import Path

import pytest
from conftest import invoke

from vlasov_cli.state.history import History

EXAMPLE = str(Path(__file__).parent / "example_bank")


@pytest.fixture
def new_york(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def over_time(runner) -> list[tuple[str, int]]:
    result = invoke(runner, "stats", "--json", "--bank", EXAMPLE)
    assert result.exit_code == 0, result.stderr
    return [(day["date"], day["answered"]) for day in json.loads(result.stdout)["over_time"]]


def record(key: str, *moments: datetime.datetime) -> None:
    history = History(key)
    for moment in moments:
        history.connection.execute(
            "INSERT INTO answers (bank, question_id, topic, given, correct, answered_at) VALUES (?, ?, ?, ?, ?, ?)",
            (key, "q", "t", "a", 1, moment.isoformat()),
        )
    history.close()


def example_key() -> str:
    from vlasov_cli.state.store import load

    return load(Path(EXAMPLE)).key


def test_answers_count_on_the_learners_own_day(runner, new_york):
    utc = datetime.UTC
    # 03:00 UTC on January 2 is 22:00 on January 1 in New York; 15:00 UTC is 10:00 on January 2.
    record(example_key(), datetime.datetime(2026, 1, 2, 3, tzinfo=utc), datetime.datetime(2026, 1, 2, 15, tzinfo=utc))
    assert over_time(runner) == [("2026-01-01", 1), ("2026-01-02", 1)]


def test_a_history_at_the_calendars_edges_is_read(runner, new_york):
    early = datetime.datetime(1, 1, 1, 2, tzinfo=datetime.timezone(datetime.timedelta(hours=5)))
    late = datetime.datetime(9999, 12, 31, 22, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
    record(example_key(), early, late)
    days = over_time(runner)
    assert [count for _, count in days] == [1, 1]
    assert days[0][0].startswith("0001-01-01") or days[0][0].startswith("0000")
    assert days[1][0] in ("9999-12-31", "10000-01-01")


def test_answers_given_at_the_calendars_end_are_kept_and_scheduled(runner, monkeypatch):
    from vlasov_cli.features import quiz
    from vlasov_cli.state import history

    edge = datetime.datetime(9999, 12, 31, 23, tzinfo=datetime.UTC)
    monkeypatch.setattr(history, "now_utc", lambda: edge)
    monkeypatch.setattr(quiz, "now_utc", lambda: edge)
    asked = ("quiz", "--count", "1", "--seed", "1", "--mode", "random", "--bank", EXAMPLE)
    shown = invoke(runner, *asked, "--practice", "--json", input="?\n")
    expected = json.loads(shown.stdout)["answers"][0]["expected"]
    for _ in range(3):  # the second right answer's next review would fall after the year 9999
        result = invoke(runner, *asked, input=expected + "\n")
        assert result.exit_code == 0, result.stderr
    stats = json.loads(invoke(runner, "stats", "--json", "--bank", EXAMPLE).stdout)
    assert stats["answered"] == 3 and stats["correct"] == 3
