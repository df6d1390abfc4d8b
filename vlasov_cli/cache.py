"""The caches, under the user cache folder (or $VLASOV_HOME/cache); nothing in them is needed.

- The parsed bank: a file per bank folder, valid while the bank's files (and vlasov's own) keep
  their size and mtime. A header, then sections read through a memory map when first needed, each
  entry marshalled on its own, so that a look-up decodes only the entries it shows, and the
  indexes the look-ups use (`Bank.derived`).
- What was read from a file (`load_parsed`/`store_parsed`): the entries of each bank file and where
  each quote is in the source text, so that `check` parses again only the files that changed.

Plain data only (`marshal`, never pickle). Anything unreadable, foreign or stale is ignored and
rebuilt; writes are atomic, so a crash never leaves half a file; a part of the bank cache that
fails its checksum when first used is taken from the bank read again, and the cache is rewritten.
"""

from __future__ import annotations

import marshal
import mmap
import os
import sys
import zlib
from collections.abc import Callable
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from vlasov_cli import __version__
from vlasov_cli.model import Bank, Event, Question, Records, Term, entry_row, person_from_row

FORMAT = 4  # 4: a bank file's parsed entries are kept with whether they have their lines
KINDS = ("paragraphs", "people", "events", "terms", "questions")
_MAKE: dict[str, Any] = {
    "paragraphs": str,
    "people": person_from_row,
    "events": Event._make,
    "terms": Term._make,
    "questions": Question._make,
}
_HEADER_SIZE = 8


def cache_folder() -> Path:
    home = os.environ.get("VLASOV_HOME")
    if home:
        return Path(home) / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("vlasov"))


def _signature(paths: list[Path]) -> tuple[tuple[str, int, int], ...]:
    stats = []
    for path in paths:
        stat = path.stat()
        stats.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(stats)


@lru_cache(maxsize=1)
def _code_signature() -> tuple[tuple[str, int], ...]:
    """The package's own modules and their mtimes: a checkout being worked on never reads a cache
    that older code wrote (an installed package's files keep their mtimes)."""
    modules = [entry for entry in os.scandir(Path(__file__).parent) if entry.name.endswith(".py")]
    return tuple(sorted((entry.name, entry.stat().st_mtime_ns) for entry in modules))


def _key(files: list[Path]) -> tuple[Any, ...]:
    version = (FORMAT, __version__, sys.version_info[:2], marshal.version, sys.byteorder)
    return (*version, _code_signature(), _signature(files))


def _cache_file(folder: Path) -> Path:
    # Two folders sharing a name only take turns: the key inside names every file of the bank.
    return cache_folder() / f"bank-{zlib.crc32(str(folder.resolve()).encode()):08x}.cache"


