"""What held-out set 9's reading (now tuning material) turned down in the questions of a draft, ruled out
by general rules: a happening told only as following another the stem leaves out ("... followed shortly
after": after what?), people named by their errand alone ("The delegates reached agreement": which?),
what a thing held at a date rather than a happening ("The staff included only a clerk ..."), and work
begun with nothing saying what work ("Lund began work"). Through `vlasov draft` and `vlasov export` on a
text written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import PEOPLE_YAML, drafted_bank, drafted_questions_told, invoke, write_bank

GUILD = (
    "The Guild of Varnmouth\n"
    "\n"
    "The Guild of Varnmouth was founded by the merchants of the town in 1820. In March 1826, the Guild "
    "opened a hall on the quay.\n"
    "\n"
    "In 1830 the Guild went to war with the Danish traders. The Guild and the Danish traders agreed to an "
    "armistice immediately, and the Peace of Varn followed shortly after, on 12 May 1831.\n"
    "\n"
    "In June 1831, the Guild named a Delegation of Merchants, including Peter Holm and Karl Lund, to settle "
    "the trade of the Sound. The delegates reached agreement with the Danes on 4 June 1832.\n"
    "\n"
    "In 1835 the Guild's staff included only a clerk, two porters, and a night watchman. In 1838 a Guild "
    "order authorized a new warehouse on the quay of Varnmouth.\n"
    "\n"
    "The council appointed Karl Lund to be the first harbour master of Varnmouth. Lund began work on 3 March "
    "1836.\n"
    "\n"
    "On 9 October 1840, the Guild of Varnmouth built a new lighthouse at the mouth of the river.\n"
)
ASKED = (
    "The Guild opened a hall on the quay",
    "The Guild went to war with the Danish traders",
    "A Guild order authorized a new warehouse",
    "built a new lighthouse",
)


NEVER = (
    "The Peace of Varn followed shortly after",  # after what?
    "The delegates reached agreement",  # which delegates?
    "staff included only a clerk",  # how things stood, no happening
    "Lund began work",  # work as what?
)


def test_a_draft_asks_no_stem_that_leaves_out_what_it_rests_on(runner, tmp_path: Path) -> None:
    told = drafted_questions_told(runner, tmp_path, GUILD)
    assert [words for words in NEVER if words in told] == []
    assert [words for words in ASKED if words not in told] == []


ADAMS_SOURCE = """By A. Writer

Anna Petrova founded the Lantern Society in Kazan on March 3, 1905.

Pavel Adams joined the society in 1906. His son Pavel Ilyich Adams moved the society's school to Perm in 1931.
"""
ADAMS_PEOPLE = (
    PEOPLE_YAML
    + """\
  - id: father
    name: Pavel Adams
    aliases: []
    role: Member of the Lantern Society
    facts:
      - text: He joined the society in 1906.
        quote: Pavel Adams joined the society in 1906.
  - id: son
    name: Pavel Ilyich Adams
    aliases: [Adams]
    role: Son of Pavel Adams
    facts:
      - text: He moved the society's school to Perm in 1931.
        quote: His son Pavel Ilyich Adams moved the society's school to Perm in 1931.
"""
)
ADAMS_QUESTION = """\
questions:
  - id: q-moved
    type: typed
    prompt: Who moved the society's school to Perm?
    answer: Pavel Ilyich Adams
    accept: [Pavel Adams, Adams]
    quote: His son Pavel Ilyich Adams moved the society's school to Perm in 1931.
    topic: school
"""


@pytest.mark.parametrize(
    ("typed", "right"), [("Pavel Adams", False), ("Pavel Ilyich Adams", True), ("Adams", True), ("Anna Petrova", False)]
)
def test_a_typed_answer_naming_another_person_of_the_bank_is_wrong_whatever_it_accepts(
    runner, tmp_path: Path, typed: str, right: bool
) -> None:
    """A drafted question may accept a shorter form of its answer that is another person's full name
    (the father's for the son's deed): typed in the quiz, that name is the other person, so it is wrong."""
    bank = write_bank(
        tmp_path / "bank", source_txt=ADAMS_SOURCE, people_yaml=ADAMS_PEOPLE, questions_yaml=ADAMS_QUESTION
    )
    args = ("quiz", "--bank", str(bank), "--type", "typed", "--count", "9", "--practice", "--json")
    result = invoke(runner, *args, input=f"{typed}\n" * 9)
    answer = next(answer for answer in json.loads(result.stdout)["answers"] if answer["question_id"] == "q-moved")
    assert (answer["given"], answer["correct"]) == (typed, right)


SIEGE = (
    "The Siege of Varnmouth\n"
    "\n"
    "On 1 December 1850, the Danish fleet blockaded the harbour of Varnmouth.\n"
    "On 6 December 1850, the Guild of Varnmouth sent an envoy to Copenhagen.\n"
    "On 11 December 1850, the Danish fleet bombarded the quay of Varnmouth.\n"
    "On 16 December 1850, the Guild of Varnmouth burned the Danish storehouses.\n"
    "In 1851, the Guild of Varnmouth made peace with the Danish king at Ribe.\n"
)


def test_a_draft_offers_a_happening_in_one_which_came_first_only(runner, tmp_path: Path) -> None:
    """Days of one month, too close to ask which came first of, each came before a happening told by its
    year alone: paired with it every time, one option would stand in four questions."""
    questions = drafted_bank(runner, tmp_path, SIEGE)["questions"]
    options = [choice for q in questions if q["prompt"] == "Which came first?" for choice in q["choices"]]
    assert options and len(options) == len(set(options))
