"""`vlasov review`'s view: a draft entry as a learner will meet it, beside its quote, and the lines
of the dialogue."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

from vlasov_cli.cli.views.output import counted
from vlasov_cli.features.review import record_of

if TYPE_CHECKING:
    from vlasov_cli.features.review import DraftFiles, Pending
    from vlasov_cli.state.store import Bank

KIND = {"people": "person", "events": "event", "terms": "term", "questions": "question"}
HELP = {
    "y": "keep it: its draft: mark goes",
    "n": "delete it (with what only it supports)",
    "e": "edit it in $EDITOR (vi where unset); written once it passes check, then asked again",
    "t": "retype its name and a person's role, or an event's title from a clause of its quote (Tab completes)",
    "w": "date it by one of the dates its quote writes",
    "p": "add a person its quote names (by a name or a surname; for he, she or both, those the sentence before names)",
    "x": "cut parts of it: aliases, role, facts (an event's people)",
    "m": "merge it into an entry that shares a word, a stem or initials of its name or, an event, its date",
    "d": "describe a term by a sentence of the article that names it, picked by number, then edited on the line",
    "k": "set a term's kind (place, organisation, document...)",
    "a": "keep it and the rest of its kind, after a list to read (numbers to leave out; n and numbers to delete; "
    "! for every entry marked as likely to need a touch)",
    "s": "skip it for now: the next review asks again",
    "u": "undo the last decision",
    "q": "quit: every decision so far is kept",
    "?": "this help",
}


def say(text: str = "", indent: int = 0, hanging: int = 2) -> None:
    from vlasov_cli.cli.views.output import escape, out

    width = max(20, out().width)
    following = " " * (indent + hanging)
    lines = textwrap.wrap(text, width, initial_indent=" " * indent, subsequent_indent=following) or [""]
    out().print("\n".join(map(escape, lines)), soft_wrap=True)  # (escape shows a line break as "\\n")


def help_lines(keys: str) -> None:
    """What each of `keys` does; a fix (t w p x m k d) asks about the entry again, as it now is."""
    for key in keys.split(","):
        say(f"{key} - {HELP[key]}", 2)
        if key == "e":
            say("f - every fact of a person (shown three at first)", 2)


def every_fact(bank: Bank, entry: Pending) -> None:
    record = record_of(bank, entry.id)
    for fact in getattr(record, "facts", ())[3:]:
        say(f"• “{fact.quote}” ¶{fact.paragraph}", 2)


def warnings_of(bank: Bank, entry: Pending) -> list[str]:
    """What check warns of the entry."""
    where = f"warning: {KIND[entry.section]} '{entry.id}': "
    return [message[len(where) :] for _, _, message in bank.warnings if message.startswith(where)]


def one_line(bank: Bank, entry: Pending, number: int = 0) -> None:
    """The entry on one line, as a bulk deletion lists it (numbered when `number`), with what a learner
    will read of it: a person's role and how many facts, an event's people, a term's description."""
    say(_heading(bank, entry, number, short=True), 2)


def listed(bank: Bank, entry: Pending, number: int, mark: str) -> None:
    """The entry as `a` lists it to be read before keeping: its line, then what the YAML would otherwise
    be read for (a term's whole description), and why it is marked (`mark`: a few words after a "!").
    A person is one line that fits the screen (a list of dozens must be read without scrolling back):
    name, role, how many facts, or without a role, their first fact around their name."""
    record = record_of(bank, entry.id)
    if entry.section == "people" and record is not None:
        _person_line(record, number, mark)
        return
    heading = _heading(bank, entry, number, short=False)
    say(f"{heading}  ! {mark}" if mark else heading, 2)
    if entry.section == "terms" and record is not None:
        say(record.description, 6 + len(str(number)), hanging=0)


def _person_line(person: Any, number: int, mark: str) -> None:
    from vlasov_cli.cli.views.output import out

    aliases = f" (also {', '.join(person.aliases)})" if person.aliases else ""
    line = f"{number}) {person.name}{aliases} · {counted(len(person.facts), 'fact')}"
    why = f"  ! {mark}" if mark else ""
    room = max(20, out().width - 3)
    if person.role:
        line += f" — {person.role}"
    elif person.facts:
        fact = person.facts[0]
        paragraph = f" ¶{fact.paragraph}"
        left = room - len(line) - len(paragraph) - 2
        line += f": {_around(fact.quote, (person.name, *person.aliases), max(20, left))}{paragraph}"
    if len(line) + len(why) <= room:
        say(line + why, 2)
    else:  # (the mark on a line of its own)
        say(_shortened(line, room), 2)
        if why:
            say(why.strip(), 6 + len(str(number)))


