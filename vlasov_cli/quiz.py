"""The quiz engine: choosing questions, presenting them with shuffled choices, scoring answers.

The engine never prints and never reads input; the CLI drives it. Randomness comes from the
`random.Random` it is given, so `--seed` reproduces a quiz exactly.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass, field
from typing import Any

from vlasov_cli.errors import BadInput, NotFound
from vlasov_cli.history import CardState, History
from vlasov_cli.model import QUESTION_TYPES, Bank, Question

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
        from vlasov_cli.answers import check_answer, display_answer, expected_answer

        verdict = check_answer(item.question, given, item.options, known_names(self.bank))
        outcome = Outcome(
            item, given, verdict.correct, expected_answer(item.question, item.options), display_answer(item.question)
        )
        self.history.record(item.question.id, item.question.topic, given, verdict.correct, now())
        self.outcomes.append(outcome)
        return outcome

    def summary(self) -> dict[str, Any]:
        asked = len(self.outcomes)
        correct = sum(outcome.correct for outcome in self.outcomes)
        cards = self.history.cards()
        current = now()
        due = [state for state in cards.values() if state.due <= current]
        upcoming = sorted(state.due for state in cards.values() if state.due > current)
        leeches = sorted({o.shown.question.id for o in self.outcomes if cards.get(o.shown.question.id, _NEVER).leech})
        return {
            "asked": asked,
            "correct": correct,
            "score": round(correct / asked, 3) if asked else 0.0,
            "answers": [
                {
                    "question_id": outcome.shown.question.id,
                    "prompt": outcome.shown.question.prompt,
                    "given": outcome.given,
                    "expected": outcome.expected,
                    "correct": outcome.correct,
                }
                for outcome in self.outcomes
            ],
            "missed": [
                {"question_id": o.shown.question.id, "prompt": o.shown.question.prompt, "answer": o.display}
                for o in self.outcomes
                if not o.correct
            ],
            "due_now": len(due),
            "next_due": upcoming[0].isoformat() if upcoming else None,
            "leeches": leeches,
        }


_NEVER = CardState("", datetime.datetime.max.replace(tzinfo=datetime.UTC), 0)


def now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def known_names(bank: Bank) -> tuple[str, ...]:
    names = [name for person in bank.people for name in (person.name, *person.aliases)]
    names += [name for term in bank.terms for name in (term.name, *term.aliases)]
    return tuple(dict.fromkeys(names))


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
    current = now()
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


def topic_counts(bank: Bank) -> dict[str, int]:
    counts: dict[str, int] = {}
    for question in bank.questions:
        counts[question.topic] = counts.get(question.topic, 0) + 1
    return dict(sorted(counts.items()))
