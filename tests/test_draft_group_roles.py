"""`vlasov draft` gives a person the article's own words for them where it states them in a standard
construction: a role before the name with a country's initials ("U.K. envoy X"), a plural role before
a list ("Danish Colonels X and Y": each a "Danish Colonel"; "fellow reformers X in Kiel and Y in Bonn":
told apart by their places), an apposition after the name (", the Danish chargé d'affaires in
Vienna,", ", who was the mayor of the capital,"), and the head of a group ("the Highlanders led by
X"); never a place's ("a mission to Paris led by X"), a group's plural for one person, or another
person's name ("A, B, C and the inspector, D"). `vlasov who` shows the role."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_entries, invoke

SALT_WAR = """The Salt War

In 1840 the kingdom of Denmark faced a rising of the Highlanders led by Anton Brezic. U.K. envoy \
Marek Dolan negotiated a truce with the rebels in 1841. Later that year Danish Colonels Ivo Kesler and \
Pavel Orlik attacked the Highlander camp. Karl Bauer, the Danish chargé d'affaires in Vienna, reported \
the attack to the emperor. Stefan Horak, who was the mayor of the capital, opposed the war. In 1842 a \
mission to Paris led by Jonas Weller asked France for help. The rebels surrendered in 1843 and Brezic \
fled to Vienna. Dolan signed the treaty in 1844, and Kesler retired in 1845. Bauer and Horak died in \
1850, and Weller wrote a history of the war in 1852.
"""

SCHOOL = """The Free Schools

In 1870 Otto Brandt founded the first free school in Hamburg. He was joined by fellow German reformers \
Lukas Fendt in Kiel and Peter Mauler in Bonn, who opened schools of their own in 1872. The school board \
comprised Hans Rieder, Franz Keppel Khan, Paul Wendt, and the inspector, Moritz Abel. Two young \
teachers, Anna Vogt and Klara Stein, taught in the first school until 1875. Brandt died in 1890.
"""


def roles_of(people: list[dict]) -> dict[str, str]:
    return {person["name"]: person.get("role", "") for person in people}


def test_roles_stated_before_after_and_around_a_name(runner, tmp_path: Path) -> None:
    roles = roles_of(drafted_entries(runner, tmp_path, SALT_WAR, "people"))
    assert roles["Marek Dolan"] == "U.K. envoy"
    assert roles["Ivo Kesler"] == roles["Pavel Orlik"] == "Danish Colonel"
    assert roles["Karl Bauer"] == "Danish chargé d'affaires in Vienna"
    assert roles["Stefan Horak"] == "mayor of the capital"
    assert roles["Anton Brezic"] == "leader of the Highlanders"
    assert roles["Jonas Weller"] == ""  # Paris is a place, no group he led
    shown = invoke(runner, "who", "Orlik", "--bank", str(tmp_path / "bank"))
    assert shown.exit_code == 0
    assert "Pavel Orlik — Danish Colonel" in shown.stdout


def test_a_list_s_role_is_each_one_s_never_a_plural_or_a_name(runner, tmp_path: Path) -> None:
    roles = roles_of(drafted_entries(runner, tmp_path, SCHOOL, "people"))
    assert roles["Lukas Fendt"] == "German reformer in Kiel"
    assert roles["Peter Mauler"] == "German reformer in Bonn"
    assert roles.get("Paul Wendt", "") == ""  # not "Franz Keppel Khan", the name before his in the list
    assert not any(role.endswith("teachers") for role in roles.values())  # a group's plural, no one's role


BRIDGE = """The Iron Bridge

The engineer Tomas Brod began an iron bridge over the Elbe in 1850. The police superintendent in \
Kiel, Jakob Lenz, guarded the works in 1851. In 1852 the Danish Viceroy, Lord Emil Haver, opened \
the bridge. Brod, the chief engineer of the railway, retired in 1860. Among the guests was Felix Morn, \
then U.K. Minister to Denmark, who praised the bridge in 1853. Lenz died in 1870.
"""


def test_a_role_phrase_over_a_lone_word_and_a_place_s_officer(runner, tmp_path: Path) -> None:
    roles = roles_of(drafted_entries(runner, tmp_path, BRIDGE, "people"))
    assert roles["Tomas Brod"] == "chief engineer of the railway"  # not the lone "engineer" told first
    assert roles["Jakob Lenz"] == "police superintendent in Kiel"
    assert roles["Emil Haver"] == "Danish Viceroy"
    assert roles["Felix Morn"] == "U.K. Minister to Denmark"
