"""The bank store: a bank built once is kept whole in one file under the cache folder, and loaded
in one go while the bank's files and vlasov's own are unchanged.

The file holds plain data only (`marshal` of tuples, dicts and text: loading it can build nothing
else), with a checksum that a damaged file fails. It is keyed on vlasov's version and modules and
on each bank file's size, modification and change times and inode, taken before the files are
read: an edit, even one that keeps the size and modification time, makes it stale, and a bank
edited while it was being read is not stored. Stale, foreign or unreadable means rebuilt.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from vlasov_cli import __version__
from vlasov_cli.bank.model import COUNTED, Bank, Event, Fact, Index, Person, Question, SearchIndex, Term
from vlasov_cli.bank.read import bank_files, read_bank
from vlasov_cli.errors import BadBank, Problem
from vlasov_cli.files import read_regular, write_atomically
from vlasov_cli.paths import cache_folder

FORMAT = 5  # 5: the whole bank in one piece
MAX_STORE_BYTES = 512 * 1024 * 1024

Signature = tuple[tuple[str, int, int, int, int], ...]


class Checked(NamedTuple):
    """What `check` found: the problems, and how many entries of each kind were read."""

    problems: list[Problem]
    counts: dict[str, int]


def load(folder: Path) -> Bank:
    """The bank in `folder`: stored if its files are unchanged, else read, validated, built and stored.
    Raises BadBank with every problem of a bank that does not pass validation."""
    bank = _stored(folder)
    if bank is not None:
        return bank
    bank, checked = _build(folder)
    if bank is None:
        raise BadBank(checked.problems)
    return bank


def check(folder: Path) -> Checked:
    """Every problem of the bank in `folder` and its counts. A bank stored since it was built (which
    it is only once valid) has no problems."""
    bank = _stored(folder)
    if bank is not None:
        return Checked([], bank.index.counts)
    return _build(folder)[1]


def _build(folder: Path) -> tuple[Bank | None, Checked]:
    from vlasov_cli.bank.build import build_bank
    from vlasov_cli.bank.validate import validate
    from vlasov_cli.text import ParagraphIndex

    files = bank_files(folder)
    before = _signature(files)
    raw = read_bank(folder)
    quotes = ParagraphIndex(raw.paragraphs)
    problems = validate(raw, quotes)
    if problems:
        kinds = [entry.kind for entry in raw.entries]
        read = (*(kinds.count(kind) for kind in ("person", "event", "term", "question")), 0, len(raw.paragraphs))
        return None, Checked(problems, dict(zip(COUNTED, read, strict=True)))
    bank = build_bank(raw, quotes)
    if raw.source_path is not None:
        files.append(raw.source_path)
        before += _signature([raw.source_path])
        if _signature(files) == before:  # nothing changed while it was read
            _save(folder, before, bank)
    return bank, Checked([], bank.index.counts)


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
    return (FORMAT, __version__, sys.version_info[:2], marshal.version, tuple(modules))


def _store_file(folder: Path) -> Path:
    # Two folders whose paths share a checksum only take turns: the key inside names every file.
    return cache_folder() / f"bank-{zlib.crc32(str(folder.resolve()).encode()):08x}.marshal"


def _stored(folder: Path) -> Bank | None:
    """The stored bank of `folder`, or None when there is none or it is stale or unreadable."""
    try:
        code, files, checksum, payload = marshal.loads(read_regular(_store_file(folder), MAX_STORE_BYTES))
        if code != _code_signature() or [Path(name) for name, *_ in files[:-1]] != bank_files(folder):
            return None
        if _signature([Path(name) for name, *_ in files]) != files or zlib.crc32(payload) != checksum:
            return None
        return _from_plain(marshal.loads(payload))
    except Exception:  # any unreadable, foreign or stale store is simply rebuilt
        return None


def _save(folder: Path, files: Signature, bank: Bank) -> None:
    """Store the bank; a store that cannot be written is silently skipped (nothing in it is needed)."""
    try:
        payload = marshal.dumps(_to_plain(bank))
        data = marshal.dumps((_code_signature(), files, zlib.crc32(payload), payload))
        target = _store_file(folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, lambda handle: handle.write(data))
    except (ValueError, OSError):  # something marshal cannot hold, or a folder that cannot be written
        return


def _to_plain(bank: Bank) -> tuple[Any, ...]:
    people = tuple((*person[:4], tuple(map(tuple, person.facts)), *person[5:]) for person in bank.people)
    index = (*bank.index[:-1], tuple(bank.index.search))
    return (
        bank.title,
        bank.author,
        bank.source_name,
        bank.paragraphs,
        people,
        tuple(map(tuple, bank.events)),
        tuple(map(tuple, bank.terms)),
        tuple(map(tuple, bank.questions)),
        index,
    )


def _from_plain(payload: tuple[Any, ...]) -> Bank:
    title, author, source_name, paragraphs, people, events, terms, questions, index = payload
    return Bank(
        title,
        author,
        source_name,
        paragraphs,
        tuple(Person._make((*row[:4], tuple(map(Fact._make, row[4])), *row[5:])) for row in people),
        tuple(map(Event._make, events)),
        tuple(map(Term._make, terms)),
        tuple(map(Question._make, questions)),
        Index._make((*index[:-1], SearchIndex._make(index[-1]))),
    )
