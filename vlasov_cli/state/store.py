"""The bank store: a bank built once is kept in one SQLite file under the cache folder, written in
one go and read by the look-ups only as far as they need (a name's entry, a year's events).

Entries are kept as plain data (`marshal` of each entry's fields by name, and text), each with a
checksum. The store is keyed on vlasov's version, modules, model fields and tables (a change to any
makes every store stale, with no format number to bump), and on each bank file's size, modification
and change times and inode, taken before the files are read: an edit, even one that keeps the size
and modification time, makes it stale, and a bank edited while it was being read is not stored.
Stale, foreign or unreadable means rebuilt; a store found damaged while in use is removed, and the
command says to run again. A bank that cannot be stored is served from memory (`core.bank.MemoryBank`).
"""

from __future__ import annotations

import marshal
import os
import sqlite3
import sys
import zlib
from collections.abc import Callable, Iterable
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from vlasov_cli import __version__
from vlasov_cli.core.bank import Bank, MemoryBank, history_keys, person_keys, term_keys, topics
from vlasov_cli.core.errors import BadBank, Problem, VlasovError
from vlasov_cli.core.index import search_lines
from vlasov_cli.core.model import COUNTED, Built, Event, Fact, NameKeys, Person, Question, Term
from vlasov_cli.core.read import bank_files, read_bank
from vlasov_cli.state.paths import cache_folder

Signature = tuple[tuple[str, int, int, int, int], ...]

_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE entries (kind TEXT, position INTEGER, id TEXT, row BLOB NOT NULL, crc INTEGER NOT NULL,
                      PRIMARY KEY (kind, position));
CREATE INDEX entries_by_id ON entries (kind, id);
CREATE TABLE event_people (person_id TEXT, position INTEGER);
CREATE INDEX event_people_by_person ON event_people (person_id);
CREATE TABLE event_years (year INTEGER, position INTEGER);
CREATE INDEX event_years_by_year ON event_years (year);
CREATE TABLE search (kind INTEGER, position INTEGER, title_length INTEGER, line TEXT);
"""
# The entries a store keeps by their fields' names, and the entries inside them (a person's facts).
_STORED = (Person, Fact, Event, Term, Question)
_INSIDE = {"facts": Fact}


def _row(entry: Any) -> Any:
    """An entry as plain data: a paragraph's text, or each field by name."""
    if isinstance(entry, str):
        return entry
    return {
        name: tuple(item._asdict() for item in value) if name in _INSIDE else value
        for name, value in entry._asdict().items()
    }


def _person(row: dict[str, Any]) -> Person:
    return Person(**{**row, "facts": tuple(Fact(**fact) for fact in row["facts"])})


# How each kind of entry is made again from its row.
_ENTRY: dict[str, Callable[[Any], Any]] = {
    "paragraph": str,
    "person": _person,
    "event": lambda row: Event(**row),
    "term": lambda row: Term(**row),
    "question": lambda row: Question(**row),
}
# What a store that is stale or not vlasov's raises as it is opened and its key read: SQLite finding
# no database (or a damaged one, or other tables), the file gone or unreadable, marshal data that is
# none (ValueError, EOFError), a damaged entry (StoreDamaged). Anything else is a bug, and says so.
_UNREADABLE = (sqlite3.DatabaseError, OSError, ValueError, EOFError)


class StoreDamaged(VlasovError):
    """The stored bank turned out damaged while in use; it is removed, so the next run rebuilds it."""


class Checked(NamedTuple):
    """What `check` found: the problems, how many entries of each kind were read, and the warnings
    of the question linter (`lint`) for a valid bank."""

    problems: list[Problem]
    counts: dict[str, int]
    warnings: list[Problem]
    drafts: int = 0  # entries still marked as drafts


def load(folder: Path) -> Bank:
    """The bank in `folder`: stored if its files are unchanged, else read, validated, built and stored.
    Raises BadBank with every problem of a bank that does not pass validation."""
    bank = _stored(folder)
    if bank is not None:
        return bank
    built, checked, files = _build(folder)
    if built is None:
        raise BadBank(checked.problems)
    return _save(folder, files, built)


def check(folder: Path) -> Checked:
    """Every problem of the bank in `folder` and its counts. A bank stored since it was built (which
    it is only once valid) has no problems."""
    bank = _stored(folder)
    if bank is not None:
        return Checked([], bank.counts, [Problem(*row) for row in bank.warnings], bank.drafts)
    built, checked, files = _build(folder)
    if built is not None:
        _save(folder, files, built)
    return checked


