"""What a user reads, pinned byte for byte: each view of the example bank at 80 and 40 columns, and
each command's whole JSON payload, against the files in tests/golden/.

After a change that is meant to change what users see, write the files anew and read the diff:

    VLASOV_UPDATE_GOLDEN=1 python -m pytest tests/test_views.py && git diff tests/golden
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from conftest import invoke

TESTS = Path(__file__).parent
EXAMPLE = "example_bank"  # named from the tests' folder, so that no view wraps by where the checkout is
GOLDEN = Path(__file__).parent / "golden"
# The moment a quiz is taken shows in its summary and in stats: the golden files hold a placeholder.
NOW = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\+00:00)?)?")
ANSWERS = "1902\nB\nBCDA\n1921\ntwo hundred and forty\n"  # right, wrong, right, wrong, right

VIEWS = {
    "who-list": ["who"],
    "who-quill": ["who", "Quill"],
    "what-list": ["what"],
    "what-quill-ledger": ["what", "Quill Ledger"],
    "timeline": ["timeline"],
    "timeline-1901": ["timeline", "--year", "1901"],
    "timeline-1892": ["timeline", "--year", "1892"],
    "timeline-notes": ["timeline", "--notes"],
    "timeline-chart": ["timeline", "--chart"],
    "search-storm": ["search", "storm"],
    "source-2": ["source", "2"],
    "check": ["check"],
    "quiz-topics": ["quiz", "--topic", "list"],
    "quiz": ["quiz", "--count", "5", "--seed", "7"],
}


def matches_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("VLASOV_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from the golden file"


def shown(*args: str, runner, input: str | None = None) -> str:
    import contextlib

    with contextlib.chdir(TESTS):
        result = invoke(runner, *args, "--bank", EXAMPLE, input=input)
    assert result.exit_code == 0, result.stderr
    return NOW.sub("<now>", result.stdout).replace(EXAMPLE, "<bank>")


@pytest.mark.parametrize("width", [80, 40])
@pytest.mark.parametrize("name", VIEWS)
def test_views_read_as_pinned(runner, monkeypatch, name, width):
    monkeypatch.setenv("COLUMNS", str(width))
    matches_golden(f"{name}-{width}.txt", shown(*VIEWS[name], runner=runner, input=ANSWERS))


@pytest.mark.parametrize("width", [80, 40])
def test_the_shipped_banks_chart_reads_as_pinned(runner, monkeypatch, width):
    monkeypatch.setenv("COLUMNS", str(width))
    result = invoke(runner, "timeline", "--chart")
    assert result.exit_code == 0, result.stderr
    assert max(len(line) for line in result.stdout.splitlines()) <= width
    matches_golden(f"shipped-chart-{width}.txt", result.stdout)


@pytest.mark.parametrize("width", [80, 40])
def test_stats_after_a_quiz_reads_as_pinned(runner, monkeypatch, width):
    monkeypatch.setenv("COLUMNS", str(width))
    shown("quiz", "--count", "5", "--seed", "7", runner=runner, input=ANSWERS)
    matches_golden(f"stats-{width}.txt", shown("stats", runner=runner))


@pytest.mark.parametrize(
    "name", [name for name in VIEWS if name not in ("quiz-topics", "timeline-chart", "timeline-notes")]
)
def test_json_payloads_are_pinned_whole(runner, name):
    matches_golden(f"{name}.json", shown(*VIEWS[name], "--json", runner=runner, input=ANSWERS))


def test_stats_json_after_a_quiz_is_pinned_whole(runner):
    shown("quiz", "--count", "5", "--seed", "7", runner=runner, input=ANSWERS)
    matches_golden("stats.json", shown("stats", "--json", runner=runner))


def test_check_json_has_counts_when_it_finds_problems(runner, tmp_path):
    import json
    import shutil

    folder = Path(shutil.copytree(TESTS / EXAMPLE, tmp_path / "bank"))
    people = folder / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("role:", "rôle:", 1), encoding="utf-8")
    result = invoke(runner, "check", "--json", "--bank", str(folder))
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert report["ok"] is False and report["problems"]
    assert report["counts"] == {
        "people": 4,
        "events": 8,
        "terms": 3,
        "questions": 8,
        "generated_questions": 0,
        "paragraphs": 6,
    }


@pytest.mark.parametrize("columns", ["0", "5", "-3", "wide"])
def test_a_width_that_is_no_width_falls_back_to_80_columns(runner, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    assert shown(*VIEWS["who-quill"], runner=runner) == (GOLDEN / "who-quill-80.txt").read_text(encoding="utf-8")
