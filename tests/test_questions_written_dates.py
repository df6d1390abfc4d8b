"""A draft asks of a day or a month its own sentence writes though the year is the narrative's ("In June,
Marshal Brand announced ...", the year 1747 told before), and of a title whose list ends with ", and"
("blockaded rail, road, and water access"): the teachers' readings found such dates right (75 of 82 on the
dev and held-out sets) and berlin_airlift asked nothing. Still never: a sentence dating a second happening
from its first ("on 26 June, with the Free Army following suit two days later"), a bare "The wedding",
what had happened before the date's happening ("had been taken by the king's father, and was thus
inherited"), and no order or "which came first" whose order a reader knows without the article: a body's
meeting before its acts, a war's declaring before its battles, "the first battle". Through `vlasov draft`
and `vlasov export` on a text written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import drafted_bank

from vlasov_cli.core.happening import obvious_order, sure_of
from vlasov_cli.core.model import Event

BERG = (
    "The Siege of Berg\n\n"
    "The town of Berg was held by the Free Army for two years. The year 1747 saw the siege begin.\n\n"
    "In June, Marshal Otto Brand announced the Relief Plan for the town. On 24 June 1747, the crisis started "
    "when the royal forces blockaded rail, road, and water access to the town of Berg. The royal army "
    "launched Operation Hammer on 26 June, with the Free Army following suit two days later with Operation "
    "Anvil.\n\n"
    "The Town Congress of Berg convened in September 1747. The Town Congress of Berg agreed to the Articles "
    "of Defence on October 20. The wedding was celebrated on 28 July at the church of Berg.\n\n"
    "The Free Army voted to go to war against King Erik on 2 March 1748. The first battle was fought on 1 "
    "May at the bridge of Berg. The Free Navy destroyed the royal squadron off Kalmar on 3 July 1748. A good "
    "portion of the county had been taken by the king's father, and was thus inherited by Otto Brand in "
    "1749.\n\n"
    "In 1750 Otto Brand founded a school for gunners at Berg. Otto Brand signed the Peace of Kalmar in March "
    "1752.\n"
)


def _questions(runner, tmp_path: Path) -> list[dict]:
    return drafted_bank(runner, tmp_path, BERG)["questions"]


def test_a_draft_asks_a_written_day_or_month_whose_year_is_the_narratives(runner, tmp_path: Path) -> None:
    asked = {question["prompt"]: question for question in _questions(runner, tmp_path)}
    relief = asked[
        "When did this happen: “Marshal Otto Brand announced the Relief Plan for the town”? Give the month and year."
    ]
    assert (relief["answer"], relief["explanation"]) == (
        "1747-06",
        "Marshal Otto Brand announced the Relief Plan for the town: June [1747]. The year is inferred from the "
        "surrounding text.",
    )
    articles = asked["When did this happen: “The Town Congress of Berg agreed to the Articles of Defence”? Give "
                     "the day, month and year."]  # fmt: skip
    assert articles["answer"] == "1747-10-20"
    assert any("blockaded rail, road, and water access" in prompt for prompt in asked)


def test_a_draft_never_asks_a_second_happening_a_bare_wedding_or_what_had_happened_before(
    runner, tmp_path: Path
) -> None:
    told = " || ".join(
        " | ".join([question["prompt"], *question.get("items", []), *question.get("choices", [])])
        for question in _questions(runner, tmp_path)
    )
    assert [word for word in ("Operation Hammer", "wedding", "inherited") if word in told] == []


def test_a_drafts_order_questions_never_pair_what_any_reader_orders(runner, tmp_path: Path) -> None:
    ordered = [
        question.get("items") or question["choices"]
        for question in _questions(runner, tmp_path)
        if question["type"] == "order" or question["prompt"] == "Which came first?"
    ]
    for items in ordered:
        told = " | ".join(items)
        assert "The first battle" not in told
        assert not ("convened" in told and "agreed to the Articles" in told)
        assert not ("go to war" in told and ("first battle" in told or "destroyed" in told))


def _event(title: str, day: str, draft: float | None = 0.9, inferred: bool = False) -> Event:
    precision = "day" if len(day) == 10 else "month" if len(day) == 7 else "year"
    return Event(title, day, day, day, precision, title, (), f"{title} on {day}.", 1, draft=draft, inferred=inferred)


@pytest.mark.parametrize(
    ("earlier", "later", "obvious"),
    [
        ("The Continental Congress convened", "The Continental Congress agreed to the Articles", True),
        ("The U.S. Congress voted to go to war against Spain", "The U.S. Navy destroyed the squadron", True),
        ("The U.S. Congress passed a resolution", "The first battle was fought in Manila Bay", True),
        ("Randolph met a servant at St Andrews", "Randolph was sent on his last mission to Scotland", True),
        ("Japan signed the Treaty of Kanagawa", "Japan sent its first mission to the West", False),
        ("The U.S. Congress passed a resolution", "The U.S. Navy destroyed the squadron", False),
    ],
)
def test_an_order_any_reader_knows_is_told_apart(earlier: str, later: str, obvious: bool) -> None:
    assert obvious_order(_event(earlier, "1898-04-20"), _event(later, "1898-07-03")) is obvious


@pytest.mark.parametrize(
    ("draft", "inferred", "day", "asked"),
    [
        (0.7, True, "1747-10-20", True),  # "on October 20", the year the narrative's
        (0.7, True, "1747-06", True),  # "In June"
        (0.7, True, "1747", False),  # "in the late summer": a season, its year the narrative's
        (0.7, False, "1747-10-20", False),  # the draft's doubt about a written date ("in 1962 and 1967")
        (0.6, True, "1747-10-20", False),  # reckoned from another ("the next day")
    ],
)
def test_a_date_whose_year_is_the_narratives_is_asked_only_at_the_precision_written(
    draft: float, inferred: bool, day: str, asked: bool
) -> None:
    assert sure_of(_event("The Town Congress agreed to the Articles of Defence", day, draft, inferred)) is asked