def _build(folder: Path) -> tuple[Built | None, Checked, Signature | None]:
    """The bank built from its files, what check makes of it, and the files' signature taken before
    they were read (None when they changed while being read)."""
    from vlasov_cli.core.build import build_bank
    from vlasov_cli.core.text import ParagraphIndex
    from vlasov_cli.core.validate import validate

    files = bank_files(folder)
    before = _signature(files)
    raw = read_bank(folder)
    quotes = ParagraphIndex(raw.paragraphs)
    problems = validate(raw, quotes)
    if problems:
        kinds = [entry.kind for entry in raw.entries]
        read = (*(kinds.count(kind) for kind in ("person", "event", "term", "question")), 0, len(raw.paragraphs))
        return None, Checked(problems, dict(zip(COUNTED, read, strict=True)), []), None
    built = build_bank(raw, quotes)
    assert raw.source_path is not None  # a valid bank has its source
    before += _signature([raw.source_path])
    unchanged = _signature([*files, raw.source_path]) == before
    from vlasov_cli.core.lint import lint

    warnings = lint(raw, built)
    return (
        built._replace(warnings=tuple(warnings), identity=identity(built.title, raw.source_text)),
        Checked([], built.counts(), warnings, built.drafts),
        before if unchanged else None,
    )


def identity(title: str, source_text: str) -> str:
    """What a bank is, as its quiz history knows it: a digest of its title and its article's text,
    which two unrelated banks do not share (a title and a file name they may), and which stays the
    same wherever the bank's folder is."""
    import hashlib

    return hashlib.sha256(f"{title}\0{source_text}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _signature(paths: list[Path]) -> Signature:
    stats = []
    for path in paths:
        status = os.stat(path)
        stats.append((str(path), status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino))
    return tuple(stats)


@lru_cache(maxsize=1)
def _code_signature() -> tuple[Any, ...]:
    """vlasov's version and the modification times of its modules: a checkout being worked on never
    reads a bank that older code built."""
    package = Path(__file__).resolve().parent.parent
    modules = sorted((str(path.relative_to(package)), path.stat().st_mtime_ns) for path in package.rglob("*.py"))
    shape = (_SCHEMA, tuple((kind.__name__, kind._fields) for kind in _STORED))
    return (shape, __version__, sys.version_info[:2], marshal.version, tuple(modules))


def _store_file(folder: Path) -> Path:
    # Two folders whose paths share a checksum only take turns: the key inside names every file.
    return cache_folder() / f"bank-{zlib.crc32(os.fsencode(folder.resolve())):08x}.sqlite3"


def _stored(folder: Path) -> Bank | None:
    """The stored bank of `folder`, or None when there is none or it is stale or unreadable."""
    path = _store_file(folder)
    try:
        if not path.is_file():
            return None
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            if _fresh(connection, folder):
                return StoredBank(connection, path, folder)
        except BaseException:
            connection.close()
            raise
        connection.close()
    except (*_UNREADABLE, StoreDamaged):  # an unreadable, foreign or stale store is simply rebuilt
        return None
    return None


def _fresh(connection: sqlite3.Connection, folder: Path) -> bool:
    """Whether the store was written by this vlasov from the bank files as they are now."""
    row = connection.execute("SELECT value FROM meta WHERE name = 'key'").fetchone()
    if row is None:
        return False
    key = marshal.loads(row[0])
    # Only once the code matches is the rest of the key known to have the shape this code writes.
    if not isinstance(key, tuple) or len(key) != 2 or key[0] != _code_signature():
        return False
    files = key[1]
    listed = [Path(name) for name, *_ in files[:-1]] == bank_files(folder)
    return listed and _signature([Path(name) for name, *_ in files]) == files


def _save(folder: Path, files: Signature | None, built: Built) -> Bank:
    """Store the built bank and serve it from there; where it cannot be stored (a folder that cannot
    be written, or files that changed while they were read), from memory."""
    target = _store_file(folder)
    if files is not None:
        import tempfile

        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            os.close(handle)
            try:
                with sqlite3.connect(temporary) as connection:
                    _write(connection, built, files)
                connection.close()
                os.replace(temporary, target)
            finally:
                Path(temporary).unlink(missing_ok=True)
            return StoredBank(sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True), target, folder)
        except (OSError, sqlite3.Error, ValueError):
            pass
    return MemoryBank(built, folder)


def _write(connection: sqlite3.Connection, built: Built, files: Signature) -> None:
    connection.executescript(_SCHEMA)
    meta: dict[str, Any] = {
        "key": (_code_signature(), files),
        "about": (built.title, built.author, built.source_name),
        "identity": built.identity,
        "counts": built.counts(),
        "person_keys": person_keys(built.people),
        "term_keys": term_keys(built.terms),
        "topics": tuple(topics(built.questions)),
        "warnings": tuple(map(tuple, built.warnings)),
        "drafts": built.drafts,
    }
    connection.executemany("INSERT INTO meta VALUES (?, ?)", ((name, marshal.dumps(v)) for name, v in meta.items()))
    kinds: tuple[tuple[str, Iterable[Any]], ...] = (
        ("paragraph", built.paragraphs),
        ("person", built.people),
        ("event", built.events),
        ("term", built.terms),
        ("question", built.questions),
    )
    rows = []
    for kind, entries in kinds:
        for position, entry in enumerate(entries):
            blob = marshal.dumps(_row(entry))
            entry_id = str(position + 1) if kind == "paragraph" else entry.id
            rows.append((kind, position, entry_id, blob, zlib.crc32(blob)))
    connection.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?)", rows)
    people_of_events = [
        (person_id, at) for at, event in enumerate(built.events) for person_id in dict.fromkeys(event.people)
    ]
    connection.executemany("INSERT INTO event_people VALUES (?, ?)", people_of_events)
    event_years = [(year, position) for position, event in enumerate(built.events) for year in event.years]
    connection.executemany("INSERT INTO event_years VALUES (?, ?)", event_years)
    connection.executemany("INSERT INTO search VALUES (?, ?, ?, ?)", search_lines(built))
    connection.commit()


