"""What the look-ups find entries by, worked out when a bank is stored: the names each person and
term goes by, and the folded text search looks through."""

from __future__ import annotations

from collections.abc import Iterator

from vlasov_cli.core.model import Built, Event, Person, Question, Term
from vlasov_cli.core.text import fold, paragraph_kind, surname

# What search looks through, in this order (which breaks ties).
SEARCHED = ("person", "term", "event", "question", "paragraph")


def name_keys(name: str, aliases: tuple[str, ...], with_surname: bool) -> tuple[str, ...]:
    """The folded names an entry is found by: its name, its aliases and (a person's) surname."""
    keys = {fold(name), *(fold(alias) for alias in aliases)}
    if with_surname:
        keys.add(surname(fold(name)))
    return tuple(sorted(key for key in keys if key))


def searched_entry(entry: Person | Term | Event | Question | str, position: int) -> tuple[str, str, str]:
    """(id, title, body) of one entry search looks through; a paragraph's id is its number."""
    if isinstance(entry, Person):
        return entry.id, entry.name, " · ".join([*entry.aliases, entry.role, *(fact.text for fact in entry.facts)])
    if isinstance(entry, Term):
        return entry.id, entry.name, " · ".join([*entry.aliases, entry.description])
    if isinstance(entry, Event):
        return entry.id, entry.title, entry.quote
    if isinstance(entry, Question):
        return entry.id, entry.prompt, ""
    return str(position + 1), f"Paragraph {position + 1}", paragraph_kind(entry)[1]


def search_lines(built: Built) -> Iterator[tuple[int, int, int, str]]:
    """(kind, position, length of the folded title, folded title and body) of each searched entry,
    kinds in the order of SEARCHED (generated questions are not searched)."""
    sections: tuple[tuple[Person | Term | Event | Question | str, ...], ...] = (
        built.people,
        built.terms,
        built.events,
        built.questions,
        built.paragraphs,
    )
    for kind, section in enumerate(sections):
        for position, entry in enumerate(section):
            if isinstance(entry, Question) and entry.generated:
                continue
            if isinstance(entry, str) and paragraph_kind(entry)[0] == "navigation":
                continue
            _, title, body = searched_entry(entry, position)
            yield kind, position, len(fold(title)), fold(f"{title} {body}")
