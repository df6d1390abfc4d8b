"""Quiz history in SQLite, and FSRS scheduling of each question.

Every answer is committed the moment it is given (WAL mode, busy timeout), so a crash, a kill or
Ctrl-C loses nothing already answered, and two quizzes can write at once. A database that is
corrupt or not ours is moved aside with a timestamp and a fresh one started; nothing is deleted.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from vlasov_cli.errors import StateError
from vlasov_cli.paths import data_folder

SCHEMA_VERSION = 1
CARD_FORMAT = "fsrs-6"  # the fsrs Card JSON layout changed between major versions
LEECH_MISSES = 4
BUSY_TIMEOUT_MS = 15000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    id INTEGER PRIMARY KEY,
    question_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    given TEXT NOT NULL,
    correct INTEGER NOT NULL,
    answered_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS answers_question ON answers (question_id);
CREATE TABLE IF NOT EXISTS cards (
    question_id TEXT PRIMARY KEY,
    card_format TEXT NOT NULL,
    card_json TEXT NOT NULL,
    due TEXT NOT NULL,
    misses INTEGER NOT NULL DEFAULT 0
);
"""


@dataclass(frozen=True, slots=True)
class CardState:
    question_id: str
    due: datetime.datetime
    misses: int

    @property
    def leech(self) -> bool:
        return self.misses >= LEECH_MISSES


def now_utc() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _set_wal(connection: sqlite3.Connection) -> None:
    """Switch to WAL. SQLite answers "locked" at once, without waiting, while another process
    creates the same database, so wait here as the busy timeout would."""
    import time

    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def card_id(question_id: str) -> int:
    """FSRS wants an integer card id: a stable one derived from the question id."""
    return int(hashlib.sha256(question_id.encode()).hexdigest()[:12], 16)


class History:
    """The history database; `notices` collects what the user should be told (e.g. a file moved aside)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or data_folder()
        self.path = self.folder / "history.sqlite3"
        self.notices: list[str] = []
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StateError(f"cannot create the history folder {self.folder}: {error.strerror}") from None
        self.connection = self._open()

    def _open(self) -> sqlite3.Connection:
        try:
            return self._connect()
        except sqlite3.DatabaseError as error:
            if "locked" in str(error) or "readonly" in str(error) or "unable to open" in str(error):
                raise StateError(f"cannot use the history {self.path}: {error}") from None
            moved = self._move_aside()
            self.notices.append(f"the history {self.path} could not be read ({error}); it was moved to {moved}")
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StateError(
                    f"the history {self.path} was written by a newer vlasov (schema {version}); "
                    "upgrade vlasov or set VLASOV_HOME to another folder"
                )
            _set_wal(connection)
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if version == 0 and tables - {"answers", "cards"}:
                raise sqlite3.DatabaseError("not a vlasov history (unknown tables)")
            connection.executescript(_SCHEMA)
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except BaseException:
            connection.close()
            raise
        return connection

    def _move_aside(self) -> Path:
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{self.path}{suffix}")
            if source.exists():
                os.replace(source, Path(f"{target}{suffix}"))
        return target

    def close(self) -> None:
        self.connection.close()

    def record(self, question_id: str, topic: str, given: str, correct: bool, when: datetime.datetime) -> None:
        """Store one answer and reschedule its question, in one committed transaction."""
        from fsrs import Card, Rating, Scheduler

        try:
            self.connection.execute("BEGIN IMMEDIATE")
            row = self.connection.execute(
                "SELECT card_format, card_json, misses FROM cards WHERE question_id = ?", (question_id,)
            ).fetchone()
            card = Card.from_json(row[1]) if row and row[0] == CARD_FORMAT else Card(card_id=card_id(question_id))
            misses = (row[2] if row else 0) + (0 if correct else 1)
            scheduler = Scheduler(enable_fuzzing=False)
            card, _ = scheduler.review_card(card, Rating.Good if correct else Rating.Again, review_datetime=when)
            self.connection.execute(
                "INSERT INTO answers (question_id, topic, given, correct, answered_at) VALUES (?, ?, ?, ?, ?)",
                (question_id, topic, given, int(correct), when.isoformat()),
            )
            self.connection.execute(
                "INSERT OR REPLACE INTO cards (question_id, card_format, card_json, due, misses)"
                " VALUES (?, ?, ?, ?, ?)",
                (question_id, CARD_FORMAT, card.to_json(), card.due.isoformat(), misses),
            )
            self.connection.execute("COMMIT")
        except sqlite3.Error as error:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            raise StateError(f"could not save the answer to {self.path}: {error}") from None

    def cards(self) -> dict[str, CardState]:
        rows = self.connection.execute("SELECT question_id, due, misses FROM cards").fetchall()
        return {qid: CardState(qid, datetime.datetime.fromisoformat(due), misses) for qid, due, misses in rows}

    def answers(self) -> list[tuple[str, str, str, bool, str]]:
        """(question_id, topic, given, correct, answered_at) in the order given."""
        rows = self.connection.execute(
            "SELECT question_id, topic, given, correct, answered_at FROM answers ORDER BY id"
        ).fetchall()
        return [(qid, topic, given, bool(correct), when) for qid, topic, given, correct, when in rows]
