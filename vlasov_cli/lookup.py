"""Look-ups over a bank: paragraphs, people, terms and search. Returns data; never prints."""

from __future__ import annotations

from typing import Any

from vlasov_cli.errors import NotFound
from vlasov_cli.model import Bank, Event, Person, Term
from vlasov_cli.text import fold

SUGGEST_CUTOFF = 60


def paragraphs(bank: Bank, number: int | None = None) -> list[dict[str, Any]]:
    """Paragraph `number` (1-based) as [{number, text}], or all of them when number is None."""
    if number is None:
        return [{"number": index, "text": text} for index, text in enumerate(bank.paragraphs, 1)]
    if not 1 <= number <= len(bank.paragraphs):
        raise NotFound(f"no paragraph {number}: the source has paragraphs 1 to {len(bank.paragraphs)}")
    return [{"number": number, "text": bank.paragraphs[number - 1]}]


def _name_keys(name: str, aliases: tuple[str, ...], with_surname: bool) -> set[str]:
    keys = {fold(name), *(fold(alias) for alias in aliases)}
    if with_surname and fold(name):
        keys.add(fold(name).split(" ")[-1])
    return {key for key in keys if key}


def allowed_typos(text: str) -> int:
    """Edits forgiven in a name of this length: none under 6 letters, so short names never collide."""
    return 0 if len(text) < 6 else 1 if len(text) < 10 else 2 if len(text) < 15 else 3


def _match(query: str, entries: list[tuple[str, set[str]]]) -> tuple[list[str], list[str]]:
    """(matching ids, suggestions) for `query` against [(id, name keys)]; exact beats prefix beats fuzzy."""
    wanted = fold(query)
    if not wanted:
        return [], []
    exact = [entry_id for entry_id, keys in entries if wanted in keys]
    if exact:
        return exact, []
    words = wanted.split(" ")
    prefixed = [
        entry_id
        for entry_id, keys in entries
        if len(wanted) >= 3 and any(_words_start(key.split(" "), words) for key in keys)
    ]
    if prefixed:
        return prefixed, []
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    allowed = allowed_typos(wanted)
    distances = {
        entry_id: min(Levenshtein.distance(wanted, key, score_cutoff=allowed + 1) for key in keys)
        for entry_id, keys in entries
        if keys
    }
    closest = min(distances.values(), default=allowed + 1)
    if closest <= allowed:
        return [entry_id for entry_id, distance in distances.items() if distance == closest], []
    scored = sorted(
        ((max(fuzz.ratio(wanted, key) for key in keys), entry_id) for entry_id, keys in entries if keys),
        reverse=True,
    )
    return [], [entry_id for score, entry_id in scored[:3] if score >= SUGGEST_CUTOFF]


def _words_start(key_words: list[str], query_words: list[str]) -> bool:
    """Each query word starts a different word of the key, in order ("von rund" -> "von rundstedt")."""
    position = 0
    for word in query_words:
        while position < len(key_words) and not key_words[position].startswith(word):
            position += 1
        if position == len(key_words):
            return False
        position += 1
    return True


def find_people(bank: Bank, query: str) -> list[Person]:
    """People matching `query` by name, surname or alias, typo-tolerant; raises NotFound with suggestions."""
    entries = [(person.id, _name_keys(person.name, person.aliases, with_surname=True)) for person in bank.people]
    ids, suggestions = _match(query, entries)
    if not ids:
        names = tuple(bank.person(entry_id).name for entry_id in suggestions)
        raise NotFound(f"no person matches '{query}'", names)
    return [bank.person(entry_id) for entry_id in ids]


def find_terms(bank: Bank, query: str) -> list[Term]:
    """Organisations, places, documents... matching `query`; raises NotFound with suggestions."""
    terms = {term.id: term for term in bank.terms}
    entries = [(term.id, _name_keys(term.name, term.aliases, with_surname=False)) for term in terms.values()]
    ids, suggestions = _match(query, entries)
    if not ids:
        raise NotFound(f"no term matches '{query}'", tuple(terms[entry_id].name for entry_id in suggestions))
    return [terms[entry_id] for entry_id in ids]


def person_events(bank: Bank, person: Person) -> list[Event]:
    return [event for event in bank.events if person.id in event.people]


def person_record(bank: Bank, person: Person) -> dict[str, Any]:
    from vlasov_cli.timeline import event_label

    events = person_events(bank, person)
    related_ids = sorted({other for event in events for other in event.people if other != person.id})
    return {
        "id": person.id,
        "name": person.name,
        "aliases": list(person.aliases),
        "role": person.role,
        "facts": [{"text": fact.text, "quote": fact.quote, "paragraph": fact.paragraph} for fact in person.facts],
        "events": [{"id": event.id, "date": event.date, "label": event_label(event), "title": event.title} for event in events],
        "related": [{"id": other, "name": bank.person(other).name} for other in related_ids],
    }


def term_record(term: Term) -> dict[str, Any]:
    return {
        "id": term.id,
        "name": term.name,
        "aliases": list(term.aliases),
        "kind": term.kind,
        "description": term.description,
        "quote": term.quote,
        "paragraph": term.paragraph,
    }


def search(bank: Bank, query: str, limit: int = 50) -> list[dict[str, Any]]:
    """Everything mentioning every word of `query`, best first: names and titles outrank body text."""
    words = fold(query).split()
    if not words:
        raise NotFound("nothing to search for: give a word or two")
    found: list[tuple[int, int, dict[str, Any]]] = []

    def consider(kind: str, entry_id: str, title: str, body: str, weight: int) -> None:
        title_hits = sum(word in fold(title) for word in words)
        haystack = fold(f"{title} {body}")
        if all(word in haystack for word in words):
            score = weight + 10 * title_hits + haystack.count(words[0])
            snippet = snippet_around(body or title, query)
            found.append((-score, len(found), {"kind": kind, "id": entry_id, "title": title, "snippet": snippet}))

    for person in bank.people:
        facts = " ".join(fact.text for fact in person.facts)
        consider("person", person.id, person.name, f"{' '.join(person.aliases)} {person.role} {facts}", 30)
    for term in bank.terms:
        consider("term", term.id, term.name, f"{' '.join(term.aliases)} {term.description}", 30)
    for event in bank.events:
        consider("event", event.id, event.title, event.quote, 20)
    for question in bank.questions:
        if not question.generated:
            consider("question", question.id, question.prompt, "", 5)
    for number, paragraph in enumerate(bank.paragraphs, 1):
        consider("paragraph", str(number), f"Paragraph {number}", paragraph, 0)
    if not found:
        raise NotFound(f"nothing matches '{query}'")
    return [record for _, _, record in sorted(found)[:limit]]


def snippet_around(text: str, query: str, width: int = 160) -> str:
    """A window of `text` around the first query word, cut at word boundaries, with … where cut."""
    import re

    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    first = query.split()[0] if query.split() else ""
    match = re.search(re.escape(first), flat, re.IGNORECASE) if first else None
    start = max(0, (match.start() if match else 0) - width // 3)
    if start:
        start = flat.find(" ", start) + 1
    end = min(len(flat), start + width)
    if end < len(flat):
        end = flat.rfind(" ", start, end)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")
