"""Look-ups over a bank: paragraphs, people, terms and search. Returns records; never prints."""

from __future__ import annotations

from vlasov_cli.bank.index import SEARCHED, searched_entry
from vlasov_cli.bank.model import Bank, NameKeys, Person, Term
from vlasov_cli.errors import NotFound
from vlasov_cli.results import (
    EventRef,
    Paragraph,
    Paragraphs,
    People,
    PersonRef,
    PersonView,
    SearchHit,
    SearchResults,
    Terms,
)
from vlasov_cli.text import fold

SUGGEST_CUTOFF = 60
# How much a match of each kind weighs in search.
WEIGHTS = {"person": 30, "term": 30, "event": 20, "question": 5, "paragraph": 0}


def paragraphs(bank: Bank, number: int | None = None) -> Paragraphs:
    """Paragraph `number` (1-based), or all of them when number is None."""
    if number is None:
        return Paragraphs(tuple(Paragraph(index, text) for index, text in enumerate(bank.paragraphs, 1)))
    if not 1 <= number <= len(bank.paragraphs):
        raise NotFound(f"no paragraph {number}: the source has paragraphs 1 to {len(bank.paragraphs)}")
    return Paragraphs((Paragraph(number, bank.paragraphs[number - 1]),))


def allowed_typos(text: str) -> int:
    """Edits forgiven in a name of this length: none under 6 letters, so short names never collide."""
    return 0 if len(text) < 6 else 1 if len(text) < 10 else 2 if len(text) < 15 else 3


def _match(query: str, entries: NameKeys) -> tuple[list[str], list[str]]:
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
    ids, suggestions = _match(query, bank.index.person_keys)
    if not ids:
        raise NotFound(f"no person matches '{query}'", tuple(bank.person(entry_id).name for entry_id in suggestions))
    return [bank.person(entry_id) for entry_id in ids]


def find_terms(bank: Bank, query: str) -> list[Term]:
    """Organisations, places, documents... matching `query`; raises NotFound with suggestions."""
    ids, suggestions = _match(query, bank.index.term_keys)
    if not ids:
        raise NotFound(f"no term matches '{query}'", tuple(bank.term(entry_id).name for entry_id in suggestions))
    return [bank.term(entry_id) for entry_id in ids]


def who(bank: Bank, query: str | None) -> People:
    """The people `query` names, or everyone."""
    found = bank.people if query is None else find_people(bank, query)
    return People(query, tuple(person_view(bank, person) for person in found))


def what(bank: Bank, query: str | None) -> Terms:
    """The terms `query` names, or every term."""
    return Terms(query, tuple(bank.terms if query is None else find_terms(bank, query)))


def person_view(bank: Bank, person: Person) -> PersonView:
    events = [bank.events[position] for position in bank.index.events_of_person.get(person.id, ())]
    related = sorted({other for event in events for other in event.people if other != person.id})
    return PersonView(
        person.id,
        person.name,
        person.aliases,
        person.role,
        person.facts,
        tuple(EventRef(event.id, event.date, event.date_label(), event.title) for event in events),
        tuple(PersonRef(other, bank.person(other).name) for other in related),
    )


def search(bank: Bank, query: str, limit: int = 50) -> SearchResults:
    """Everything mentioning every word of `query`, best first: names and titles outrank body text."""
    import bisect

    words = fold(query).split()
    if not words:
        raise NotFound("nothing to search for: give a word or two")
    text, starts, title_lengths, kinds, positions = bank.index.search

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
    sections = (bank.people, bank.terms, bank.events, bank.questions, bank.paragraphs)
    results = []
    for _, entry in sorted(scored)[:limit]:
        number = int(kinds[entry])
        kind, position = SEARCHED[number], positions[entry]
        entry_id, title, body = searched_entry(kind, sections[number][position], position)
        results.append(SearchHit(kind, entry_id, title, snippet_around(body or title, query)))
    return SearchResults(query, tuple(results))


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
