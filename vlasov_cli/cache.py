"""The parsed-bank cache: a pickle per bank folder, valid while its files keep size and mtime.

A cache file is only ever our own pickle in the user's own cache folder; anything unreadable
or stale is ignored and rebuilt, and writes are atomic so a crash never leaves half a file.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from vlasov_cli import __version__
from vlasov_cli.model import Bank

FORMAT = 1


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


def _cache_file(folder: Path) -> Path:
    digest = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:20]
    return cache_folder() / f"bank-{digest}.pickle"


def load(folder: Path, files: list[Path]) -> Bank | None:
    """The cached bank for `folder`, or None when there is none or it is stale or unreadable."""
    try:
        with open(_cache_file(folder), "rb") as handle:
            stored = pickle.load(handle)
        key, source, source_signature, bank = stored
        if key != (FORMAT, __version__, _signature(files)):
            return None
        if source_signature != _signature([Path(source)]):
            return None
    except Exception:  # any unreadable, foreign or stale cache is simply rebuilt
        return None
    return bank if isinstance(bank, Bank) else None


def store(folder: Path, files: list[Path], source: Path | None, bank: Bank) -> None:
    """Write the cache atomically; a cache that cannot be written is silently skipped."""
    if source is None:
        return
    target = _cache_file(folder)
    payload = ((FORMAT, __version__, _signature(files)), str(source), _signature([source]), bank)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".bank-", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(payload, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, target)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
