"""`vlasov what`: organisations, armies, places and documents."""

from __future__ import annotations

import json

import pytest
from conftest import invoke

TERM_KEYS = {"id", "name", "aliases", "kind", "description", "quote", "paragraph"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("KONR", "konr"),
        ("konr", "konr"),
        ("ROA", "roa"),
        ("ROD", "rod"),
        ("Prague Manifesto", "prague-manifesto"),
        ("prague manifesto", "prague-manifesto"),
        ("Dabendorf", "dabendorf"),
        ("Dabendorff", "dabendorf"),
        ("Smolensk Declaration", "smolensk-declaration"),
        ("2nd Shock Army", "2nd-shock-army"),
        ("Fremde Heere Ost", "fremde-heere-ost"),
        ("Foreign Armies East", "fremde-heere-ost"),
        ("Russian Liberation Army", "roa"),
    ],
)
def test_finds_terms(runner, query, expected):
    result = invoke(runner, "what", query, "--json")
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["query"] == query
    assert [match["id"] for match in payload["matches"]] == [expected]
    assert set(payload["matches"][0]) == TERM_KEYS


def test_rich_view_shows_description_and_quote(runner):
    result = invoke(runner, "what", "KONR")
    assert result.exit_code == 0
    assert result.stdout.startswith("Komitet Osvobozhdeniia Narodov Rossi (organisation)\n")
    assert "¶38" in result.stdout


def test_unknown_term_exits_1(runner):
    result = invoke(runner, "what", "Luftwaffe")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: no term matches 'Luftwaffe'")


def test_no_term_lists_all(runner):
    result = invoke(runner, "what", "--json")
    payload = json.loads(result.stdout)
    assert payload["query"] is None
    assert len(payload["matches"]) >= 30
    listing = invoke(runner, "what")
    assert "Dabendorf" in listing.stdout and "Prague Manifesto" in listing.stdout
