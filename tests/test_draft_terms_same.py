"""`vlasov draft` drafts one term for one thing and gives it the kind its name says: two names of one
thing are one entry with the other as an alias, a country is a place, a party's members' word an
organisation, a name keeps the possessive it is always written with, and a country is not folded into
its capital. Four teachers fixed each of these by hand when reviewing drafted articles."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import invoke

ARTICLE = """The Quarrel of the Isles

Southerners were confident that their cotton would ally Europe to the Confederacy, especially Great \
Britain. In 1861, eleven states seceded to form the Confederate States of America. Britain would have \
to break the blockade of Confederate ports, they thought. In May 1861, Britain declared its neutrality \
in the American Civil War. During the Civil War the Confederacy sought recognition from France. The \
Confederate States sent envoys to France in 1862. The U.S. Civil War ended in 1865.

The United States Government protested in 1862. The U.S. Government then closed its consulate in \
Mexico City. Smugglers carried cotton through Mexico, and Mexico sold it on to France.

In 1857 the Liberals fought the Conservatives. The Liberals held Veracruz, and the Conservatives held \
the capital. In 1870 Canada bought the lands of the Hudson’s Bay Company. The Hudson’s Bay Company kept \
its trading posts. In 1871 the Alabama claims were settled by arbitration.
"""


def _terms(runner, tmp_path: Path) -> dict[str, dict]:
    article = tmp_path / "isles.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    folder = tmp_path / "bank"
    result = invoke(runner, "draft", str(article), "-o", str(folder))
    assert result.exit_code == 0, result.output
    assert invoke(runner, "check", "--bank", str(folder)).exit_code == 0
    terms = yaml.safe_load((folder / "terms.yaml").read_text(encoding="utf-8"))["terms"]
    return {term["name"]: term for term in terms}


def test_two_names_of_one_thing_are_one_term_with_the_other_as_alias(runner, tmp_path: Path) -> None:
    terms = _terms(runner, tmp_path)
    assert "Britain" in terms["Great Britain"]["aliases"] and "Britain" not in terms
    # (the name first drafted stays: only the country's form tells them apart)
    assert "U.S. Civil War" in terms["American Civil War"]["aliases"] and "U.S. Civil War" not in terms
    assert "U.S. Government" in terms["United States Government"]["aliases"] and "U.S. Government" not in terms
    assert "Confederacy" in terms["Confederate States of America"]["aliases"] and "Confederacy" not in terms


def test_a_term_has_the_kind_its_name_says(runner, tmp_path: Path) -> None:
    terms = _terms(runner, tmp_path)
    assert terms["Great Britain"]["kind"] == "place"  # a country
    assert terms["France"]["kind"] == "place"
    assert terms["Liberals"]["kind"] == "organisation"  # a party, by its members' word
    assert terms["Conservatives"]["kind"] == "organisation"
    assert terms["Alabama claims"]["kind"] == "event"  # "the Alabama claims": a dispute


def test_a_name_keeps_its_possessive_and_a_country_is_not_its_capital(runner, tmp_path: Path) -> None:
    terms = _terms(runner, tmp_path)
    assert "Hudson’s Bay Company" in terms and "Bay Company" not in terms
    assert "Mexico" not in terms["Mexico City"]["aliases"]
    assert "Mexico City" in terms["Mexico City"]["quote"]
    assert terms["Mexico"]["kind"] == "place"


TITLED = """Vasudev Rao

Vasudev Rao (1850–1912), endeared as Acharya (IAST: Ācārya), was an Indian teacher. He was given the \
title of "Acharya" by his pupils in 1880. He was called "the teacher of the Deccan" by the press. \
In 1890 his portrait was hung in Parliament House. When World War I began in 1914, Rao wrote to the \
Viceroy. World War I ended in 1918.
"""


def test_titles_buildings_and_numbered_names_keep_what_their_article_says(runner, tmp_path: Path) -> None:
    article = tmp_path / "rao.txt"
    article.write_text(TITLED, encoding="utf-8")
    folder = tmp_path / "bank"
    assert invoke(runner, "draft", str(article), "-o", str(folder)).exit_code == 0
    terms = {term["name"]: term for term in yaml.safe_load((folder / "terms.yaml").read_text())["terms"]}
    assert terms["Acharya"]["kind"] == "title" and terms["Acharya"]["aliases"] == []  # no "IAST: Ācārya"
    assert terms["the teacher of the Deccan"]["kind"] == "title"
    assert terms["Parliament House"]["kind"] == "place"
    assert "World War I" in terms and "World War" not in terms


OFFICES = """The Mining Plan

In 1865 U.S. Secretary of State William Henry Seward offered a plan to the Mexican envoy. William Henry \
Seward wrote to Paris in 1866. In 1867 U.S. Secretary of State William Henry Seward bought Alaska. \
The Anglo-American war never came, and the Texas-Mexico border stayed open. In 1867 the Treaty of \
Washington was signed. The Anglo-American quarrel ended in 1872. In 1868 British Prime Minister Henry \
John Temple, Viscount Palmerston, was dead, but in 1864 British Prime Minister Henry John Temple, Viscount \
Palmerston, had kept Britain neutral.
"""


def test_a_person_with_an_office_and_a_name_made_an_adjective_are_no_terms(runner, tmp_path: Path) -> None:
    article = tmp_path / "plan.txt"
    article.write_text(OFFICES, encoding="utf-8")
    folder = tmp_path / "bank"
    assert invoke(runner, "draft", str(article), "-o", str(folder)).exit_code == 0
    terms = {term["name"] for term in yaml.safe_load((folder / "terms.yaml").read_text())["terms"]}
    people = {person["name"] for person in yaml.safe_load((folder / "people.yaml").read_text())["people"]}
    assert "William Henry Seward" in people
    assert not any("Seward" in name or "Temple" in name for name in terms)
    assert "Anglo-American" not in terms and "Texas-Mexico" not in terms
    assert "Treaty of Washington" in terms
