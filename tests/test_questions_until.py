"""A date a state lasted until is no date of the happening a title tells: "Slavery would remain legal in
Cuba" with "until 1886" asked as "When did this happen?" would teach that something happened in Cuba in
1886 (a teacher found it in a reviewed Civil War kit). Such an event asks no date, year, order or "which
came first"; the events beside it still do. Through `vlasov export` of a reviewed bank written here."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import invoke, write_bank

SOURCE = """Abolition in the Americas

The British Parliament passed the Slavery Abolition Act in August 1833.

The United States abolished slavery in December 1865.

The Spanish Government abolished slavery in Puerto Rico in 1873, although slavery would remain legal in Cuba until 1886.

Brazil abolished slavery in May 1888.
"""
EVENTS = """\
events:
  - id: britain
    date: "1833-08"
    title: The British Parliament passed the Slavery Abolition Act
    people: []
    quote: The British Parliament passed the Slavery Abolition Act in August 1833.
  - id: united-states
    date: "1865-12"
    title: The United States abolished slavery
    people: []
    quote: The United States abolished slavery in December 1865.
  - id: puerto-rico
    date: "1873"
    title: The Spanish Government abolished slavery in Puerto Rico
    people: []
    quote: The Spanish Government abolished slavery in Puerto Rico in 1873
  - id: cuba
    date: "1886"
    label: until 1886
    title: Slavery would remain legal in Cuba
    people: []
    quote: although slavery would remain legal in Cuba until 1886.
  - id: brazil
    date: "1888-05"
    title: Brazil abolished slavery
    people: []
    quote: Brazil abolished slavery in May 1888.
"""


def test_an_event_dated_until_a_year_asks_no_date_nor_order(runner, tmp_path: Path) -> None:
    bank = write_bank(
        tmp_path / "bank", source_txt=SOURCE, events_yaml=EVENTS, people_yaml="people: []\n", questions_yaml=None
    )
    assert invoke(runner, "check", "--bank", str(bank)).exit_code == 0
    result = invoke(runner, "export", "--format", "json", "--bank", str(bank))
    assert result.exit_code == 0, result.output
    questions = json.loads(result.stdout)["questions"]
    told = [" | ".join([q["prompt"], *q.get("items", []), *q.get("choices", []), str(q["answer"])]) for q in questions]
    assert [text for text in told if "Cuba" in text] == []
    assert any("Brazil abolished slavery" in text for text in told)  # (the others are still asked)
