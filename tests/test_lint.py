"""The question linter of `vlasov check`: each rule catches a small bank that breaks it, as
`file:line: warning: ...` with exit 0, or 2 with --strict; the shipped bank has no warnings."""

from __future__ import annotations

import json
from pathlib import Path

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


# Issue 24's rules, each on a small bank that breaks it.
YEARS = "".join(f"\nIn {1900 + n}, event {n} happened." for n in range(8))
DATED_SOURCE = f"By A. Writer\n\nAnna Petrova founded the Lantern Society in Kazan on March 3, 1905.\n{YEARS}\n"


def events_yaml(follows: dict[int, int] | None = None) -> str:
    """Eight events, one a year from 1900; `follows` {n: m}: event n follows event m by logic alone."""
    follows = follows or {}
    return "events:\n" + "".join(
        f"  - id: e{n}\n    date: '{1900 + n}'\n    title: Event {n} happened\n    people: []\n"
        f"    quote: In {1900 + n}, event {n} happened.\n" + (f"    follows: [e{follows[n]}]\n" if n in follows else "")
        for n in range(8)
    )


def order(qid: str, *numbers: int) -> str:
    items = ", ".join(f"Event {n} happened" for n in numbers)
    return question(qid, "order", "''", quote="In 1900, event 0 happened.", extra=f"    items: [{items}]\n")


def lint_of(runner, tmp_path, **files) -> tuple[Path, list[str]]:  # type: ignore[no-untyped-def]
    folder = write_bank(tmp_path / "bank", source_txt=DATED_SOURCE, **files)
    result = invoke(runner, "check", "--bank", str(folder))
    assert result.exit_code == 0, result.stderr
    strict = invoke(runner, "check", "--strict", "--bank", str(folder))
    assert strict.exit_code == 2
    return folder, result.stderr.splitlines()


def test_options_of_another_kind_are_warned_of(runner, tmp_path):
    choices = "    choices: [Kazan, Lantern Society, Perm]\n"
    mixed = "questions:\n" + question("q-mixed", "choice", "Kazan", extra=choices)
    folder, lines = lint_of(runner, tmp_path, terms_yaml=TERMS, questions_yaml=mixed)
    expected = "q-mixed: options of another kind than the answer (city): Lantern Society (organisation)"
    assert f"{folder}/questions.yaml:8: warning: question 'q-mixed': {expected}" in lines


def test_the_right_year_always_in_the_middle_is_warned_of(runner, tmp_path):
    asked = "".join(
        question(f"q-year-{n}", "choice", "1905", extra="    choices: ['1901', '1905', '1907', '1910']\n")
        for n in range(12)
    )
    folder, lines = lint_of(runner, tmp_path, questions_yaml="questions:\n" + asked)
    expected = (
        "q-year-0: the right value is a middle one of those offered in 12 of 12 questions of years or numbers "
        "(by chance 50%): picking a middle one beats knowing"
    )
    assert f"{folder}/questions.yaml:5: warning: question 'q-year-0': {expected}" in lines


def test_a_fact_asked_twice_with_a_quote_around_the_other_is_warned_of(runner, tmp_path):
    longer = "Anna Petrova founded the Lantern Society in Kazan on March 3, 1905."
    asked = question("q-one", "typed", "Kazan") + question("q-two", "typed", "Kazan", quote=longer)
    folder, lines = lint_of(runner, tmp_path, questions_yaml="questions:\n" + asked)
    expected = "warning: question 'q-two': asks what q-one asks (same quote, same answer)"
    assert f"{folder}/questions.yaml:10: {expected}" in lines


def test_a_generated_question_asking_what_a_written_one_asks_is_left_out(runner, tmp_path):
    """The small bank's event makes a date question; a hand-written one asking the same date replaces it."""
    quote = "Anna Petrova founded the Lantern Society in Kazan on March 3, 1905."
    before = write_bank(tmp_path / "before")
    written = "questions:\n" + question("q-when", "date", "1905-03-03", quote)
    after = write_bank(tmp_path / "after", questions_yaml=written)
    ids = []
    for folder in (before, after):
        asked = ("quiz", "--practice", "--count", "9", "--type", "date", "--json", "--bank", str(folder))
        result = invoke(runner, *asked, input="March 3, 1905\n")
        ids.append([answer["question_id"] for answer in json.loads(result.stdout)["answers"]])
    assert ids == [["society-founded.date"], ["q-when"]]


def test_order_sets_sharing_three_events_and_an_event_in_four_are_warned_of(runner, tmp_path):
    orders = order("q-o1", 0, 1, 2) + order("q-o2", 0, 1, 2, 3) + order("q-o3", 0, 4, 5) + order("q-o4", 0, 6, 7)
    folder, lines = lint_of(runner, tmp_path, events_yaml=events_yaml(), questions_yaml="questions:\n" + orders)
    expected = "warning: question 'q-o2': q-o2: shares 3 of its events with q-o1 (at most 2)"
    assert f"{folder}/questions.yaml:15: {expected}" in lines
    assert f"{folder}/events.yaml:4: warning: event 'e0': stands in 4 order questions (at most 3)" in lines


def test_a_question_about_the_author_is_warned_of(runner, tmp_path):
    about = question("q-author", "typed", "A. Writer", quote="By A. Writer")
    folder, lines = lint_of(runner, tmp_path, questions_yaml="questions:\n" + about)
    expected = "warning: question 'q-author': q-author: asks about the page (a caption or the author)"
    assert f"{folder}/questions.yaml:6: {expected}" in lines


def test_order_by_logic_alone_is_warned_of(runner, tmp_path):
    folder, lines = lint_of(
        runner, tmp_path, events_yaml=events_yaml({3: 1}), questions_yaml="questions:\n" + order("q-logic", 1, 3, 5)
    )
    expected = "q-logic: 'Event 1 happened' and 'Event 3 happened' are ordered by logic alone"
    assert f"{folder}/questions.yaml:8: warning: question 'q-logic': {expected}" in lines
