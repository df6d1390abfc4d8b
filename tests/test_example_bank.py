"""Every command against the second, invented example bank (tests/example_bank): nothing assumes Vlasov."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import invoke

EXAMPLE = Path(__file__).parent / "example_bank"
PEOPLE = {
    "Martha Quill": "Schoolteacher who founded the Harrow Point Lighthouse Society",
    "Tobias Venn": "Harbourmaster of Kellby and first keeper of the light",
    "Ruth Aldane": "Engineer who built the Harrow Point tower",
    "Samuel Dorr": "Warden of the Kellby Fish Market",
}
EVENT_IDS = [
    "gannet-wrecked",
    "society-founded",
    "society-counts-240-members",
    "construction-begins",
    "tower-first-lit",
    "storm-cracks-lantern",
    "new-lantern",
    "light-handed-to-board",
]


def run(runner, *args: str, input: str | None = None, code: int = 0):
    result = invoke(runner, *args, "--bank", str(EXAMPLE), input=input)
    assert result.exit_code == code, result.stderr
    assert "Vlasov" not in result.stdout + result.stderr
    return result


def run_json(runner, *args: str, input: str | None = None):
    return json.loads(run(runner, *args, "--json", input=input).stdout)


def test_bank_from_environment_variable(runner, monkeypatch):
    monkeypatch.setenv("VLASOV_BANK", str(EXAMPLE))
    result = invoke(runner, "who", "Aldane", "--json")
    assert json.loads(result.stdout)["matches"][0]["id"] == "aldane"


# check


def test_check_passes(runner):
    result = run(runner, "check")
    assert "4 people, 8 events, 3 terms, 8 questions" in result.stdout
    assert "6 paragraphs; no problems" in result.stdout
    payload = run_json(runner, "check")
    assert payload["ok"] is True and payload["problems"] == []
    assert {key: payload["counts"][key] for key in ("people", "events", "terms", "paragraphs")} == {
        "people": 4,
        "events": 8,
        "terms": 3,
        "paragraphs": 6,
    }


# who


def test_who_lists_everyone(runner):
    result = run(runner, "who")
    for name, role in PEOPLE.items():
        assert name in result.stdout and role in result.stdout
    payload = run_json(runner, "who")
    assert [match["name"] for match in payload["matches"]] == list(PEOPLE)


@pytest.mark.slow
@pytest.mark.parametrize("query", ["Quill", "martha quill", "Miss Quill", "Quil", "QUILL"])
def test_who_finds_a_person_by_surname_alias_or_typo(runner, query):
    payload = run_json(runner, "who", query)
    assert payload["query"] == query
    assert [match["id"] for match in payload["matches"]] == ["quill"]


def test_who_shows_facts_quotes_and_events(runner):
    result = run(runner, "who", "Venn")
    assert result.stdout.startswith("Tobias Venn \u2014 Harbourmaster of Kellby and first keeper of the light\n")
    assert "He kept the light himself until the storm of 1901." in result.stdout
    flat = " ".join(result.stdout.split())
    assert (
        "\u201cVenn kept the light himself until a storm in the late autumn of 1901"
        " cracked the lantern room.\u201d \u00b65" in flat
    )
    assert "late autumn of 1901" in result.stdout and "Storm cracked the lantern room" in result.stdout
    payload = run_json(runner, "who", "Venn")
    (match,) = payload["matches"]
    assert [fact["paragraph"] for fact in match["facts"]] == [3, 5]
    assert [{key: event[key] for key in ("id", "date", "title")} for event in match["events"]] == [
        {"id": "storm-cracks-lantern", "date": "1901", "title": "Storm cracked the lantern room"}
    ]


def test_who_unknown_person_exits_1(runner):
    result = run(runner, "who", "Nobody", code=1)
    assert result.stdout == ""
    assert result.stderr.startswith("error: no person matches 'Nobody'")


# what


def test_what_lists_terms(runner):
    result = run(runner, "what")
    for name in ("Harrow Point Lighthouse Society", "Northern Coast Board", "Quill Ledger"):
        assert name in result.stdout
    assert [match["id"] for match in run_json(runner, "what")["matches"]] == [
        "lighthouse-society",
        "northern-coast-board",
        "quill-ledger",
    ]


def test_what_finds_a_term_by_alias(runner):
    payload = run_json(runner, "what", "minute book")
    assert payload["matches"] == [
        {
            "id": "quill-ledger",
            "name": "Quill Ledger",
            "aliases": ["minute book"],
            "kind": "document",
            "description": "The society's minute book, kept in the Kellby town library.",
            "quote": "Its minute book, the Quill Ledger, is kept in the Kellby town library.",
            "paragraph": 6,
        }
    ]
    result = run(runner, "what", "Coast Board")
    assert result.stdout.startswith("Northern Coast Board (organisation)\n")
    assert "January 1, 1920" in result.stdout


def test_what_unknown_term_exits_1(runner):
    result = run(runner, "what", "Admiralty", code=1)
    assert result.stderr.startswith("error: ")


# timeline


def test_timeline_lists_events_in_date_order(runner):
    payload = run_json(runner, "timeline")
    assert [event["id"] for event in payload["events"]] == EVENT_IDS
    by_id = {event["id"]: event for event in payload["events"]}
    assert by_id["society-counts-240-members"]["approximate"] is True
    assert by_id["society-counts-240-members"]["date_text"] == "by the spring of 1893"
    assert by_id["tower-first-lit"]["inferred"] is True
    assert by_id["tower-first-lit"]["paragraph"] == 4
    result = run(runner, "timeline")
    for label in ("December 1890", "April 9, 1891", "by the spring of 1893", "June 1894", "October 2, [1895]"):
        assert label in result.stdout
    assert "late autumn of 1901" in result.stdout and "January 1, 1920" in result.stdout
    assert result.stdout.index("December 1890") < result.stdout.index("January 1, 1920")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--year", "1895"], ["tower-first-lit"]),
        (["--year", "1901"], ["storm-cracks-lantern"]),
        (["--from", "1890", "--to", "1893"], ["gannet-wrecked", "society-founded", "society-counts-240-members"]),
        (
            ["--from", "1891-04", "--to", "1894-06"],
            ["society-founded", "society-counts-240-members", "construction-begins"],
        ),
        (["--from", "1902"], ["new-lantern", "light-handed-to-board"]),
        (["--person", "Quill"], ["gannet-wrecked", "society-founded"]),
        (["--person", "Aldane"], ["construction-begins"]),
        (["--person", "Dorr", "--year", "1902"], ["new-lantern"]),
    ],
)
def test_timeline_filters(runner, options, expected):
    assert [event["id"] for event in run_json(runner, "timeline", *options)["events"]] == expected


def test_timeline_year_without_events_exits_1(runner):
    result = run(runner, "timeline", "--year", "1950", code=1)
    assert result.stderr == (
        "error: no events in 1950; the source's events fall in: 1890, 1891, 1892, 1893, 1894, 1895, 1901, 1902, 1920\n"
    )


# search


def test_search_finds_people_questions_and_paragraphs(runner):
    payload = run_json(runner, "search", "granite")
    found = [(result["kind"], result["id"]) for result in payload["results"]]
    assert ("person", "aldane") in found
    assert ("question", "q-granite-quarry") in found
    assert ("paragraph", "4") in found
    result = run(runner, "search", "granite")
    assert "Ruth Aldane" in result.stdout and "Morrow quarry" in result.stdout


def test_search_finds_events_and_terms(runner):
    found = [(result["kind"], result["id"]) for result in run_json(runner, "search", "Coast Board")["results"]]
    assert ("term", "northern-coast-board") in found
    assert ("event", "light-handed-to-board") in found


def test_search_without_results_exits_1(runner):
    result = run(runner, "search", "zeppelin", code=1)
    assert result.stderr == "error: nothing matches 'zeppelin'\n"


# source


def test_source_prints_a_numbered_paragraph(runner):
    result = run(runner, "source", "3")
    assert result.stdout.startswith("[3]\n")
    assert "By the spring of 1893 the society counted 240 members" in result.stdout
    payload = run_json(runner, "source")
    assert [paragraph["number"] for paragraph in payload["paragraphs"]] == [1, 2, 3, 4, 5, 6]
    assert payload["paragraphs"][0]["text"] == "By Edith Marlowe"
    assert payload["paragraphs"][5]["text"].endswith("is kept in the Kellby town library.")


def test_source_out_of_range_exits_1(runner):
    result = run(runner, "source", "9", code=1)
    assert result.stderr == "error: no paragraph 9: the source has paragraphs 1 to 6\n"


# quiz and stats


def test_quiz_topics_are_the_example_topics(runner):
    payload = run_json(runner, "quiz", "--topic", "list")
    assert set(payload["topics"]) == {"founding", "building", "later-years"}


def test_scripted_quiz_scores_the_expected_answers(runner, tmp_path, monkeypatch):
    wrong = run_json(runner, "quiz", "--seed", "5", "--count", "6", "--mode", "random", input="\n" * 6)
    assert (wrong["asked"], wrong["correct"]) == (6, 0)
    export = json.loads(run(runner, "export", "-f", "json").stdout)
    known = {question["id"] for question in export["questions"]}
    assert {answer["question_id"] for answer in wrong["answers"]} <= known
    monkeypatch.setenv("VLASOV_HOME", str(tmp_path / "second-home"))
    answers = "".join(answer["expected"] + "\n" for answer in wrong["answers"])
    right = run_json(runner, "quiz", "--seed", "5", "--count", "6", "--mode", "random", input=answers)
    assert [answer["question_id"] for answer in right["answers"]] == [a["question_id"] for a in wrong["answers"]]
    assert (right["asked"], right["correct"], right["score"]) == (6, 6, 1.0)


def test_quiz_shows_right_or_wrong_and_the_quote(runner):
    result = run(runner, "quiz", "--type", "number", "--count", "2", "--seed", "1", input="240\n240\n")
    flat = " ".join(result.stdout.split())
    assert "Question 1/2" in flat and "Question 2/2" in flat
    assert "How many members did the society count by the spring of 1893?" in flat
    assert "\u201cBy the spring of 1893 the society counted 240 members" in flat and "\u00b63" in flat
    assert "\u2717 Not quite. The answer: 11 \u201cwith the loss of all eleven hands\u201d \u00b62" in flat
    assert "Score: 1/2 (50%)" in flat


@pytest.mark.slow
@pytest.mark.parametrize(
    ("kind", "given", "question_id", "correct"),
    [
        ("truefalse", "false", "q-tower-of-brick", True),
        ("truefalse", "true", "q-tower-of-brick", False),
        ("typed", "the Gannet", "q-schooner-name", True),
        ("typed", "Ganet", "q-schooner-name", True),
        ("typed", "Dorr", "q-schooner-name", False),
    ],
)
def test_quiz_checks_answers_from_the_example_bank(runner, kind, given, question_id, correct):
    payload = run_json(runner, "quiz", "--type", kind, "--count", "1", input=given + "\n")
    assert payload["answers"] == [
        {
            "question_id": question_id,
            "prompt": payload["answers"][0]["prompt"],
            "given": given,
            "expected": {"q-tower-of-brick": "false", "q-schooner-name": "Gannet"}[question_id],
            "correct": correct,
        }
    ]


def test_stats_after_a_quiz(runner):
    assert run(runner, "stats").stdout.startswith("No answers yet")
    run(runner, "quiz", "--topic", "founding", "--count", "3", "--seed", "4", input="x\nx\nx\n")
    payload = run_json(runner, "stats")
    assert (payload["answered"], payload["correct"]) == (3, 0)
    assert set(payload["by_topic"]) == {"founding"}
    assert payload["by_topic"]["founding"]["answered"] == 3
    assert "founding" in run(runner, "stats").stdout


# export


def test_export_json_is_the_example_bank(runner):
    payload = json.loads(run(runner, "export", "-f", "json").stdout)
    assert payload["title"] == "The Harrow Point Lighthouse Society"
    assert payload["author"] == "Edith Marlowe"
    assert len([q for q in payload["questions"] if not q["generated"]]) == 8
    assert {q["type"] for q in payload["questions"] if not q["generated"]} == {
        "choice",
        "truefalse",
        "typed",
        "date",
        "number",
        "order",
    }


def test_export_markdown_is_the_example_bank(runner):
    text = run(runner, "export", "-f", "markdown").stdout
    assert text.startswith("# The Harrow Point Lighthouse Society: quiz\n")
    assert "by Edith Marlowe" in text
