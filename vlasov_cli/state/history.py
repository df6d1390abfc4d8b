"""Quiz history in SQLite, and FSRS scheduling of each question.

Every answer is committed the moment it is given (WAL mode, busy timeout), so a crash, a kill or
Ctrl-C loses nothing already answered, and two quizzes can write at once.

A file is set aside only when it is proven not to be a usable vlasov history: SQLite finds it no
database or damaged as it opens, or it holds tables vlasov never writes. It is then moved, byte for
byte and never modified, under a name no other can take (a timestamp and a random part, created
exclusively), by one process at a time, and a fresh history is started. A full disk, an I/O error,
a lock or a read-only file is reported and leaves the history as it is. Damage found later, in a
history that opened, is reported with the way out: `vlasov stats --repair` keeps every readable
answer and schedules them again.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vlasov_cli.core.errors import StateError
from vlasov_cli.state.paths import data_folder

SCHEMA_VERSION = 2  # 2: each answer and card belongs to a bank; answers can be overridden as right
CARD_FORMAT = "fsrs-6"  # the fsrs Card JSON layout changed between major versions
LEECH_MISSES = 4
BUSY_TIMEOUT_MS = 15000
# The shipped bank's key. A history written before histories were kept per bank was the shipped
# bank's (nearly always), so its answers stay there: they carry this key once migrated.
SHIPPED = ""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    id INTEGER PRIMARY KEY,
    question_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    given TEXT NOT NULL,
    correct INTEGER NOT NULL,
    answered_at TEXT NOT NULL,
    bank TEXT NOT NULL DEFAULT '',
    overridden INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS answers_question ON answers (bank, question_id);
CREATE TABLE IF NOT EXISTS cards (
    bank TEXT NOT NULL DEFAULT '',
    question_id TEXT NOT NULL,
    card_format TEXT NOT NULL,
    card_json TEXT NOT NULL,
    due TEXT NOT NULL,
    misses INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (bank, question_id)
);
"""
# From schema 1: answers and cards of the shipped bank (key ''), no answer overridden.
_MIGRATE_FROM_1 = """
ALTER TABLE answers ADD COLUMN bank TEXT NOT NULL DEFAULT '';
ALTER TABLE answers ADD COLUMN overridden INTEGER NOT NULL DEFAULT 0;
DROP INDEX IF EXISTS answers_question;
ALTER TABLE cards RENAME TO cards_1;
"""
_MIGRATED_CARDS = """
INSERT INTO cards (bank, question_id, card_format, card_json, due, misses)
SELECT '', question_id, card_format, card_json, due, misses FROM cards_1;
DROP TABLE cards_1;
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


# What SQLite says of a file that is no database, or a damaged one, as it opens: proof enough.
NOT_A_HISTORY = (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT)
TABLES = {"answers", "cards"}


class NotOurs(Exception):
    """A file that is proven not to be a usable vlasov history."""


class HistoryDamaged(StateError):
    """A history that opened, with damage found in it later."""


@contextmanager
def _one_at_a_time(lock: Path) -> Iterator[None]:
    """Hold the history folder's lock: one process at a time decides what a history file is."""
    try:
        import fcntl
    except ImportError:  # not a POSIX system (pyproject declares the systems vlasov runs on)
        raise StateError(
            f"the quiz history needs POSIX file locks, which this system ({sys.platform}) lacks: "
            "vlasov runs on Linux, macOS and the BSDs"
        ) from None

    try:
        handle = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:  # a folder that cannot be written: nothing will be moved or written there anyway
        yield
        return
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)


def set_aside(path: Path, reason: str) -> Path:
    """Move `path` (with its -wal and -shm files) to a name no other file has or will have, byte for
    byte; the new name."""
    import secrets

    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    while True:
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{secrets.token_hex(3)}")
        try:
            os.link(path, target)  # fails if the name is taken: never over another file
        except FileExistsError:
            continue
        break
    os.unlink(path)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{target}{suffix}"))
    return target


