"""The bank's records: facts, people, events, terms and questions, named tuples built once and shared
by every command (cheap to build and to store; a dataclass costs every command milliseconds at
import). `store.Bank` serves them from the stored bank."""

from __future__ import annotations

from typing import NamedTuple

from vlasov_cli import dates

QUESTION_TYPES = ("choice", "truefalse", "typed", "date", "number", "order")


class Fact(NamedTuple):
    text: str
    quote: str
    paragraph: int


class Person(NamedTuple):
    id: str
    name: str
    aliases: tuple[str, ...]
    role: str
    facts: tuple[Fact, ...]
    topic: str = ""


class Event(NamedTuple):
    id: str
    date: str
    title: str
    people: tuple[str, ...]
    quote: str
    paragraph: int
    topic: str = ""
    approximate: bool = False
    inferred: bool = False
    date_text: str = ""

    @property
    def year(self) -> int:
        return int(self.date[:4])

    def date_label(self) -> str:
        """How a reader sees the date: the article's words when vague, a bracketed inferred year."""
        if self.approximate and self.date_text:
            return self.date_text
        return dates.label(self.date, year_inferred=self.inferred)


class Term(NamedTuple):
    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    description: str
    quote: str
    paragraph: int
    topic: str = ""


class Question(NamedTuple):
    """A question; `answer` is always text ("true"/"false", "20000", "1942-06-23")."""

    id: str
    type: str
    prompt: str
    answer: str
    quote: str
    paragraph: int
    topic: str
    choices: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    explanation: str = ""
    generated: bool = False


# What `check` counts, in the order it reports them.
COUNTED = ("people", "events", "terms", "questions", "generated_questions", "paragraphs")

NameKeys = tuple[tuple[str, tuple[str, ...]], ...]  # (id, the folded names it is found by)


class Built(NamedTuple):
    """A bank as built from its files, before it is stored."""

    title: str
    author: str
    source_name: str
    paragraphs: tuple[str, ...]
    people: tuple[Person, ...]
    events: tuple[Event, ...]
    terms: tuple[Term, ...]
    questions: tuple[Question, ...]

    def counts(self) -> dict[str, int]:
        generated = sum(question.generated for question in self.questions)
        written = len(self.questions) - generated
        numbers = (len(self.people), len(self.events), len(self.terms), written, generated, len(self.paragraphs))
        return dict(zip(COUNTED, numbers, strict=True))
