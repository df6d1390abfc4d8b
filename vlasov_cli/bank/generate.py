"""Questions generated from the fact set: event dates and years, who held a role, what a term is,
which person an event belongs to, and putting events in order.

A generated question's id is its fact's id plus its template ("vlasov-born.date"), so progress
survives rewording and new facts. Distractors are chosen by a stable hash, never at random, so the
same bank always yields the same questions.
"""

from __future__ import annotations

import bisect
import hashlib
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from vlasov_cli.bank.model import Event, Person, Question, Term
from vlasov_cli.text import surname

T = TypeVar("T")
CHOICES = 4
# Distractors and order items are drawn from all the entries of their kind; in a huge bank (more
# than FULL_POOL entries of a kind), from the NEAR_POOL entries around the question's own, so that
# generating stays linear in the size of the bank.
FULL_POOL, NEAR_POOL = 400, 24


def _rank(anchor: str, items: Iterable[T], key: str) -> list[T]:
    """`items` in an order fixed by hashing them with `anchor`: stable, yet varied between anchors."""
    return sorted(items, key=lambda item: hashlib.sha1(f"{anchor}|{getattr(item, key)}".encode()).digest())


def _candidates(anchor: str, items: Sequence[T], position: int) -> list[T]:
    """`items` ranked for `anchor` (the one at `position`); in a huge bank, the NEAR_POOL around
    `position` only, in their order turned by a hash of `anchor` (hashing each would cost too much)."""
    if len(items) <= FULL_POOL:
        return _rank(anchor, items, "id")
    start = min(max(0, position - NEAR_POOL // 2), len(items) - NEAR_POOL)
    near = list(items[start : start + NEAR_POOL])
    turn = zlib.crc32(anchor.encode()) % NEAR_POOL
    return near[turn:] + near[:turn]


def _nearest_years(years: list[int], year: int, count: int) -> list[int]:
    """The `count` years of sorted `years` nearest to `year` (not `year` itself), the earlier on a tie."""
    low, high = bisect.bisect_left(years, year) - 1, bisect.bisect_right(years, year)
    nearest: list[int] = []
    while len(nearest) < count and (low >= 0 or high < len(years)):
        if high == len(years) or (low >= 0 and year - years[low] <= years[high] - year):
            nearest.append(years[low])
            low -= 1
        else:
            nearest.append(years[high])
            high += 1
    return nearest


def generated_questions(
    events: Sequence[Event], people: Sequence[Person], terms: Sequence[Term]
) -> tuple[Question, ...]:
    """Every generated question, in order: each event's date, year and order questions, then who
    held a role, what a term is, and who did what."""
    return (
        *_event_questions(events),
        *_role_questions(people),
        *_term_questions(terms),
        *_who_questions(events, people),
    )


def _event_questions(events: Sequence[Event]) -> Iterator[Question]:
    years = sorted({event.year for event in events})
    for position, event in enumerate(events):
        if event.precision not in ("day", "month", "year"):  # a window or a season has no one answer
            continue
        yield _date_question(event)
        yield _year_question(event, years)
        chosen = _order_items(events, event, position)
        if chosen:
            yield _order_question(event, chosen)


def _date_question(event: Event) -> Question:
    asked = {"day": "Give the day, month and year.", "month": "Give the month and year.", "year": "Give the year."}
    return Question(
        id=f"{event.id}.date",
        type="date",
        prompt=f"When did this happen: “{event.title}”? {asked[event.precision]}",
        answer=event.date,
        quote=event.proof[0],
        paragraph=event.proof[1],
        topic=event.topic or "events",
        explanation=_date_explanation(event),
        generated=True,
    )


def _year_question(event: Event, years: list[int]) -> Question:
    year = event.year
    distractors = _nearest_years(years, year, CHOICES - 1)
    step = 1
    while len(distractors) < CHOICES - 1:
        for candidate in (year + step, year - step):
            if candidate != year and candidate not in distractors and len(distractors) < CHOICES - 1:
                distractors.append(candidate)
        step += 1
    return _choice(
        f"{event.id}.year",
        f"In which year did this happen: “{event.title}”?",
        str(year),
        [str(choice) for choice in distractors],
        (*event.proof, event.topic or "events"),
        _date_explanation(event),
    )


def _date_explanation(event: Event) -> str:
    note = f" ({event.label})" if event.label and event.label not in event.date_label() else ""
    inferred = " The year is inferred from the surrounding text." if event.inferred else ""
    return f"{event.title}: {event.date_label()}{note}.{inferred}"


def _order_items(events: Sequence[Event], anchor: Event, position: int) -> list[Event] | None:
    """Anchor plus three events that cannot share a day with it or each other; None if too few."""
    candidates = [
        event
        for event in _candidates(anchor.id, events, position)
        if event.id != anchor.id and event.precision != "window" and event.title != anchor.title
    ]
    same_topic = [event for event in candidates if event.topic == anchor.topic]
    chosen = [anchor]
    for event in [*same_topic, *candidates]:
        if len(chosen) == CHOICES:
            break
        if event not in chosen and not any(_overlap(event, kept) for kept in chosen):
            chosen.append(event)
    return chosen if len(chosen) == CHOICES else None


def _overlap(first: Event, second: Event) -> bool:
    """Whether two events could fall on the same day (so cannot be put in order)."""
    return first.earliest <= second.latest and second.earliest <= first.latest


def _order_question(anchor: Event, chosen: list[Event]) -> Question:
    in_order = sorted(chosen, key=lambda event: event.earliest)
    return Question(
        id=f"{anchor.id}.order",
        type="order",
        prompt="Put these events in the order they happened (earliest first).",
        answer="",
        quote=anchor.quote,
        paragraph=anchor.paragraph,
        topic=anchor.topic or "events",
        items=tuple(event.title for event in in_order),
        explanation="; ".join(f"{event.date_label()}: {event.title}" for event in in_order),
        generated=True,
    )


def _role_questions(people: Sequence[Person]) -> Iterator[Question]:
    for position, person in enumerate(people):
        if not person.facts:
            continue
        ranked = _candidates(person.id, people, position)
        others = [other for other in ranked if other.id != person.id and other.role != person.role]
        if len(others) >= CHOICES - 1:
            yield _role_question(person, others)


def _role_question(person: Person, others: list[Person]) -> Question:
    fact = person.facts[0]
    return _choice(
        f"{person.id}.role",
        f"Who was this: {person.role}?",
        person.name,
        [other.name for other in others],
        (fact.quote, fact.paragraph, person.topic or "people"),
        f"{person.name}: {person.role}.",
    )


def _term_questions(terms: Sequence[Term]) -> Iterator[Question]:
    for position, term in enumerate(terms):
        ranked = _candidates(term.id, terms, position)
        others = [other for other in ranked if other.id != term.id and other.description != term.description]
        pool = [other for other in others if other.kind == term.kind] + [o for o in others if o.kind != term.kind]
        if len(pool) >= CHOICES - 1:
            yield _term_question(term, pool)


def _term_question(term: Term, pool: list[Term]) -> Question:
    return _choice(
        f"{term.id}.what",
        f"Which description fits “{term.name}”?",
        term.description,
        [other.description for other in pool],
        (term.quote, term.paragraph, term.topic or "terms"),
    )


def _who_questions(events: Sequence[Event], people: Sequence[Person]) -> Iterator[Question]:
    """ "Who ...?" for events of exactly one person whose title starts with that person's surname."""
    people_of_title: dict[str, set[str]] = {}
    for event in events:
        people_of_title.setdefault(event.title, set()).update(event.people)
    position = {person.id: index for index, person in enumerate(people)}
    for event in events:
        if len(event.people) != 1:
            continue
        person = people[position[event.people[0]]]
        called = surname(person.name, person.aliases)
        if not event.title.startswith(called + " "):
            continue
        sharing = people_of_title[event.title]
        ranked = _candidates(event.id, people, position[person.id])
        others = [other for other in ranked if other.id not in sharing and called not in other.name]
        if len(others) >= CHOICES - 1:
            yield _who_question(event, person, called, others)


def _who_question(event: Event, person: Person, called: str, others: list[Person]) -> Question:
    return _choice(
        f"{event.id}.who",
        f"In the article, who: ____ {event.title[len(called) + 1 :]}?",
        person.name,
        [other.name for other in others],
        (event.quote, event.paragraph, event.topic or "events"),
    )


def _choice(
    question_id: str,
    prompt: str,
    answer: str,
    wrong: list[str],
    source: tuple[str, int, str],
    explanation: str = "",
) -> Question:
    """A generated choice question: the answer and the first wrong answers, in a fixed order."""
    quote, paragraph, topic = source
    choices = tuple(sorted([answer, *wrong[: CHOICES - 1]]))
    return Question(question_id, "choice", prompt, answer, quote, paragraph, topic, choices, (), (), explanation, True)
