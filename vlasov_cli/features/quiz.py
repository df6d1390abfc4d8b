"""The quiz engine: choosing questions, presenting them with shuffled choices, scoring answers.

The engine never prints and never reads input; the CLI drives it. Randomness comes from the
`random.Random` it is given, so `--seed` reproduces a quiz exactly.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from vlasov_cli.core.bank import Bank
from vlasov_cli.core.errors import BadInput, NotFound
from vlasov_cli.core.model import QUESTION_TYPES, Question
from vlasov_cli.core.records import Answered, Missed, QuizSummary, TopicCounts
from vlasov_cli.core.text import fold
from vlasov_cli.features.answers import Verdict, check_answer, expected_answer, lettered_answer
from vlasov_cli.state.history import CardState, History, now_utc

MODES = ("review", "new", "random")


@dataclass(frozen=True, slots=True)
class Shown:
    """A question as put to the user: choices or items in the order displayed."""

    question: Question
    options: tuple[str, ...]


# What a learner types instead of an answer: I don't know (reveal, counts as wrong); I was right
# (after a typed answer judged wrong); take back my last answer.
DONT_KNOW, I_WAS_RIGHT, UNDO = "?", "!", "-"


@dataclass(frozen=True, slots=True)
class Outcome:
    shown: Shown
    given: str
    correct: bool
    expected: str
    display: str
    answer_id: int | None = None  # its row in the history (None while practising)
    overridden: bool = False
    seen_first: bool = False  # judged right, but after "?" had shown the answer: counted as missed


@dataclass
class Session:
    """One quiz: its questions as shown, and the answers given so far. With `practice`, nothing is
    written to the history."""

    bank: Bank
    history: History
    shown: list[Shown]
    outcomes: list[Outcome] = field(default_factory=list)
    practice: bool = False
    revealed: set[str] = field(default_factory=set)  # questions whose answer "?" showed (even if taken back)

    def answer(self, item: Shown, given: str) -> Outcome:
        """Check `given` (or take "?" as I don't know), store it in the history at once, and return
        the verdict. An answer to a question whose answer "?" has shown is never counted as right."""
        question_id = item.question.id
        right = given.strip() != DONT_KNOW and judge(self.bank, item, given).correct
        seen_first = right and question_id in self.revealed
        if given.strip() == DONT_KNOW:
            self.revealed.add(question_id)
        expected = expected_answer(item.question, item.options)
        display = lettered_answer(item.question, item.options)
        outcome = Outcome(item, given, right and not seen_first, expected, display, seen_first=seen_first)
        with _interrupt_after():  # an answer is saved and counted, or neither
            if not self.practice:
                answer_id = self.history.record(
                    item.question.id, item.question.topic, given, outcome.correct, now_utc()
                )
                outcome = replace(outcome, answer_id=answer_id)
            self.outcomes.append(outcome)
        return outcome

    def can_override(self) -> bool:
        """Whether the last answer is one the learner typed (a name, a date, a number) and was judged
        wrong: they may count it as right."""
        last = self.outcomes[-1] if self.outcomes else None
        typed = last is not None and last.shown.question.type in ("typed", "date", "number")
        return (
            typed and last is not None and not last.correct and last.given.strip() != DONT_KNOW and not last.seen_first
        )

    def override(self) -> Outcome:
        """Count the last answer as right ("I was right"), in the history too."""
        with _interrupt_after():
            last = self.outcomes[-1]
            if last.answer_id is not None:
                self.history.override(last.answer_id)
            self.outcomes[-1] = replace(last, correct=True, overridden=True)
        return self.outcomes[-1]

    def undo(self) -> Outcome:
        """Take the last answer back: it leaves the history, and its question is scheduled as before."""
        with _interrupt_after():
            last = self.outcomes[-1]
            if last.answer_id is not None:
                self.history.undo(last.answer_id)
            self.outcomes.pop()
        return last

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
            leech_prompts=tuple(question.prompt for qid in leeches if (question := self.bank.question(qid))),
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


def other_people(bank: Bank, answer: str) -> tuple[str, ...]:
    """The names of the bank's people but the one `answer` names (none where it names no one): "John
    Adams" is another man's name when the answer is John Quincy Adams, whatever the question accepts."""
    named = [(person.name, *person.aliases) for person in bank.people]
    own = [names for names in named if fold(answer) in map(fold, names)]
    return tuple(name for names in named if names not in own for name in names) if own else ()


def judge(bank: Bank, item: Shown, given: str) -> Verdict:
    """`check_answer` with every name the bank knows, so that no answer naming another passes."""
    question = item.question
    others = other_people(bank, question.answer) if question.type == "typed" else ()
    return check_answer(question, given, item.options, known_names(bank), person_names(bank), others)


def choose(
    bank: Bank,
    cards: dict[str, CardState],
    rng: random.Random,
    count: int,
    topics: list[str] | None = None,
    types: list[str] | None = None,
    mode: str | None = None,
    seeded: bool = False,
    missed: tuple[str, ...] | None = None,
) -> list[Question]:
    """The questions of one quiz.

    Default: due reviews (most overdue first), then new questions, then the soonest due.
    `seeded` without a mode: a reproducible shuffle of the whole pool, whatever the history.
    `missed`: the questions last answered wrong (ids, most recent first), in that order.
    """
    pool = _pool(bank, topics, types)
    if missed is not None:
        by_id = {question.id: question for question in pool}
        chosen = [by_id[qid] for qid in missed if qid in by_id]
        if not chosen:
            raise NotFound("no question of these is one you last answered wrong")
        return chosen[:count]
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


def present(questions: list[Question], rng: random.Random, seed: int | None = None) -> list[Shown]:
    """Each question's choices or items shuffled: with a seed, in an order of that seed and the
    question alone (a question comes with the same options whatever else the quiz asks)."""
    shown = []
    for question in questions:
        options = question.choices if question.type == "choice" else question.items
        shuffle = rng if seed is None else random.Random(f"{seed}:{question.id}")
        options = tuple(shuffle.sample(options, len(options))) if options else ()
        if question.type == "order" and options == question.items:
            options = options[1:] + options[:1]  # never show an order question already solved
        shown.append(Shown(question, options))
    return shown


def outlook(
    bank: Bank, cards: dict[str, CardState], topics: list[str] | None, types: list[str] | None
) -> tuple[int, int]:
    """How many of the questions asked for are due for review now, and how many are new."""
    pool = _pool(bank, topics, types)
    current = now_utc()
    return sum(q.id in cards and cards[q.id].due <= current for q in pool), sum(q.id not in cards for q in pool)


def topic_counts(bank: Bank) -> TopicCounts:
    counts: dict[str, int] = {}
    for question in bank.questions:
        counts[question.topic] = counts.get(question.topic, 0) + 1
    return TopicCounts(dict(sorted(counts.items())))
