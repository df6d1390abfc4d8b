"""`vlasov review`: the draft's entries one at a time, each decided with a key, as `git add -p` does
hunks. Every decision is written at once, so quitting (q, Ctrl-C, a closed terminal) keeps them all."""

from __future__ import annotations

import contextlib
import os
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from vlasov_cli.cli.views import review as view
from vlasov_cli.cli.views.review import KIND, say
from vlasov_cli.core.errors import BadInput
from vlasov_cli.features.review import record_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from vlasov_cli.features.review import DraftFiles, Pending
    from vlasov_cli.state.store import Bank

KEYS = "y,n,e,s,u,q,?"


class Decision(NamedTuple):
    what: str  # kept, deleted, edited, skipped, dropped
    position: int  # where in the queue it was taken
    snapshot: dict[Path, str]  # the files before it, for undo
    entries: int = 1  # how many entries it decided


class Tally:
    def __init__(self) -> None:
        self.decisions: list[Decision] = []

    def count(self, what: str) -> int:
        return sum(decision.entries for decision in self.decisions if decision.what == what)


def review(folder: Path, section: str | None, order: str, drop_below: float | None) -> int:
    """Run a review of the bank in `folder`; the exit status."""
    from vlasov_cli.features.review import ORDERS, DraftFiles

    if order not in ORDERS:
        raise BadInput(f"--order must be one of: {', '.join(ORDERS)}")
    files = DraftFiles(folder)
    tally = Tally()
    interrupted = False
    if not files.pending(section):
        say(f"Nothing to review: no {_what(section)} in {folder} is marked draft:.")
        _summary(folder, files, tally, section)
        return 0
    try:
        bank = _bank(folder)
        if drop_below is not None:
            _drop(files, bank, tally, section, drop_below)
        _walk(files, bank, tally, section, order)
    except KeyboardInterrupt:
        interrupted = True
    _summary(folder, files, tally, section)
    return 130 if interrupted else 0


def _what(section: str | None) -> str:
    return "entry" if section is None else KIND[section]


def _bank(folder: Path) -> Bank:
    from vlasov_cli.state import store

    return store.load(folder)


def _ask(prompt: str) -> str | None:
    """One key: at a terminal a single key press, no Enter needed (as Anki's, or git's interactive
    single keys); from a pipe one line. None at the end of input (a pipe that ends, Ctrl-D, a closed
    terminal)."""
    if sys.stdin.isatty():
        return _key_press(prompt)
    line = sys.stdin.readline(4096)
    say(prompt + line.strip() if line else prompt.rstrip())  # the transcript shows the key, as a terminal would
    return line.strip() if line else None


def _key_press(prompt: str) -> str | None:
    import termios
    import tty

    sys.stdout.write(prompt)
    sys.stdout.flush()
    descriptor = sys.stdin.fileno()
    before = termios.tcgetattr(descriptor)
    try:
        tty.setcbreak(descriptor)  # (Ctrl-C still interrupts)
        key = os.read(descriptor, 1).decode("utf-8", "replace")
    except OSError:  # the terminal went away
        key = ""
    finally:
        with contextlib.suppress(termios.error):
            termios.tcsetattr(descriptor, termios.TCSADRAIN, before)
    if key in ("", "\x04"):
        sys.stdout.write("\n")
        return None
    sys.stdout.write((key if key.isprintable() else "") + "\n")
    return key.strip()


def _drop(files: DraftFiles, bank: Bank, tally: Tally, section: str | None, below: float) -> None:
    """Delete every draft entry less sure than `below`, once the reviewer has seen which."""
    doomed = [entry for entry in files.pending(section) if entry.sure < below]
    if not doomed:
        say(f"--drop-below {below:g}: no draft entry is less sure than that.")
        return
    kinds = ", ".join(
        f"{count} {name if count != 1 else KIND[name]}"
        for name in ("people", "events", "terms", "questions")
        if (count := sum(entry.section == name for entry in doomed))
    )
    say(f"--drop-below {below:g}: {len(doomed)} draft entries are less sure than that ({kinds}):")
    for entry in doomed:
        view.one_line(bank, entry)
    if (_ask("Delete them all? [y/N] ") or "").lower() != "y":
        say("Nothing deleted.")
        return
    snapshot = files.snapshot()
    for entry in doomed:
        files.delete(files.deletion(entry))
    tally.decisions.append(Decision("dropped", -1, snapshot, len(doomed)))
    say(f"Deleted {len(doomed)}.")


