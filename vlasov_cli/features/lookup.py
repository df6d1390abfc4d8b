"""Look-ups over a bank: paragraphs, people, terms and search. Returns records; never prints."""

from __future__ import annotations

from vlasov_cli.core.bank import Bank
from vlasov_cli.core.errors import NotFound
from vlasov_cli.core.index import SEARCHED, searched_entry
from vlasov_cli.core.model import Event, NameKeys, Person, Question, Term
from vlasov_cli.core.records import (
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
from vlasov_cli.core.text import fold, paragraph_kind, surname

SUGGEST_CUTOFF = 60
# How much a match of each kind weighs in search.
WEIGHTS = {"person": 30, "term": 30, "event": 20, "question": 5, "paragraph": 0}


def paragraphs(bank: Bank, number: int | None = None) -> Paragraphs:
    """Paragraph `number` (1-based), or all of the article's (a web page's own links left out);
    a caption given twice shows once. Numbers are those of the source text as it is."""
    if number is None:
        found = (Paragraph(index, *reversed(paragraph_kind(text))) for index, text in enumerate(bank.paragraphs, 1))
        return Paragraphs(tuple(paragraph for paragraph in found if paragraph.kind != "navigation"))
    text = bank.paragraph(number)
    if text is None:
        raise NotFound(f"no paragraph {number}: the source has paragraphs 1 to {bank.counts['paragraphs']}")
    return Paragraphs((Paragraph(number, *reversed(paragraph_kind(text))),))


def allowed_typos(text: str) -> int:
    """Edits forgiven in a name of this length: none under 6 letters, so short names never collide."""
    return 0 if len(text) < 6 else 1 if len(text) < 10 else 2 if len(text) < 15 else 3


def _quoted(query: str) -> str:
    import shlex

    return shlex.quote(query)


def _match(query: str, entries: NameKeys, fuzzy: bool = True) -> tuple[list[str], list[str]]:
    """(matching ids, suggestions) for `query` against [(id, name keys)]; exact beats prefix beats
    fuzzy (`fuzzy`: typos forgiven, and suggestions made)."""
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
    if prefixed or not fuzzy:
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
    similarity = {entry_id: max(fuzz.ratio(wanted, key) for key in keys) for entry_id, keys in entries if keys}
    if closest <= allowed:  # the nearest by edits, the most alike first ("Himler": Himmler, then Hitler)
        nearest = [entry_id for entry_id, distance in distances.items() if distance == closest]
        return sorted(nearest, key=lambda entry_id: -similarity[entry_id]), []
    scored = sorted(((score, entry_id) for entry_id, score in similarity.items()), reverse=True)
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
    ids, suggestions = _match(query, bank.person_keys)
    if not ids:
        if _match(query, bank.term_keys, fuzzy=False)[0]:
            raise NotFound(f"no person matches '{query}', but a term does: vlasov what {_quoted(query)}")
        raise NotFound(f"no person matches '{query}'", tuple(bank.person(entry_id).name for entry_id in suggestions))
    return [bank.person(entry_id) for entry_id in ids]


def find_terms(bank: Bank, query: str) -> list[Term]:
    """Organisations, places, documents... matching `query`; raises NotFound with suggestions."""
    ids, suggestions = _match(query, bank.term_keys)
    if not ids:
        if _match(query, bank.person_keys, fuzzy=False)[0]:
            raise NotFound(f"no term matches '{query}', but a person does: vlasov who {_quoted(query)}")
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
    events = bank.events_of(person.id)
    related = sorted({other for event in events for other in event.people if other != person.id})
    return PersonView(
        person.id,
        person.name,
        person.aliases,
        person.role,
        person.facts,
        tuple(EventRef(event.id, event.date, event.date_label(), event.title, event.note) for event in events),
        tuple(PersonRef(other, bank.person(other).name) for other in related),
    )


def search(bank: Bank, query: str, limit: int = 50, answers: bool = False) -> SearchResults:
    """Everything mentioning every word of `query`, best first: names and titles outrank body text.
    A question's answer, with the sentence that proves it, is its snippet only when `answers` asks."""
    words = fold(query).split()
    if not words:
        raise NotFound("nothing to search for: give a word or two")
    # Each entry holding the first word, then those holding every other word too.
    matched = [line for line in bank.search_lines(words[0]) if all(word in line[3] for word in words[1:])]
    if not matched:
        raise NotFound(f"nothing matches '{query}'")
    scored = []
    for order, (kind, position, title_length, line) in enumerate(matched):
        title_hits = sum(word in line[:title_length] for word in words)
        weight = WEIGHTS[SEARCHED[kind]]
        scored.append((-(weight + 10 * title_hits + line.count(words[0])), order, kind, position))
    results = []
    for _, _, kind, position in sorted(scored)[:limit]:
        entry = bank.entry(SEARCHED[kind], position)
        entry_id, title, body = searched_entry(entry, position)
        if isinstance(entry, Question):  # its prompt is its title: the snippet is its answer, if asked for
            snippet = _answer(entry) if answers else ""
            command = "" if answers else f"vlasov search --answers {_quoted(query)}"
            results.append(SearchHit(SEARCHED[kind], entry_id, title, snippet, command))
            continue
        hit = SearchHit(
            SEARCHED[kind], entry_id, title, snippet_around(body or title, query), _command(entry, position)
        )
        results.append(hit)
    return SearchResults(query, tuple(results))


def _answer(question: Question) -> str:
    from vlasov_cli.features.answers import display_answer

    return f"Answer: {display_answer(question)} · “{question.quote}” ¶{question.paragraph}"


def _command(entry: Person | Term | Event | Question | str, position: int) -> str:
    """The command that shows a search hit whole."""
    if isinstance(entry, Person):
        return f"vlasov who {_quoted(surname(entry.name, entry.aliases))}"
    if isinstance(entry, Term):
        return f"vlasov what {_quoted(entry.name)}"
    if isinstance(entry, Event):
        return f"vlasov timeline --from {entry.earliest} --to {entry.latest}"
    if isinstance(entry, str):
        return f"vlasov source {position + 1}"
    return ""


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
