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
    assert commands["paragraph"].startswith("vlasov source ") and commands["question"] == ""
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
