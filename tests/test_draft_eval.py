"""bench/draft_eval.py, the measure of a draft against a hand-made gold: its rules on a tiny gold
written for it (tests/draft_eval/harbour.*), with drafts made by hand so that each figure is known."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "draft_eval" / "harbour.gold.yaml"


class FakeDraft(NamedTuple):
    people: list[dict[str, Any]]
    events: list[dict[str, Any]]
    terms: list[dict[str, Any]] = []


@pytest.fixture(scope="module")
def evaluation() -> ModuleType:
    spec = importlib.util.spec_from_file_location("draft_eval", ROOT / "bench" / "draft_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["draft_eval"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def event(date: str, quote: str) -> dict[str, Any]:
    return {"date": date, "quote": quote, "title": quote}


def test_a_drafted_event_counts_only_with_the_gold_window_itself(evaluation):
    gold = evaluation.read_gold(GOLD)
    draft = FakeDraft(
        [],
        [
            event("1911-05-03", "The dockers of Ostmark stopped work"),  # right
            event("1911-06-12", "the mayor, Hendrik Vos, offered to mediate"),  # inside June 1911: not right
            event("[1912-01-01..1912-12-31]", "The strike ended in 1912."),  # 1912 written another way: right
            event("1911", "Lammens spoke at the town hall two days later."),  # wider: not right, yet real
        ],
    )
    scores = evaluation.score(gold, draft)
    assert (scores.explicit, scores.explicit_right, scores.explicit_within) == (3, 2, 3)
    assert (scores.gold_events, scores.gold_right) == (4, 2)
    assert (scores.drafted, scores.real, scores.outside) == (4, 4, 0)


def test_dated_recall_counts_the_explicit_happenings_inside_the_gold_span_and_all_of_them_beside(evaluation, tmp_path):
    # The same article, its story told as 1911 only: "The strike ended in 1912" is, to this gold, no part of it.
    (tmp_path / "harbour.txt").write_text((GOLD.parent / "harbour.txt").read_text(encoding="utf-8"), encoding="utf-8")
    short = GOLD.read_text(encoding="utf-8").replace("span: [1911, 1912]", "span: [1911, 1911]")
    (tmp_path / "harbour.gold.yaml").write_text(short, encoding="utf-8")
    gold = evaluation.read_gold(tmp_path / "harbour.gold.yaml")
    draft = FakeDraft([], [event("1911-05-03", "The dockers of Ostmark stopped work")])
    scores = evaluation.score(gold, draft)
    assert (scores.explicit, scores.explicit_right) == (2, 1)  # the 1912 ending left off loses nothing
    assert (scores.explicit_anywhere, scores.explicit_anywhere_right) == (3, 1)
    assert any("missed (explicit, outside the span) 1912" in note for note in scores.notes)
    shown = evaluation.report([scores], show=False).splitlines()
    assert shown[1].split()[:3] == ["harbour", "50.0%", "33.3%"]


def test_an_undated_sentence_or_a_stray_year_is_no_real_happening(evaluation):
    gold = evaluation.read_gold(GOLD)
    draft = FakeDraft(
        [],
        [
            event("[1911-05-03..1987-12-31]", "The owners refused."),  # undated, its window running decades
            event("1987", "A history of it first appeared in 1987."),  # a publication note: outside the span
            event("1400", "The dockers of Ostmark stopped work"),  # the right sentence, a window it never had
            event("1911-05-03", "The dockers of Ostmark stopped work"),
            event("1911-05-03", "stopped work on 3 May 1911"),  # the same happening again: real, a duplicate
        ],
    )
    scores = evaluation.score(gold, draft)
    assert (scores.drafted, scores.real, scores.duplicates) == (5, 2, 1)
    assert (scores.outside, scores.outside_gold, scores.reaching_out) == (2, 0, 1)


def test_people_match_by_any_form_ignoring_case(evaluation):
    gold = evaluation.read_gold(GOLD)
    draft = FakeDraft(
        [
            {"name": "Pieter Lammens", "aliases": ["Lammens"]},
            {"name": "VOS", "aliases": []},
            {"name": "Ostmark", "aliases": []},
        ],
        [],
    )
    scores = evaluation.score(gold, draft)
    assert (scores.gold_people, scores.people_found) == (3, 2)
    assert (scores.drafted_people, scores.people_right) == (3, 2)
    assert any("not a person (a not-person): Ostmark" in note for note in scores.notes)


@pytest.mark.slow
def test_the_eval_drafts_each_article_and_reports_per_article_and_in_total(tmp_path):
    sample = tmp_path / "sample.md"
    command = [
        sys.executable,
        str(ROOT / "bench" / "draft_eval.py"),
        str(GOLD.parent),
        "--questions",
        "3",
        "--seed",
        "7",
    ]
    result = subprocess.run([*command, "-o", str(sample)], capture_output=True, text=True, timeout=120, check=True)
    lines = result.stdout.splitlines()
    assert lines[1].startswith("harbour") and lines[2].startswith("total")
    assert "explicitly dated gold events inside the span drafted with the right window" in lines[-1]
    questions = sample.read_text(encoding="utf-8")
    # (all the draft asks: what it is sure of, and of the story: the 1987 publication note is none of it;
    # "The strike ended" tells too little to ask: which strike?)
    assert questions.count("- [ ] ") == 1

    def tally() -> list[str]:
        command = [sys.executable, str(ROOT / "bench" / "draft_eval.py"), "--tally", str(sample)]
        return subprocess.run(command, capture_output=True, text=True, timeout=60, check=True).stdout.split()

    assert tally() == ["harbour", "0/1", "0.0%", "all", "0/1", "0.0%"]
    sample.write_text(questions.replace("- [ ] ", "- [x] ", 1), encoding="utf-8")
    assert tally() == ["harbour", "1/1", "100.0%", "all", "1/1", "100.0%"]


def test_terms_match_by_any_form_and_their_kind_is_scored_apart(evaluation):
    gold = evaluation.read_gold(GOLD)
    draft = FakeDraft(
        [],
        [],
        [
            {"name": "Ostmark", "aliases": [], "kind": "organisation"},  # right term, wrong kind
            {"name": "The Union", "aliases": [], "kind": "organisation"},  # a form of the union, its kind
            {"name": "Town Hall", "aliases": [], "kind": "place"},  # no gold term
        ],
    )
    scores = evaluation.score(gold, draft)
    assert (scores.gold_terms, scores.terms_found) == (2, 2)
    assert (scores.drafted_terms, scores.terms_right, scores.kinds_right) == (3, 2, 1)
