"""The bank's records: facts, people, events, terms and questions, named tuples built once and shared
by every command (cheap to build and to store; a dataclass costs every command milliseconds at
import). A `core.bank.Bank` serves them, from the bank store or from memory."""

from __future__ import annotations

from typing import NamedTuple

from vlasov_cli.core import dates

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
    kind: str = ""  # general, officer, leader, official, writer...: who may stand in for whom in a question
    drafted: bool = False  # still marked `draft:`: its facts are raw sentences, not yet reviewed
    category: str = ""  # soviet, german, chinese...: with `kind`, who may stand in for whom


class Event(NamedTuple):
    """An event, dated by the window its EDTF date allows (`dates.parse_window`): its first and last
    possible day, as ISO text, and how precise the date is."""

    id: str
    edtf: str
    earliest: str
    latest: str
    precision: str  # day, month, year, season, or window (one day somewhere between the two)
    title: str
    people: tuple[str, ...]
    quote: str
    paragraph: int
    topic: str = ""
    inferred: bool = False
    label: str = ""  # the article's words, where the date alone would mislead
    date_quote: str = ""  # the sentence that proves the date, where `quote` does not
    date_paragraph: int = 0
    note: str = ""  # the reasoning behind the window
    deed: str = ""  # what its one person did, for "Who <deed>?"
    follows: tuple[str, ...] = ()  # events it follows by logic alone (never ordered against them)
    draft: float | None = None  # still marked `draft:`: how sure the draft is of it (None once reviewed)

    @property
    def year(self) -> int:
        return dates.year_of(self.earliest)

    @property
    def years(self) -> range:
        return range(dates.year_of(self.earliest), dates.year_of(self.latest) + 1)

    @property
    def date(self) -> str:
        """What the first and last day share ("1942-06-23", "1942-06", "1942"; "" across years)."""
        return dates.common_prefix(dates.Window(self.earliest, self.latest, self.precision))

    @property
    def approximate(self) -> bool:
        """Whether the date is one day somewhere in a window, rather than a day, month, season or year."""
        return self.precision == "window"

    @property
    def proof(self) -> tuple[str, int]:
        """The sentence that proves the date, and its paragraph."""
        return (self.date_quote, self.date_paragraph) if self.date_quote else (self.quote, self.paragraph)

    def when(self) -> str:
        """The date on one short line: the label where it names a year ("late summer of 1944"), else
        the window ("June 23, [1942]", "Jan 13–Mar 18, 1942")."""
        return self.label if dates.names_a_year(self.label) else dates.window_label(self.edtf, self.inferred)

    def date_label(self) -> str:
        """`when`, marked "~" where the date is one day somewhere in a window."""
        return f"~{self.when()}" if self.approximate else self.when()


class Term(NamedTuple):
    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    description: str
    quote: str
    paragraph: int
    topic: str = ""
    clue: str = ""  # what a learner is to recognise it by: never its name, aliases or kind


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
    warnings: tuple[tuple[str, int, str], ...] = ()  # what the question linter says: (file, line, message)
    drafts: int = 0  # entries still marked `draft:` (written by `vlasov draft`, not yet reviewed)
    identity: str = ""  # what the bank is: a digest of its title and article (its history's key)

    def counts(self) -> dict[str, int]:
        generated = sum(question.generated for question in self.questions)
        written = len(self.questions) - generated
        numbers = (len(self.people), len(self.events), len(self.terms), written, generated, len(self.paragraphs))
        return dict(zip(COUNTED, numbers, strict=True))
