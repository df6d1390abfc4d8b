"""Count, on a bank, the question defects of issue 24, each by a fixed measure that does not use the
linter (so that the linter can be judged by it): run it before and after a change.

    python audit/count_rules.py [BANK_FOLDER] [--windows OTHER_BANK_FOLDER] [-v]

`--windows` judges "touching" by another bank's windows (its events matched by id): the questions of
a bank before a date fix, judged by the fixed dates.

Measures:
- mixed-kind: choice questions whose options (matched by name to people or terms of the bank) are
  not all of the answer's `kind` (and, for people, `category` where the bank gives one).
- position: for choice questions whose options are all years (or all numbers), where the right
  one stands among the offered values sorted: 1st..4th (chance is 25% each).
- asked-twice: pairs of questions (order aside) asking the same fact: one quote holds the other and
  the answers are the same; order sets sharing 3 or more events; events in more than 3 order sets.
- page: questions whose quote comes from a caption or a paragraph naming the author, or whose
  prompt, answer or options name the author.
- touching: order and which-first questions with two events whose windows touch (either could be
  first).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

from vlasov_cli.core.build import build_bank
from vlasov_cli.core.read import default_bank_folder, read_bank
from vlasov_cli.core.text import ParagraphIndex, fold, paragraph_kind
from vlasov_cli.core.validate import validate

YEAR = re.compile(r"^\d{4}$")
NUMBER = re.compile(r"^[\d,. ]+$")
STOP = set("the a an of in to and his he was on by for with its it as at from their".split())


def words(text: str) -> set[str]:
    return {word for word in fold(text).split() if word not in STOP and len(word) > 2}


def built(folder: Path):  # type: ignore[no-untyped-def]
    raw = read_bank(folder)
    quotes = ParagraphIndex(raw.paragraphs)
    problems = validate(raw, quotes)
    if problems:
        sys.exit(f"{len(problems)} problems: {problems[0]}")
    return build_bank(raw, quotes)


def main(folder: Path, windows_folder: Path | None) -> None:
    bank = built(folder)
    judged = {event.id: event for event in built(windows_folder).events} if windows_folder else {}
    entries = {fold(name): entry for entry in (*bank.people, *bank.terms) for name in (entry.name, *entry.aliases)}
    category = {person.id: getattr(person, "category", "") for person in bank.people}

    def kind_of(option: str) -> tuple[str, str] | None:
        entry = entries.get(fold(option))
        if entry is None:
            return None
        return entry.kind, category.get(entry.id, "")

    mixed = []
    for question in bank.questions:
        if question.type != "choice":
            continue
        answer = kind_of(question.answer)
        if answer is None:
            continue
        kinds = {kind_of(choice) for choice in question.choices} - {None}
        if len(kinds) > 1:
            mixed.append(question.id)
    print(f"mixed-kind: {len(mixed)} of name questions")

    for label, pattern in (("year", YEAR), ("number", NUMBER)):
        places: Counter[int] = Counter()
        middle = 0
        for question in bank.questions:
            if question.type != "choice" or not all(pattern.match(choice) for choice in question.choices):
                continue
            if label == "number" and all(YEAR.match(choice) for choice in question.choices):
                continue
            values = sorted(question.choices, key=lambda text: float(re.sub(r"[ ,]", "", text) or 0))
            places[values.index(question.answer) + 1] += 1
            middle += 0 < values.index(question.answer) < len(values) - 1
        total = sum(places.values())
        shown = ", ".join(f"{place}: {places[place]}" for place in sorted(places))
        print(f"position ({label}): {total} questions; right one by rank {{{shown}}}; in the middle {middle}")

    events = {event.title: event for event in bank.events}

    def event_of(item: str):  # type: ignore[no-untyped-def]
        if item in events:
            return events[item]
        mine = words(item)
        best = max(bank.events, key=lambda event: len(mine & words(event.title)))
        shared = len(mine & words(best.title))
        return best if shared >= 2 or (shared and shared == len(mine)) else None

    twice = []
    simple = [question for question in bank.questions if question.type != "order" and question.answer]
    for first, second in combinations(simple, 2):
        one, two = fold(first.quote), fold(second.quote)
        if (one in two or two in one) and fold(first.answer) == fold(second.answer):
            twice.append((first.id, second.id))
    order_sets = {}
    for question in bank.questions:
        if question.type == "order":
            found = [event_of(item) for item in question.items]
            order_sets[question.id] = {event.id for event in found if event is not None}
    close = [(a, b) for a, b in combinations(order_sets, 2) if len(order_sets[a] & order_sets[b]) >= 3]
    standing = Counter(event for ids in order_sets.values() for event in ids)
    crowded = {event: count for event, count in standing.items() if count > 3}
    print(f"asked-twice: {len(twice)} pairs (same quote, same answer)")
    print(f"close-order-sets: {len(close)} pairs share 3+ events")
    most = max(standing.values(), default=0)
    print(f"crowded-events: {len(crowded)} events in more than 3 order sets (most: {most})")

    author = fold(bank.author)
    page_paragraphs = {
        number
        for number, text in enumerate(bank.paragraphs, 1)
        if paragraph_kind(text)[0] == "caption" or (author and author in fold(text))
    }
    page = [
        question.id
        for question in bank.questions
        if question.paragraph in page_paragraphs
        or (author and any(author in fold(text) for text in (question.prompt, question.answer, *question.choices)))
    ]
    print(f"page: {len(page)} questions about the page ({', '.join(page[:8])})")

    touching = []
    for question in bank.questions:
        if question.type == "order":
            found = [event_of(item) for item in question.items]
        elif question.id.endswith(".first"):
            found = [events.get(choice) for choice in question.choices]
        else:
            continue
        known = [judged.get(event.id, event) for event in found if event is not None]
        if any(a.earliest <= b.latest and b.earliest <= a.latest for a, b in combinations(known, 2)):
            touching.append(question.id)
    print(f"touching: {len(touching)} order/which-first questions with events whose windows touch")
    if "-v" in sys.argv:
        for name, found in (("mixed", mixed), ("twice", twice), ("close", close), ("touching", touching)):
            print(name, found)
        print("crowded", crowded)


if __name__ == "__main__":
    arguments = [argument for argument in sys.argv[1:] if argument != "-v"]
    other = None
    if "--windows" in arguments:
        at = arguments.index("--windows")
        other = Path(arguments[at + 1])
        del arguments[at : at + 2]
    main(Path(arguments[0]) if arguments else default_bank_folder(), other)
