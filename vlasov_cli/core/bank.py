"""The bank as the features ask for it: its title and counts at once, its entries by the queries the
look-ups, timeline, quiz, exports and study page make. Two banks answer them: the bank store
(`state.store`, one SQLite file, from which a look-up reads only what it shows) and `MemoryBank`
(a bank just built, held in memory: for tests, and for a bank that cannot be stored)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

from vlasov_cli.core.index import name_keys, search_lines
from vlasov_cli.core.model import Built, Event, NameKeys, Person, Question, Term
from vlasov_cli.core.read import default_bank_folder

# The kinds of entry a bank holds, as `entry(kind, position)` names them.
KINDS = ("paragraph", "person", "event", "term", "question")


class Bank(Protocol):
    title: str
    author: str
    source_name: str
    counts: dict[str, int]
    key: str  # what the quiz history knows the bank by
    former_key: str  # what it knew the bank by before (its answers there are claimed)

    @property
    def paragraphs(self) -> tuple[str, ...]: ...
    @property
    def people(self) -> tuple[Person, ...]: ...
    @property
    def events(self) -> tuple[Event, ...]: ...
    @property
    def terms(self) -> tuple[Term, ...]: ...
    @property
    def questions(self) -> tuple[Question, ...]: ...
    @property
    def drafts(self) -> int: ...
    @property
    def warnings(self) -> tuple[tuple[str, int, str], ...]: ...
    @property
    def person_keys(self) -> NameKeys: ...
    @property
    def term_keys(self) -> NameKeys: ...

    def paragraph(self, number: int) -> str | None:
        """Paragraph `number` (from 1), or None where there is none."""
        ...

    def person(self, person_id: str) -> Person:
        """The person of that id; KeyError where there is none."""
        ...

    def term(self, term_id: str) -> Term:
        """The term of that id; KeyError where there is none."""
        ...

    def question(self, question_id: str) -> Question | None: ...

    def question_ids(self) -> frozenset[str]: ...

    def entry(self, kind: str, position: int) -> Any:
        """The entry of a kind of KINDS at its position (from 0) in the bank."""
        ...

    def events_of(self, person_id: str) -> tuple[Event, ...]:
        """The events a person takes part in, in the bank's order."""
        ...

    def events_in(self, year: int) -> tuple[Event, ...]:
        """The events whose window reaches into `year`, in the bank's order."""
        ...

    def years(self) -> list[int]:
        """The years some event's window reaches into."""
        ...

    def topics(self) -> list[str]: ...

    def search_lines(self, word: str) -> list[tuple[int, int, int, str]]:
        """(kind, position, title length, folded line) of the searched entries holding `word`, in order."""
        ...


def history_keys(folder: Path, title: str, source_name: str, identity: str) -> tuple[str, str]:
    """What the quiz history knows the bank in `folder` by, now and before: what it is (`identity`),
    wherever its folder is, and formerly its title and article's file name; the shipped bank by ""."""
    if folder.resolve() == default_bank_folder().resolve():
        return "", ""
    return f"bank:{identity}", f"{title}|{source_name}"


def person_keys(people: Iterable[Person]) -> NameKeys:
    return tuple((person.id, name_keys(person.name, person.aliases, True)) for person in people)


def term_keys(terms: Iterable[Term]) -> NameKeys:
    return tuple((term.id, name_keys(term.name, term.aliases, False)) for term in terms)


def topics(questions: Iterable[Question]) -> list[str]:
    return sorted({question.topic for question in questions})


class MemoryBank:
    """A bank built from its files and held in memory, answering every query from its entries."""

    def __init__(self, built: Built, folder: Path) -> None:
        self._built = built
        self.title, self.author, self.source_name = built.title, built.author, built.source_name
        self.counts = built.counts()
        self.key, self.former_key = history_keys(folder, built.title, built.source_name, built.identity)
        self.paragraphs = built.paragraphs
        self.people = built.people
        self.events = built.events
        self.terms = built.terms
        self.questions = built.questions
        self.drafts = built.drafts
        self.warnings = built.warnings
        self.person_keys = person_keys(built.people)
        self.term_keys = term_keys(built.terms)
        self._lines = list(search_lines(built))

    def paragraph(self, number: int) -> str | None:
        return self.paragraphs[number - 1] if 1 <= number <= len(self.paragraphs) else None

    def person(self, person_id: str) -> Person:
        return _by_id(self.people, person_id)

    def term(self, term_id: str) -> Term:
        return _by_id(self.terms, term_id)

    def question(self, question_id: str) -> Question | None:
        try:
            return _by_id(self.questions, question_id)
        except KeyError:
            return None

    def question_ids(self) -> frozenset[str]:
        return frozenset(question.id for question in self.questions)

    def entry(self, kind: str, position: int) -> Any:
        entries = (self.paragraphs, self.people, self.events, self.terms, self.questions)[KINDS.index(kind)]
        if position < 0:
            raise IndexError(position)
        return entries[position]

    def events_of(self, person_id: str) -> tuple[Event, ...]:
        return tuple(event for event in self.events if person_id in event.people)

    def events_in(self, year: int) -> tuple[Event, ...]:
        return tuple(event for event in self.events if year in event.years)

    def years(self) -> list[int]:
        return sorted({year for event in self.events for year in event.years})

    def topics(self) -> list[str]:
        return topics(self.questions)

    def search_lines(self, word: str) -> list[tuple[int, int, int, str]]:
        return [line for line in self._lines if word in line[3]]


def _by_id(entries: tuple[Any, ...], entry_id: str) -> Any:
    for entry in entries:
        if entry.id == entry_id:
            return entry
    raise KeyError(entry_id)