def _heading(bank: Bank, entry: Pending, number: int, short: bool) -> str:
    record = record_of(bank, entry.id)
    what = getattr(record, "name", None) or getattr(record, "title", None) or getattr(record, "prompt", entry.id)
    if entry.section == "people" and record is not None:
        aliases = f" (also {', '.join(record.aliases)})" if record.aliases else ""
        what = f"{what}{aliases}{f' — {record.role}' if record.role else ''} · {counted(len(record.facts), 'fact')}"
    elif entry.section == "events" and record is not None:
        names = {person.id: person.name for person in bank.people}
        who = ", ".join(names.get(person, person) for person in record.people) or "nobody named"
        what = f"{record.date_label()}  {what} · {who}"
    elif entry.section == "terms" and record is not None:
        what = f"{what} ({record.kind})" + (f": {_shortened(record.description, 70)}" if short else "")
    warned = " · check warns" if warnings_of(bank, entry) else ""
    return f"{f'{number}) ' if number else ''}{KIND[entry.section]} {entry.id} · {entry.sure:g} · {what}{warned}"


def _mark(bank: Bank, entry: Pending) -> None:
    """Why `a` marked the entry as likely to need a touch, the entry it is like by name."""
    from vlasov_cli.features.review_marks import marks_of

    mark = marks_of(bank, entry.section).get(entry.id)
    if mark:
        like = record_of(bank, mark.like) if mark.like else None
        named = getattr(like, "name", None) or getattr(like, "title", None) or mark.like
        say(f"! {mark.why}{f' “{named}”' if named else ''}", 2)


def _around(text: str, names: tuple[str, ...], room: int) -> str:
    """At most `room` characters of `text`: its opening, or, where that would cut off the first of
    `names` it says, as many words before the name as leave room for it and a few words after
    ("… The U.S. boarding party took Mason, Slidell, and their…")."""
    import re

    found = [match.end() for name in names if (match := re.search(rf"\b{re.escape(name)}\b", text))]
    end = min(found, default=0)
    if end + 15 > room and len(text) > room:
        kept: list[str] = []
        for word in reversed(text[:end].split()):
            if len(" ".join([word, *kept])) + 17 > room:
                break
            kept.insert(0, word)
        text = "… " + " ".join(kept) + text[end:]
    return _shortened(text, room)


def _shortened(text: str, most: int) -> str:
    return text if len(text) <= most else text[: text.rfind(" ", 0, most)].rstrip(" ,;:") + "…"


def entry(files: DraftFiles, bank: Bank, entry: Pending) -> None:
    """The entry as a learner will meet it, its quote and paragraph, how sure the draft is, and what
    check says of it."""
    record = record_of(bank, entry.id)
    line = files.entry(entry).lc.line + 1
    state = f"draft {entry.sure:g}" if entry.draft else "kept"
    say(f"{KIND[entry.section]} {entry.id} · {state} · {entry.file.name}:{line}")
    if record is None:
        return
    if entry.section == "people":
        role = f" — {record.role}" if record.role else ""
        aliases = f" (also {', '.join(record.aliases)})" if record.aliases else ""
        say(f"{record.name}{aliases}{role}", 2)
        for fact in record.facts[:3]:
            say(f"• “{fact.quote}” ¶{fact.paragraph}", 2)
        if len(record.facts) > 3:
            say(f"… and {counted(len(record.facts) - 3, 'more fact')} (f shows them)", 2)
        events = [event for event in bank.events if entry.id in event.people]
        if events:
            say(f"named in {len(events)} event{'s' if len(events) != 1 else ''}: n also takes the name from them", 2)
    elif entry.section == "events":
        say(f"{record.date_label()}  {record.title}", 2)
        say(f"“{record.quote}” ¶{record.paragraph}", 4)
        if record.date_quote:
            say(f"dated by: “{record.date_quote}” ¶{record.date_paragraph}", 4)
    elif entry.section == "terms":
        if record.description == record.quote:  # (a draft's description is its sentence: shown once)
            say(f"{record.name} ({record.kind})", 2)
        else:
            say(f"{record.name} ({record.kind}): {record.description}", 2)
        say(f"“{record.quote}” ¶{record.paragraph}", 4)
    else:
        say(record.prompt, 2)
        for letter, choice in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", record.choices, strict=False):
            say(f"{letter}) {choice}", 4)
        say(f"answer: {record.answer}", 2)
        say(f"“{record.quote}” ¶{record.paragraph}", 4)
    for message in warnings_of(bank, entry):
        say(f"check warns: {message}", 2)
    _mark(bank, entry)
    about = [question for question in bank.questions if question.generated and question.id.startswith(f"{entry.id}.")]
    if about:
        many = len(about) != 1
        say(f"{len(about)} generated question{'s' if many else ''} about it: n takes {'them' if many else 'it'} too", 2)
