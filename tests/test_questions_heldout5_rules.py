"""What heldout5's reading (now tuning material) found in the questions of unseen texts, ruled out of a
draft's questions: a stem holding two happenings of which the date is one's only ("returned home in 1615,
and next year was appointed", "became Provost; but he died in 1623"), the debris of a span of years cut out
("The Synod –9", from "in 1618–9"), and stems pointing back at what the text told before ("Three of his
companions", "The Society", "The three were hanged"). Order questions and who-questions are built only
from what passes. Through `vlasov draft` and `vlasov export` on a text written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import drafted_bank

from vlasov_cli.core.unsure import date_debris, points_back
from vlasov_cli.core.wording import two_happenings

LUND = (
    "The Envoy of Lund\n\n"
    "Jan Holt was an envoy of the town of Lund who served the league for forty years. Jan Holt was born at "
    "Lund in 1575.\n\n"
    "In June 1605 Jan Holt met the envoys of Ribe at Malmo. On 14 February 1608 Jan Holt signed the Charter "
    "of Mora with the council of Ribe. Jan Holt returned home in 1615, and next year was appointed envoy to "
    "Danzig. In 1620 Jan Holt founded a school for clerks at Lund.\n\n"
    "Peter Voss was the Provost of Lund. Peter Voss became Provost; but he died in 1623. The Synod in 1618–9 "
    "resolved the quarrel of the guilds.\n\n"
    "Erik Lund rebelled against the council of Ribe. Three of his companions were beheaded at Ribe on 3 April "
    "1625. The Society established a college for pilots in 1627. The three were hanged at Ribe on 23 March "
    "1631.\n\n"
    "In January 1633 Jan Holt was sent on his second mission to Danzig. Jan Holt died at Lund in 1640.\n"
)
NEVER = ("next year", "but he died", "Synod", "companions", "The Society", "The three")
ASKED = ("met the envoys of Ribe", "signed the Charter of Mora", "founded a school", "second mission")


def _told(runner, tmp_path: Path) -> str:
    return " || ".join(
        " | ".join([question["prompt"], *question.get("items", []), *question.get("choices", [])])
        for question in drafted_bank(runner, tmp_path, LUND)["questions"]
    )


def test_a_draft_asks_nothing_of_two_happenings_debris_or_a_pointer_not_in_its_order_questions_either(
    runner, tmp_path: Path
) -> None:
    told = _told(runner, tmp_path)
    assert [word for word in NEVER if word in told] == []
    assert [word for word in ASKED if word not in told] == []
    assert "Put these events in the order" in told


@pytest.mark.parametrize(
    ("title", "two"),
    [
        ("Thomas Murray became Provost; but he died", True),
        ("Carleton was made secretary but left the post", True),
        ("Carleton returned to England with George Villiers", False),
        ("Rai did not fully recover from his injuries and died", False),
    ],
)
def test_a_title_of_two_clauses_is_told_apart(title: str, two: bool) -> None:
    assert two_happenings(title) is two


@pytest.mark.parametrize(
    ("title", "debris"),
    [
        ("The Synod –9 resolved the theological issue", True),
        ("The war of 1618– ended", True),
        ("Peter led 15,000 men to Tunis", False),
        ("Singh threw two bombs into the U.S.-built chamber", False),
    ],
)
def test_the_debris_of_a_span_of_years_is_told_apart(title: str, debris: bool) -> None:
    assert date_debris(title) is debris


@pytest.mark.parametrize(
    ("title", "pointing"),
    [
        ("Three of his companions were decapitated in Paris", True),
        ("The Society established the Fergusson College", True),
        ("The tribunal delivered its 300-page judgement", True),
        ("The three were hanged at 7:30 pm in the Lahore jail", True),
        ("Musa and his entourage arrived at the outskirts of Cairo", False),
        ("Peter made his final testament", False),
        ("The two sides signed the Treaty of Kanagawa", True),  # which? (unsure wording refused it already)
        ("The court abolished the examination system", False),
        ("The Socialist Unity Party of Germany marched on the Berlin City Council", False),
    ],
)
def test_a_possessive_no_name_owns_a_body_or_a_number_alone_points_back(title: str, pointing: bool) -> None:
    assert points_back(title) is pointing
