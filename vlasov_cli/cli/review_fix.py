"""`vlasov review`'s fixes of one entry (t name, role or title, w date, p person, x cut, m merge, k kind, d
description): each asked, checked with check's rules, then written; the entry is asked about again."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from vlasov_cli.cli.review_ask import ask_line, pick
from vlasov_cli.cli.views.review import say

if TYPE_CHECKING:
    from collections.abc import Callable

    from vlasov_cli.features.review import DraftFiles, Pending
    from vlasov_cli.state.store import Bank

OUTSIDE = re.compile(r"quote writes ([\d, ]+), outside the date's window")
KINDS_OF_TERM = ("place", "organisation", "document", "event", "unit", "award", "title", "other")


def fix(files: DraftFiles, bank: Bank, entry: Pending, key: str) -> bool:
    """One of the fixes (t name or title, w date, p person, x cut parts, m merge, k kind); whether it was made."""
    from vlasov_cli.features.review import with_doer
    from vlasov_cli.features.review_marks import twin_of

    current = files.entry(entry)
    if key == "m":
        twin = twin_of(bank, entry.section, entry.id)  # (the one its ! mark names: first)
        like = files.like(entry, twin)
        what = current.get("name") or current.get("title")
        chosen = pick(f"Merge {what} into", [f"{name} ({entry_id})" for entry_id, name in like], one_key=True)
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
        chosen = pick("Kind", list(KINDS_OF_TERM), one_key=True)
        if not chosen:
            return False
        edited = {**current, "kind": KINDS_OF_TERM[chosen[0]]}
    elif key == "w":
        edited = _dated(files, entry, current)
        if edited is None:
            return False
    elif key == "p":
        people = files.linkable(entry)
        chosen = pick("Add who the quote names", [f"{name} ({person_id})" for person_id, name in people], many=True)
        if not chosen:
            return False
        edited = {**current, "people": [*(current.get("people") or []), *(people[index][0] for index in chosen)]}
        edited["title"] = with_doer(str(current.get("title", "")), [people[index][1] for index in chosen])
    else:
        parts = files.parts(entry)
        chosen = pick("Cut", [f"{field}: {text}" for field, _, text in parts], many=True)
        if not chosen:
            return False
        edited = files.without(entry, [parts[index] for index in chosen])
    problems = files.problems_after(entry, edited)
    return _made(problems, lambda: files.replace(entry, edited, reviewed=False), "Changed; asked again as it now is.")


def _dated(files: DraftFiles, entry: Pending, current: Any) -> dict[str, Any] | None:
    """The event dated by a date its quote writes or one typed; where its quote writes a year outside that
    date, quoted instead by a sentence of the article that writes it, picked by number. None when unchanged."""
    from vlasov_cli.features.review_dates import dates_written

    dates = dates_written(str(current.get("quote", "")))
    typed = "a date typed (as the article writes one, or 1930-10-07, [1929..1931])"
    chosen = pick("Date it by", [*(f"{value}  “{text}”" for text, value in dates), typed])
    date = (dates[chosen[0]][1] if chosen[0] < len(dates) else _typed_date(current)) if chosen else None
    if date is None:
        return None
    edited = {key: value for key, value in current.items() if key != "label"}  # (the old date's words)
    edited["date"] = date
    outside = [found for problem in files.problems_after(entry, edited) if (found := OUTSIDE.search(problem))]
    if not outside:
        return edited
    years = outside[0][1]
    told = files.sentences_writing(entry, date)
    if not told:
        say(f"Not changed: its quote writes {years}, and no sentence of the article writes {date} to quote it by.", 2)
        return None
    say(f"Its quote writes {years}, outside {date}.", 2)
    chosen = pick(f"Quote it by a sentence that writes {date}", [f"“{text}” ¶{paragraph}" for paragraph, text in told])
    return {**edited, "quote": told[chosen[0]][1]} if chosen else None


def _typed_date(current: Any) -> str | None:
    """A date the reviewer types, the event's own on the line to edit; None when they type none."""
    from vlasov_cli.features.review_dates import typed_date

    while text := ask_line("Date: ", str(current.get("date", ""))):
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
    # A person's role first (what t is mostly for), then their name only where the role stays as it was.
    fields = {"events": ("title",), "people": ("role", "name")}.get(section, ("name",))
    if section == "people" and not _start_choices(current, "role", section):
        say("Nothing to offer for the role: its own on the line (the name after it, if the role stays).", 2)
    for field in fields:
        if field == "name" and edited != dict(current):
            break
        start = str(current.get(field, "") or "")
        choices = _start_choices(current, field, section)
        chosen = pick(choices[0], choices[1:], enter="its own", one_key=field == "role") if choices else []
        if chosen is None:
            return None
        start = choices[1:][chosen[0]] if chosen else start
        text = ask_line(f"{field.capitalize()}: ", start, words)
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
    chosen = pick("Describe it by", [f"{text} ¶{paragraph}{marks.get(text, '')}" for paragraph, text in told])
    if not chosen:
        return None
    sentence = told[chosen[0]][1]
    text = ask_line("Description: ", sentence, sentence.split())
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
