"""The question linter of `vlasov check`: each rule catches a small bank that breaks it, as
`file:line: warning: ...` with exit 0, or 2 with --strict; the shipped bank has no warnings."""

from __future__ import annotations

import json

import pytest
from conftest import PEOPLE_YAML as PEOPLE
from conftest import invoke, write_bank

QUOTE = "Anna Petrova founded the Lantern Society in Kazan"
TERMS = f"""\
terms:
  - id: society
    name: Lantern Society
    aliases: []
    kind: organisation
    description: A society founded in Kazan.
    clue: Founded in Kazan by a schoolteacher, it ran a school from 1907.
    quote: {QUOTE}
  - id: kazan
    name: Kazan
    aliases: []
    kind: city
    description: Where the society was founded.
    quote: {QUOTE}
"""


def question(qid: str, kind: str, answer: str, quote: str = QUOTE, extra: str = "") -> str:
    fields = f"    type: {kind}\n    prompt: Prompt of {qid}?\n    answer: {answer}\n    quote: {quote}\n    topic: t\n"
    return f"  - id: {qid}\n{fields}{extra}"


LONG_CHOICES = '    choices: ["Anna Petrova of Kazan, founder of the Lantern Society", Olga, Maria]\n'
CASES = [
    pytest.param(
        {"terms_yaml": TERMS.replace("clue: Founded in Kazan", "clue: A lantern founded in Kazan")},
        "terms.yaml:7: warning: term 'society': the clue gives the term away: lantern",
        id="clue-names-its-term",
    ),
    pytest.param(
        {
            "terms_yaml": TERMS.replace(
                "description: Where the society was founded.", "description: A society founded in Kazan."
            )
        },
        "terms.yaml:13: warning: term 'kazan': the same description as term 'society'",
        id="same-description",
    ),
    pytest.param(
        {
            "questions_yaml": "questions:\n"
            + question(
                "q-long",
                "choice",
                "Anna Petrova of Kazan, founder of the Lantern Society",
                extra=LONG_CHOICES,
            )
        },
        "questions.yaml:5: warning: question 'q-long': q-long: the answer is much longer than any distractor",
        id="answer-much-longer",
    ),
    pytest.param(
        {"questions_yaml": "questions:\n" + question("q-date", "date", "1905-03-03")},
        "questions.yaml:6: warning: question 'q-date': q-date: the quote shown after it holds no date",
        id="date-quote-without-date",
    ),
    pytest.param(
        {"questions_yaml": "questions:\n" + question("q-one", "typed", "Kazan") + question("q-two", "typed", "Kazan")},
        "questions.yaml:10: warning: question 'q-two': asks what q-one asks (same quote, same answer)",
        id="same-fact-twice",
    ),
    pytest.param(
        {
            "questions_yaml": "questions:\n"
            + "".join(question(f"q-order-{n}", "order", "''", extra="    items: [A, B, C]\n") for n in (1, 2))
        },
        "questions.yaml:15: warning: question 'q-order-2': q-order-2: the same items as q-order-1",
        id="same-order-items",
    ),
    pytest.param(
        {"people_yaml": PEOPLE.replace("role: Founder of the Lantern Society", "role: General")},
        "people.yaml:5: warning: person 'petrova': the role 'General' is a rank or a single word: say who they were",
        id="role-a-rank",
    ),
    pytest.param(
        {"people_yaml": PEOPLE.replace("role: Founder of the Lantern Society", "role: Soviet Marshal")},
        "people.yaml:5: warning: person 'petrova': the role 'Soviet Marshal' is a rank or a single word: "
        "say who they were",
        id="role-a-rank-and-a-people",
    ),
    pytest.param(
        {"people_yaml": PEOPLE.replace("role: Founder of the Lantern Society", "role: greater")},
        "people.yaml:5: warning: person 'petrova': the role 'greater' is a rank or a single word: say who they were",
        id="role-one-word",
    ),
    pytest.param(
        {"people_yaml": PEOPLE.replace("aliases: [Petrova]", "aliases: [Petrova, Colonel]")},
        "people.yaml:4: warning: person 'petrova': the alias 'Colonel' is a rank alone: it fits anyone of it",
        id="alias-a-rank",
    ),
]


