"""`vlasov review`: the draft's entries one at a time, each decided with a key, as `git add -p` does
hunks. Every decision is written at once, so quitting (q, Ctrl-C, a closed terminal) keeps them all."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from vlasov_cli.cli.review_ask import SPECIAL_KEY, ask
from vlasov_cli.cli.review_edit import edit_alone
from vlasov_cli.cli.review_fix import fix
from vlasov_cli.cli.review_list import keep_the_rest
from vlasov_cli.cli.views import review as view
from vlasov_cli.cli.views.review import KIND, say
from vlasov_cli.core.errors import BadInput
from vlasov_cli.features.review import record_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from vlasov_cli.features.review import DraftFiles, Pending
    from vlasov_cli.state.store import Bank

# The keys of each kind of entry: y n e as git add -p's, the fixes after them, then a (keep the rest).
KEYS = {
    "people": "y,n,e,t,x,m,a,s,u,q,?",
    "events": "y,n,e,t,w,p,x,m,a,s,u,q,?",
    "terms": "y,n,e,t,d,k,x,m,a,s,u,q,?",
    "questions": "y,n,e,a,s,u,q,?",
}
KEPT_WARNED = re.compile(r"warning: (?:person|event|term|question) '")  # (a warning of one entry)
MOST_SHOWN = 5
FIXES = "twpxmkd"  # a fix changes the entry and asks about it again


class Decision(NamedTuple):
    what: str  # kept, deleted, edited, skipped, dropped
    position: int  # where in the queue it was taken
    snapshot: dict[Path, str]  # the files before it, for undo
    entries: int = 1  # how many entries it decided
    deleted: int = 0  # and how many it deleted besides (a's list: "n 3-5")


class Tally:
    def __init__(self) -> None:
        self.decisions: list[Decision] = []

    def count(self, what: str) -> int:
        decided = sum(decision.entries for decision in self.decisions if decision.what == what)
        return decided + (sum(decision.deleted for decision in self.decisions) if what == "deleted" else 0)


def review(folder: Path, section: str | None, order: str, drop_below: float | None, kept_too: bool = False) -> int:
    """Run a review of the bank in `folder` (with `kept_too`, of the entries kept already too); the exit status."""
    from vlasov_cli.features.review import ORDERS, DraftFiles

    if order not in ORDERS:
        raise BadInput(f"--order must be one of: {', '.join(ORDERS)}")
    files = DraftFiles(folder, kept_too=kept_too)
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
    if (ask("Delete them all? [y/N] ") or "").lower() != "y":
        say("Nothing deleted.")
        return
    snapshot = files.snapshot()
    for entry in doomed:
        files.delete(files.deletion(entry))
    tally.decisions.append(Decision("dropped", -1, snapshot, len(doomed)))
    say(f"Deleted {len(doomed)}.")


def _walk(files: DraftFiles, bank: Bank, tally: Tally, section: str | None, order: str) -> None:
    queue = _ordered(files.pending(section), bank, order)
    position = 0
    shown = tally.decisions != []  # (after a bulk deletion's lines, a blank line)
    settled: set[tuple[str, str]] = set()  # kept by a: with --all, kept entries wait still, not to walk again
    while position < len(queue):
        entry = queue[position]
        waiting = {(pending.section, pending.id) for pending in files.pending(section)} - settled
        if (entry.section, entry.id) not in waiting:  # decided with others (a, m) since the queue was made
            position += 1
            continue
        if shown:
            say()
        shown = True
        left = sum((pending.section, pending.id) in waiting for pending in queue[position:])
        skipped = tally.count("skipped")
        aside = f", {skipped} skipped" if skipped else ""
        say(f"{len(queue) - left - skipped} of {len(queue)} reviewed{aside}, {left} left")
        view.entry(files, bank, entry)
        keys = KEYS[entry.section]
        key = _key(f"Keep this {KIND[entry.section]}? [{keys}] ", keys, partial(view.every_fact, bank, entry))
        if key is None or key == "q":
            return
        snapshot = files.snapshot()
        if key == "y":
            files.keep(entry)
            tally.decisions.append(Decision("kept", position, snapshot))
            for message in view.warnings_of(bank, entry):  # (kept, not passed over: said again)
                say(f"Kept, though check still warns: {message}", 2)
        elif key == "n":
            files.delete(files.deletion(entry))
            tally.decisions.append(Decision("deleted", position, snapshot))
        elif key in "e" + FIXES:
            if not (edit_alone(files, entry, ask) if key == "e" else fix(files, bank, entry, key)):
                continue
            tally.decisions.append(Decision({"e": "edited", "m": "merged"}.get(key, "fixed"), position, snapshot))
            bank = _bank(files.folder)
            continue  # asked again, as it now is (a merged entry is gone: the next one)
        elif key == "a":
            kept, deleted, asked = keep_the_rest(files, bank, queue[position:], entry.section)
            if kept:
                settled |= {(entry.section, one.id) for one in queue[position:] if one.section == entry.section}
                settled -= {(one.section, one.id) for one in asked}
            if kept or deleted:
                tally.decisions.append(Decision("kept", position, snapshot, kept, deleted))
                bank = _bank(files.folder)
            # Those left for one by one come next, as listed, before any other kind's still to review.
            queue = [*queue[:position], *asked, *(pending for pending in queue[position:] if pending not in asked)]
            continue
        elif key == "s":
            tally.decisions.append(Decision("skipped", position, snapshot))
        else:
            position = _undo(files, tally, position)
            settled -= {(pending.section, pending.id) for pending in files.pending(section, kept=False)}  # drafts again
            bank = _bank(files.folder)
            continue
        position += 1


def _key(prompt: str, keys: str, more: Callable[[], None]) -> str | None:
    """One of the keys (or None at the end of input); f calls `more` and asks again; anything else
    shows the help and asks again."""
    while True:
        key = ask(prompt)
        if key is None or (key and key in keys.split(",")[:-1]):
            return key
        if key == "f":
            more()
        elif key not in (SPECIAL_KEY, " "):
            view.help_lines(keys)


def _undo(files: DraftFiles, tally: Tally, position: int) -> int:
    if not tally.decisions or tally.decisions[-1].position < 0:
        say("Nothing to undo." if not tally.decisions else "The bulk deletion is not undone here.")
        return position
    last = tally.decisions.pop()
    files.restore(last.snapshot)
    many = last.entries + last.deleted != 1
    deleted = f" (and deleted {last.deleted})" if last.deleted else ""
    what = f"{last.what} {last.entries} entries{deleted}" if many else f"{last.what} the entry"
    again = "they are asked again" if many else "it is asked again"
    say(f"Undone: {what}{' before this one' if last.position < position else ''}; {again}.")
    return last.position


def _ordered(queue: list[Pending], bank: Bank, order: str) -> list[Pending]:
    """In the article's order, or those check warns of first and then the least sure."""
    if order != "article":
        warned = {entry.id for entry in queue if view.warnings_of(bank, entry)}
        return sorted(queue, key=lambda entry: (entry.id not in warned, entry.sure, entry.place))
    paragraph = {entry.id: _paragraph(bank, entry.id) for entry in queue}
    return sorted(queue, key=lambda entry: (paragraph[entry.id], entry.place))


