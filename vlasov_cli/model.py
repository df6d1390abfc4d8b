"""The bank's data: frozen records built once by the loader and shared by every command."""

from __future__ import annotations

from dataclasses import dataclass, field

QUESTION_TYPES = ("choice", "truefalse", "typed", "date", "number", "order")


@dataclass(frozen=True, slots=True)
class Fact:
    text: str
    quote: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    role: str
    facts: tuple[Fact, ...]
    topic: str = ""


@dataclass(frozen=True, slots=True)
class Event:
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


@dataclass(frozen=True, slots=True)
class Term:
    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    description: str
    quote: str
    paragraph: int
    topic: str = ""


@dataclass(frozen=True, slots=True)
class Question:
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


@dataclass(frozen=True, slots=True)
class Bank:
    title: str
    author: str
    source_name: str
    paragraphs: tuple[str, ...]
    people: tuple[Person, ...]
    events: tuple[Event, ...]
    terms: tuple[Term, ...]
    questions: tuple[Question, ...]
    _by_id: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    def person(self, person_id: str) -> Person:
        found = self._by_id[person_id]
        assert isinstance(found, Person)
        return found

    def question(self, question_id: str) -> Question | None:
        found = self._by_id.get(question_id)
        return found if isinstance(found, Question) else None

    def topics(self) -> list[str]:
        return sorted({question.topic for question in self.questions})
