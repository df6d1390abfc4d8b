"""`vlasov review`'s a lists of terms and events: the terms whose description says nothing of them
(only their name, "and the Harbour Act"; a sentence of theirs cut at its colon, "The Harwick Times
reported:"; a clause of something else, "the crew were paid off"), and the events that only say words
were said ("In his log, the keeper recorded") or are names with no verb ("Later the Harbour Board"),
come last, each group in the article's order under a line saying so with its range; an answer's range
may run to the list's end ("n 3-"). (Teachers deleted such entries of a Bhagat Singh draft one number
at a time.)"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_review import REVIEW_BANK, invoke_json, reviewed

TOLD = (
    "The Harwick Pilot Guild was founded in 1860, and the Harbour Act followed. "
    "Port Ellen, a port of the north coast, sent its boats. "
    "In his log, the keeper recorded: “no light tonight.” "
    "The Harwick Times reported: “the crew were saved.”\n\n"
    "At the Customs House the crew were paid off in 1884. In 1890 the light passed to the town, and later the "
    "Harbour Board. The loss of the Gannet was reported in 1886. In 1887 came the capture of the smugglers at Port "
    "Ellen."
)


def _term(term_id: str, name: str, description: str, quote: str, kind: str = "organisation") -> str:
    return (
        f"- id: {term_id}\n  draft: 0.9\n  name: {name}\n  aliases: []\n  kind: {kind}\n"
        f"  description: {json.dumps(description)}\n  quote: {json.dumps(quote)}\n"
    )


def _event(event_id: str, date: str, title: str, quote: str) -> str:
    return (
        f"- id: {event_id}\n  draft: 0.9\n  date: '{date}'\n"
        f"  title: {json.dumps(title)}\n  quote: {json.dumps(quote)}\n  people: []\n"
    )


@pytest.fixture
def told_bank(tmp_path: Path) -> Path:
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    founded = "The Harwick Pilot Guild was founded in 1860, and the Harbour Act followed."
    terms = [
        _term("harbour-act", "Harbour Act", "and the Harbour Act", founded, kind="document"),
        _term(
            "port-ellen",
            "Port Ellen",
            "a port of the north coast",
            "Port Ellen, a port of the north coast, sent its boats.",
            kind="place",
        ),
        _term(
            "harwick-times",
            "Harwick Times",
            "The Harwick Times reported:",
            "The Harwick Times reported: “the crew were saved.”",
        ),
        _term(
            "customs-house",
            "Customs House",
            "the crew were paid off",
            "At the Customs House the crew were paid off in 1884.",
        ),
        _term("harwick-pilot-guild", "Harwick Pilot Guild", founded, founded),
    ]
    events = [
        _event(
            "log", "1883", "In his log, the keeper recorded", "In his log, the keeper recorded: “no light tonight.”"
        ),
        _event(
            "board",
            "1890",
            "Later the Harbour Board",
            "In 1890 the light passed to the town, and later the Harbour Board.",
        ),
        _event("loss", "1886", "The loss of the Gannet was reported", "The loss of the Gannet was reported in 1886."),
        _event(
            "capture",
            "1887",
            "The capture of the smugglers at Port Ellen",
            "In 1887 came the capture of the smugglers at Port Ellen.",
        ),
    ]
    (bank / "terms.yaml").write_text((bank / "terms.yaml").read_text() + "".join(terms))
    (bank / "events.yaml").write_text((bank / "events.yaml").read_text() + "".join(events))
    (bank / "source.txt").write_text((bank / "source.txt").read_text().rstrip("\n") + f"\n\n{TOLD}\n")
    assert invoke_json("check", "--bank", str(bank), "--json")["ok"]
    return bank


def _listed(shown: str) -> list[str]:
    """The ids a's list shows, in its order ("  3) term port-ellen · 0.9 · …")."""
    listing = shown[shown.index("a keeps") : shown.index("Keep them all?")]
    return [line.split()[2] for line in listing.splitlines() if line[2:3].isdigit() and ") " in line[:7]]


def test_a_lists_the_terms_described_by_words_that_say_nothing_of_them_last_and_n_4_dash_deletes_to_the_end(
    told_bank, runner
):
    shown = reviewed(runner, told_bank, "a\nn 4-\n", "--kind", "terms", "--order", "article")
    assert _listed(shown) == [
        "board-of-lights",
        "port-ellen",
        "harwick-pilot-guild",
        "harbour-act",
        "harwick-times",
        "customs-house",
    ]
    assert "  Described by words that say nothing of it (4-6):\n  4) term harbour-act" in shown
    assert "Kept 3; deleted 3." in shown  # (the range ran to the list's end)
    terms = (told_bank / "terms.yaml").read_text()
    assert "id: port-ellen" in terms and "id: harwick-pilot-guild" in terms
    assert "id: harbour-act" not in terms and "id: harwick-times" not in terms and "id: customs-house" not in terms


def test_a_lists_the_events_of_words_said_then_the_fragments_of_names_last_under_a_line_each(told_bank, runner):
    shown = reviewed(runner, told_bank, "a\n4 n 6-\n", "--kind", "events", "--order", "article")
    assert _listed(shown) == ["first-lit", "gannet-rescue", "electric-lamp", "loss", "capture", "log", "board"]
    assert "  Only that words were said or written, not what (6-6):\n  6) event log" in shown
    assert "  A fragment with no verb, only names (7-7):\n  7) event board" in shown
    assert "Kept 4; deleted 2; 1 left to review one by one." in shown
    events = (told_bank / "events.yaml").read_text()
    assert "id: log" not in events and "id: board" not in events and "id: capture" in events