def _paragraph(bank: Bank, entry_id: str) -> int:
    record = record_of(bank, entry_id)
    if record is None:
        return 0
    if hasattr(record, "facts"):
        return min((fact.paragraph for fact in record.facts), default=0)
    return record.paragraph


def _summary(folder: Path, files: DraftFiles, tally: Tally, section: str | None) -> None:
    from vlasov_cli.state import store

    parts = [
        f"{what} {tally.count(what)}"
        for what in ("kept", "deleted", "dropped", "edited", "fixed", "merged", "skipped")
        if tally.count(what)
    ]
    if tally.decisions or files.pending(section):
        say()
        say(f"Reviewed: {', '.join(parts) if parts else 'nothing decided'}.")
    drafts = files.pending(kept=False)
    checked = store.check(folder)
    if checked.problems:
        say(f"check: {len(checked.problems)} problems; see vlasov check --bank {folder}")
        return
    count = len(checked.warnings)
    warned = f", {count} warning{'s' if count != 1 else ''}" if count else ""
    say(f"check: ok{warned}; {len(drafts)} draft{'s' if len(drafts) != 1 else ''} left to review.")
    waiting = {f"warning: {KIND[draft.section]} '{draft.id}': " for draft in drafts}
    kept = [str(warning.message) for warning in checked.warnings if KEPT_WARNED.match(warning.message)]
    kept = [message for message in kept if not any(message.startswith(draft) for draft in waiting)]
    if kept:
        them = "it" if len(kept) == 1 else "them"
        say(f"Kept, though check warns of {them} (vlasov review --all goes back, these first):")
        for message in kept[:MOST_SHOWN]:
            say(message.removeprefix("warning: "), 2)
        if len(kept) > MOST_SHOWN:
            say(f"… and {len(kept) - MOST_SHOWN} more (vlasov check --bank {folder})", 2)
