"""Reading and writing files safely: only regular files are read, never more than a limit, and a
file is written whole or not at all (a temporary file beside it, renamed over it)."""

from __future__ import annotations

import contextlib
import errno
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
    # (O_NONBLOCK is POSIX's: elsewhere a FIFO is no file path can name, and the flag is not needed)
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
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


def write_atomically(target: Path, write: Callable[[BinaryIO], object], replace: bool = False) -> None:
    """Call `write(handle)` on a temporary file beside `target`, then put it in place: as a new file
    only if no file has taken the name meanwhile (FileExistsError), or, with `replace`, over a regular
    file, keeping its mode and owner. A link, device, FIFO or folder is never written (NotRegular).
    A failure leaves `target` as it was and raises OSError."""
    import tempfile

    existing = _regular_or_none(target)
    if existing is not None and not replace:
        raise FileExistsError(errno.EEXIST, "File exists", str(target))
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        if existing is None:
            os.chmod(temporary, 0o666 & ~_umask())
            os.link(temporary, target)  # fails if the name was taken meanwhile: never over another file
            os.unlink(temporary)
            return
        os.chmod(temporary, stat.S_IMODE(existing.st_mode))
        if hasattr(os, "chown"):  # (a POSIX call: elsewhere a file has no such owner to keep)
            with contextlib.suppress(PermissionError):
                os.chown(temporary, existing.st_uid, existing.st_gid)
        if _regular_or_none(target) is None:  # it went, or became something else, meanwhile
            raise NotRegular(f"{target} changed while it was being written")
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _regular_or_none(path: Path) -> os.stat_result | None:
    """The status of the regular file `path`, None if nothing is there; NotRegular for anything else."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(status.st_mode):
        raise NotRegular(f"{path} is a symbolic link: give the file it points to, {os.path.realpath(path)}")
    if not stat.S_ISREG(status.st_mode):
        raise NotRegular(f"{path} is not a regular file")
    return status


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