class History:
    """The history database; `notices` collects what the user should be told (e.g. a file moved aside)."""

    def __init__(
        self,
        bank: str = SHIPPED,
        folder: Path | None = None,
        read_only: bool = False,
        claim: tuple[str, Callable[[], Iterable[str]]] | None = None,
    ) -> None:
        """The history of the bank known by `bank`. `read_only` (practice) opens it as it is, never
        writing a byte to it; where it cannot be read, an empty history in memory stands in.
        `claim` (the key the bank was known by before, and its question ids) moves the answers kept
        under that key to questions the bank has into this bank's history (`_claim`)."""
        self.bank = bank
        self.folder = folder or data_folder()
        self.path = self.folder / "history.sqlite3"
        self.notices: list[str] = []
        if read_only:
            self.connection = self._read_only()
            if claim and self._claimable(claim[0]):  # practised on a copy in memory, the file untouched
                copy = sqlite3.connect(":memory:", isolation_level=None)
                self.connection.backup(copy)
                self.connection.close()
                self.connection = copy
                self._claim(claim[0], claim[1]())
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            why = error.strerror
            if self.folder.is_symlink() and not self.folder.exists():
                why = f"it is a link to {os.readlink(self.folder)}, which does not exist"
            raise StateError(f"cannot create the history folder {self.folder}: {why}") from None
        self.connection = self._open()
        if claim and self._claimable(claim[0]):
            self._claim(claim[0], claim[1]())

    def _claimable(self, former: str) -> bool:
        """Whether answers are kept under `former`, the key this bank was known by before."""
        if former == self.bank:
            return False
        return bool(self._rows("SELECT 1 FROM answers WHERE bank = ? LIMIT 1", (former,)))

    def _claim(self, former: str, question_ids: Iterable[str]) -> None:
        """Move the answers kept under `former` to questions this bank has into this bank's history,
        and schedule those questions again from all their answers. Answers to questions it does not
        have stay where they are, for the bank they belong to: nothing is lost."""
        with self._writing("move the answers kept before into"):
            self.connection.execute("CREATE TEMP TABLE IF NOT EXISTS claimed (question_id TEXT PRIMARY KEY)")
            self.connection.execute("DELETE FROM temp.claimed")
            self.connection.executemany(
                "INSERT OR IGNORE INTO temp.claimed VALUES (?)", ((question_id,) for question_id in question_ids)
            )
            moved = [
                question_id
                for (question_id,) in self.connection.execute(
                    "SELECT DISTINCT question_id FROM answers WHERE bank = ? "
                    "AND question_id IN (SELECT question_id FROM temp.claimed)",
                    (former,),
                )
            ]
            self.connection.execute(
                "UPDATE answers SET bank = ? WHERE bank = ? AND question_id IN (SELECT question_id FROM temp.claimed)",
                (self.bank, former),
            )
            for question_id in moved:
                self.connection.execute("DELETE FROM cards WHERE bank = ? AND question_id = ?", (former, question_id))
                _reschedule(self.connection, self.bank, question_id)

    def _read_only(self) -> sqlite3.Connection:
        if self.path.is_file():
            connection = sqlite3.connect(f"{self.path.as_uri()}?mode=ro&immutable=1", uri=True)
            try:
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                if version == SCHEMA_VERSION:
                    connection.execute("SELECT bank FROM answers LIMIT 1").fetchall()
                    return connection
            except sqlite3.Error:
                pass
            connection.close()
            self.notices.append(f"the history {self.path} could not be read as it is: practising without it")
        connection = sqlite3.connect(":memory:", isolation_level=None)
        connection.executescript(_SCHEMA)
        return connection

    def _open(self) -> sqlite3.Connection:
        with _one_at_a_time(self.folder / "history.sqlite3.lock"):
            try:
                return self._connect()
            except NotOurs as reason:
                moved = set_aside(self.path, "corrupt")
                self.notices.append(f"the history {self.path} could not be used ({reason}); it was moved to {moved}")
                return self._connect()
            except sqlite3.Error as error:
                raise StateError(f"cannot use the history {self.path}: {error}") from None

    def _connect(self) -> sqlite3.Connection:
        """A connection to the history, created if need be; NotOurs when the file is proven not one.
        Nothing is written to a file before it is known to be a vlasov history."""
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            try:
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            except sqlite3.DatabaseError as error:
                if error.sqlite_errorcode in NOT_A_HISTORY:
                    raise NotOurs(str(error)) from None
                raise
            if version > SCHEMA_VERSION:
                raise StateError(
                    f"the history {self.path} was written by a newer vlasov (schema {version}); "
                    "upgrade vlasov or set VLASOV_HOME to another folder"
                )
            if tables - TABLES or (version and tables != TABLES):
                raise NotOurs("not a vlasov history: " + (", ".join(sorted(tables)) or "no tables"))
            _set_wal(connection)
            if version == 0 and tables:  # written by a vlasov that crashed before it set its schema
                version = 1
            if version < SCHEMA_VERSION:
                connection.execute("BEGIN IMMEDIATE")
                if version == 1:
                    for statement in _MIGRATE_FROM_1.split(";")[:-1]:
                        connection.execute(statement)
                for statement in _SCHEMA.split(";")[:-1]:
                    connection.execute(statement)
                if version == 1:
                    for statement in _MIGRATED_CARDS.split(";")[:-1]:
                        connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                connection.execute("COMMIT")
        except BaseException:
            connection.close()
            raise
        return connection

    def close(self) -> None:
        self.connection.close()

    def record(self, question_id: str, topic: str, given: str, correct: bool, when: datetime.datetime) -> int:
        """Store one answer and reschedule its question, in one committed transaction; the answer's id."""
        from fsrs import Card

        with self._writing("save the answer to"):
            row = self.connection.execute(
                "SELECT card_format, card_json, misses FROM cards WHERE bank = ? AND question_id = ?",
                (self.bank, question_id),
            ).fetchone()
            state = None
            if row is not None:  # a card of another format starts again, its misses kept
                fresh = Card(card_id=card_id(question_id))
                state = (Card.from_json(row[1]) if row[0] == CARD_FORMAT else fresh, int(row[2]))
            card, misses = _reviewed(question_id, state, correct, when)
            answer = self.connection.execute(
                "INSERT INTO answers (bank, question_id, topic, given, correct, answered_at) VALUES (?, ?, ?, ?, ?, ?)",
                (self.bank, question_id, topic, given, int(correct), when.isoformat()),
            ).lastrowid
            _keep_card(self.connection, self.bank, question_id, card, misses)
        assert answer is not None
        return answer

    def undo(self, answer_id: int) -> None:
        """Take an answer back: it leaves the history, and its question is scheduled as before it."""
        with self._writing("take the answer back in"):
            (question_id,) = self.connection.execute(
                "SELECT question_id FROM answers WHERE id = ? AND bank = ?", (answer_id, self.bank)
            ).fetchone()
            self.connection.execute("DELETE FROM answers WHERE id = ?", (answer_id,))
            _reschedule(self.connection, self.bank, question_id)

    def override(self, answer_id: int) -> None:
        """Count an answer judged wrong as right ("I was right"), marked as overridden."""
        with self._writing("count the answer as right in"):
            (question_id,) = self.connection.execute(
                "SELECT question_id FROM answers WHERE id = ? AND bank = ?", (answer_id, self.bank)
            ).fetchone()
            self.connection.execute("UPDATE answers SET correct = 1, overridden = 1 WHERE id = ?", (answer_id,))
            _reschedule(self.connection, self.bank, question_id)

    @contextmanager
    def _writing(self, what: str) -> Iterator[None]:
        """One committed transaction; what goes wrong is said as the history's own trouble."""
        try:
            self.connection.execute("BEGIN IMMEDIATE")
            yield
            self.connection.execute("COMMIT")
        except (sqlite3.Error, ValueError, KeyError, TypeError) as error:
            if self.connection.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.connection.execute("ROLLBACK")
            if isinstance(error, sqlite3.OperationalError):  # full, read-only, locked, I/O
                raise StateError(f"could not {what} {self.path}: {error}") from None
            raise self._damaged(error) from None

    def _damaged(self, error: Exception) -> HistoryDamaged:
        return HistoryDamaged(
            f"the history {self.path} is damaged ({error}); run `vlasov stats --repair` to keep every "
            "readable answer and schedule them again"
        )

    def _rows(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[Any]:
        try:
            return self.connection.execute(sql, parameters).fetchall()
        except sqlite3.OperationalError as error:
            raise StateError(f"cannot read the history {self.path}: {error}") from None
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from None

    def cards(self) -> dict[str, CardState]:
        """This bank's questions answered so far, with when each is due."""
        cards = {}
        for qid, due, misses in self._rows("SELECT question_id, due, misses FROM cards WHERE bank = ?", (self.bank,)):
            try:
                when = datetime.datetime.fromisoformat(due)
                if when.tzinfo is None or not isinstance(misses, int) or not isinstance(qid, str):
                    raise ValueError(f"card {qid!r}: due {due!r}, misses {misses!r}")
            except (TypeError, ValueError) as error:
                raise self._damaged(error) from None
            cards[qid] = CardState(qid, when, misses)
        return cards

    def answers(self) -> list[tuple[str, str, str, bool, str]]:
        """This bank's answers, (question_id, topic, given, correct, answered_at) in the order given."""
        rows = self._rows(f"SELECT {_ANSWER} FROM answers WHERE bank = ? ORDER BY id", (self.bank,))
        for row in rows:
            if _answer_problem(row):
                raise self._damaged(ValueError(_answer_problem(row)))
        return [(qid, topic, given, bool(correct), when) for qid, topic, given, correct, when in rows]

    def missed(self) -> tuple[str, ...]:
        """This bank's questions whose last answer was wrong, the most recently answered first."""
        rows = self._rows(
            "SELECT question_id, correct FROM answers WHERE id IN "
            "(SELECT max(id) FROM answers WHERE bank = ? GROUP BY question_id) ORDER BY id DESC",
            (self.bank,),
        )
        return tuple(qid for qid, correct in rows if not correct)

    def repair(self) -> tuple[int, int, Path]:
        """Keep every readable answer of a damaged history (of every bank) in a new one, scheduled again
        from those answers; the damaged file is set aside as it is. (answers kept, lost, where it went)"""
        with _one_at_a_time(self.folder / "history.sqlite3.lock"):
            kept, lost = _readable_answers(self.connection)
            self.connection.close()
            fresh = self.path.with_name(f".{self.path.name}.repairing")
            fresh.unlink(missing_ok=True)
            connection = sqlite3.connect(fresh, isolation_level=None)
            try:
                connection.executescript(_SCHEMA)
                connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                connection.execute("BEGIN")
                connection.executemany(
                    f"INSERT INTO answers ({_ANSWER}, bank, overridden) VALUES (?, ?, ?, ?, ?, ?, ?)", kept
                )
                for bank, question_id in dict.fromkeys((row[5], row[0]) for row in kept):
                    _reschedule(connection, bank, question_id)
                connection.execute("COMMIT")
            finally:
                connection.close()
            moved = set_aside(self.path, "damaged")
            os.replace(fresh, self.path)
        self.connection = self._connect()
        return len(kept), lost, moved


_ANSWER = "question_id, topic, given, correct, answered_at"


def _keep_card(connection: sqlite3.Connection, bank: str, question_id: str, card: Any, misses: int) -> None:
    columns = "bank, question_id, card_format, card_json, due, misses"
    connection.execute(
        f"INSERT OR REPLACE INTO cards ({columns}) VALUES (?, ?, ?, ?, ?, ?)",
        (bank, question_id, CARD_FORMAT, card.to_json(), card.due.isoformat(), misses),
    )


def _reschedule(connection: sqlite3.Connection, bank: str, question_id: str) -> None:
    """A question's card worked out again from its answers, as if each were given anew (none: no card)."""
    state = None
    rows = connection.execute(
        "SELECT correct, answered_at FROM answers WHERE bank = ? AND question_id = ? ORDER BY id", (bank, question_id)
    ).fetchall()
    for correct, when in rows:
        state = _reviewed(question_id, state, bool(correct), datetime.datetime.fromisoformat(when))
    if state is None:
        connection.execute("DELETE FROM cards WHERE bank = ? AND question_id = ?", (bank, question_id))
    else:
        _keep_card(connection, bank, question_id, *state)


def _answer_problem(row: tuple[Any, ...]) -> str | None:
    """What is wrong with an answer row (its first five columns: `_ANSWER`), or None."""
    qid, topic, given, correct, when = row[:5]
    if not all(isinstance(text, str) for text in (qid, topic, given, when)) or correct not in (0, 1):
        return f"answer {row!r}"
    try:
        if datetime.datetime.fromisoformat(when).tzinfo is None:
            return f"answer time {when!r} without a time zone"
    except ValueError:
        return f"answer time {when!r}"
    return None


def _readable_answers(connection: sqlite3.Connection) -> tuple[list[tuple[Any, ...]], int]:
    """Every answer row that can be read and makes sense, in order, and how many could not."""
    select = f"SELECT {_ANSWER}, bank, overridden FROM answers"
    try:
        rows = connection.execute(f"{select} ORDER BY id").fetchall()
        return [row for row in rows if not _answer_problem(row)], sum(1 for row in rows if _answer_problem(row))
    except sqlite3.DatabaseError:
        pass
    kept, lost = [], 0
    try:  # a damaged page: the rows one by one, as far as their ids go
        last = connection.execute("SELECT max(id) FROM answers").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        last = 100_000
    for answer_id in range(1, last + 1):
        try:
            row = connection.execute(f"{select} WHERE id = ?", (answer_id,)).fetchone()
        except sqlite3.DatabaseError:
            lost += 1
            continue
        if row is not None and not _answer_problem(row):
            kept.append(row)
        elif row is not None:
            lost += 1
    return kept, lost


def _reviewed(
    question_id: str, state: tuple[Any, int] | None, correct: bool, when: datetime.datetime
) -> tuple[Any, int]:
    """A question's FSRS card and misses after one more answer."""
    from fsrs import Card, Rating, Scheduler

    card, misses = state if state is not None else (Card(card_id=card_id(question_id)), 0)
    scheduler = Scheduler(enable_fuzzing=False)
    rating = Rating.Good if correct else Rating.Again
    try:
        card, _ = scheduler.review_card(card, rating, review_datetime=when)
    except OverflowError:  # the next review falls after the calendar's end (a clock set to 9999)
        card = _reviewed_at_the_end(scheduler, card, rating, when)
    return card, misses + (0 if correct else 1)


def _reviewed_at_the_end(scheduler: Any, card: Any, rating: Any, when: datetime.datetime) -> Any:
    """The card reviewed as if every time were a longest interval earlier (the same elapsed times,
    so the same memory state), then moved back: due at the latest moment Python has, or before."""
    import copy

    shift = datetime.timedelta(days=scheduler.maximum_interval + 1)
    earlier = copy.copy(card)
    earlier.due -= shift
    if earlier.last_review is not None:
        earlier.last_review -= shift
    reviewed, _ = scheduler.review_card(earlier, rating, review_datetime=when - shift)
    last = datetime.datetime.max.replace(tzinfo=datetime.UTC)
    reviewed.due = min(reviewed.due, last - shift) + shift
    reviewed.last_review = when
    return reviewed
