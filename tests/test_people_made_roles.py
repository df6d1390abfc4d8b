"""Names a text makes a person by what it makes them or what follows them (bench/heldout5: the 1911
revolution's "They named Yuan Shikai the new premier", "Kang Youwei and Liang Qichao emerged as
leaders"; Dudley Carleton's "resisted by Johan van Oldenbarnevelt who backed ..."), pinned on a short
text written here, drafted through the CLI; and a place made something that is no person's is no one.
So is a scholar weighing the evidence (heldout4's Mansa Musa: "Nehemia Levtzion regarded 1337 as ...")
and a place after "the cities of" ("the cities of Gao and Timbuktu")."""

from __future__ import annotations

from pathlib import Path

from test_people_royal_names import drafted_forms

REVOLT = (
    "The Lantern Revolt\n\n"
    "In 1905 the court abolished the old guild. Kang Weiming and Liang Zhiyu emerged as leaders of the "
    "reformers. In 1911 they named Zhou Baoshan the new premier. The council was resisted by Hendrik van "
    "Aalst who backed the guild. Later Port Arlen emerged as a great harbour.\n"
)


def test_a_name_made_or_becoming_what_a_person_is_is_a_person(runner, tmp_path: Path):
    forms = drafted_forms(runner, tmp_path, REVOLT)
    assert {"Kang Weiming", "Liang Zhiyu", "Zhou Baoshan"} <= set(forms)


def test_a_name_before_who_is_a_person(runner, tmp_path: Path):
    assert "Hendrik van Aalst" in drafted_forms(runner, tmp_path, REVOLT)


def test_a_place_becoming_a_thing_is_no_one(runner, tmp_path: Path):
    assert "Port Arlen" not in drafted_forms(runner, tmp_path, REVOLT)


SCHOLARS = (
    "The Salt Road\n\n"
    "The caravans reached the cities of Tessa and Ormu in 1324. Tessa had been conquered a decade before. "
    "Ardo Velmek regarded 1337 as the most likely date of the king's death.\n"
)


def test_a_name_that_weighs_the_evidence_is_a_scholar(runner, tmp_path: Path):
    assert "Ardo Velmek" in drafted_forms(runner, tmp_path, SCHOLARS)


def test_a_name_after_the_cities_of_is_a_place(runner, tmp_path: Path):
    assert "Tessa" not in drafted_forms(runner, tmp_path, SCHOLARS)
