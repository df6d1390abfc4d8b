"""`vlasov review`: the draft's entries one at a time, each decided with a key, as `git add -p` does
hunks. Every decision is written at once, so quitting (q, Ctrl-C, a closed terminal) keeps them all."""

from __future__ import annotations

import contextlib
import os
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from vlasov_cli.cli.review_edit import edit_alone
from vlasov_cli.cli.views import review as view
from vlasov_cli.cli.views.review import KIND, say
from vlasov_cli.core.errors import BadInput
from vlasov_cli.features.review import record_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from vlasov_cli.features.review import DraftFiles, Pending
    from vlasov_cli.features.review_marks import Mark
    from vlasov_cli.state.store import Bank

# The keys of each kind of entry: y n e as git add -p's, the fixes after them, then a (keep the rest).
KEYS = {
    "people": "y,n,e,t,x,m,a,s,u,q,?",
    "events": "y,n,e,t,w,p,x,m,a,s,u,q,?",
    "terms": "y,n,e,t,d,k,x,m,a,s,u,q,?",
    "questions": "y,n,e,a,s,u,q,?",
}
ESCAPE = "\x1b"
SPECIAL_KEY = "\x1b["  # a key sending several bytes (Home, an arrow), read whole and ignored
FIXES = "twpxmkd"  # a fix changes the entry and asks about it again
KINDS_OF_TERM = ("place", "organisation", "document", "event", "unit", "award", "title", "other")


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

    descriptor = sys.stdin.fileno()
    before = termios.tcgetattr(descriptor)
    try:
        tty.setcbreak(descriptor, termios.TCSANOW)  # (Ctrl-C still interrupts; a key typed ahead is kept)
        sys.stdout.write(prompt)
        sys.stdout.flush()
        key = os.read(descriptor, 1).decode("utf-8", "replace")
        if key == ESCAPE and _more_waiting(descriptor):  # Home, an arrow: one key of several bytes
            os.read(descriptor, 64)
            key = SPECIAL_KEY
    except OSError:  # the terminal went away
        key = ""
    finally:
        with contextlib.suppress(termios.error):
            termios.tcsetattr(descriptor, termios.TCSADRAIN, before)
    if key in ("", "\x04"):
        sys.stdout.write("\n")
        return None
    sys.stdout.write((key if key.isprintable() else "") + "\n")
    return "" if key in "\r\n" else key  # (a space is no Enter: typed into a choice, it would say "none")


def _more_waiting(descriptor: int) -> bool:
    import select

    return bool(select.select([descriptor], [], [], 0.03)[0])


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
    position = 0
    shown = tally.decisions != []  # (after a bulk deletion's lines, a blank line)
    while position < len(queue):
        entry = queue[position]
        waiting = {(pending.section, pending.id) for pending in files.pending(section)}
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
        elif key == "n":
            files.delete(files.deletion(entry))
            tally.decisions.append(Decision("deleted", position, snapshot))
        elif key in "e" + FIXES:
            if not (edit_alone(files, entry, _ask) if key == "e" else _fix(files, entry, key)):
                continue
            tally.decisions.append(Decision({"e": "edited", "m": "merged"}.get(key, "fixed"), position, snapshot))
            bank = _bank(files.folder)
            continue  # asked again, as it now is (a merged entry is gone: the next one)
        elif key == "a":
            kept, deleted = _keep_the_rest(files, bank, queue[position:], entry.section)
            if kept or deleted:
                tally.decisions.append(Decision("kept", position, snapshot, kept, deleted))
                bank = _bank(files.folder)
            continue  # (this entry, if left out by number, is asked next)
        elif key == "s":
            tally.decisions.append(Decision("skipped", position, snapshot))
        else:
            position = _undo(files, tally, position)
            bank = _bank(files.folder)
            continue
        position += 1


def _key(prompt: str, keys: str, more: Callable[[], None]) -> str | None:
    """One of the keys (or None at the end of input); f calls `more` and asks again; anything else
    shows the help and asks again."""
    while True:
        key = _ask(prompt)
        if key is None or (key and key in keys.split(",")[:-1]):
            return key
        if key == "f":
            more()
        elif key not in (SPECIAL_KEY, " "):
            view.help_lines(keys)


