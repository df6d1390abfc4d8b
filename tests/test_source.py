"""`vlasov source`: the article's paragraphs by number."""

from __future__ import annotations

import json

from conftest import invoke


def test_paragraph_3_is_the_birth(runner):
    result = invoke(runner, "source", "3")
    assert result.exit_code == 0
    assert result.stdout.startswith("[3]\n  The 13th and youngest son of a landholding peasant, Vlasov was born on")
    assert "September 1, 1900" in result.stdout


def test_all_paragraphs_numbered(runner):
    payload = json.loads(invoke(runner, "source", "--json").stdout)
    numbers = [paragraph["number"] for paragraph in payload["paragraphs"]]
    assert numbers == list(range(1, 58))  # the 58th is the web page's own link (below)
    assert payload["paragraphs"][0]["text"] == "By Wil Deac"


def test_missing_paragraph_exits_1(runner):
    result = invoke(runner, "source", "99")
    assert result.exit_code == 1
    assert result.stderr == "error: no paragraph 99: the source has paragraphs 1 to 58\n"


def test_paragraph_zero_is_bad_usage(runner):
    result = invoke(runner, "source", "0")
    assert result.exit_code == 2


def test_an_unexpected_error_is_one_line_not_a_traceback(runner, monkeypatch):
    from vlasov_cli.features import lookup

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(lookup, "paragraphs", broken)
    result = invoke(runner, "source", "3")
    assert result.exit_code == 2
    assert result.stderr == "error: unexpected RuntimeError: boom (set VLASOV_DEBUG=1 to see the traceback)\n"


def test_vlasov_debug_shows_the_traceback_of_an_unexpected_error(runner, monkeypatch):
    from vlasov_cli.features import lookup

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(lookup, "paragraphs", broken)
    monkeypatch.setenv("VLASOV_DEBUG", "1")
    result = invoke(runner, "source", "3")
    assert result.exit_code == 2
    assert result.stderr.startswith("Traceback (most recent call last):\n")
    assert 'raise RuntimeError("boom")' in result.stderr
    assert result.stderr.endswith("error: unexpected RuntimeError: boom (set VLASOV_DEBUG=1 to see the traceback)\n")


def test_a_caption_given_twice_shows_once_as_a_caption(runner):
    result = invoke(runner, "source", "14", "--json")
    (paragraph,) = json.loads(result.stdout)["paragraphs"]
    assert paragraph == {
        "number": 14,
        "text": "General Andrei Vlasov paid the ultimate price for turning on his Soviet masters. "
        "He was hanged on August 2, 1946.",
        "kind": "caption",
    }
    assert invoke(runner, "source", "14").stdout.startswith("[14] caption\n")


def test_the_web_pages_own_links_are_left_out_of_the_article(runner):
    numbers = [paragraph["number"] for paragraph in json.loads(invoke(runner, "source", "--json").stdout)["paragraphs"]]
    assert numbers == list(range(1, 58))  # 58: "Back to the issue this appears in", the page's, not the article's
    assert "Back to the issue" not in invoke(runner, "source").stdout
    assert invoke(runner, "search", "Back to the issue").exit_code == 1
