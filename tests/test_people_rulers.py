"""Rulers named by a title, one name and their land (bench/heldout5's Warring States text: "King Hui of
Wei", "Marquess Wen of Wei"), and the lands themselves, which act in the story as states do ("Wei
attacked Zhao") and are no one. Pinned on a short text written here, drafted through the CLI."""

from __future__ import annotations

from pathlib import Path

from test_people_royal_names import drafted_forms

REALMS = (
    "The Five Realms\n\n"
    "In 403 the court of King Tao of Zhenn recognized the three houses as vassals. The most important figure "
    "was Marquess Wen of Lum (445–396). In 325 the throne passed to King Sen of Varo.\n\n"
    "Wen, Varo and Kesh attacked the small state of Orr. King Tao died in 401. In 318 even the ruler of "
    "Dral, a relatively minor state, declared himself king.\n"
)


def test_a_rulers_title_name_and_land_make_one_name_with_its_byname(runner, tmp_path: Path):
    forms = drafted_forms(runner, tmp_path, REALMS)
    assert {"King Tao of Zhenn", "King Tao"} <= set(forms["Tao of Zhenn"])
    assert "Marquess Wen of Lum" in forms["Wen of Lum"]
    assert "King Sen of Varo" in forms["Sen of Varo"]
    assert not {"Tao", "Wen", "Sen"} & set(forms)


def test_the_land_of_a_rulers_byname_or_a_ruler_of_is_no_one(runner, tmp_path: Path):
    forms = drafted_forms(runner, tmp_path, REALMS)
    # "Varo" listed with a ruler's name that acts is the land of "King Sen of Varo";
    # "the ruler of Dral, a relatively minor state": a land, not a person with a role.
    assert not {"Varo", "Kesh", "Dral", "Zhenn", "Lum"} & set(forms)


def test_a_single_word_after_a_name_and_of_is_the_names_land(runner, tmp_path: Path):
    text = (
        "The Inheritance\n\n"
        "When Alvar of Urgell died in 1268, the families of his two wives, Constance, a daughter of Pere "
        "de Montcada of Bearn, and Cecilia, a daughter of Roger Aurel of Foix, began a long fight over his "
        "county.\n"
    )
    forms = drafted_forms(runner, tmp_path, text)
    assert "Pere de Montcada" in forms
    assert not {"Bearn", "Foix"} & set(forms)


def test_a_name_with_a_byname_that_acts_is_a_person_and_an_isle_is_not(runner, tmp_path: Path):
    text = (
        "The Inheritance\n\n"
        "When Odran of Tessel died in 1268, the families of his two wives began a long fight over his county. "
        "The Isle of Brenn sent ships in 1270.\n"
    )
    forms = drafted_forms(runner, tmp_path, text)
    assert "Odran of Tessel" in forms
    assert "Isle of Brenn" not in forms