def _line(prompt: str, prefill: str = "", words: list[str] | None = None) -> str | None:
    """A line typed after `prompt`; at a terminal with `prefill` to edit in place and Tab completing
    `words` (as a shell completes names). None at the end of input."""
    if not sys.stdin.isatty():
        return _ask(prompt)
    try:
        import readline
    except ImportError:  # (POSIX's: elsewhere input() edits as the console does, with nothing to edit)
        readline = None  # type: ignore[assignment]
    if readline is not None:
        readline.set_startup_hook(lambda: readline.insert_text(prefill))
        readline.set_completer(partial(_complete, sorted({word.strip('.,;:()"“”') for word in words or []})))
        readline.set_completer_delims(' \t\n"“”()[]{},;:!?')  # ("d’Aff", "Gannet's", "steam-dr" are one word)
        readline.parse_and_bind("tab: complete")
        readline.parse_and_bind("set completion-ignore-case on")  # "gan" Tab gives "Gannet"
        readline.parse_and_bind("set show-all-if-ambiguous on")  # one Tab lists the words it could be
    try:
        return " ".join(input(prompt).split())  # (a space typed after Tab's own makes one)
    except EOFError:
        sys.stdout.write("\n")
        return None
    finally:
        if readline is not None:
            readline.set_startup_hook()
            readline.set_completer()


def _complete(words: list[str], start: str, state: int) -> str | None:
    # (no space after the word: reviewers type one by habit, and Python's readline adds none)
    folded = start.casefold().replace("’", "'")  # (an apostrophe typed matches the article's curly one)
    if "'" not in folded:  # ("Tilak" and "Tilak's" are one word until an apostrophe is typed)
        words = sorted({word[:-2] if word[-2:] in ("'s", "’s") and len(word) > 2 else word for word in words})
    matches = [word for word in words if word.casefold().replace("’", "'").startswith(folded)]
    return matches[state] if state < len(matches) else None


def _numbers(answer: str | None, count: int) -> list[int] | None:
    """The numbers (1 to count) of an answer such as "2 5" or "2,5"; None when it holds anything else."""
    chosen: set[int] = set()
    for word in (answer or "").replace(",", " ").split():
        first, _, last = word.partition("-")
        if not (first.isdigit() and (last.isdigit() or not last)):
            return None
        low, high = int(first), int(last or first)
        if not 1 <= low <= high <= count:
            return None
        chosen.update(range(low - 1, high))
    return sorted(chosen) or None


def _pick(title: str, choices: list[str], many: bool = False, enter: str = "none") -> list[int] | None:
    """The reviewer's choice among numbered `choices` (several when `many`): None if they give none, []
    if they press Enter where it stands for something (`enter`: "its own", the entry as it is)."""
    if not choices:
        say(f"{title}: there is nothing to choose from.", 2)
        return None
    if len(choices) == 1 and enter == "none" and not many:
        return _one(title, choices[0])
    say(f"{title}:", 2)
    for number, choice in enumerate(choices, 1):
        say(f"{number}) {choice}", 4)
    # A line ended by Enter, however many the choices: a number taken at one key press left the Enter
    # typed after it by habit to accept the line opened next ("Title:") unread.
    count = len(choices)
    answer = _line(f"Which? [1-{count}{', several: 1 3 or 2-5' if many else ''}, Enter for {enter}] ")
    while answer not in (None, "") and _numbers(answer, count) is None:
        answer = _line(f"Which? {'Numbers' if many else 'A number'} from 1 to {count}, or Enter for {enter}: ")
    if answer == "" and enter != "none":
        return []
    chosen = _numbers(answer, len(choices))
    if chosen is None:
        say("Nothing changed.", 2)
        return None
    return chosen if many else chosen[:1]


def _one(title: str, choice: str) -> list[int] | None:
    """The one choice there is, asked as a yes or no on a line (Enter takes it: the line shows it)."""
    answer = _line(f"  {title} {choice}? [Y/n] ")
    while answer is not None and answer.strip().lower() not in ("", "y", "yes", "1", "n", "no"):
        answer = _line("  y (or Enter) takes it, n leaves it: ")
    if answer is None or answer.strip().lower() in ("n", "no"):
        say("Nothing changed.", 2)
        return None
    return [0]