@pytest.mark.parametrize(("files", "expected"), CASES)
def test_each_rule_catches_a_bank_that_breaks_it(runner, tmp_path, files, expected):
    folder = write_bank(tmp_path / "bank", **files)
    result = invoke(runner, "check", "--bank", str(folder))
    assert result.exit_code == 0, result.stderr
    assert f"{folder}/{expected}" in result.stderr.splitlines()
    strict = invoke(runner, "check", "--strict", "--json", "--bank", str(folder))
    assert strict.exit_code == 2
    report = json.loads(strict.stdout)
    assert report["ok"] is False and report["problems"] == []
    assert f"{folder}/{expected}" in [f"{w['file']}:{w['line']}: {w['message']}" for w in report["warnings"]]


def test_a_person_answering_over_a_quarter_of_the_who_questions_is_warned_of(runner, tmp_path):
    asked = [("q-a", "Anna Petrova"), ("q-b", "Anna Petrova"), ("q-c", "Olga Ivanova"), ("q-d", "Anna Petrova")]
    questions = "questions:\n" + "".join(
        f"  - id: {qid}\n    type: typed\n    prompt: Who did deed {qid}?\n    answer: {answer}\n"
        f"    quote: Two years later, in 1907\n    topic: t\n"
        for qid, answer in asked
    )
    folder = write_bank(tmp_path / "bank", questions_yaml=questions)
    result = invoke(runner, "check", "--bank", str(folder))
    assert result.exit_code == 0, result.stderr
    assert (
        f"{folder}/questions.yaml:2: warning: question 'q-a': "
        "Anna Petrova answers 3 of 3 who-questions (over a quarter)" in result.stderr
    )


def test_the_shipped_bank_passes_strict(runner):
    result = invoke(runner, "check", "--strict")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""


def test_order_items_whose_dates_overlap_are_warned_of(runner, tmp_path):
    events = "events:\n" + "".join(
        f"  - id: e{n}\n    date: '{date}'\n    title: Event {n}\n    people: [petrova]\n"
        "    quote: Anna Petrova founded the Lantern Society in Kazan on March 3, 1905.\n"
        for n, date in enumerate(["1905", "1905-03-03", "1905-03-03"])
    )
    order = "questions:\n" + question("q-order", "order", "''", extra="    items: [Event 0, Event 1, Event 2]\n")
    folder = write_bank(tmp_path / "bank", events_yaml=events, questions_yaml=order)
    result = invoke(runner, "check", "--bank", str(folder))
    assert result.exit_code == 0, result.stderr
    assert (
        f"{folder}/questions.yaml:8: warning: question 'q-order': q-order: items whose dates overlap cannot be ordered"
        in (result.stderr.splitlines())
    )


def events(*dated: tuple[str, str]) -> str:
    """An events.yaml of events told by one quote that writes no year, each (id, date) with its title."""
    return "events:\n" + "".join(
        f'  - id: {event_id}\n    date: "{date}"\n    title: {title}\n    people: []\n    quote: {QUOTE}\n'
        for event_id, date, title in [(*pair, f"Lantern Society event {pair[0]}") for pair in dated]
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("He was born ( ) in Kazan", "the title shows a hole where a date was: say it whole"),
        ("She was born (c. ) in Kazan", "the title shows a hole where a date was: say it whole"),
        ("Was in no hurry", "the title has no subject: say who or what did it"),
    ],
)
def test_an_event_title_with_a_hole_or_without_a_subject_is_warned_of(runner, tmp_path, title, expected):
    folder = write_bank(tmp_path / "bank", events_yaml=events(("founded", "1905")).replace(
        "Lantern Society event founded", title))  # fmt: skip
    result = invoke(runner, "check", "--bank", str(folder))
    assert f"{folder}/events.yaml:4: warning: event 'founded': {expected}" in result.stderr.splitlines()