def _walk(files: DraftFiles, bank: Bank, tally: Tally, section: str | None, order: str) -> None:
    queue = _ordered(files.pending(section), bank, order)
    total = len(queue)
    position = 0
    while position < len(queue):
        entry = queue[position]
        if position or tally.decisions:
            say()
        skipped = tally.count("skipped")
        aside = f", {skipped} skipped" if skipped else ""
        say(f"{position - skipped} of {total} reviewed{aside}, {total - position} left")
        view.entry(files, bank, entry)
        key = _key(f"Keep this {KIND[entry.section]}? [{KEYS}] ", partial(view.every_fact, bank, entry))
        if key is None or key == "q":
            return
        snapshot = files.snapshot()
        if key == "y":
            files.keep(entry)
            tally.decisions.append(Decision("kept", position, snapshot))
        elif key == "n":
            files.delete(files.deletion(entry))
            tally.decisions.append(Decision("deleted", position, snapshot))
        elif key == "e":
            if not _edit(files, entry):
                continue
            tally.decisions.append(Decision("edited", position, snapshot))
            bank = _bank(files.folder)
        elif key == "s":
            tally.decisions.append(Decision("skipped", position, snapshot))
        else:
            position = _undo(files, tally, position)
            continue
        position += 1


def _key(prompt: str, more: Callable[[], None]) -> str | None:
    """One of the keys (or None at the end of input); f calls `more` and asks again; anything else
    shows the help and asks again."""
    while True:
        key = _ask(prompt)
        if key is None or (key and key in KEYS.split(",")[:-1]):
            return key
        if key == "f":
            more()
        else:
            view.help_lines()


def _undo(files: DraftFiles, tally: Tally, position: int) -> int:
    if not tally.decisions or tally.decisions[-1].position < 0:
        say("Nothing to undo." if not tally.decisions else "The bulk deletion is not undone here.")
        return position
    last = tally.decisions.pop()
    files.restore(last.snapshot)
    say(f"Undone: {last.what} the entry before this one; it is asked again.")
    return last.position


def _ordered(queue: list[Pending], bank: Bank, order: str) -> list[Pending]:
    if order != "article":
        return queue
    paragraph = {entry.id: _paragraph(bank, entry.id) for entry in queue}
    return sorted(queue, key=lambda entry: (paragraph[entry.id], entry.place))


def _paragraph(bank: Bank, entry_id: str) -> int:
    record = record_of(bank, entry_id)
    if record is None:
        return 0
    if hasattr(record, "facts"):
        return min((fact.paragraph for fact in record.facts), default=0)
    return record.paragraph


def _edit(files: DraftFiles, entry: Pending) -> bool:
    """Edit the entry alone in $EDITOR until check passes or the reviewer gives up; whether it changed."""
    import shlex
    import subprocess
    import tempfile

    from vlasov_cli.features.review import read_edit

    editor = shlex.split(os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi")
    with tempfile.TemporaryDirectory(prefix="vlasov-edit-") as folder:
        path = Path(folder) / f"{entry.id or 'entry'}.yaml"
        original = files.as_yaml(entry)
        path.write_text(original, encoding="utf-8")
        while True:
            try:
                status = subprocess.run([*editor, str(path)], check=False).returncode
            except OSError as error:
                raise BadInput(f"cannot start the editor {editor[0]!r}: {error.strerror or error}") from None
            text = path.read_text(encoding="utf-8")
            if status != 0 or text == original:
                why = "" if status == 0 else f"The editor exited with status {status}: "
                say(f"{why}The entry is unchanged." if not why else f"{why}the entry is unchanged.")
                return False
            try:
                edited = read_edit(text)
                problems = files.problems_after(entry, edited)
            except BadInput as error:
                problems = [str(error)]
            if not problems:
                files.replace(entry, edited)
                say("Edited and kept.")
                return True
            for problem in problems:
                say(problem, 2)
            if (_ask("[e]dit again or [d]iscard the edit? ") or "d").lower() != "e":
                say("The edit is discarded: the entry is unchanged.")
                return False


def _summary(folder: Path, files: DraftFiles, tally: Tally, section: str | None) -> None:
    from vlasov_cli.state import store

    parts = [
        f"{what} {tally.count(what)}"
        for what in ("kept", "deleted", "dropped", "edited", "skipped")
        if tally.count(what)
    ]
    if tally.decisions or files.pending(section):
        say()
        say(f"Reviewed: {', '.join(parts) if parts else 'nothing decided'}.")
    left = len(files.pending())
    checked = store.check(folder)
    if checked.problems:
        say(f"check: {len(checked.problems)} problems; see vlasov check --bank {folder}")
    else:
        count = len(checked.warnings)
        warned = f", {count} warning{'s' if count != 1 else ''}" if count else ""
        say(f"check: ok{warned}; {left} draft{'s' if left != 1 else ''} left to review.")
