"""What heldout4's reading (now tuning material) found in the questions of unseen texts, ruled out of a
draft's questions: a thing a story has several of with "the" and nothing saying which ("The fleet landed at
Alcoyll", "ratified the treaty"), two clauses spliced where a cut left a verb after a whole clause ("…at the
Battle of Malta was made prisoner"), a year question whose options are not of one kind (a birth year among
the years of embassies forty years on); "which came first" and order questions are built only from what
passes. Through `vlasov draft` and `vlasov export` on a text written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import invoke

from vlasov_cli.core.happening import holed
from vlasov_cli.core.unsure import points_back

HAMM = (
    "The Envoy of Hamm\n\n"
    "Karl Berg was an envoy of the town of Hamm who served the league for forty years. Karl Berg was born "
    "at Hamm in 1523.\n\n"
    "In June 1563 Karl Berg met the envoys of Soest at Unna. On 14 February 1566 Karl Berg signed the "
    "Charter of Unna with the council of Soest. In 1568 Karl Berg founded a school for clerks at Hamm. In "
    "1570 Karl Berg sailed to Bremen with the barges of the guild.\n\n"
    "The fleet landed at Alcoyll in 1572. The Senate of Soest ratified the treaty on 6 March 1574, by a "
    "margin of only one vote.\n\n"
    "Otto Lenz defeated the millers at the Battle of the Mill, and at the Bridge of Lippe in 1576, where "
    "Hans Vogt, son of the miller, was made prisoner.\n\n"
    "In January 1586 Karl Berg was sent on his last mission to Soest. Karl Berg died at Hamm in 1590.\n"
)
NEVER = {"The fleet landed": "which fleet?", "ratified the treaty": "which treaty?", "made prisoner": "spliced"}
ASKED = ("met the envoys of Soest", "signed the Charter of Unna", "founded a school", "last mission")


def _questions(runner, tmp_path: Path, text: str = HAMM) -> list[dict]:
    article = tmp_path / "hamm.txt"
    article.write_text(text, encoding="utf-8")
    folder = tmp_path / "bank"
    assert invoke(runner, "draft", str(article), "-o", str(folder)).exit_code == 0
    return json.loads(invoke(runner, "export", "--format", "json", "--bank", str(folder)).stdout)["questions"]


def test_a_draft_asks_nothing_of_a_bare_thing_or_a_spliced_title_not_in_its_order_questions_either(
    runner, tmp_path: Path
) -> None:
    questions = _questions(runner, tmp_path)
    told = " || ".join(
        " | ".join([question["prompt"], *question.get("items", []), *question.get("choices", [])])
        for question in questions
    )
    assert [word for word in NEVER if word in told] == []
    assert [word for word in ASKED if word not in told] == []
    assert any(question["type"] == "order" or question["prompt"] == "Which came first?" for question in questions)


def test_a_drafts_year_options_are_of_one_kind_no_birth_year_among_embassies(runner, tmp_path: Path) -> None:
    born = [question for question in _questions(runner, tmp_path) if "was born" in question["prompt"]]
    assert [question["type"] for question in born] == ["choice"]
    years = sorted(int(choice) for choice in born[0]["choices"])
    assert born[0]["answer"] == "1523"
    assert years[-1] - years[0] <= 20  # not 1563, 1566, 1586 beside 1523


@pytest.mark.parametrize(
    ("title", "pointing"),
    [
        ("The fleet landed at Alcoyll", True),
        ("The U.S. Senate ratified the treaty by a margin of only one vote", True),
        ("Lund signed the treaty", True),
        ("The French fleet was destroyed at Formigues", False),
        ("The fleet of Peter landed at Alcoyll", False),
        ("The Senate ratified the Treaty of Paris", False),
        ("The crisis ended when Soviet forces lifted the blockade", False),
        ("Maximilian accepted the offer and arrived in Mexico", True),  # which offer? (the fifth dev reading)
    ],
)
def test_a_thing_a_story_has_several_of_with_nothing_saying_which_points_back(title: str, pointing: bool) -> None:
    assert points_back(title) is pointing


def test_a_verb_left_after_a_whole_clause_where_a_where_clause_was_cut_is_a_hole() -> None:
    quote = (
        "Roger de Lauria defeated the French forces at the Battle of Malta, and at the Gulf of Naples in 1284, "
        "where Charles of Salerno, son of Charles I, was made prisoner."
    )
    assert holed("Roger de Lauria defeated the French forces at the Battle of Malta was made prisoner", quote)
    assert not holed("Roger de Lauria defeated the French forces at the Battle of Malta", quote)


def test_a_draft_never_asks_which_came_first_of_a_thing_signed_and_the_same_thing_ratified(
    runner, tmp_path: Path
) -> None:
    charter = (
        "The Charter of Hamm\n\n"
        "On 10 December 1851 the carters of Hamm signed the Charter of Hamm with the mill owners. On 6 February "
        "1852 the Senate of Soest ratified the charter by a margin of only one vote. On 20 March 1852 the carters "
        "of Hamm opened a school for clerks at Unna.\n"
    )
    questions = _questions(runner, tmp_path, charter)
    firsts = [question["choices"] for question in questions if question["prompt"] == "Which came first?"]
    assert firsts  # the charter's ratifying and the school's opening may be asked
    assert not [choices for choices in firsts if any("signed the Charter" in choice for choice in choices)]
