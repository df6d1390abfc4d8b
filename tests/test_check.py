"""`vlasov check` and the loader, on the shipped bank and on small broken banks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import SOURCE, invoke, write_bank
from hypothesis import given, settings
from hypothesis import strategies as st


def test_shipped_bank_has_no_problems(runner):
    result = invoke(runner, "check")
    assert result.exit_code == 0, result.stderr
    assert "no problems" in result.stdout
    assert result.stderr == ""


def test_shipped_bank_counts(runner):
    result = invoke(runner, "check", "--json")
    payload = json.loads(result.stdout)
    assert payload["ok"] is True
    assert payload["problems"] == []
    assert payload["counts"]["paragraphs"] == 58
    assert payload["counts"]["people"] >= 20
    assert payload["counts"]["events"] >= 60
    assert payload["counts"]["terms"] >= 20
    assert payload["counts"]["questions"] >= 80


def test_small_valid_bank_passes(runner, small_bank):
    result = invoke(runner, "check", "--bank", str(small_bank))
    assert result.exit_code == 0, result.stderr
    summary = "1 people, 1 events, 0 terms, 1 questions, 1 generated questions, 3 paragraphs; no problems"
    assert summary in " ".join(result.stdout.split())  # (wrapped between words to the terminal)


def test_missing_bank_folder_is_one_line_and_exit_2(runner, tmp_path):
    missing = tmp_path / "nowhere"
    result = invoke(runner, "check", "--bank", str(missing))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"error: {missing}: no bank folder here\n"


def test_bank_from_environment_variable(runner, small_bank, monkeypatch):
    monkeypatch.setenv("VLASOV_BANK", str(small_bank))
    result = invoke(runner, "check", "--json")
    assert json.loads(result.stdout)["counts"]["people"] == 1


EVENTS = (
    "events:\n  - id: petrova\n    date: '1905'\n    title: T\n    people: []\n"
    "    quote: Anna Petrova founded the Lantern Society\n"
)

BROKEN = [
    pytest.param(
        {"people_yaml": "people:\n  - id: petrova\n    name: [unclosed\n"},
        "people.yaml:4: invalid YAML",
        id="bad-yaml",
    ),
    pytest.param(
        {"people_yaml": "people:\n  - id: petrova\n    aliases: []\n    role: Founder\n    facts: []\n"},
        "people.yaml:2: person 'petrova': missing field 'name'",
        id="missing-field",
    ),
    pytest.param(
        {"events_yaml": EVENTS},
        "people.yaml:2: person 'petrova': duplicate id 'petrova' (first at ",
        id="duplicate-id",
    ),
    pytest.param(
        {"events_yaml": EVENTS.replace("people: []", "people: [ivanova]").replace("id: petrova", "id: e1")},
        "events.yaml:5: event 'e1': unknown person 'ivanova' in people",
        id="dangling-person",
    ),
    pytest.param(
        {"events_yaml": EVENTS.replace("founded the Lantern", "burned the Lantern").replace("id: petrova", "id: e1")},
        "events.yaml:6: event 'e1': quote not found in the source text",
        id="quote-not-in-source",
    ),
    pytest.param(
        {
            "questions_yaml": (
                "questions:\n  - id: q1\n    type: choice\n    prompt: Who?\n    choices: [A, B]\n    answer: C\n"
                "    quote: Anna Petrova founded\n    topic: t\n"
            )
        },
        "questions.yaml:6: question 'q1': answer 'C' is not among its choices",
        id="choice-answer-not-among-choices",
    ),
    pytest.param(
        {"events_yaml": EVENTS + "    label: a label that goes on past its limit\n"},
        "events.yaml:7: event 'petrova': label is 35 characters: at most 32",
        id="label-too-long",
    ),
    pytest.param(
        {"events_yaml": EVENTS.replace("'1905'", "'1905-03-03'") + "    label: March 3\n"},
        "events.yaml:7: event 'petrova': label 'March 3' restates the date 1905-03-03: leave it out",
        id="label-restates-the-day",
    ),
    pytest.param(
        {
            "events_yaml": EVENTS.replace("'1905'", "'1907'").replace(
                "Society\n", "Society in Kazan on March 3, 1905.\n"
            )
        },
        "events.yaml:6: event 'petrova': quote writes 1905, outside the date's window (1907)",
        id="window-contradicts-quote",
    ),
    pytest.param(
        {"events_yaml": EVENTS + "    date_quote: Nothing like this\n"},
        "events.yaml:7: event 'petrova': quote not found in the source text: \"Nothing like this\"",
        id="date-quote-not-found",
    ),
    pytest.param(
        {"events_yaml": EVENTS + "    approximate: true\n"},
        "events.yaml:7: event 'petrova': field 'approximate' is retired: dates are EDTF windows now",
        id="retired-field",
    ),
    pytest.param(
        {"events_yaml": EVENTS.replace("'1905'", "'[1906..1905]'")},
        "events.yaml:3: event 'petrova': date '[1906..1905]' ends before it starts",
        id="window-backwards",
    ),
    pytest.param(
        {"events_yaml": EVENTS.replace("'1905'", "'1905-02-30'").replace("id: petrova", "id: e1")},
        "events.yaml:3: event 'e1': impossible date '1905-02-30'",
        id="impossible-date",
    ),
    pytest.param(
        {"events_yaml": EVENTS.replace("'1905'", "'March 1905'").replace("id: petrova", "id: e1")},
        "events.yaml:3: event 'e1': date 'March 1905' is not an EDTF date: use YYYY, YYYY-MM, YYYY-MM-DD, "
        "a season (YYYY-21 to YYYY-24) or [FIRST..LAST]",
        id="bad-date-format",
    ),
    pytest.param(
        {"people_yaml": "people:\n  - !!python/object:os.system\n    id: x\n"},
        "people.yaml:2: invalid YAML: tag not allowed: 'tag:yaml.org,2002:python/object:os.system'",
        id="python-tag",
    ),
    pytest.param(
        {"people_yaml": "people:\n  - id: petrova\n    id: petrova2\n"},
        "people.yaml:3: duplicate key 'id'",
        id="duplicate-key",
    ),
    pytest.param(
        {"bank_yaml": "title: T\nsource: missing.txt\n"},
        "bank.yaml:2: source text not found",
        id="missing-source",
    ),
]


@pytest.mark.parametrize(("files", "expected"), BROKEN)
def test_broken_bank_reports_file_line_and_exits_2(runner, tmp_path: Path, files, expected):
    folder = write_bank(tmp_path / "bank", **files)
    result = invoke(runner, "check", "--bank", str(folder))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"{folder}/{expected}" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [["who", "Petrova"], ["source", "1"]])
def test_other_commands_refuse_a_broken_bank(runner, tmp_path, command):
    folder = write_bank(tmp_path / "bank", people_yaml="people:\n  - id: petrova\n    name: [unclosed\n")
    result = invoke(runner, *command, "--bank", str(folder))
    assert result.exit_code == 2
    assert f"{folder}/people.yaml:4: invalid YAML" in result.stderr


def test_check_after_a_look_up_sees_a_file_changed_since(runner, tmp_path):
    bank = tmp_path / "bank"
    shutil.copytree(Path(__file__).parent / "example_bank", bank)
    assert invoke(runner, "who", "Quill", "--bank", str(bank)).exit_code == 0  # the bank is now cached
    assert json.loads(invoke(runner, "check", "--json", "--bank", str(bank)).stdout)["ok"] is True
    events = bank / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace("people: [quill]", "people: [nobody]", 1))
    result = invoke(runner, "check", "--bank", str(bank))
    assert result.exit_code == 2
    assert result.stderr == f"error: {events}:5: event 'gannet-wrecked': unknown person 'nobody' in people\n"


def test_problems_are_listed_file_by_file_then_line_by_line(runner, tmp_path: Path):
    events = EVENTS.replace("people: []", "people: [ivanova]").replace("id: petrova", "id: e1")
    questions = (
        "questions:\n  - id: q1\n    type: choice\n    prompt: Who?\n    choices: [A, B]\n    answer: C\n"
        "    quote: Anna Petrova founded\n    topic: t\n"
    )
    folder = write_bank(tmp_path / "bank", events_yaml=events, questions_yaml=questions)
    result = invoke(runner, "check", "--json", "--bank", str(folder))
    where = [(Path(problem["file"]).name, problem["line"]) for problem in json.loads(result.stdout)["problems"]]
    assert where == [("events.yaml", 5), ("questions.yaml", 6)]


ARTICLE = Path(__file__).parent.parent / "seeds" / "000_af75b7cdd7bdc4e2.txt"


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_quotes_are_found_in_the_first_paragraph_that_holds_them(data):
    # The index looks a batch of quotes up by a few of their words; it must answer as a plain scan would.
    from vlasov_cli.core.text import ParagraphIndex, normalize_quote, split_paragraphs

    paragraphs = split_paragraphs(ARTICLE.read_text(encoding="utf-8"))
    whole = "\n\n".join(paragraphs)
    quotes = []
    for _ in range(data.draw(st.integers(1, 8))):
        start = data.draw(st.integers(0, len(whole) - 1))
        quote = whole[start : start + data.draw(st.integers(0, 200))]
        if data.draw(st.booleans()):
            quote = quote.replace(" ", data.draw(st.sampled_from(["  ", "\n", " x "])), 1)
        quotes.append(quote)

    def first_holding(quote: str) -> int | None:
        needle = normalize_quote(quote)
        found = [number for number, text in enumerate(paragraphs, 1) if needle and needle in normalize_quote(text)]
        return found[0] if found else None

    index = ParagraphIndex(paragraphs)
    index.find_all(quotes[: len(quotes) // 2])
    index.find_all(quotes)
    assert [index.find(quote) for quote in quotes] == [first_holding(quote) for quote in quotes]


@pytest.mark.parametrize("bank", [None, "example_bank"])
def test_a_first_check_counts_what_the_built_bank_holds(runner, bank):
    # A first check builds the bank; once stored, check counts what the stored bank holds.
    from vlasov_cli.state.paths import cache_folder

    where = ["--bank", str(Path(__file__).parent / bank)] if bank else []
    shutil.rmtree(cache_folder(), ignore_errors=True)
    first = json.loads(invoke(runner, "check", "--json", *where).stdout)
    assert invoke(runner, "search", "Prague", *where).exit_code in (0, 1)  # builds and caches the bank
    again = json.loads(invoke(runner, "check", "--json", *where).stdout)
    assert first["counts"] == again["counts"]
    assert first["counts"]["generated_questions"] > 0


@pytest.mark.parametrize(
    ("sentence", "date", "refused"),
    [
        ("The league had 1400 members in April 1916.", "1916-04", ""),  # a count, no year (as the tagger reads it)
        ("On 12 June 1944 the division attacked at 1400.", "1944-06-12", ""),  # a military time
        ("The fund held $1500 by May 1916.", "1916-05", ""),  # a sum
        ("The league, founded in 1914, had 1400 members in April 1916.", "1916-04", "1914"),  # a year all the same
        ("The war of 1914–1918 ended.", "1914", "1918"),  # the second year of a range is a year
    ],
)
def test_a_quote_is_refused_for_a_year_outside_its_window_never_for_a_count(runner, tmp_path, sentence, date, refused):
    source = f"{SOURCE}\n{sentence}\n"
    events = (
        f"events:\n  - id: league\n    date: '{date}'\n    title: The league grew\n    people: []\n"
        f"    quote: {sentence}\n"
    )
    folder = write_bank(tmp_path / "bank", source_txt=source, events_yaml=events, questions_yaml="questions: []\n")
    result = invoke(runner, "check", "--bank", str(folder))
    if refused:
        assert result.exit_code == 2 and f"quote writes {refused}, outside the date's window" in result.stderr
    else:
        assert result.exit_code == 0, result.stderr
