"""What the dev set's fifth reading found, ruled out of a draft's questions: a happening the article dates
twice, differently (Napoleon III's order to withdraw: 1867 in one paragraph, January 31, 1866 in another),
so that a class has two right answers (the draft now keeps its day's telling only); a count from what
the text told before ("A third attempt was made by Viaux"); an offer with nothing saying which; a title
cut before the quoted name it was about ("impounded two ironclad", of "two ironclad, steam-driven
“Laird rams”"); a date something led up to ("held meetings leading up to the October 24 run-off"). A
title opening with a word in -ing before a name ("King Otto ordered") is no participle phrase: it is
asked. Through `vlasov draft` and `vlasov export` on a text written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import drafted_bank

from vlasov_cli.core.happening import hedged, same_happening, tells_happening
from vlasov_cli.core.model import Event
from vlasov_cli.core.unsure import cut_before_a_name, points_back, second_happening_inside

MORA = (
    "The Kings of Mora\n\n"
    "King Otto of Mora ruled the island of Mora for thirty years. Otto signed the Charter of Lund in 1840.\n\n"
    "Stiff resistance in Ribe caused King Otto to order the withdrawal of Danish troops in 1857. In 1845 Otto "
    "founded a school for pilots at Mora. On 31 January 1856, King Otto ordered the withdrawal of Danish troops "
    "from Ribe.\n\n"
    "Viaux led a failed revolt against Otto on 2 March 1850. A third attempt was made by Viaux on 22 October "
    "1850. Prince Karl accepted the offer and arrived in Mora in 1852.\n\n"
    "Otto died at Mora in 1860.\n"
)


def test_a_draft_asks_no_date_the_article_gives_twice_nor_a_count_or_an_offer_from_before(
    runner, tmp_path: Path
) -> None:
    questions = drafted_bank(runner, tmp_path, MORA)["questions"]
    told = " || ".join(" | ".join([question["prompt"], *question.get("items", [])]) for question in questions)
    assert [word for word in ("third attempt", "the offer") if word in told] == []
    # the withdrawal told twice is drafted once, by its day (`vlasov draft`): asked, it has one answer
    withdrawal = [question for question in questions if "withdrawal" in question["prompt"]]
    assert [question["answer"] for question in withdrawal if question["type"] == "date"] in ([], ["1856-01-31"])
    assert "Stiff resistance" not in told
    assert [word for word in ("Charter of Lund", "school for pilots", "failed revolt") if word not in told] == []


def _event(title: str, day: str) -> Event:
    return Event(title, day, day, day, "year", title, (), f"{title}.", 1, draft=0.9)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            "Napoleon III ordered the withdrawal of French troops",
            "Stiff Mexican resistance caused Napoleon III to order French withdrawal",
            True,
        ),
        ("Colonel Joseph Mobutu orchestrated a coup d’état", "Mobutu orchestrated another coup d’état", True),
        ("Tilak joined the Indian National Congress", "Tilak rejoined the Indian National Congress", False),
        ("Randolph was sent to Scotland", "Randolph was sent to Russia", False),
    ],
)
def test_two_titles_of_one_happening_are_told_apart(first: str, second: str, same: bool) -> None:
    assert same_happening(_event(first, "1866"), _event(second, "1867")) is same


@pytest.mark.parametrize(
    ("title", "quote", "cut"),
    [
        (
            "The British Government impounded two ironclad",
            "On September 3, 1863, the British Government impounded two ironclad, steam-driven “Laird rams” that",
            True,
        ),
        (
            'Justice Farran ordered Rukhmabai to "go live with her husband"',
            'On 4 March 1887, Justice Farran ordered Rukhmabai to "go live with her husband".',
            False,
        ),
        (
            "The United States launched “Operation Vittles”",
            "The United States launched “Operation Vittles” on 26 June",
            False,
        ),
    ],
)
def test_a_title_cut_before_its_quoted_name_is_told_apart(title: str, quote: str, cut: bool) -> None:
    assert cut_before_a_name(title, quote) is cut


@pytest.mark.parametrize(
    ("title", "pointing"),
    [
        ("A third attempt was made by Viaux", True),
        ("Another revolt broke out in Lahore", True),
        ("Maximilian accepted the offer and arrived in Mexico", True),
        ("The Second Continental Congress met in Philadelphia", False),
    ],
)
def test_a_count_or_an_offer_from_before_points_back(title: str, pointing: bool) -> None:
    assert points_back(title) is pointing


def test_a_date_something_led_up_to_is_a_bound() -> None:
    title = "The 40 Committee held numerous meetings"
    quote = "The 40 Committee held numerous meetings leading up to the October 24, 1970 run-off elections."
    assert hedged(Event("forty", "1970-10", "1970-10-01", "1970-10-31", "month", title, (), quote, 1, draft=0.9))


@pytest.mark.parametrize(
    ("title", "told"),
    [
        ("King John signed the Treaty of Mantes", True),
        ("Following the war, Otto died", False),
    ],
)
def test_a_word_in_ing_before_a_name_is_no_participle_phrase(title: str, told: bool) -> None:
    assert tells_happening(title) is told


@pytest.mark.parametrize(
    ("title", "quote", "second"),
    [
        ("Holt died and was buried in Lund", "He died on 15 February 1632, and was buried in Lund.", True),
        ("The French and Indian War began", "The French and Indian War began in 1754 and ended in 1763.", False),
        (
            "The United States launched Operation Vittles with the United Kingdom following suit",
            "The United States launched Operation Vittles on June 26, with the United Kingdom following suit two "
            "days later.",
            True,
        ),
        (
            "The war officially ended when Spain signed the Treaty of Paris",
            "The war officially ended four months later, when Spain signed the Treaty of Paris on December 10, 1898.",
            False,
        ),
    ],
)
def test_a_second_happening_the_title_keeps_after_its_date_is_told_apart(title: str, quote: str, second: bool) -> None:
    assert second_happening_inside(title, quote) is second
