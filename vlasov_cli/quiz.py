"""The quiz engine: choosing questions, presenting them with shuffled choices, scoring answers.

The engine never prints and never reads input; the CLI drives it. Randomness comes from the
`random.Random` it is given, so `--seed` reproduces a quiz exactly.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from vlasov_cli.answers import Verdict, check_answer, display_answer, expected_answer
from vlasov_cli.bank.model import QUESTION_TYPES, Question
from vlasov_cli.bank.store import Bank
from vlasov_cli.errors import BadInput, NotFound
from vlasov_cli.history import CardState, History, now_utc
from vlasov_cli.results import Answered, Missed, QuizSummary, TopicCounts

MODES = ("review", "new", "random")


@dataclass(frozen=True, slots=True)
class Shown:
    """A question as put to the user: choices or items in the order displayed."""

    question: Question
    options: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    shown: Shown
    given: str
    correct: bool
    expected: str
    display: str


@dataclass
class Session:
    bank: Bank
    history: History
    shown: list[Shown]
    outcomes: list[Outcome] = field(default_factory=list)

    def answer(self, item: Shown, given: str) -> Outcome:
        """Check `given`, store it in the history at once, and return the verdict."""
        verdict = judge(self.bank, item, given)
        outcome = Outcome(
            item, given, verdict.correct, expected_answer(item.question, item.options), display_answer(item.question)
        )
        with _interrupt_after():  # an answer is saved and counted, or neither
            self.history.record(item.question.id, item.question.topic, given, verdict.correct, now_utc())
            self.outcomes.append(outcome)
        return outcome

    def summary(self) -> QuizSummary:
        asked = len(self.outcomes)
        correct = sum(outcome.correct for outcome in self.outcomes)
        cards = self.history.cards()
        current = now_utc()
        upcoming = sorted(state.due for state in cards.values() if state.due > current)
        leeches = sorted({o.shown.question.id for o in self.outcomes if cards.get(o.shown.question.id, _NEVER).leech})
        return QuizSummary(
            asked=asked,
            correct=correct,
            score=round(correct / asked, 3) if asked else 0.0,
            answers=tuple(
                Answered(o.shown.question.id, o.shown.question.prompt, o.given, o.expected, o.correct)
                for o in self.outcomes
            ),
            missed=tuple(
                Missed(o.shown.question.id, o.shown.question.prompt, o.display) for o in self.outcomes if not o.correct
            ),
            due_now=sum(1 for state in cards.values() if state.due <= current),
            next_due=upcoming[0].isoformat() if upcoming else None,
            leeches=tuple(leeches),
        )


@contextmanager
def _interrupt_after() -> Iterator[None]:
    """Hold back a Ctrl-C until the block is done, then raise it."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, frame: caught.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


_NEVER = CardState("", datetime.datetime.max.replace(tzinfo=datetime.UTC), 0)


def person_names(bank: Bank) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name for person in bank.people for name in (person.name, *person.aliases)))


def known_names(bank: Bank) -> tuple[str, ...]:
    names = [name for term in bank.terms for name in (term.name, *term.aliases)]
    return tuple(dict.fromkeys([*person_names(bank), *names]))


def judge(bank: Bank, item: Shown, given: str) -> Verdict:
    """`check_answer` with every name the bank knows, so that no answer naming another passes."""
    return check_answer(item.question, given, item.options, known_names(bank), person_names(bank))


def choose(
    bank: Bank,
    cards: dict[str, CardState],
    rng: random.Random,
    count: int,
    topics: list[str] | None = None,
    types: list[str] | None = None,
    mode: str | None = None,
    seeded: bool = False,
) -> list[Question]:
    """The questions of one quiz.

    Default: due reviews (most overdue first), then new questions, then the soonest due.
    `seeded` without a mode: a reproducible shuffle of the whole pool, whatever the history.
    """
    pool = _pool(bank, topics, types)
    current = now_utc()
    if mode == "random" or (seeded and mode is None):
        return rng.sample(pool, min(count, len(pool)))
    due = sorted((q for q in pool if q.id in cards and cards[q.id].due <= current), key=lambda q: cards[q.id].due)
    if mode == "review":
        if not due:
            raise NotFound("no reviews are due: try --mode new, or come back later")
        return due[:count]
    new = [q for q in pool if q.id not in cards]
    rng.shuffle(new)
    if mode == "new":
        if not new:
            raise NotFound("every question has been answered at least once: try --mode review or random")
        return new[:count]
    later = sorted((q for q in pool if q.id in cards and cards[q.id].due > current), key=lambda q: cards[q.id].due)
    return (due + new + later)[:count]


def _pool(bank: Bank, topics: list[str] | None, types: list[str] | None) -> list[Question]:
    known_topics = bank.topics()
    for topic in topics or ():
        if topic not in known_topics:
            raise BadInput(f"unknown topic '{topic}'; topics: {', '.join(known_topics)}")
    for kind in types or ():
        if kind not in QUESTION_TYPES:
            raise BadInput(f"unknown question type '{kind}'; types: {', '.join(QUESTION_TYPES)}")
    pool = [
        question
        for question in bank.questions
        if (not topics or question.topic in topics) and (not types or question.type in types)
    ]
    if not pool:
        raise NotFound("no questions match these --topic and --type filters")
    return pool


def present(questions: list[Question], rng: random.Random) -> list[Shown]:
    """Shuffle each question's choices or items with `rng`, in question order (so a seed fixes all)."""
    shown = []
    for question in questions:
        options = question.choices if question.type == "choice" else question.items
        options = tuple(rng.sample(options, len(options))) if options else ()
        if question.type == "order" and options == question.items:
            options = options[1:] + options[:1]  # never show an order question already solved
        shown.append(Shown(question, options))
    return shown


def topic_counts(bank: Bank) -> TopicCounts:
    counts: dict[str, int] = {}
    for question in bank.questions:
        counts[question.topic] = counts.get(question.topic, 0) + 1
    return TopicCounts(dict(sorted(counts.items())))
