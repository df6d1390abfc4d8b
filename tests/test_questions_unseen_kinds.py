"""What a reading of every held-out set and the dev set found still asked (the NOs of an unseen text,
each kind a plain cue, no word of any one text), ruled out of a draft's questions or mended: a year that is
a person's life in parentheses ("married Karen Lund (d. 1701) in 1656", asked as 1701); a "his" owned by a
thing's name only ("The Treaty of Vik set his ransom": whose?); a number standing for a noun told before
("The two forces met": which?), or "more" of a kind told before ("staged more violent protests": than
what?); a second happening joined after a name with "the" ("arrived in Vik and the Vik Campaign turned
..."); the hero's end shared with others ("Ole Brun and members of his family were massacred"), an order
item giving its place away; a judgment of causes instead of a deed ("The triumph of the league finally
ended the dispute"); and a title that lost its article with a date written inside its noun phrase ("the
June 10th deadline ... passed", drafted "Deadline ... passed", now "The deadline ..."). Through `vlasov
draft` and `vlasov export` on a text written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import drafted_bank

from vlasov_cli.core.stems import date_of_a_life, judged
from vlasov_cli.core.unsure import points_back
from vlasov_cli.core.wording import two_happenings

BRUN = (
    "Ole Brun\n\n"
    "Ole Brun was a merchant of the island of Vik who served the league of the northern towns for forty "
    "years. Ole Brun was born at Vik in 1630.\n\n"
    "In June 1650 Ole Brun met the envoys of Ribe at Malmo. On 14 February 1652 Ole Brun signed the Charter "
    "of Mora with the council of Ribe. He married Karen Lund (d. 1701) in 1656, a daughter of Albert Lund and "
    "Kirsten Holm. In 1658 Ole Brun founded a school for pilots at Vik.\n\n"
    "King Frode of Ribe was taken prisoner at the Battle of Hamm. The Treaty of Vik set his ransom at ten "
    "thousand crowns in May 1660. In September 1661 the two forces met a few miles north of Hamm. Swedish "
    "troops arrived in Vik on 16 November 1662 and the Vik Campaign turned much of the island into a "
    "battlefield. In 1663 the farmers of Vik staged more violent protests against the tolls of Ribe.\n\n"
    "The June 10th deadline for the envoys to answer the league's offer passed without any word from Ribe. "
    "The triumph of the league in 1665 finally ended the dispute over the tolls.\n\n"
    "In 1670 Ole Brun sold his house at Vik to Johan Rantzau.\n\n"
    "The fleet of Ribe was destroyed at the Battle of Lund on 4 September 1675. Ole Brun and members of his "
    "family were massacred at the palace of Vik on 1 November 1675.\n"
)
NEVER = {
    "Karen Lund": "1701 is her death, not the wedding's year",
    "set his ransom": "whose?",
    "The two forces": "which?",
    "Vik Campaign": "a second happening the date is not of",
    "triumph of the league": "a judgment, no deed",
    "Deadline for": "the article lost with the date",
    "more violent protests": "more than what?",
}
ASKED = ("met the envoys of Ribe", "signed the Charter of Mora", "founded a school", "The deadline for the envoys")


def test_a_draft_asks_no_life_year_unowned_his_bare_number_second_happening_nor_judgment(
    runner, tmp_path: Path
) -> None:
    questions = drafted_bank(runner, tmp_path, BRUN)["questions"]
    told = " || ".join(
        " | ".join([question["prompt"], *question.get("items", []), *question.get("choices", [])])
        for question in questions
    )
    assert [words for words in NEVER if words in told] == []
    assert [words for words in ASKED if words not in told] == []
    deadline = [question for question in questions if "The deadline for the envoys" in question["prompt"]]
    assert [question["answer"] for question in deadline if question["type"] == "date"] == [
        "1663-06-10"
    ]  # (its year the narrative's)
    # the hero's own end, "and members of his family" with him, is asked, never ordered: it would be last
    ordered = [
        question for question in questions if question["type"] == "order" or question["prompt"] == "Which came first?"
    ]
    assert ordered and [question for question in ordered if "massacred" in str(question)] == []
    assert "were massacred at the palace of Vik" in told


@pytest.mark.parametrize(
    ("title", "quote", "year", "life"),
    [
        ("Holt married Ida", "He married Ida Berg (d. 1701) in 1656, a daughter of Per Berg.", 1701, True),
        ("Holt married Ida", "He married Ida Berg (d. 1701) in 1656, a daughter of Per Berg.", 1656, False),
        ("Ulf sailed to Riga", "Ulf (1535–1600) sailed to Riga in 1570.", 1535, True),
        ("Lind was born", "Jon Lind (born November 28, 1939) is a retired pilot.", 1939, False),
        ("The war of 1812 ended", "The war of 1812 ended (as both sides agreed) in 1815.", 1812, False),
    ],
)
def test_a_year_of_a_life_in_parentheses_is_told_apart(title: str, quote: str, year: int, life: bool) -> None:
    assert date_of_a_life(title, quote, year) is life


@pytest.mark.parametrize(
    ("title", "pointing"),
    [
        ("The Treaty of Lund set his ransom at three thousand crowns", True),
        ("The two forces met a few miles south of Hamm", True),
        ("The Duke of Ribe sent his troops to Hamm", False),
        ("The Black Prince led his army to Hamm", False),
        ("The farmers staged more violent protests against the tolls", True),
        ("Holt left the guild for more openly political work", False),
        ("More than 200 people died at Hamm", False),
        ("The landowner Nils de Vik declared freedom for his serfs", False),
        ("Henrik made his brother Olaf sign the treaty of Lund", False),
        ("The Two Counties were united", False),
    ],
)
def test_a_his_a_thing_owns_and_a_bare_number_with_its_noun_point_back(title: str, pointing: bool) -> None:
    assert points_back(title) is pointing


@pytest.mark.parametrize(
    ("title", "two"),
    [
        ("Swedish troops arrived in Vik and the Vik Campaign turned the island into a battlefield", True),
        ("The war began when Danish troops and Swedish farmers clashed at Hamm", False),
        ("Holt met Berg and the Danish Consul at Ribe", False),
    ],
)
def test_a_second_happening_after_a_name_with_the_is_told_apart(title: str, two: bool) -> None:
    assert two_happenings(title) is two


@pytest.mark.parametrize(
    ("title", "judgment"),
    [
        ("The triumph of the guilds finally ended the dispute over the tolls", True),
        ("The rebels' victories made the count's position increasingly difficult", True),
        ("The renewed strength of the league hastened the union of the towns", True),
        ("The end of the war coincided with the first successes of the rebels", True),
        ("The right set of conditions turned a riot in Ribe into a revolt", True),
        ("The election of a new bishop gave the Count of Mora a glimpse of hope", False),
        ("The Pact of Lund caused the Danish King to declare war on Sweden", False),
        ("The war ended with the signing of the Treaty of Ribe", False),
        ("The army turned the fort of Ribe into a prison", False),
        ("Holt hastened to Ribe with the envoys", False),
    ],
)
def test_a_judgment_of_causes_is_told_apart_from_a_deed(title: str, judgment: bool) -> None:
    assert judged(title) is judgment
