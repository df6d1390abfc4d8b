"""What held-out set 7's first reading and the dev set's seventh (now tuning material) turned down in the
questions of a draft, ruled out by general rules: a subject counting sides with no names ("The two sides
signed the Treaty ..."), a whole thing with nothing saying which ("control over the whole protectorate",
of two the article names), a date that is a second verb's, words after the stem's own ("attended ...
College, where he studied botany and graduated in 1822"), a date told in an opening "when" clause of
another happening before a stem that "had become" something, and a who-question whose deed is a verb and
one common word ("Who entered office?"). Through `vlasov draft` and `vlasov export` on a text written
here."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import drafted_bank

from vlasov_cli.core.happening import plain_deed
from vlasov_cli.core.unsure import points_back
from vlasov_cli.core.wording import date_of_a_second_verb, date_of_a_when_clause, unsure_wording

TESSEL = (
    "The Wardens of Tessel\n"
    "\n"
    "Jan Roos was a warden of the island of Tessel who served the crown for twenty years. Jan Roos was "
    "born at Tessel in 1801. Jan Roos attended Leiden College, where he studied botany and graduated in "
    "1822. In 1824, Jan Roos founded a school for pilots at Tessel. Karl Vos was a merchant of Tessel and"
    " a rival of Jan Roos.\n"
    "\n"
    "Karl Vos entered office in March 1826, determined to end the feud with the warden. In 1827, Karl Vos"
    " built the Tessel Lighthouse on the northern dune. Pieter Blom was a captain of the guard. In 1828, "
    "Pieter Blom opened a harbour for the fleet at Tessel. Karl Vos and Pieter Blom met at Tessel in "
    "1829. Jan Roos, Karl Vos and Pieter Blom sailed to Vlie in 1830.\n"
    "\n"
    "The Northern Tessel Protectorate and the Southern Tessel Protectorate were named in 1831. In 1832, "
    "control over the whole protectorate was won by a campaign against the Vlie pirates. When Jan Roos "
    "resigned as warden in 1835, the entire island of Tessel had become governed by a council of elders.\n"
    "\n"
    "The wardens of Tessel and Vlie quarrelled about the fishing grounds for many years, and the two "
    "sides signed the Treaty of Den Hoorn on 4 May 1836. In 1837, Pieter Blom was given command of the "
    "Vlie Guard. Karl Vos founded a bank at Tessel in June 1838. Jan Roos died at Tessel on 2 March 1842.\n"
)
NEVER = (
    "Leiden College",
    "the whole protectorate",
    "had become governed",
    "The two sides signed",
    "Who entered office",
)
ASKED = (
    "Karl Vos entered office",
    "Jan Roos founded a school for pilots",
    "Who built the Tessel Lighthouse",
    "Pieter Blom was given command of the Vlie Guard",
    "Jan Roos died at Tessel",
)


def test_a_draft_asks_no_stem_of_nameless_sides_a_whole_thing_another_verbs_date_or_a_vague_deed(
    runner, tmp_path: Path
) -> None:
    questions = drafted_bank(runner, tmp_path, TESSEL)["questions"]
    told = " || ".join(
        " | ".join([question["prompt"], *question.get("items", []), *question.get("choices", [])])
        for question in questions
    )
    assert [words for words in NEVER if words in told] == []
    assert [words for words in ASKED if words not in told] == []


@pytest.mark.parametrize(
    ("title", "quote", "second"),
    [
        (
            "Zwerg attended Beloit College, where he studied sociology and graduated",
            "Zwerg attended Beloit College, where he studied sociology and graduated in 1962.",
            True,
        ),
        ("Berg was arrested and imprisoned", "Berg was arrested and imprisoned in 1850.", False),
        ("Rai did not fully recover and died", "Rai did not fully recover and died on 17 November 1928.", False),
        ("Berg built the mill and the lighthouse", "Berg built the mill and the lighthouse in 1819.", False),
    ],
)
def test_a_date_of_a_second_verb_is_told_apart(title: str, quote: str, second: bool) -> None:
    assert date_of_a_second_verb(title, quote) is second


@pytest.mark.parametrize(
    ("title", "quote", "another"),
    [
        (
            "The entire region had become administered by residents",
            "When Lugard resigned in 1906, the entire region had become administered by residents.",
            True,
        ),
        ("Lugard returned to England", "When Lugard returned to England in 1892, he met Gladstone.", False),
        ("The region had become a protectorate", "In 1900, the region had become a protectorate.", False),
    ],
)
def test_a_date_of_an_opening_when_clause_is_told_apart(title: str, quote: str, another: bool) -> None:
    assert date_of_a_when_clause(title, quote) is another


@pytest.mark.parametrize(
    ("text", "pointing"),
    [
        ("Control over the whole protectorate was won", True),
        ("The entire army surrendered", True),
        ("The entire region of Nigeria was administered", False),
        ("The whole Empire mourned", False),
    ],
)
def test_a_whole_thing_with_nothing_saying_which_points_back(text: str, pointing: bool) -> None:
    assert points_back(text) is pointing


@pytest.mark.parametrize(
    ("title", "unfit"),
    [
        ("The two sides signed the Treaty of Kanagawa", True),
        ("Both sides agreed to a truce", True),
        ("Both the United States and Japan signed the treaty", False),
    ],
)
def test_sides_with_no_names_are_not_asked(title: str, unfit: bool) -> None:
    assert unsure_wording(title, f"In 1854, {title[0].lower()}{title[1:]}.") is unfit


@pytest.mark.parametrize(
    ("deed", "plain"),
    [
        ("entered office", False),
        ("resigned", False),
        ("entered the Senate", True),
        ("built the Tessel Lighthouse", True),
    ],
)
def test_a_deed_of_a_verb_and_one_common_word_is_not_plain(deed: str, plain: bool) -> None:
    assert plain_deed(deed) is plain
