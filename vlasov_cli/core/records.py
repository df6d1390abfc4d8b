"""What the commands' cores return: typed records, each one the data of both its views.

`as_json(record)` gives a record's JSON data: a record's fields are its keys, in order, unless it
says otherwise with a `to_json` method; the command's view (`cli/views/`) draws it for a person.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from vlasov_cli.core import dates
from vlasov_cli.core.errors import Problem
from vlasov_cli.core.model import Event, Fact, Term


def as_json(value: Any) -> Any:
    """Plain JSON data of a record, or of lists, tuples and dicts of records."""
    to_json = getattr(value, "to_json", None)
    if to_json is not None:
        return to_json()
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return {name: as_json(field) for name, field in zip(value._fields, value, strict=True)}
    if isinstance(value, list | tuple):
        return [as_json(item) for item in value]
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    return value


class Paragraph(NamedTuple):
    number: int
    text: str
    kind: str = "text"  # text, caption, or navigation (a web page's own links, not the article's)


class Paragraphs(NamedTuple):
    paragraphs: tuple[Paragraph, ...]


class EventRef(NamedTuple):
    id: str
    date: str
    label: str  # the date as the views show it
    title: str
    note: str  # how the event's window follows from the article


class PersonRef(NamedTuple):
    id: str
    name: str


class PersonView(NamedTuple):
    """A person with their events and the people who share them."""

    id: str
    name: str
    aliases: tuple[str, ...]
    role: str
    facts: tuple[Fact, ...]
    events: tuple[EventRef, ...]
    related: tuple[PersonRef, ...]


class People(NamedTuple):
    """The people a name matches (`query`), or everyone (no query); whether to show the notes on
    how their events are dated."""

    query: str | None
    matches: tuple[PersonView, ...]
    notes: bool = False
    limit: int | None = None  # facts and events shown of each (all: None; JSON has all)

    def to_json(self) -> dict[str, Any]:
        return {"query": self.query, "matches": as_json(self.matches)}


class Terms(NamedTuple):
    """The terms a name matches (`query`), or every term (no query)."""

    query: str | None
    matches: tuple[Term, ...]

    def to_json(self) -> dict[str, Any]:
        keys = ("id", "name", "aliases", "kind", "description", "quote", "paragraph")
        matches = [{key: as_json(getattr(term, key)) for key in keys} for term in self.matches]
        return {"query": self.query, "matches": matches}


def event_json(event: Event) -> dict[str, Any]:
    """An event's JSON: its window (`earliest`, `latest`, `edtf`), `date` (what the window's days
    share, YYYY[-MM[-DD]]), and `approximate` and `date_text` as scripts knew them before windows."""
    return {
        "id": event.id,
        "date": event.date,
        "edtf": dates.as_edtf(event.edtf),
        "earliest": event.earliest,
        "latest": event.latest,
        "label": event.label,
        "inferred": event.inferred,
        "approximate": event.approximate,
        "date_text": event.label,
        "title": event.title,
        "people": list(event.people),
        "quote": event.quote,
        "date_quote": event.date_quote,
        "note": event.note,
        "paragraph": event.paragraph,
    }


class Timeline(NamedTuple):
    """Events by date, with what the view shows beside them: how many events each year has (every
    year from the first to the last), the short names of their people, the events only partly
    inside the range asked for, and whether to show each event's label and note, or a chart."""

    events: tuple[Event, ...]
    density: tuple[tuple[int, int], ...]
    names: dict[str, str]
    partly: tuple[str, ...] = ()
    notes: bool = False
    chart: bool = False

    def to_json(self) -> dict[str, Any]:
        partly = set(self.partly)
        return {"events": [event_json(event) | {"partly_inside": event.id in partly} for event in self.events]}


class SearchHit(NamedTuple):
    kind: str
    id: str
    title: str
    snippet: str
    command: str = ""  # the command that shows the whole entry ("" for a question)


class SearchResults(NamedTuple):
    query: str
    results: tuple[SearchHit, ...]


class CheckReport(NamedTuple):
    bank: str
    ok: bool
    counts: dict[str, int]
    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...] = ()
    drafts: int = 0  # entries still marked `draft:`, to be reviewed


class TopicCounts(NamedTuple):
    """How many questions each topic has."""

    topics: dict[str, int]


class TopicStats(NamedTuple):
    answered: int
    correct: int
    accuracy: float


class DayStats(NamedTuple):
    date: str
    answered: int
    correct: int
    accuracy: float


class Leech(NamedTuple):
    question_id: str
    prompt: str
    misses: int


class Stats(NamedTuple):
    answered: int
    correct: int
    accuracy: float
    by_topic: dict[str, TopicStats]
    due: int
    over_time: tuple[DayStats, ...]
    leeches: tuple[Leech, ...]


class Answered(NamedTuple):
    question_id: str
    prompt: str
    given: str
    expected: str
    correct: bool


class Missed(NamedTuple):
    question_id: str
    prompt: str
    answer: str


class QuizSummary(NamedTuple):
    asked: int
    correct: int
    score: float
    answers: tuple[Answered, ...]
    missed: tuple[Missed, ...]
    due_now: int
    next_due: str | None
    leeches: tuple[str, ...]  # question ids
    leech_prompts: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {name: as_json(value) for name, value in zip(self._fields[:-1], self, strict=False)}


class DateFound(NamedTuple):
    """A date expression of an article: `article[start:end] == text`; `value` is its own EDTF value."""

    text: str
    start: int
    end: int
    value: str
    sentence: str


class DatesFound(NamedTuple):
    article: str
    dates: tuple[DateFound, ...]

    def to_json(self) -> dict[str, Any]:
        return {"dates": as_json(self.dates)}


class DraftMade(NamedTuple):
    """What `vlasov draft` wrote, and what `check` says of it."""

    folder: str
    source: str
    counts: dict[str, int]
    drafts: int
    warnings: tuple[Problem, ...]
