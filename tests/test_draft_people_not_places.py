"""`vlasov draft` drafts no person for a place or a people's word a sentence makes look like one: a
land after a town ("grew up in Kassel, Hesse-Nassau, the son of a treasurer"), a place a treaty or a
congress is named for ("the Treaty of Versailles" ... "the limits of Versailles"), a people's word made
of a country's name ("married a Bulgarian")."""

from __future__ import annotations

from conftest import drafted_entries

ARTICLE = """Otto Brandt

Otto Brandt (1890–1957) was a German officer. Brandt was born in Melsungen and grew up in Fulda, \
Waldeck-Pyrmont, the son of a miller. In 1912 he married a Bulgarian, Maria Ivanova Petrova, the sister \
of a fellow cadet. After the Treaty of Utrecht-Lund limited the army, Brandt stayed on as a captain. In \
the 1920s he helped the army evade the limits of Utrecht-Lund. In 1943 Brandt surrendered; his friend \
Karl Weber wrote that Brandt was a quiet man.
"""


def test_places_and_peoples_words_are_no_one(runner, tmp_path) -> None:
    people = {person["name"]: person for person in drafted_entries(runner, tmp_path, ARTICLE, "people")}
    assert "Waldeck-Pyrmont" not in people  # the town's land, though "the son of a miller" follows it
    assert "Bulgarian" not in people  # "Bulgaria"'s people
    assert "Utrecht-Lund" not in people  # the treaty's place
    assert {"Otto Brandt", "Maria Ivanova Petrova", "Karl Weber"} <= set(people)