def _fix(files: DraftFiles, entry: Pending, key: str) -> bool:
    """One of the fixes (t name or title, w date, p person, x cut parts, m merge, k kind); whether it was made."""
    from vlasov_cli.features.review import dates_written, with_doer

    current = files.entry(entry)
    if key == "m":
        like = files.like(entry)
        what = current.get("name") or current.get("title")
        chosen = _pick(f"Merge {what} into", [f"{name} ({entry_id})" for entry_id, name in like])
        if not chosen:
            return False
        into = like[chosen[0]][0]
        return _made(files.merge_problems(entry, into), lambda: files.merge(entry, into), f"Merged into {into}.")
    if key == "t":
        edited = _retyped(current, entry.section, files.names())
        if edited is None:
            return False
        if current.get("deed") and edited.get("title") != current.get("title"):
            edited = files.deed_retold(edited)
            deed = edited.get("deed")
            say(f"Its who-question now asks: Who {deed}?" if deed else "Its who-question goes with the old title.", 2)
    elif key == "d":
        edited = _described(files, entry, current)
        if edited is None:
            return False
    elif key == "k":
        chosen = _pick("Kind", list(KINDS_OF_TERM))
        if not chosen:
            return False
        edited = {**current, "kind": KINDS_OF_TERM[chosen[0]]}
    elif key == "w":
        dates = dates_written(str(current.get("quote", "")))
        typed = "a date typed (as the article writes one, or 1930-10-07, [1929..1931])"
        chosen = _pick("Date it by", [*(f"{value}  “{text}”" for text, value in dates), typed])
        date = (dates[chosen[0]][1] if chosen[0] < len(dates) else _typed_date(current)) if chosen else None
        if date is None:
            return False
        edited = {key: value for key, value in current.items() if key != "label"}  # (the old date's words)
        edited["date"] = date
    elif key == "p":
        people = files.linkable(entry)
        chosen = _pick("Add who the quote names", [f"{name} ({person_id})" for person_id, name in people], many=True)
        if not chosen:
            return False
        edited = {**current, "people": [*(current.get("people") or []), *(people[index][0] for index in chosen)]}
        edited["title"] = with_doer(str(current.get("title", "")), [people[index][1] for index in chosen])
    else:
        parts = files.parts(entry)
        chosen = _pick("Cut", [f"{field}: {text}" for field, _, text in parts], many=True)
        if not chosen:
            return False
        edited = files.without(entry, [parts[index] for index in chosen])
    problems = files.problems_after(entry, edited)
    return _made(problems, lambda: files.replace(entry, edited, reviewed=False), "Changed; asked again as it now is.")


def _typed_date(current: Any) -> str | None:
    """A date the reviewer types, the event's own on the line to edit; None when they type none."""
    from vlasov_cli.features.review import typed_date

    while text := _line("Date: ", str(current.get("date", ""))):
        if date := typed_date(text):
            return date
        say(f"“{text}” is no date: write it as the article would (7 October 1930) or as 1930-10-07.", 2)
    say("Nothing changed.", 2)
    return None


def _retyped(current: Any, section: str, names: list[str]) -> dict[str, Any] | None:
    """The entry with the name (and a person's role, or an event's title) the reviewer typed; an event's
    title starts from one of its quote's clauses, a term's name from a name its quote gives it, picked
    by number; Tab completes a word of its quote (a person's facts) or of a name in the bank. None when
    nothing changed."""
    from vlasov_cli.features.review import renamed

    edited = dict(current)
    quote = str(current.get("quote", ""))
    facts = " ".join(str(fact.get("quote", "")) for fact in current.get("facts") or [] if isinstance(fact, dict))
    words = [*f"{quote} {facts}".split(), *names]  # what Tab completes: a person's words are their facts'
    for field in {"events": ("title",), "people": ("name", "role")}.get(section, ("name",)):
        start = str(current.get(field, "") or "")
        choices = _start_choices(current, field, section)
        chosen = _pick(choices[0], choices[1:], enter="its own") if choices else []
        if chosen is None:
            return None
        start = choices[1:][chosen[0]] if chosen else start
        text = _line(f"{field.capitalize()}: ", start, words)
        if text is None:
            return None
        text = text or (start if chosen else "")  # (a pipe's empty line after a number takes what it picked)
        if text:  # (an empty line changes nothing: x cuts a role)
            edited = renamed(edited, text) if field == "name" else _with_field(edited, field, text)
    if edited == dict(current):
        say("Nothing changed.", 2)
        return None
    return edited


def _with_field(entry: dict[str, Any], field: str, text: str) -> dict[str, Any]:
    """The entry with `field` set; a new one (a person's first role) before the facts, where a reader looks."""
    if field in entry or "facts" not in entry:
        return {**entry, field: text}
    at = list(entry).index("facts")
    items = list(entry.items())
    return dict([*items[:at], (field, text), *items[at:]])


