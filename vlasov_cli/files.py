"""Reading and writing files safely: only regular files are read, never more than a limit, and a
file is written whole or not at all (a temporary file beside it, renamed over it)."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


class NotRegular(OSError):
    """A path that is a folder, a FIFO, a device or a socket, not a file to read."""


class TooLarge(OSError):
    """A file over the size it may have."""


def read_regular(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file `path` (a link is followed), refused when it is anything else or
    larger than `max_bytes`. Opening does not block on a FIFO, and the size is checked before reading."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise NotRegular(f"not a regular file: {path}")
        if status.st_size > max_bytes:
            raise TooLarge(f"larger than {max_bytes // 2**20} MiB: {path}")
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:  # it grew while being read
        raise TooLarge(f"larger than {max_bytes // 2**20} MiB: {path}")
    return data


def write_atomically(target: Path, write: Callable[[BinaryIO], object], mode: int | None = None) -> None:
    """Call `write(handle)` on a temporary file beside `target`, then rename it over `target`.

    A failure leaves `target` as it was and raises OSError. The new file gets `mode`, or the mode
    that the umask gives a new file."""
    import tempfile

    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        os.chmod(temporary, mode if mode is not None else 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
