"""`vlasov draft` gives a person the office the article writes before their name when its words are
not all ranks or titles ("Prime Minister Felix Amsel": "Prime Minister"), while a lone rank stays no
role ("Field Marshal Otto Brandt" has none: there may be many field marshals in one story)."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_entries

ARTICLE = """The Bicentenary of Varnholt

The Siege of Varnholt was fought in 1712 between the armies of Saxony and Sweden.

In March 1712 Field Marshal Otto Brandt held the town against the Swedes until May 1712.

In 1912 Prime Minister Felix Amsel opened the bicentenary, and Amsel laid a wreath at the church in 1912.
"""


def test_an_office_before_a_name_is_a_role_and_a_rank_is_none(runner, tmp_path: Path) -> None:
    people = {person["name"]: person for person in drafted_entries(runner, tmp_path, ARTICLE, "people")}
    assert people["Felix Amsel"].get("role") == "Prime Minister"
    assert "role" not in people["Otto Brandt"]
