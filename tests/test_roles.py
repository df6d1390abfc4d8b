"""The roles `vlasov draft` gives people (round 7, from a teacher's review of the Civil War draft): a
title with a people's word before the name ("U.S. President", "French Emperor"), including the one
before another name of the person and a comma; an apposition after the name, in commas or a dash
list, cut where the next person begins; an office the person is installed, crowned, elected or
appointed to. Each pinned on a short text written here, through the command a teacher runs."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import invoke

ARTICLE = """The Harbour Quarrel

In 1871 U.S. President Amos Threlkeld sent a note to Ostrava. French Emperor Casimir IV read it \
aloud in his palace. British Prime Minister Edwin Harrow Vale, Viscount Ashcombe, doubted it; \
Ashcombe wrote to the Admiralty the next week.

The Ruvian Government had dispatched two envoys\u2014Josiah Brandt, former Chairman of the Senate Trade \
Committee and Tobias Quell, a prominent Ostrava banker\u2014to buy ships. Brandt met Threlkeld in May, \
and Quell met Casimir IV in June.

In 1872 Casimir IV installed Leopold of Marn, Count of Essel, as Governor of the Isles. Two years \
later Governor Leopold of Marn closed the harbour, and Leopold sailed home in 1875. Hester Lind was \
appointed Keeper of the Archives in 1873, and Lind burned the letters.

Soviet Marshal Ivo Kerran watched, and U.S. Captain Amos Pike sailed past Kerran in 1874.
"""


def drafted_roles(runner, tmp_path: Path, text: str) -> dict[str, str]:
    """Each drafted person's name and role ("" for none); the draft passes `check`."""
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    folder = tmp_path / "draft"
    assert invoke(runner, "draft", str(article), "-o", str(folder)).exit_code == 0
    assert invoke(runner, "check", "--bank", str(folder)).exit_code == 0
    people = yaml.safe_load((folder / "people.yaml").read_text(encoding="utf-8"))["people"]
    return {person["name"]: person.get("role", "") for person in people}


@pytest.fixture
def roles(runner, tmp_path: Path) -> dict[str, str]:
    return drafted_roles(runner, tmp_path, ARTICLE)


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Amos Threlkeld", "U.S. President"),
        ("Casimir IV", "French Emperor"),
        ("Viscount Ashcombe", "British Prime Minister"),  # the title before his other name and the comma
    ],
)
def test_a_title_with_a_peoples_word_before_a_name_is_its_role(roles, name, role):
    assert roles[name] == role


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Josiah Brandt", "former Chairman of the Senate Trade Committee"),  # cut before the next person
        ("Tobias Quell", "prominent Ostrava banker"),  # cut at the dash, without "a"
    ],
)
def test_an_apposition_in_a_dash_list_is_the_role_of_each_name(roles, name, role):
    assert roles[name] == role


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Leopold of Marn", "Governor of the Isles"),  # known as "Governor Leopold", over "Count of Essel"
        ("Hester Lind", "Keeper of the Archives"),
    ],
)
def test_an_office_a_person_is_installed_or_appointed_to_is_their_role(roles, name, role):
    assert roles[name] == role


@pytest.mark.parametrize("name", ["Ivo Kerran", "Amos Pike"])
def test_a_peoples_word_and_a_rank_are_still_no_role(roles, name):
    assert roles[name] == ""


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # An apposition that is a clause or a date is none; a verb "made" with no "as" gives nothing.
        ("In 1901 Anton Berg, who was tired, made Otto Lemm angry at the port.", "Otto Lemm", ""),
        ("In 1901 Anton Berg, a ferryman, made Otto Lemm angry at the port.", "Anton Berg", ""),
        ("In 1901 the council elected Otto Lemm as Mayor of Dunmore, and Lemm wept.", "Otto Lemm", "Mayor of Dunmore"),
        ("In 1901 the council elected Otto Lemm as Great Britain wished, and Lemm wept.", "Otto Lemm", ""),
    ],
)
def test_a_role_is_a_descriptive_phrase_never_a_clause_nor_a_lone_word(runner, tmp_path, text, name, role):
    assert drafted_roles(runner, tmp_path, text)[name] == role
