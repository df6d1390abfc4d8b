"""`vlasov draft` names a person without the letters of their honours ("Baron Penrose GCMG CB DSO" is
Penrose, his birth "Penrose was born"), finds a name made with a patronymic ("Mlozi bin Kazbadema",
"Waiyaki wa Hinga": X son of Y) and a name with a title after it named just before a thing called after
it ("Emin Pasha and ... the Emin Pasha Relief Expedition")."""

from __future__ import annotations

from conftest import drafted_entries, drafted_events

ARTICLE = """Arthur Penrose

Arthur Penrose, 1st Baron Penrose GCMG CB DSO PC (22 January 1858 – 11 April 1945) was a British \
soldier. In 1879 Ludwig IV (1860–1930) gave him a sword. In 1880 the traders of Kazbadema bin Salim \
raised a stockade. In 1888 Penrose led an expedition against Kazbadema. In 1890 Penrose made an alliance \
with Kimani wa Gathiru at the river. In 1891 he brought away the soldiers left there by Osman Pasha and \
Henry Morton Stanley during the Osman Pasha Relief Expedition.
"""


def test_honours_patronymics_and_titles_after_a_name(runner, tmp_path) -> None:
    people = {person["name"] for person in drafted_entries(runner, tmp_path, ARTICLE, "people")}
    assert not any("GCMG" in name or name.endswith(" PC") for name in people)
    assert {"Kazbadema bin Salim", "Kimani wa Gathiru", "Osman Pasha", "Henry Morton Stanley"} <= people
    titles = [title for _, title in drafted_events(runner, _fresh(tmp_path), ARTICLE)]
    assert "Baron Penrose was born" in titles
    assert "Ludwig IV was born" in titles  # a regnal number is no honour


def _fresh(tmp_path):
    folder = tmp_path / "again"
    folder.mkdir()
    return folder
