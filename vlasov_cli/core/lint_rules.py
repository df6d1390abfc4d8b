"""The linter's rules on what questions offer and ask across a bank: options of one kind, no cue in
the right answer's place, order sets apart, nothing about the page, order only where the article
gives it. Each warning is located at the entry it comes from (`lint.lint` gives `warn`)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from itertools import combinations

from vlasov_cli.core.asks import MOST_SETS, MOST_SHARED, EventFinder, about_page, by_logic, page_paragraphs, touch
from vlasov_cli.core.errors import Problem
from vlasov_cli.core.model import Built, Person, Question, Term
from vlasov_cli.core.text import fold

# Where the right value is one of the middle ones offered (a half of the time by chance, with four
# options) so often that chance would do it less than once in ODDS banks, picking a middle one beats
# knowing (at least CUED_AT such questions: fewer say nothing).
ODDS, CUED_AT = 1000, 8
_NUMBER = re.compile(r"^\d[\d,. ]*$")

Warn = Callable[[str, str, str], Problem]
Source = Callable[[Question], tuple[str, str]]


def rule_warnings(built: Built, warn: Warn, source: Source) -> list[Problem]:
    finder = EventFinder(built.events)
    return [
        *_mixed_kinds(built, warn, source),
        *_position_cue(built, warn, source),
        *_order_sets(built, finder, warn, source),
        *_page(built, warn, source),
        *_unordered(built, finder, warn, source),
    ]


def _kind_of(entry: Person | Term) -> str:
    category = getattr(entry, "category", "")
    return f"{entry.kind}, {category}" if category else entry.kind


def _mixed_kinds(built: Built, warn: Warn, source: Source) -> list[Problem]:
    """A choice question whose answer is a person or term, offering one of another kind (or category)."""
    named: dict[str, Person | Term] = {}
    entries: list[Person | Term] = [*built.people, *built.terms]
    for entry in entries:
        for name in (entry.name, *entry.aliases):
            named.setdefault(fold(name), entry)
    warnings = []
    for question in built.questions:
        answer = named.get(fold(question.answer)) if question.type == "choice" else None
        if answer is None:
            continue
        kind = _kind_of(answer)
        other = [
            f"{choice} ({_kind_of(named[fold(choice)])})"
            for choice in question.choices
            if fold(choice) in named and _kind_of(named[fold(choice)]) != kind
        ]
        if other:
            message = f"{question.id}: options of another kind than the answer ({kind}): {', '.join(other)}"
            warnings.append(warn(source(question)[0], "choices", message))
    return warnings


def _value(text: str) -> float:
    return float(re.sub(r"[ ,]", "", text))


def _position_cue(built: Built, warn: Warn, source: Source) -> list[Problem]:
    """Choice questions offering years or numbers, the right one in the middle far more than chance."""
    asked = [
        question
        for question in built.questions
        if question.type == "choice"
        and len(question.choices) >= 3
        and all(_NUMBER.match(choice) for choice in question.choices)
    ]
    middle = []
    for question in asked:
        values = sorted(question.choices, key=_value)
        if 0 < values.index(question.answer) < len(values) - 1:
            middle.append(question)
    chance = sum((len(question.choices) - 2) / len(question.choices) for question in asked) / max(len(asked), 1)
    if len(asked) < CUED_AT or _tail(len(asked), len(middle), chance) * ODDS >= 1:
        return []
    message = (
        f"{middle[0].id}: the right value is a middle one of those offered in {len(middle)} of {len(asked)} "
        f"questions of years or numbers (by chance {chance:.0%}): picking a middle one beats knowing"
    )
    return [warn(source(middle[0])[0], "answer", message)]


def _tail(count: int, hits: int, chance: float) -> float:
    """The chance of `hits` or more in `count` tries, each a hit with `chance`."""
    return sum(math.comb(count, k) * chance**k * (1 - chance) ** (count - k) for k in range(hits, count + 1))


def _order_sets(built: Built, finder: EventFinder, warn: Warn, source: Source) -> list[Problem]:
    """Order questions sharing more than MOST_SHARED events; events in more than MOST_SETS of them."""
    sets = [
        (question, {event.id for event in finder.events_of(question)})
        for question in built.questions
        if question.type == "order"
    ]
    warnings = []
    holding: dict[str, list[int]] = {}  # event id -> the earlier sets holding it
    for at, (question, ids) in enumerate(sets):
        shared = Counter(earlier for event_id in ids for earlier in holding.get(event_id, ()))
        for earlier, count in sorted(shared.items()):
            first = sets[earlier][0]
            if count > MOST_SHARED and frozenset(first.items) != frozenset(question.items):
                message = f"{question.id}: shares {count} of its events with {first.id} (at most {MOST_SHARED})"
                warnings.append(warn(source(question)[0], "items", message))
        for event_id in ids:
            holding.setdefault(event_id, []).append(at)
    for event in built.events:
        if len(holding.get(event.id, ())) > MOST_SETS:
            message = f"stands in {len(holding[event.id])} order questions (at most {MOST_SETS})"
            warnings.append(warn(event.id, "title", message))
    return warnings


def _page(built: Built, warn: Warn, source: Source) -> list[Problem]:
    """Questions about the page (a caption, the byline, the author), not the history."""
    page = page_paragraphs(built.paragraphs, built.author)
    return [
        warn(source(question)[0], "quote", f"{question.id}: asks about the page (a caption or the author)")
        for question in built.questions
        if about_page(question, page, built.author)
    ]


def _unordered(built: Built, finder: EventFinder, warn: Warn, source: Source) -> list[Problem]:
    """Order and which-first questions on events the article does not order: windows that touch,
    or one following another by logic alone."""
    warnings = []
    for question in built.questions:
        if question.type != "order" and not question.id.endswith(".first"):
            continue
        pairs = list(combinations(finder.events_of(question), 2))
        if any(touch(first, second) for first, second in pairs):
            warnings.append(
                warn(source(question)[0], "items", f"{question.id}: items whose dates overlap cannot be ordered")
            )
        logic = next(((first, second) for first, second in pairs if by_logic(first, second)), None)
        if logic:
            message = f"{question.id}: '{logic[0].title}' and '{logic[1].title}' are ordered by logic alone"
            warnings.append(warn(source(question)[0], "items", message))
    return warnings