def load(folder: Path, files: list[Path]) -> Bank | None:
    """The cached bank for `folder`, or None when there is none or it is stale or unreadable."""
    path = _cache_file(folder)
    try:
        with open(path, "rb") as handle:
            view = memoryview(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
        size = int.from_bytes(view[:_HEADER_SIZE], "little")
        key, source, source_signature, sections = marshal.loads(view[_HEADER_SIZE : _HEADER_SIZE + size])
        start = _HEADER_SIZE + size
        if key != _key(files) or source_signature != _signature([Path(source)]):
            return None
        if start + sum(length for _, length in sections.values()) != len(view):
            return None
        parts = {name: view[start + offset : start + offset + length] for name, (offset, length) in sections.items()}
        rebuilt = _Rebuilt(folder, path)
        kinds = (_records(parts[kind], _MAKE[kind], partial(rebuilt.row, kind)) for kind in KINDS)
        bank = Bank(*marshal.loads(parts["meta"]), *kinds)
    except Exception:  # any unreadable, foreign or stale cache is simply rebuilt
        return None
    for name, part in parts.items():
        if name.startswith("derived:"):
            crc = int.from_bytes(part[:4], "little")
            bank._derived[name[8:]] = partial(_decode, part[4:], crc, partial(rebuilt.derived, name[8:]))
    return bank


class _Rebuilt:
    """The bank read again from its files, for when a part of its cache turns out to be damaged
    once in use: the cache is removed and written anew, and the part is taken from the new bank
    (the same files give the same entries in the same places)."""

    def __init__(self, folder: Path, path: Path) -> None:
        self._folder = folder
        self._path = path
        self._bank: Bank | None = None

    def _fresh(self) -> Bank:
        if self._bank is None:
            from vlasov_cli.loader import load_bank

            self._path.unlink(missing_ok=True)
            self._bank = load_bank(self._folder)
        return self._bank

    def row(self, kind: str, position: int) -> Any:
        entry = getattr(self._fresh(), kind)[position]
        return entry if kind == "paragraphs" else entry_row(entry)

    def derived(self, name: str) -> Any:
        return self._fresh()._derived[name]


def _records(part: memoryview, make: Callable[[Any], Any], rebuilt: Callable[[int], Any]) -> Records[Any]:
    """A section of entries: count, offsets, checksums, then each entry marshalled on its own."""
    count = int.from_bytes(part[:8], "little")
    offsets = part[8 : 16 + 8 * count].cast("Q")
    crcs = part[16 + 8 * count : 16 + 12 * count].cast("I")
    entries = part[16 + 12 * count :]
    if offsets[count] != len(entries):
        raise ValueError("entries do not fill their section")

    def fetch(position: int) -> Any:
        return _decode(entries[offsets[position] : offsets[position + 1]], crcs[position], partial(rebuilt, position))

    return Records(count, fetch, make)


def _records_section(rows: Any) -> bytes:
    from array import array

    blobs = [marshal.dumps(row) for row in rows]
    offsets = [0]
    for blob in blobs:
        offsets.append(offsets[-1] + len(blob))
    crcs = array("I", [zlib.crc32(blob) for blob in blobs])
    return b"".join([len(blobs).to_bytes(8, "little"), array("Q", offsets).tobytes(), crcs.tobytes(), *blobs])


def _decode(part: memoryview, crc: int, rebuilt: Callable[[], Any]) -> Any:
    """Unmarshal one part of the cache; a damaged one is taken from the bank read again instead."""
    if zlib.crc32(part) != crc:
        return rebuilt()
    try:
        return marshal.loads(part)
    except (ValueError, EOFError, TypeError):
        return rebuilt()


def store(folder: Path, files: list[Path], source: Path | None, bank: Bank) -> None:
    """Write the cache atomically; a cache that cannot be written is silently skipped."""
    if source is None:
        return
    try:
        sections = {"meta": marshal.dumps((bank.title, bank.author, bank.source_name))}
        for kind in KINDS:
            rows = getattr(bank, kind) if kind == "paragraphs" else map(entry_row, getattr(bank, kind))
            sections[kind] = _records_section(rows)
        for name, value in bank._derived.items():
            data = marshal.dumps(value)
            sections[f"derived:{name}"] = zlib.crc32(data).to_bytes(4, "little") + data
    except ValueError:  # something marshal cannot store: do without a cache
        return
    offsets, position = {}, 0
    for name, data in sections.items():
        offsets[name] = (position, len(data))
        position += len(data)
    header = marshal.dumps((_key(files), str(source), _signature([source]), offsets))
    _write(_cache_file(folder), [len(header).to_bytes(_HEADER_SIZE, "little"), header, *sections.values()])


def _parsed_file(path: Path) -> Path:
    return cache_folder() / f"parsed-{zlib.crc32(str(path.resolve()).encode()):08x}.cache"


def load_parsed(path: Path) -> Any | None:
    """What was kept about the file `path` (see `store_parsed`), if the file is unchanged since."""
    try:
        with open(_parsed_file(path), "rb") as handle:
            key, crc, data = marshal.load(handle)
        if key != _key([path]) or zlib.crc32(data) != crc:
            return None
        return marshal.loads(data)
    except Exception:  # any unreadable, foreign or stale cache is simply rebuilt
        return None


def store_parsed(path: Path, rows: Any) -> None:
    """Keep what was worked out from the file `path` (the entries of a bank file, where the quotes are
    in a source text); skipped when it holds what marshal cannot store (such as YAML timestamps)."""
    try:
        data = marshal.dumps(rows)
        record = marshal.dumps((_key([path]), zlib.crc32(data), data))
    except (ValueError, OSError):
        return
    _write(_parsed_file(path), [record])


def _write(target: Path, chunks: list[bytes]) -> None:
    """Write `target` atomically (a temporary file renamed over it); silently skipped on failure."""
    import tempfile

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".vlasov-", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
        os.replace(temporary, target)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
