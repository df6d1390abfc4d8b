"""What held-out set 8's two readings (now tuning material) turned down in the questions of a draft, ruled
out by general rules: a word pointing outside the stem ("celebrated their marriage" of one man: whose?;
"was established there": where?), a stem stopping on a connective whose date is the next clause's ("...
and his council and so"), a "which came first" of a setting out and an arrival of one ship, a quote that
is a clause without its subject ("and arrived in Cadiz on ..."), and one death asked twice, by year and
by day. Through `vlasov draft` and `vlasov export` on a text written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import drafted_bank

from vlasov_cli.core.unsure import points_back

FALCON = (
    "The Voyages of the Falcon\n"
    "\n"
    "Tomas Brand was a captain of the port of Wexmouth who sailed the Falcon for many years. Tomas Brand "
    "was born at Wexmouth in 1760. Tomas Brand died at Wexmouth in 1821, after a long illness.\n"
    "\n"
    "The Falcon left Wexmouth on 3 March 1802. The Falcon arrived in Lisbon on 28 May 1802. The Falcon was"
    " refitted at Lisbon on 2 October 1802.\n"
    "\n"
    "Tomas Brand recommended the opening of trade with the Azores, and a trading house was established "
    "there in 1804. The Wexmouth merchants built a new customs house at Wexmouth in 1805.\n"
    "\n"
    "Anna Vell and Jorge Lind were betrothed at Wexmouth. After a long delay, Bishop Mark Olden celebrated"
    " their marriage with great pomp on 12 June 1806, at Wexmouth castle.\n"
    "\n"
    "The harbour charter was approved by the Mayor Hugo Stern and his council and so, on 9 November 1807, "
    "Tomas Brand opened the new harbour to foreign ships.\n"
    "\n"
    "The Heron left Wexmouth on 4 December 1810, and arrived in Cadiz on 20 January 1811. The Wexmouth "
    "Guild began in 1812 and ended with the Treaty of Lune in 1819.\n"
    "\n"
    "Tomas Brand died of a fever at Wexmouth on 14 February 1821.\n"
)
NEVER = ("celebrated their marriage", "established there", "and so”", "his council and so")
ASKED = (
    "The Falcon left Wexmouth",
    "The Falcon arrived in Lisbon",
    "The Heron left Wexmouth",
    "The Wexmouth Guild began",
    "Tomas Brand died of a fever at Wexmouth",
)


def _asked(runner, tmp_path: Path) -> tuple[list[dict], list[str]]:
    """The draft's questions, and each as a reader meets its words (prompt, items, choices)."""
    questions = drafted_bank(runner, tmp_path, FALCON)["questions"]
    return questions, [" | ".join([q["prompt"], *q.get("items", []), *q.get("choices", [])]) for q in questions]


def test_a_draft_asks_no_stem_pointing_outside_itself_nor_cut_on_a_connective(runner, tmp_path: Path) -> None:
    everything = " || ".join(_asked(runner, tmp_path)[1])
    assert [words for words in NEVER if words in everything] == []
    assert [words for words in ASKED if words not in everything] == []


def test_which_came_first_never_pairs_a_setting_out_with_the_arrival(runner, tmp_path: Path) -> None:
    journeys = [
        line
        for line in _asked(runner, tmp_path)[1]
        if line.startswith("Which came first")
        and any(f"{ship} left" in line and f"{ship} arrived" in line for ship in ("Falcon", "Heron"))
    ]
    assert journeys == []


def test_a_question_shows_no_quote_without_its_subject(runner, tmp_path: Path) -> None:
    questions, told = _asked(runner, tmp_path)
    assert [q["quote"] for q in questions if q["quote"].startswith(("and ", "but "))] == []
    assert "The Heron left Wexmouth" in " || ".join(told)


def test_one_death_is_asked_once(runner, tmp_path: Path) -> None:
    told = _asked(runner, tmp_path)[1]
    dates = [line for line in told if line.startswith(("When", "In which")) and "Tomas Brand died" in line]
    assert [line.split("”")[0] for line in dates] == ["When did this happen: “Tomas Brand died of a fever at Wexmouth"]
    assert len([line for line in told if line.startswith("Who died")]) == 1


@pytest.mark.parametrize(
    ("title", "outside"),
    [
        ("Bishop Mark Olden celebrated their marriage with great pomp", True),
        ("A trading house was established there", True),
        ("Anna Vell and Jorge Lind celebrated their marriage", False),
        ("The French burned their ships at Toulon", False),
        ("Brand sailed to Lisbon and died there", False),
        ("Brand announced that there would be no elections", False),
        ("There was a revolt at Wexmouth", False),
    ],
)
def test_their_and_there_point_outside_a_title_only_with_nothing_in_it_to_stand_for(title: str, outside: bool) -> None:
    assert points_back(title) is outside
