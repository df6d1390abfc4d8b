"""The bank's data: immutable records built once by the loader and shared by every command.

Facts, people, events, terms and questions are named tuples, cheap to build and to cache; the bank
is a plain class with slots. A bank read from the cache decodes each entry only when it is first
used (`Records`), and keeps what is computed from it (name indexes, search text) in `derived`, so
that a look-up in a big bank touches little more than what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple, TypeVar

QUESTION_TYPES = ("choice", "truefalse", "typed", "date", "number", "order")

T = TypeVar("T")


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


def entry_row(entry: Any) -> tuple[Any, ...]:
    """An entry as plain tuples (what the cache stores); `entry_from_row` turns it back."""
    if isinstance(entry, Person):
        return (*entry[:4], tuple(tuple(fact) for fact in entry.facts), *entry[5:])
    return tuple(entry)


def person_from_row(row: tuple[Any, ...]) -> Person:
    return Person(row[0], row[1], row[2], row[3], tuple(Fact(*fact) for fact in row[4]), row[5])


class Records(Sequence[T]):
    """A bank's entries of one kind, as read from the cache: `fetch(position)` gives an entry's plain
    data, and `make` turns it into the entry, each when first used."""

    def __init__(self, count: int, fetch: Callable[[int], Any], make: Callable[[Any], T]) -> None:
        self._fetch = fetch
        self._make = make
        self._items: list[T | None] = [None] * count

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[position] for position in range(*index.indices(len(self)))]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        position = index % len(self)
        item = self._items[position]
        if item is None:
            item = self._items[position] = self._make(self._fetch(position))
        return item

    def __iter__(self) -> Iterator[T]:
        for position in range(len(self)):
            yield self[position]


class Bank:
    """A bank: its article's paragraphs and its entries, never changed once built. (A plain class, not
    a dataclass: making one costs every command milliseconds at import.)"""

    __slots__ = ("title", "author", "source_name", "paragraphs", "people", "events", "terms", "questions", "_derived")

    def __init__(
        self,
        title: str,
        author: str,
        source_name: str,
        paragraphs: Sequence[str],
        people: Sequence[Person],
        events: Sequence[Event],
        terms: Sequence[Term],
        questions: Sequence[Question],
    ) -> None:
        self.title = title
        self.author = author
        self.source_name = source_name
        self.paragraphs = paragraphs
        self.people = people
        self.events = events
        self.terms = terms
        self.questions = questions
        # name -> data computed from the bank, or (read from the cache) a function that decodes it
        self._derived: dict[str, Any] = {}

    def with_questions(self, questions: Sequence[Question]) -> Bank:
        """The same bank with other questions (and nothing derived yet)."""
        return Bank(
            self.title, self.author, self.source_name, self.paragraphs, self.people, self.events, self.terms, questions
        )

    def derived(self, name: str, compute: Callable[[Bank], Any]) -> Any:
        """`compute(bank)`, worked out once per bank and kept with it in the cache (plain data only)."""
        value = self._derived.get(name)
        if value is None:
            value = self._derived[name] = compute(self)
        elif callable(value):
            value = self._derived[name] = value()
        return value

    def person(self, person_id: str) -> Person:
        return self.people[self.derived("person_positions", person_positions)[person_id]]

    def term(self, term_id: str) -> Term:
        return self.terms[self.derived("term_positions", term_positions)[term_id]]

    def question(self, question_id: str) -> Question | None:
        position = self.derived("question_positions", question_positions).get(question_id)
        return None if position is None else self.questions[position]

    @property
    def _by_id(self) -> dict[str, Any]:
        """Every entry by its id (decodes them all)."""
        return {entry.id: entry for kind in (self.people, self.events, self.terms, self.questions) for entry in kind}

    def topics(self) -> list[str]:
        return sorted({question.topic for question in self.questions})


def person_positions(bank: Bank) -> dict[str, int]:
    return {person.id: position for position, person in enumerate(bank.people)}


def term_positions(bank: Bank) -> dict[str, int]:
    return {term.id: position for position, term in enumerate(bank.terms)}


def question_positions(bank: Bank) -> dict[str, int]:
    return {question.id: position for position, question in enumerate(bank.questions)}


COUNTED = ("people", "events", "terms", "questions", "generated_questions", "paragraphs")


def counts(bank: Bank) -> dict[str, int]:
    """How many entries of each kind the bank has (what `check` reports)."""
    generated = sum(question.generated for question in bank.questions)
    numbers = (len(bank.people), len(bank.events), len(bank.terms), len(bank.questions) - generated, generated)
    return dict(zip(COUNTED, (*numbers, len(bank.paragraphs)), strict=True))
