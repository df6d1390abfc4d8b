"""A stem asks one happening, and a who-question a specific deed: general gates, each pinned on a text
written here. After a title's first verb, a clause with a subject of its own ("became king and his
wife its queen", "retired after which the family built a house", "; but he died") is a second happening
whose date the question may not have; a who-question's deed names someone, somewhere, some body or a
number ("Who resigned in protest?" is anyone's). Through `vlasov draft` and `vlasov export`."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import drafted_questions_told

from vlasov_cli.core.happening import plain_deed
from vlasov_cli.core.wording import two_happenings

MARSH = (
    "The Lords of Marsh\n"
    "\n"
    "Otto Brand was a lord of the Marsh who ruled the fens for thirty years. Otto Brand was born at Fenby "
    "in 1701. In 1724, Otto Brand founded a school for millers at Fenby. Hugo Lind was a merchant of "
    "Fenby and a rival of Otto Brand.\n"
    "\n"
    "Hugo Lind resigned in protest in March 1726, tired of the feud with the lord. In 1727, Hugo Lind "
    "built the Fenby Mill on the northern dyke. Ada Vos was a captain of the guard. In 1728, Ada Vos "
    "opened a harbour for barges at Fenby. Hugo Lind and Ada Vos met at Fenby in 1729.\n"
    "\n"
    "Upon the death of his uncle in 1730, Otto Brand became lord of the Marsh and his wife regent of Fenby "
    "in 1732. Ada Vos retired in 1735 after which the family built a house on the dyke. The war of the "
    "fens began when Marsh farmers and Fenby millers clashed at Dunmere on 4 May 1736. Hugo Lind was "
    "insulted and he left the Marsh in June 1738. Otto Brand died at Fenby on 2 March 1742.\n"
)
NEVER = (
    "his wife regent",
    "after which the family",
    "Who resigned in protest",
)
ASKED = (
    "Hugo Lind resigned in protest",
    "The war of the fens began when Marsh farmers and Fenby millers clashed",
    "Hugo Lind was insulted and he left the Marsh",
    "Who built the Fenby Mill",
)


def test_a_draft_asks_one_happening_a_stem_and_a_specific_deed(runner, tmp_path: Path) -> None:
    told = drafted_questions_told(runner, tmp_path, MARSH)
    assert [words for words in NEVER if words in told] == []
    assert [words for words in ASKED if words not in told] == []


@pytest.mark.parametrize(
    ("title", "two"),
    [
        ("Brand became lord of the Marsh and his wife regent of Fenby", True),
        ("Vos retired after which the family built a house", True),
        ("Lind became warden; but he died", True),
        ("Brand took Fenby and the army withdrew", True),
        ("Brand took Fenby and it was sacked", True),
        ("Lind was insulted and he left the Marsh", False),
        ("The war began when Marsh farmers and Fenby millers clashed at Dunmere", False),
        ("Brand met the king and his son to discuss peace", False),
        ("Brand signed the treaty with France and the Netherlands at Paris", False),
        ("Lind and the Fenby envoy in London sent barges", False),
    ],
)
def test_a_second_clause_with_its_own_subject_is_a_second_happening(title: str, two: bool) -> None:
    assert two_happenings(title) is two


@pytest.mark.parametrize(
    ("deed", "plain"),
    [
        ("resigned in protest", False),
        ("entered office", False),
        ("built the Fenby Mill", True),
        ("sailed with 300 men", True),
    ],
)
def test_a_who_deed_names_something_specific(deed: str, plain: bool) -> None:
    assert plain_deed(deed) is plain
