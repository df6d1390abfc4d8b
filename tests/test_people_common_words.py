"""A surname the text also writes as a common word, and a form of address (bench/heldout4: Thomas
Randolph's "a letter to Peter Young, tutor of James VI" beside "the young king", "Robert Constable"
beside "the office of constable", "miscontent her Majesty"), pinned on a short text written here,
drafted through the CLI."""

from __future__ import annotations

from pathlib import Path

from test_people_royal_names import drafted_forms

HALE = (
    "Thomas Hale\n\n"
    "Thomas Hale was born in 1523. As a young man he wrote to Peter Young, tutor of the prince. In 1567 he "
    "obtained from Robert Constable the office of constable of the castle. He feared it would miscontent "
    "her Majesty. Her Majesty refused his offer in 1568. Great Britain and the Young Turks were far away.\n"
)


def test_a_given_name_makes_a_name_of_a_surname_the_text_writes_in_lower_case(runner, tmp_path: Path):
    forms = drafted_forms(runner, tmp_path, HALE)
    assert {"Peter Young", "Robert Constable"} <= set(forms)
    assert not {"Great Britain", "Young Turks"} & set(forms)  # no given name: still no one


def test_a_form_of_address_is_no_one(runner, tmp_path: Path):
    assert "Majesty" not in drafted_forms(runner, tmp_path, HALE)
