"""`vlasov draft` reads a given name with "the" and one capitalised word after it as one person's name
with an epithet ("Prince Edmund the Fair", "Robert the Steady"), not a bare given name a quiz could
take for anyone's; a place or a title after "the" is no epithet."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_entries

ARTICLE = """The Harbour of Calvey

In 1290 Prince Edmund the Fair sailed to Calvey with a fleet of twelve ships. Edmund the Fair built a \
harbour wall there in 1292, and in 1295 Robert the Steady, his master mason, finished its tower.

In 1301 Edmund the Fair died at Calvey, and Robert the Steady carved his tomb in 1302.
"""


def test_a_given_name_with_an_epithet_is_one_persons_name(runner, tmp_path: Path) -> None:
    people = {person["name"]: person for person in drafted_entries(runner, tmp_path, ARTICLE, "people")}
    assert {"Edmund the Fair", "Robert the Steady"} <= set(people)
    assert "Prince Edmund the Fair" in people["Edmund the Fair"]["aliases"]
    assert "Edmund" not in people and "Robert" not in people
