"""The bank's data: immutable records built once and shared by every command.

Facts, people, events, terms and questions are named tuples, cheap to build and to store; the bank
is a plain class with slots (a dataclass costs every command milliseconds at import), holding its
entries and the indexes the look-ups use (`Index`, worked out when the bank is built).
"""

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


class SearchIndex(NamedTuple):
    """Everything searchable folded into one text, an entry a line (its title, then its body)."""

    text: str
    starts: tuple[int, ...]  # where each entry's line starts
    title_lengths: tuple[int, ...]  # the length of its folded title
    kinds: str  # its kind, a digit (a position in `index.SEARCHED`) per entry
    positions: tuple[int, ...]  # its position among the entries of its kind


class Index(NamedTuple):
    """What the look-ups find entries by, worked out once when the bank is built."""

    counts: dict[str, int]
    person_positions: dict[str, int]
    term_positions: dict[str, int]
    question_positions: dict[str, int]
    person_keys: NameKeys
    term_keys: NameKeys
    events_of_person: dict[str, tuple[int, ...]]
    events_by_year: dict[int, tuple[int, ...]]
    search: SearchIndex


class Bank:
    """A bank: its article's paragraphs, its entries and their index, never changed once built."""

    __slots__ = ("title", "author", "source_name", "paragraphs", "people", "events", "terms", "questions", "index")

    def __init__(
        self,
        title: str,
        author: str,
        source_name: str,
        paragraphs: tuple[str, ...],
        people: tuple[Person, ...],
        events: tuple[Event, ...],
        terms: tuple[Term, ...],
        questions: tuple[Question, ...],
        index: Index,
    ) -> None:
        self.title = title
        self.author = author
        self.source_name = source_name
        self.paragraphs = paragraphs
        self.people = people
        self.events = events
        self.terms = terms
        self.questions = questions
        self.index = index

    def person(self, person_id: str) -> Person:
        return self.people[self.index.person_positions[person_id]]

    def term(self, term_id: str) -> Term:
        return self.terms[self.index.term_positions[term_id]]

    def question(self, question_id: str) -> Question | None:
        position = self.index.question_positions.get(question_id)
        return None if position is None else self.questions[position]

    def topics(self) -> list[str]:
        return sorted({question.topic for question in self.questions})