def _start_choices(current: Any, field: str, section: str) -> list[str]:
    """What to ask the reviewer to start `field` from, then its choices; [] when there is nothing to pick:
    an event's title from its quote's clauses, a term's name from its quote's names, a person's role
    from the phrases their facts give them."""
    from vlasov_cli.features.review import name_choices, title_choices
    from vlasov_cli.features.review_roles import role_choices

    start = str(current.get(field, "") or "")
    if field == "title":
        choices = title_choices(start, str(current.get("quote", "")))
    elif section == "terms":
        choices = name_choices(current)
    elif field == "role":
        roles = role_choices(current)
        return ["Role, start from", *roles] if roles and roles != [start] else []
    else:
        return []
    return ["Start from", *choices] if len(choices) > 1 else []


def _described(files: DraftFiles, entry: Pending, current: Any) -> dict[str, Any] | None:
    """The term described and quoted by a sentence of the article that names it, picked by number, its
    description then edited on the line (Enter, or an empty line from a pipe, takes the sentence whole)."""
    told = files.sentences_naming(entry)
    quote = str(current.get("quote", ""))
    marks = {text: f"  (describes {name})" for text, name in files.quotes_of_other_terms(entry).items()}
    marks[quote] = "  (now)"
    chosen = _pick("Describe it by", [f"{text} ¶{paragraph}{marks.get(text, '')}" for paragraph, text in told])
    if not chosen:
        return None
    sentence = told[chosen[0]][1]
    text = _line("Description: ", sentence, sentence.split())
    if text is None:
        return None
    edited = {**current, "description": text or sentence, "quote": sentence}
    if edited == dict(current):
        say("Nothing changed.", 2)
        return None
    return edited


def _made(problems: list[str], change: Callable[[], None], done: str) -> bool:
    if problems:
        say("Not changed: check would say", 2)
        for problem in problems:
            say(problem, 4)
        return False
    change()
    say(done, 2)
    return True


def _keep_the_rest(files: DraftFiles, bank: Bank, rest: list[Pending], section: str) -> tuple[int, int]:
    """Keep every entry of `section` still waiting from here on, after a list to read (as git add -p's
    a), but those the reviewer names by number: to review one by one, or after "n" to delete. Those
    likely to need a touch are marked and listed first, and "!" names them all. How many were kept and
    deleted."""
    waiting = {pending.id for pending in files.pending(section)}
    entries = [pending for pending in rest if pending.section == section and pending.id in waiting]
    marks = _marks(bank, section, entries)
    entries = [pending for pending in entries if pending.id in marks] + [
        pending for pending in entries if pending.id not in marks
    ]
    numbers = {pending.id: number for number, pending in enumerate(entries, 1)}
    marked = f"; 1-{len(marks)} are marked ! (“!” below names them all)" if len(marks) > 1 else ""
    marked = "; 1 is marked ! (“!” below names it)" if len(marks) == 1 else marked
    say(f"a keeps {len(entries)} {section if len(entries) != 1 else KIND[section]} still to review{marked}:")
    for number, pending in enumerate(entries, 1):
        mark = marks.get(pending.id)
        why = f"{mark.why} {numbers.get(mark.like, mark.like)}".strip() if mark else ""
        view.listed(bank, pending, number, why)
    answer = _line("Keep them all? [y/N; or numbers to review one by one, n and numbers to delete: ! 5 n 8-11] ")
    answer = (answer or "").replace("!", f" 1-{len(marks)} " if marks else " none ")
    left: list[int] | None = []
    doomed: list[int] | None = []
    if answer.strip().lower() != "y":
        before, _, after = f" {answer} ".partition(" n ")
        left = _numbers(before, len(entries)) if before.strip() else []
        doomed = _numbers(after, len(entries)) if after.strip() else []
    if left is None or doomed is None or answer.strip().lower() != "y" and not (left or doomed):
        say("Nothing kept.", 2)
        return 0, 0
    kept = [pending for number, pending in enumerate(entries) if number not in left and number not in doomed]
    for pending in kept:
        files.keep(pending)
    for number in doomed:
        files.delete(files.deletion(entries[number]))
    gone = f"; deleted {len(doomed)}" if doomed else ""
    asked = [number for number in left if number not in doomed]
    say(f"Kept {len(kept)}{gone}{f'; {len(asked)} left to review one by one' if asked else ''}.", 2)
    return len(kept), len(doomed)


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
    left = len(files.pending())
    checked = store.check(folder)
    if checked.problems:
        say(f"check: {len(checked.problems)} problems; see vlasov check --bank {folder}")
    else:
        count = len(checked.warnings)
        warned = f", {count} warning{'s' if count != 1 else ''}" if count else ""
        say(f"check: ok{warned}; {left} draft{'s' if left != 1 else ''} left to review.")
