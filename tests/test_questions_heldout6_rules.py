"""What the dev set's sixth reading and heldout6's first (now tuning material) turned down in the questions
of a draft, ruled out by general rules: a quotation left open in a stem, a list cut after a colon's first
item, a date cut from between two words that then run together ("made names"), a hedged title ("had
evidently been enlarged"), a title reckoning its date from another happening ("two years before his
death"), a happening the article tells of its person more than once ("released from prison", a prison
told of him before), a process or body with nothing saying which ("the process begun during ...", "The
Administration", "concluded his negotiations"), a date that is a participle's ("injuries sustained in May
1841"), a who-question whose deed holds a pronoun ("Who was frustrated and he resigned?"), an order that
follows from the words (command given before surrender offered), and an answer set apart by its land
("Napoleon III of France" for "French troops"); a title's trailing clause ", which ..." is left out of
the stem where the date is the main clause's ("built the Orsa Lighthouse, which guided ships"), and the
title not asked where the date is the clause's ("bought the Vara Mill, which was burned in 1843").
Through `vlasov draft` and `vlasov export` on a text written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import drafted_bank

from vlasov_cli.core.happening import obvious_order
from vlasov_cli.core.model import Event
from vlasov_cli.core.wording import date_of_a_participle, land_in_name, unsure_wording

ORSA = (
    "The Envoys of Orsa\n"
    "\n"
    "Anton Berg was a governor of the province of Orsa who served the crown for thirty years. Anton Berg "
    "was born at Orsa in 1801. In 1822, Anton Berg was sentenced to two years in prison for libel. Anton Berg "
    "was released from prison on 3 May 1824. In 1819, Anton Berg built the Orsa Lighthouse, which guided "
    "ships into the harbour for a century. Anton Berg bought the Vara Mill, which was burned in 1843.\n"
    "\n"
    'In 1825, Anton Berg said, "For too many years, we have been willing to adopt the flawed and '
    "erroneous principles and tactics of our rivals, sometimes abandoning our own values for theirs. We "
    'have fought fire with fire." In 1827, Anton Berg sent the clerk Paul Lind to Vara to "take the '
    "measure of Vara as to the inducements to a union of that town with Orsa in comparison with the "
    'others in the matter of the tolls of the river and the rights of the harbour" and to report back.\n'
    "\n"
    "In 1829, the Administration completed the process begun during the Holm Administration and opened "
    "relations with the town of Vara. In 1830, Anton Berg founded a school for pilots at Orsa. On 7 "
    "January 1834, Marshal Otto Falk, commander of the guard of the northern front, called a truce and "
    "offered Berg's men generous surrender terms: normal rations, medical treatment for the ill and "
    "wounded, and permission to keep their arms.\n"
    "\n"
    "Paul Lind was frustrated and he resigned in protest in April 1832. In 1833, Berg was given command "
    "of the Orsa Guard. Anton Berg opened a harbour for the fleet in June 1835. Berg concluded his "
    "negotiations on 23 December 1836. Peter Holm took command of the Vara Guard in May 1837. On 9 "
    "February 1834, Marshal Otto Falk offered Berg's men a surrender.\n"
    "\n"
    "A deed of trust made on October 17, 1838, names Karl Moll of Vara as the owner of the property. The "
    "guild hall had evidently been enlarged during Moll's ownership and presumably by him, although it "
    "measured less than 20 by 30 feet in 1839 and stood on a small lot.\n"
    "\n"
    "Anton Berg refused to sign a petition for the abolition of the guilds in 1840, two years before his "
    "death, although he had spoken against them earlier. Karl Moll died of severe injuries sustained in "
    "May 1841 during a riot by the guards in Orsa. Anton Berg died at Orsa on 2 March 1842.\n"
)
NEVER = (
    "For too many years",
    "take the measure",
    "the process",
    "normal rations",
    "concluded his negotiations",
    "made names",
    "evidently",
    "before his death",
    "sustained",
    "and he resigned?",
    "released from prison",
    "which guided",
    "Vara Mill",
)
ASKED = (
    "founded a school for pilots",
    "was given command of the Orsa Guard",
    "offered Berg's men a surrender",
    "Paul Lind was frustrated and he resigned in protest",
    "Anton Berg died at Orsa",
    "was sentenced to two years in prison",
    "“Anton Berg built the Orsa Lighthouse”",
)


def test_a_draft_asks_no_stem_left_open_cut_hedged_reckoned_vague_or_dated_by_another_happening(
    runner, tmp_path: Path
) -> None:
    questions = drafted_bank(runner, tmp_path, ORSA)["questions"]
    told = " || ".join(
        " | ".join([question["prompt"], *question.get("items", []), *question.get("choices", [])])
        for question in questions
    )
    assert [words for words in NEVER if words in told] == []
    assert [words for words in ASKED if words not in told] == []
    assert "Put these events in the order" in told


def _event(title: str, edtf: str, earliest: str, latest: str, precision: str) -> Event:
    return Event("e", edtf, earliest, latest, precision, title, (), title, 1, draft=0.9)


def test_a_command_given_comes_before_a_surrender_offered_to_its_men() -> None:
    given = _event("Berg was given command of the Orsa Guard", "1833", "1833-01-01", "1833-12-31", "year")
    offered = _event("Falk offered Berg's men a surrender", "1834-02-09", "1834-02-09", "1834-02-09", "day")
    assert obvious_order(given, offered)


@pytest.mark.parametrize(
    ("title", "quote", "unfit"),
    [
        ('Berg said, "For too many years, we erred', 'In 1825, Berg said, "For too many years, we erred."', True),
        ("Falk offered generous terms: normal rations", "Falk offered generous terms: normal rations, arms.", True),
        ("A deed made names Moll as the owner", "A deed made on October 17, 1838, names Moll as the owner.", True),
        ("Powell was born in Harlem", "Powell was born on April 5, 1937, in Harlem.", False),
        ("A committee was convened to investigate", "A committee was convened in 1975 to investigate.", False),
        ("Brazil granted belligerent status", "and Brazil on August 1.", True),
        ("Tilak was born", "Tilak (23 July 1856 - 1 August 1920) was a leader.", False),
        (
            "Attempts to join the U.S.-sponsored plan were thwarted",
            "In 1948, attempts to join the U.S.-sponsored plan were thwarted.",
            False,
        ),
        (
            "Berg concluded his negotiations with Vara",
            "Berg concluded his negotiations with Vara on 2 May 1836.",
            False,
        ),
    ],
)
def test_a_title_unfit_to_ask_as_drafted_is_told_apart(title: str, quote: str, unfit: bool) -> None:
    assert unsure_wording(title, quote) is unfit


@pytest.mark.parametrize(
    ("title", "quote", "another"),
    [
        (
            "Rai died of injuries sustained in a charge",
            "He died of injuries sustained in October 1928 in a charge.",
            True,
        ),
        ("The war officially ended", "The war officially ended in 1945.", False),
        ("The treaty established a commission", "This agreement, dated May 8, 1871, established a commission.", False),
        ("Allende was sworn in", "On November 3 he was sworn in.", False),
    ],
)
def test_a_date_a_participle_after_a_noun_writes_is_told_apart(title: str, quote: str, another: bool) -> None:
    assert date_of_a_participle(title, quote) is another


@pytest.mark.parametrize(
    ("deed", "name", "given_away"),
    [
        ("ordered the withdrawal of French troops", "Napoleon III of France", True),
        ("ordered the withdrawal of Spanish troops", "Philip of Spain", True),
        ("ordered the withdrawal of French troops", "Maximilian of Habsburg", False),
        ("ordered the withdrawal of troops", "Napoleon III of France", False),
    ],
)
def test_an_answer_set_apart_by_the_land_its_deed_names_is_told_apart(deed: str, name: str, given_away: bool) -> None:
    assert land_in_name(deed, name) is given_away
