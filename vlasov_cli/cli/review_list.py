"""`vlasov review`'s a: keep the rest of a kind after a numbered list to read, but those named by number
(to review one by one, or after n to delete); the entries likely to need a touch first, marked."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vlasov_cli.cli.review_ask import ask_line, numbers_in
from vlasov_cli.cli.views import review as view
from vlasov_cli.cli.views.review import KIND, say

if TYPE_CHECKING:
    from vlasov_cli.features.review import DraftFiles, Pending
    from vlasov_cli.features.review_marks import Mark
    from vlasov_cli.state.store import Bank


def keep_the_rest(files: DraftFiles, bank: Bank, rest: list[Pending], section: str) -> tuple[int, int, list[Pending]]:
    """Keep every entry of `section` still waiting from here on, after a list to read (as git add -p's
    a), but those the reviewer names by number: to review one by one, or after "n" to delete. Those
    likely to need a touch are marked and listed first, and "!" names them all. How many were kept and
    deleted, and those left to review one by one, in the list's order."""
    waiting = {pending.id for pending in files.pending(section)}
    entries = [pending for pending in rest if pending.section == section and pending.id in waiting]
    marks = _marks(bank, section, entries)
    groups = _groups(bank, section, [pending for pending in entries if pending.id not in marks])
    entries = [
        *(pending for pending in entries if pending.id in marks),
        *(pending for pending in entries if pending.id not in marks and pending.id not in groups),
        *sorted((pending for pending in entries if pending.id in groups), key=lambda pending: groups[pending.id]),
    ]
    numbers = {pending.id: number for number, pending in enumerate(entries, 1)}
    marked = f"; 1-{len(marks)} are marked ! (“!” below names them all)" if len(marks) > 1 else ""
    marked = "; 1 is marked ! (“!” below names it)" if len(marks) == 1 else marked
    say(f"a keeps {len(entries)} {section if len(entries) != 1 else KIND[section]} still to review{marked}:")
    for number, pending in enumerate(entries, 1):
        group = groups[pending.id][1] if pending.id in groups else ""
        if group and (number == 1 or groups.get(entries[number - 2].id, (0, ""))[1] != group):
            last = number + sum(grouped[1] == group for grouped in groups.values()) - 1
            say(f"{group.capitalize()} ({number}-{last}):", 2)
        mark = marks.get(pending.id)
        why = f"{mark.why} {numbers.get(mark.like, mark.like)}".strip() if mark else ""
        view.listed(bank, pending, number, why)
    answer = ask_line("Keep them all? [y/N; or numbers to review one by one, n and numbers to delete: ! 5 n 8-11 30-] ")
    answer = (answer or "").replace("!", f" 1-{len(marks)} " if marks else " none ")
    answer = re.sub(r"(?<![\w-])(\d+)-(?![\w-])", rf"\g<1>-{len(entries)}", answer)  # "30-": 30 to the last
    left: list[int] | None = []
    doomed: list[int] | None = []
    if answer.strip().lower() != "y":
        before, _, after = f" {answer} ".partition(" n ")
        left = numbers_in(before, len(entries)) if before.strip() else []
        doomed = numbers_in(after, len(entries)) if after.strip() else []
    if left is None or doomed is None or answer.strip().lower() != "y" and not (left or doomed):
        say("Nothing kept.", 2)
        return 0, 0, []
    kept = [pending for number, pending in enumerate(entries) if number not in left and number not in doomed]
    for pending in kept:
        files.keep(pending)
    for number in doomed:
        files.delete(files.deletion(entries[number]))
    gone = f"; deleted {len(doomed)}" if doomed else ""
    asked = [number for number in left if number not in doomed]
    say(f"Kept {len(kept)}{gone}{f'; {len(asked)} left to review one by one' if asked else ''}.", 2)
    return len(kept), len(doomed), [entries[number] for number in asked]


def _groups(bank: Bank, section: str, entries: list[Pending]) -> dict[str, tuple[int, str, int, int]]:
    """The entries of a group (review_groups: people named only in a list or only cited, terms whose
    description says nothing of them, events of words said or of names alone), each with what orders
    them: the group, then the article's order (the paragraph of a person's first fact)."""
    from vlasov_cli.features.review import record_of
    from vlasov_cli.features.review_groups import GROUPS, group_of

    found = {}
    for pending in entries:
        record = record_of(bank, pending.id)
        if record is not None and (group := group_of(bank, section, record)):
            paragraph = min(fact.paragraph for fact in record.facts) if section == "people" else record.paragraph
            found[pending.id] = (GROUPS.index(group), group, paragraph, pending.place)
    return found


def _marks(bank: Bank, section: str, entries: list[Pending]) -> dict[str, Mark]:
    """The marks of the entries listed: what check warns of, then what the draft's own rules see."""
    from vlasov_cli.features.review_marks import Mark, marks_of

    ruled = marks_of(bank, section)
    marks = {}
    for pending in entries:
        warned = view.warnings_of(bank, pending)
        if warned:
            marks[pending.id] = Mark("check warns")
        elif pending.id in ruled:
            marks[pending.id] = ruled[pending.id]
    return marks