class StoredBank:
    """A stored bank (`core.bank.Bank`): its title and counts at once, its entries as a command asks for them."""

    def __init__(self, connection: sqlite3.Connection, path: Path, folder: Path) -> None:
        self._db = connection
        self._path = path
        self.title, self.author, self.source_name = self._meta("about")
        self.counts: dict[str, int] = self._meta("counts")
        # Before, a bank was known by its title and article's file name, which unrelated banks can
        # share: its answers there are claimed (`History`'s `claim`).
        self.key, self.former_key = history_keys(folder, self.title, self.source_name, self._meta("identity"))

    def question_ids(self) -> frozenset[str]:
        return frozenset(
            question_id for (question_id,) in self._query("SELECT id FROM entries WHERE kind = 'question'")
        )

    def _query(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[Any]:
        try:
            return self._db.execute(sql, parameters).fetchall()
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from None

    def _damaged(self, error: Exception) -> StoreDamaged:
        self._path.unlink(missing_ok=True)
        return StoreDamaged(f"the stored bank {self._path} was damaged ({error}) and is removed: run the command again")

    def _meta(self, name: str) -> Any:
        (row,) = self._query("SELECT value FROM meta WHERE name = ?", (name,))
        return marshal.loads(row[0])

    def _entries(self, kind: str, where: str = "", parameters: tuple[Any, ...] = ()) -> tuple[Any, ...]:
        sql = f"SELECT row, crc FROM entries WHERE kind = ? {where} ORDER BY position"
        make = _ENTRY[kind]
        entries = []
        for blob, crc in self._query(sql, (kind, *parameters)):
            try:
                if zlib.crc32(blob) != crc:
                    raise ValueError("checksum")
                entries.append(make(marshal.loads(blob)))
            except (ValueError, EOFError) as error:
                raise self._damaged(error) from None
        return tuple(entries)

    def _one(self, kind: str, entry_id: str) -> Any:
        found = self._entries(kind, "AND id = ?", (entry_id,))
        if not found:
            raise KeyError(entry_id)
        return found[0]

    @cached_property
    def paragraphs(self) -> tuple[str, ...]:
        return self._entries("paragraph")

    @cached_property
    def people(self) -> tuple[Person, ...]:
        return self._entries("person")

    @cached_property
    def events(self) -> tuple[Event, ...]:
        return self._entries("event")

    @cached_property
    def terms(self) -> tuple[Term, ...]:
        return self._entries("term")

    @cached_property
    def questions(self) -> tuple[Question, ...]:
        return self._entries("question")

    @cached_property
    def drafts(self) -> int:
        return self._meta("drafts")

    @property
    def warnings(self) -> tuple[tuple[str, int, str], ...]:
        """What the question linter warned of when the bank was built."""
        return self._meta("warnings")

    @cached_property
    def person_keys(self) -> NameKeys:
        return self._meta("person_keys")

    @cached_property
    def term_keys(self) -> NameKeys:
        return self._meta("term_keys")

    def paragraph(self, number: int) -> str | None:
        if not 1 <= number <= self.counts["paragraphs"]:  # (and no number SQLite cannot hold)
            return None
        found = self._entries("paragraph", "AND position = ?", (number - 1,))
        return found[0] if found else None

    def person(self, person_id: str) -> Person:
        return self._one("person", person_id)

    def term(self, term_id: str) -> Term:
        return self._one("term", term_id)

    def question(self, question_id: str) -> Question | None:
        try:
            return self._one("question", question_id)
        except KeyError:
            return None

    def entry(self, kind: str, position: int) -> Any:
        return self._entries(kind, "AND position = ?", (position,))[0]

    def events_of(self, person_id: str) -> tuple[Event, ...]:
        where = "AND position IN (SELECT position FROM event_people WHERE person_id = ?)"
        return self._entries("event", where, (person_id,))

    def events_in(self, year: int) -> tuple[Event, ...]:
        return self._entries("event", "AND position IN (SELECT position FROM event_years WHERE year = ?)", (year,))

    def years(self) -> list[int]:
        """The years some event's window reaches into."""
        return [year for (year,) in self._query("SELECT DISTINCT year FROM event_years ORDER BY year")]

    def topics(self) -> list[str]:
        return list(self._meta("topics"))

    def search_lines(self, word: str) -> list[tuple[int, int, int, str]]:
        """(kind, position, title length, folded line) of the searched entries holding `word`, in order."""
        sql = "SELECT kind, position, title_length, line FROM search WHERE instr(line, ?) > 0 ORDER BY rowid"
        return self._query(sql, (word,))
