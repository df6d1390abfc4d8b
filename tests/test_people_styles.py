"""Forms of a name the fifth held-out set's texts use (bench/heldout5: John II of France, Dudley
Carleton), each pinned on a short text written here, drafted through the CLI: another name in a
language after a parenthesis ("John II (French: Jean II; ...)"), a style with its ordinal before a
comma or "and" ("Paul Bayning, 1st Viscount Bayning, and ...", "Sir John Carleton, 1st Baronet and
..."), a style before ", who" ("Frederick V, Elector Palatine, who ..."), a given name and a surname
that is also a title ("George Abbot"), a particle written in two cases ("de la Marche", "de La
Marche"), an elided particle ("Geoffroy d'Harcourt"), a "Dauphin", a capitalised Arabic article
("Al-Yafii"), a "Lord Buckingham" who is "George Villiers, 1st Duke of Buckingham"; a regnal name two
rulers share ("Odo II"), which stays the subject's; a county ("Buckinghamshire"), which is no one."""

from __future__ import annotations

from pathlib import Path

from test_people_royal_names import drafted_forms

ODO = (
    "Odo II of Varenne\n\n"
    "Odo II of Varenne (French: Eudes II; 3 May 1301 – 9 June 1360) was King of Varenne from 1340. In 1342 "
    "he sent letters to George Abbot, the Archbishop of Lisle. His constable Henri de la Marche fought at "
    "Aubry in 1345; Henri de La Marche was killed in 1350.\n\n"
    "In 1348 Odo II met Rainier Holt, 1st Viscount Holt, and his cousin Sir Edmund Holt, 1st Baronet and "
    "Edmund's brother Sir Alan Holt. Frederick V, Elector Palatine, who was his nephew, came in 1349. "
    "Dauphin Charles was regent in 1350. In 1352 King Odo II of Castelo died at sea.\n"
)


def test_another_name_after_a_language_in_a_parenthesis_is_the_names(runner, tmp_path: Path):
    forms = drafted_forms(runner, tmp_path, ODO)
    assert {"Odo II", "Eudes II"} <= set(forms["Odo II of Varenne"]) and "Eudes II" not in forms


def test_a_regnal_name_two_rulers_share_stays_the_subjects(runner, tmp_path: Path):
    forms = drafted_forms(runner, tmp_path, ODO)
    assert "King Odo II of Castelo" in forms["Odo II of Castelo"]
    assert "Odo II" not in forms["Odo II of Castelo"]


def test_a_style_with_its_ordinal_is_a_form_of_the_name_and_a_persons_evidence(runner, tmp_path: Path):
    forms = drafted_forms(runner, tmp_path, ODO)
    assert "Rainier Holt, 1st Viscount Holt" in forms["Rainier Holt"]
    assert "Edmund Holt, 1st Baronet" in forms["Edmund Holt"]
    assert "Baronet" not in forms["Edmund Holt"]  # a title alone is no alias
    assert "Frederick V, Elector Palatine" in forms["Frederick V"] and "Elector Palatine" not in forms


def test_names_that_look_like_titles_or_differ_in_a_particles_case(runner, tmp_path: Path):
    forms = drafted_forms(runner, tmp_path, ODO)
    assert "George Abbot" in forms
    assert forms["Henri de La Marche"] == ["Henri de la Marche"] and "Henri de la Marche" not in forms
    assert forms["Charles"] == ["Dauphin Charles"]


def test_an_elided_particle_joins_the_name(runner, tmp_path: Path):
    text = (
        "The Norman Revolt\n\n"
        "In 1354 Geoffroy d'Harcourt refused to submit to the king. The rebels demanded that Geoffroy be "
        "made duke. Bernat d'Auriac wrote a song about it.\n"
    )
    forms = drafted_forms(runner, tmp_path, text)
    assert "Geoffroy d'Harcourt" in forms and "Bernat d'Auriac" in forms
    assert "Geoffroy" not in forms and "Bernat" not in forms


def test_an_arabic_article_written_capitalised_is_the_same_names(runner, tmp_path: Path):
    text = (
        "The Pilgrim King\n\n"
        "Arabic writers, such as Ibn Tufail and Abdallah ibn Asad al-Warraq, praised his generosity in 1324. "
        "Al-Warraq gave his name as Kanu ibn Bakr.\n"
    )
    forms = drafted_forms(runner, tmp_path, text)
    assert "Al-Warraq" in forms["Abdallah ibn Asad al-Warraq"] and "Al-Warraq" not in forms


COLLECTOR = (
    "The Collector\n\n"
    "In 1615 he sent paintings to collectors like Lord Selby, Lord Harwood and Lord Kessington. His mother "
    "was Joan Carrow, daughter of John Carrow of Tilsey, Northamptonshire, and Anne Pell. In 1613 he "
    "commissioned a report on the theology of Conrad Velst. He returned in 1625 with Walter Hale, 1st Duke "
    "of Kessington, and was made Vice-Chamberlain.\n"
)


def test_a_lord_named_by_the_land_of_a_peers_style_is_the_peer(runner, tmp_path: Path):
    forms = drafted_forms(runner, tmp_path, COLLECTOR)
    # "Lord Kessington", named first, is "Walter Hale, 1st Duke of Kessington".
    assert {"Lord Kessington", "Walter Hale, 1st Duke of Kessington"} <= set(forms["Walter Hale"])
    assert "Kessington" not in forms and "Selby" in forms


def test_a_county_is_no_one_and_a_theologian_cited_is_someone(runner, tmp_path: Path):
    forms = drafted_forms(runner, tmp_path, COLLECTOR)
    assert "Northamptonshire" not in forms
    assert "Conrad Velst" in forms


def test_a_given_name_and_the_land_of_a_style_are_the_peer(runner, tmp_path: Path):
    text = (
        "The Hostages\n\n"
        "In 1360 the hostages included his son Rainald II, Duke of Vesle. In 1363 King Odo was allowed to "
        "return home, leaving his son Rainald of Vesle in Calais as a hostage.\n"
    )
    forms = drafted_forms(runner, tmp_path, text)
    assert "Rainald of Vesle" in forms["Rainald II"] and "Rainald of Vesle" not in forms
