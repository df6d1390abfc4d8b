"""`vlasov search`: across people, events, terms, questions and paragraphs."""

from __future__ import annotations

import json

from conftest import invoke


def test_search_prague_ranks_names_first(runner):
    result = invoke(runner, "search", "Prague", "--json")
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert payload["query"] == "Prague"
    results = payload["results"]
    assert all(set(item) == {"kind", "id", "title", "snippet", "command"} for item in results)
    commands = {item["kind"]: item["command"] for item in results}
    assert commands["paragraph"].startswith("vlasov source ")
    assert commands["question"] == "vlasov search --answers Prague"
    kinds = {item["kind"] for item in results}
    assert {"term", "event", "paragraph", "person"} <= kinds
    assert results[0]["kind"] == "term" and "Prague" in results[0]["title"]
    assert {"kind": "paragraph", "id": "38"} in [{"kind": r["kind"], "id": r["id"]} for r in results]


def test_search_view_shows_titles_and_snippets(runner):
    result = invoke(runner, "search", "Dabendorf")
    assert result.exit_code == 0
    assert "Dabendorf (term · vlasov what Dabendorf)" in result.stdout
    assert "Paragraph 28 (paragraph · vlasov source 28)" in result.stdout


def test_search_nothing_found_exits_1(runner):
    result = invoke(runner, "search", "zeppelin")
    assert result.exit_code == 1
    assert result.stderr == "error: nothing matches 'zeppelin'\n"


def test_search_all_words_must_match(runner):
    payload = json.loads(invoke(runner, "search", "Trukhin Americans", "--json").stdout)
    assert payload["results"]
    for item in payload["results"]:
        assert item["kind"] in {"person", "event", "term", "question", "paragraph"}


def test_a_question_found_shows_once_and_its_answer_on_asking(runner, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    prompt = "By the end of the war, the Russian POWs and laborers who trained at Dabendorf numbered over how many?"
    plain = invoke(runner, "search", "Dabendorf").stdout
    assert " ".join(plain.split()).count(prompt) == 1
    assert (
        "(question · vlasov search --answers Dabendorf)" in plain
        and "7,000 by the end" not in plain.split("(question")[1].split("Paragraph")[0]
    )
    shown = invoke(runner, "search", "--answers", "Dabendorf").stdout
    flat = " ".join(shown.split())
    assert flat.count(prompt) == 1
    assert f"{prompt} (question) Answer: 7,000 · “The Russian POWs and laborers—numbering over 7,000" in flat
    found = json.loads(invoke(runner, "search", "Dabendorf", "--answers", "--json").stdout)["results"]
    question = next(item for item in found if item["kind"] == "question")
    assert question["snippet"].startswith("Answer: 7,000 · “") and question["snippet"].endswith("” ¶28")
    assert question["command"] == ""
