"""`vlasov draft` drafts no person for a place or a people's word a sentence makes look like one: a
land after a town ("grew up in Kassel, Hesse-Nassau, the son of a treasurer"), a place a treaty or a
congress is named for ("the Treaty of Versailles" ... "the limits of Versailles"), a people's word made
of a country's name ("married a Bulgarian")."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import invoke

ARTICLE = """Otto Brandt

Otto Brandt (1890–1957) was a German officer. Brandt was born in Melsungen and grew up in Fulda, \
Waldeck-Pyrmont, the son of a miller. In 1912 he married a Bulgarian, Maria Ivanova Petrova, the sister \
of a fellow cadet. After the Treaty of Utrecht-Lund limited the army, Brandt stayed on as a captain. In \
the 1920s he helped the army evade the limits of Utrecht-Lund. In 1943 Brandt surrendered; his friend \
Karl Weber wrote that Brandt was a quiet man.
"""


def drafted_people(runner, tmp_path: Path) -> dict[str, dict]:
    article = tmp_path / "otto_brandt.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    folder = tmp_path / "bank"
    assert invoke(runner, "draft", str(article), "-o", str(folder)).exit_code == 0
    assert invoke(runner, "check", "--strict", "--bank", str(folder)).exit_code == 0
    people = yaml.safe_load((folder / "people.yaml").read_text(encoding="utf-8"))["people"]
    return {person["name"]: person for person in people}


def test_places_and_peoples_words_are_no_one(runner, tmp_path: Path) -> None:
    people = drafted_people(runner, tmp_path)
    assert "Waldeck-Pyrmont" not in people  # the town's land, though "the son of a miller" follows it
    assert "Bulgarian" not in people  # "Bulgaria"'s people
    assert "Utrecht-Lund" not in people  # the treaty's place
    assert {"Otto Brandt", "Maria Ivanova Petrova", "Karl Weber"} <= set(people)
