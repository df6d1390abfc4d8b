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


def _person_keys(bank: Bank) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        (person.id, tuple(sorted(_name_keys(person.name, person.aliases, with_surname=True)))) for person in bank.people
    )


def _term_keys(bank: Bank) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        (term.id, tuple(sorted(_name_keys(term.name, term.aliases, with_surname=False)))) for term in bank.terms
    )


def find_people(bank: Bank, query: str) -> list[Person]:
    """People matching `query` by name, surname or alias, typo-tolerant; raises NotFound with suggestions."""
    ids, suggestions = _match(query, bank.derived("person_keys", _person_keys))
    if not ids:
        names = tuple(bank.person(entry_id).name for entry_id in suggestions)
        raise NotFound(f"no person matches '{query}'", names)
    return [bank.person(entry_id) for entry_id in ids]


def find_terms(bank: Bank, query: str) -> list[Term]:
    """Organisations, places, documents... matching `query`; raises NotFound with suggestions."""
    ids, suggestions = _match(query, bank.derived("term_keys", _term_keys))
    if not ids:
        raise NotFound(f"no term matches '{query}'", tuple(bank.term(entry_id).name for entry_id in suggestions))
    return [bank.term(entry_id) for entry_id in ids]


def _events_of_person(bank: Bank) -> dict[str, tuple[int, ...]]:
    positions: dict[str, list[int]] = {}
    for position, event in enumerate(bank.events):
        for person_id in dict.fromkeys(event.people):
            positions.setdefault(person_id, []).append(position)
    return {person_id: tuple(found) for person_id, found in positions.items()}


def person_events(bank: Bank, person: Person) -> list[Event]:
    positions = bank.derived("events_of_person", _events_of_person).get(person.id, ())
    return [bank.events[position] for position in positions]


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
        "events": [
            {"id": event.id, "date": event.date, "label": event_label(event), "title": event.title} for event in events
        ],
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


# What search looks through, in this order (which breaks ties), and how much a match of each weighs.
WEIGHTS = {"person": 30, "term": 30, "event": 20, "question": 5, "paragraph": 0}
SEARCHED = tuple(WEIGHTS)


def _searched(bank: Bank, kind: str, position: int) -> tuple[str, str, str]:
    """(id, title, body) of one entry search looks through."""
    if kind == "person":
        person = bank.people[position]
        facts = " ".join(fact.text for fact in person.facts)
        return person.id, person.name, f"{' '.join(person.aliases)} {person.role} {facts}"
    if kind == "term":
        term = bank.terms[position]
        return term.id, term.name, f"{' '.join(term.aliases)} {term.description}"
    if kind == "event":
        event = bank.events[position]
        return event.id, event.title, event.quote
    if kind == "question":
        question = bank.questions[position]
        return question.id, question.prompt, ""
    return str(position + 1), f"Paragraph {position + 1}", bank.paragraphs[position]


def _search_index(bank: Bank) -> tuple[str, tuple[int, ...], tuple[int, ...], str, tuple[int, ...]]:
    """Everything searchable, folded into one text (an entry a line: its title, then its body), with
    where each entry starts, the length of its folded title, and its kind (digit) and position."""
    sections = (bank.people, bank.terms, bank.events, bank.questions, bank.paragraphs)
    lines, starts, title_lengths, kinds, positions = [], [], [], [], []
    start = 0
    for number, (kind, section) in enumerate(zip(SEARCHED, sections, strict=True)):
        for position in range(len(section)):
            if kind == "question" and bank.questions[position].generated:
                continue
            _, title, body = _searched(bank, kind, position)
            line = fold(f"{title} {body}")
            lines.append(line)
            starts.append(start)
            title_lengths.append(len(fold(title)))
            kinds.append(str(number))
            positions.append(position)
            start += len(line) + 1
    return "\n".join(lines), tuple(starts), tuple(title_lengths), "".join(kinds), tuple(positions)


def search(bank: Bank, query: str, limit: int = 50) -> list[dict[str, Any]]:
    """Everything mentioning every word of `query`, best first: names and titles outrank body text."""
    import bisect

    words = fold(query).split()
    if not words:
        raise NotFound("nothing to search for: give a word or two")
    text, starts, title_lengths, kinds, positions = bank.derived("search", _search_index)

    def line(entry: int) -> str:
        return text[starts[entry] : starts[entry + 1] - 1 if entry + 1 < len(starts) else len(text)]

    matched = []
    at = text.find(words[0])
    while at != -1:  # each entry holding the first word, then those holding every other word too
        entry = bisect.bisect_right(starts, at) - 1
        if all(word in line(entry) for word in words[1:]):
            matched.append(entry)
        at = text.find(words[0], starts[entry + 1]) if entry + 1 < len(starts) else -1
    if not matched:
        raise NotFound(f"nothing matches '{query}'")
    scored = []
    for entry in matched:
        haystack = line(entry)
        title_hits = sum(word in haystack[: title_lengths[entry]] for word in words)
        weight = WEIGHTS[SEARCHED[int(kinds[entry])]]
        scored.append((-(weight + 10 * title_hits + haystack.count(words[0])), entry))
    results = []
    for _, entry in sorted(scored)[:limit]:
        kind = SEARCHED[int(kinds[entry])]
        entry_id, title, body = _searched(bank, kind, positions[entry])
        results.append({"kind": kind, "id": entry_id, "title": title, "snippet": snippet_around(body or title, query)})
    return results


def prepare(bank: Bank) -> None:
    """Work out every index the look-ups use, so that the cache keeps them with the bank."""
    from vlasov_cli.model import counts, person_positions, question_positions, term_positions
    from vlasov_cli.timeline import events_by_year

    bank.derived("counts", counts)
    bank.derived("person_positions", person_positions)
    bank.derived("term_positions", term_positions)
    bank.derived("question_positions", question_positions)
    bank.derived("person_keys", _person_keys)
    bank.derived("term_keys", _term_keys)
    bank.derived("events_of_person", _events_of_person)
    bank.derived("events_by_year", events_by_year)
    bank.derived("search", _search_index)


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
