"""The indexes the look-ups find entries by, worked out once when a bank is built and stored with it."""

from __future__ import annotations

from collections.abc import Sequence

from vlasov_cli.bank.model import COUNTED, Event, Index, Person, Question, SearchIndex, Term
from vlasov_cli.text import fold, surname

# What search looks through, in this order (which breaks ties).
SEARCHED = ("person", "term", "event", "question", "paragraph")


def build_index(
    paragraphs: tuple[str, ...],
    people: tuple[Person, ...],
    events: tuple[Event, ...],
    terms: tuple[Term, ...],
    questions: tuple[Question, ...],
) -> Index:
    generated = sum(question.generated for question in questions)
    numbers = (len(people), len(events), len(terms), len(questions) - generated, generated, len(paragraphs))
    return Index(
        counts=dict(zip(COUNTED, numbers, strict=True)),
        person_positions=_positions(people),
        term_positions=_positions(terms),
        question_positions=_positions(questions),
        person_keys=tuple((person.id, name_keys(person.name, person.aliases, with_surname=True)) for person in people),
        term_keys=tuple((term.id, name_keys(term.name, term.aliases, with_surname=False)) for term in terms),
        events_of_person=_events_of_person(events),
        events_by_year=_events_by_year(events),
        search=_search_index(paragraphs, people, events, terms, questions),
    )


def _positions(entries: Sequence[Person | Term | Question]) -> dict[str, int]:
    return {entry.id: position for position, entry in enumerate(entries)}


def name_keys(name: str, aliases: tuple[str, ...], with_surname: bool) -> tuple[str, ...]:
    """The folded names an entry is found by: its name, its aliases and (a person's) surname."""
    keys = {fold(name), *(fold(alias) for alias in aliases)}
    if with_surname:
        keys.add(surname(fold(name)))
    return tuple(sorted(key for key in keys if key))


def _events_of_person(events: tuple[Event, ...]) -> dict[str, tuple[int, ...]]:
    positions: dict[str, list[int]] = {}
    for position, event in enumerate(events):
        for person_id in dict.fromkeys(event.people):
            positions.setdefault(person_id, []).append(position)
    return {person_id: tuple(found) for person_id, found in positions.items()}


def _events_by_year(events: tuple[Event, ...]) -> dict[int, tuple[int, ...]]:
    """Year -> positions of that year's events (in date order)."""
    positions: dict[int, list[int]] = {}
    for position, event in enumerate(events):
        positions.setdefault(event.year, []).append(position)
    return {year: tuple(found) for year, found in positions.items()}


def searched_entry(
    kind: str,
    entry: Person | Term | Event | Question | str,
    position: int,
) -> tuple[str, str, str]:
    """(id, title, body) of one entry search looks through; a paragraph's id is its number."""
    if isinstance(entry, Person):
        facts = " ".join(fact.text for fact in entry.facts)
        return entry.id, entry.name, f"{' '.join(entry.aliases)} {entry.role} {facts}"
    if isinstance(entry, Term):
        return entry.id, entry.name, f"{' '.join(entry.aliases)} {entry.description}"
    if isinstance(entry, Event):
        return entry.id, entry.title, entry.quote
    if isinstance(entry, Question):
        return entry.id, entry.prompt, ""
    return str(position + 1), f"Paragraph {position + 1}", entry


def _search_index(
    paragraphs: tuple[str, ...],
    people: tuple[Person, ...],
    events: tuple[Event, ...],
    terms: tuple[Term, ...],
    questions: tuple[Question, ...],
) -> SearchIndex:
    sections: tuple[Sequence[Person | Term | Event | Question | str], ...] = (
        people,
        terms,
        events,
        questions,
        paragraphs,
    )
    lines, starts, title_lengths, kinds, positions = [], [], [], [], []
    start = 0
    for number, (kind, section) in enumerate(zip(SEARCHED, sections, strict=True)):
        for position, entry in enumerate(section):
            if isinstance(entry, Question) and entry.generated:
                continue
            _, title, body = searched_entry(kind, entry, position)
            line = fold(f"{title} {body}")
            lines.append(line)
            starts.append(start)
            title_lengths.append(len(fold(title)))
            kinds.append(str(number))
            positions.append(position)
            start += len(line) + 1
    return SearchIndex("\n".join(lines), tuple(starts), tuple(title_lengths), "".join(kinds), tuple(positions))
