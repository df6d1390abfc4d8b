"""Work on a big bank split between this process and a forked copy of it, on a system with two
CPUs or more that can fork; what the copy cannot do is done here instead.

The copy is given its work as it is forked (nothing is pickled on the way there), and sends its
result back marshalled: far quicker than pickled, for the plain tuples, lists and text it holds.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from typing import Any, TypeVar

A = TypeVar("A")
B = TypeVar("B")

_NOT_YET: Any = object()
_work_there: tuple[Callable[[], Any], Callable[[Any], Any]] | None = None


def can_fork() -> bool:
    import multiprocessing

    return (os.cpu_count() or 1) >= 2 and "fork" in multiprocessing.get_all_start_methods()


def side_by_side(
    here: Callable[[], A], there: Callable[[], B], plain: Callable[[B], Any], again: Callable[[Any], B]
) -> tuple[A, B]:
    """`here()` and `there()`, run at once: `there()` in a forked copy of this process, whose result
    is sent back as `plain` makes it and made again by `again`. If the copy cannot start, or dies,
    `there()` runs here."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    done_here = _NOT_YET
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(1, context, initializer=_given, initargs=(there, plain)) as pool:
            future = pool.submit(_run_there)
            done_here = here()
            sent = future.result()
    except (OSError, BrokenProcessPool):
        return (here() if done_here is _NOT_YET else done_here), there()
    return done_here, again(received(sent))


def _given(there: Callable[[], Any], plain: Callable[[Any], Any]) -> None:
    global _work_there
    _work_there = (there, plain)


def _run_there() -> tuple[bool, Any]:
    """In the copy: the work's result made plain, and marshalled if it can be (values such as YAML
    timestamps cannot: those are pickled)."""
    assert _work_there is not None
    there, plain = _work_there
    result = plain(there())
    try:
        return True, marshal.dumps(result)
    except ValueError:
        return False, result


def received(sent: tuple[bool, Any]) -> Any:
    marshalled, payload = sent
    return marshal.loads(payload) if marshalled else payload
