"""`vlasov draft` keeps a father and his namesake son apart: a full name told first ("Henry Marsh")
and later a fuller one with a whole given name put in the middle ("Henry Carlton Marsh") are two
people, and neither is the other's alias, so a quiz never takes the father's name for the son. A
name with an initial put in ("Henry C. Marsh"), or the fuller one told first, stays one person. A name
told in two sentences and later with a family name after it ("Ravi Kumar", then "Ravi Kumar Menon") is
two people too."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_entries

ARTICLE = """The Harbour Board of Tessel

In 1790 the merchants of Tessel founded a Harbour Board. Henry Marsh was its first chairman, and in \
1795 Henry Marsh signed the board's first charter with Peter Lind.

In 1824 Henry Carlton Marsh, the son of the first chairman, became chairman of the board. Henry \
Carlton Marsh rebuilt the quays in 1826.

In 1830 Walter James Fenn was elected treasurer of the board. Walter Fenn balanced its accounts in 1831.
"""


def _people(runner, tmp_path: Path) -> dict[str, dict]:
    return {person["name"]: person for person in drafted_entries(runner, tmp_path, ARTICLE, "people")}


def test_a_namesake_named_later_with_a_middle_name_is_another_person(runner, tmp_path: Path) -> None:
    people = _people(runner, tmp_path)
    assert {"Henry Marsh", "Henry Carlton Marsh"} <= set(people)
    assert "Henry Marsh" not in people["Henry Carlton Marsh"]["aliases"]
    assert "Henry Carlton Marsh" not in people["Henry Marsh"]["aliases"]


def test_a_fuller_name_told_first_keeps_its_shorter_form(runner, tmp_path: Path) -> None:
    people = _people(runner, tmp_path)
    assert "Walter Fenn" in people["Walter James Fenn"]["aliases"] and "Walter Fenn" not in people


ACCOMPLICES = """The Mill Street Trial

In 1911 the police of Dunmore raided a printing press on Mill Street and arrested Tom Gray, Amos Reed \
and Ravi Kumar, who had printed its pamphlets. Ravi Kumar was freed on bail in 1912.

In 1912 the trial opened. The prosecution was led by Edwin Hale, helped by Ravi Kumar Menon and the \
inspector Paul Drake. Ravi Kumar testified against his friends, and Ravi Kumar Menon questioned him.

In 1913 Sarah Ann Cole, the editor of the Dunmore Herald, wrote of the trial. Sarah Ann Cole was fined in 1914.
"""


def test_a_name_told_first_and_later_with_a_surname_after_it_is_another_person(runner, tmp_path: Path) -> None:
    people = {person["name"]: person for person in drafted_entries(runner, tmp_path, ACCOMPLICES, "people")}
    assert {"Ravi Kumar", "Ravi Kumar Menon"} <= set(people)
    assert "Ravi Kumar" not in people["Ravi Kumar Menon"]["aliases"]
    assert "Ravi Kumar Menon" not in people["Ravi Kumar"]["aliases"]
