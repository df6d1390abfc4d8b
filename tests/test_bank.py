"""The bank interface (core.bank): the bank store and the bank held in memory answer every query the
features make alike; the store's rows follow the model's fields with no number to bump; only what a
stale or foreign store raises makes it be rebuilt."""

from __future__ import annotations

import json
import marshal
import sqlite3
from pathlib import Path

import pytest
from conftest import invoke

from vlasov_cli.core.bank import KINDS, Bank, MemoryBank
from vlasov_cli.core.model import Event
from vlasov_cli.core.read import default_bank_folder
from vlasov_cli.state import store

EXAMPLE = Path(__file__).parent / "example_bank"
WORDS = ("vlasov", "prague", "storm", "quill", "the", "", "no such words")


def answers(bank: Bank) -> dict[str, object]:
    """What a bank says to every query the features make, on every entry it holds."""
    said: dict[str, object] = {
        "about": (bank.title, bank.author, bank.source_name, bank.counts, bank.key, bank.former_key),
        "entries": (bank.paragraphs, bank.people, bank.events, bank.terms, bank.questions),
        "lint": (bank.drafts, bank.warnings),
        "keys": (bank.person_keys, bank.term_keys),
        "years": bank.years(),
        "topics": bank.topics(),
        "question_ids": bank.question_ids(),
        "paragraph": [bank.paragraph(number) for number in range(-1, len(bank.paragraphs) + 2)],
        "person": [bank.person(person.id) for person in bank.people],
        "term": [bank.term(term.id) for term in bank.terms],
        "question": [bank.question(question.id) for question in bank.questions] + [bank.question("none")],
        "events_of": [bank.events_of(person.id) for person in bank.people] + [bank.events_of("none")],
        "events_in": [bank.events_in(year) for year in (*bank.years(), 1)],
        "search": [bank.search_lines(word) for word in WORDS],
    }
    sizes = (len(bank.paragraphs), len(bank.people), len(bank.events), len(bank.terms), len(bank.questions))
    said["entry"] = [bank.entry(kind, at) for kind, size in zip(KINDS, sizes, strict=True) for at in (0, size - 1)]
    for missing in (lambda: bank.person("none"), lambda: bank.term("none")):
        with pytest.raises(KeyError):
            missing()
    return said


@pytest.mark.parametrize("folder", [default_bank_folder(), EXAMPLE], ids=["shipped", "example"])
def test_the_store_and_the_bank_in_memory_answer_alike(folder):
    stored = store.load(folder)
    assert isinstance(stored, store.StoredBank)
    in_memory = MemoryBank(store._build(folder)[0], folder)
    assert answers(stored) == answers(in_memory)


def test_a_bank_that_cannot_be_stored_is_served_from_memory(runner, fixed_terminal):
    expected = invoke(runner, "who", "Quill", "--json", "--bank", str(EXAMPLE)).stdout
    cache = fixed_terminal / "cache"
    for stored in cache.iterdir():
        stored.unlink()
    cache.rmdir()
    cache.write_text("a file where the cache folder would be", encoding="utf-8")
    assert isinstance(store.load(EXAMPLE), MemoryBank)
    result = invoke(runner, "who", "Quill", "--json", "--bank", str(EXAMPLE))
    assert (result.exit_code, result.stdout) == (0, expected)
    assert json.loads(result.stdout)["matches"][0]["name"] == "Martha Quill"


def test_stored_rows_are_kept_by_field_name():
    store.load(EXAMPLE)
    with sqlite3.connect(store._store_file(EXAMPLE)) as connection:
        (row,) = connection.execute("SELECT row FROM entries WHERE kind = 'event' AND position = 0").fetchone()
    connection.close()
    assert sorted(marshal.loads(row)) == sorted(Event._fields)


def test_a_change_to_the_models_fields_makes_the_store_stale(monkeypatch):
    first = store.load(EXAMPLE)
    path = store._store_file(EXAMPLE)
    written = path.stat().st_ino
    assert store.load(EXAMPLE).events == first.events and path.stat().st_ino == written  # served as stored
    monkeypatch.setattr(Event, "_fields", (*Event._fields, "new_field"))
    store._code_signature.cache_clear()
    try:
        again = store.load(EXAMPLE)
    finally:
        store._code_signature.cache_clear()
    assert path.stat().st_ino != written  # written anew, with no format number bumped by hand
    assert again.events == first.events


@pytest.mark.parametrize(
    "foreign",
    [
        "DELETE FROM meta WHERE name = 'key'",
        "UPDATE meta SET value = x'00ff00' WHERE name = 'key'",  # no marshal data
        "UPDATE meta SET value = x'e9' WHERE name = 'key'",  # marshal data cut short
        "DROP TABLE meta",
    ],
)
def test_a_stale_or_foreign_store_is_built_again(fixed_terminal, foreign):
    expected = store.load(EXAMPLE).people
    path = store._store_file(EXAMPLE)
    with sqlite3.connect(path) as connection:
        connection.execute(foreign)
    connection.close()
    assert store.load(EXAMPLE).people == expected


def test_a_fault_in_reading_the_store_is_not_taken_for_a_stale_store(monkeypatch):
    store.load(EXAMPLE)

    def faulty(connection, folder):
        raise AttributeError("a fault in vlasov")

    monkeypatch.setattr(store, "_fresh", faulty)
    with pytest.raises(AttributeError, match="a fault in vlasov"):
        store.load(EXAMPLE)
